/** FieldGuard's console output in content scripts: prefixed, so a user or admin can filter it out or in. */
const PREFIX = '[FieldGuard]';

export function logError(what: string, error: unknown): void {
  console.error(PREFIX, what, error);
}

export function logWarning(what: string, ...details: unknown[]): void {
  console.warn(PREFIX, what, ...details);
}
