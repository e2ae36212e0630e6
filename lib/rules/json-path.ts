/** Formats JSON paths the way validation errors show them: `$.rules[2].check.and[1]`, `$.fields["Account.Name"]`. */
export function jsonPath(segments: readonly PropertyKey[], root = '$'): string {
  return segments.reduce<string>((path, segment) => appendPath(path, segment), root);
}

export function appendPath(path: string, segment: PropertyKey): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  const key = String(segment);
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
