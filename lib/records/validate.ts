/**
 * Runs a zod schema over a payload that a recogniser has already attributed to an app, and turns a mismatch
 * into an UnknownPayloadError that names the shape we thought it was and the first few things that do not fit.
 */
import type { z } from 'zod';
import { UnknownPayloadError } from './model';
import { valueAt } from './json';

const MAX_ISSUES = 3;

export function validatePayload<S extends z.ZodType>(schema: S, json: unknown, shapeName: string): z.output<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new UnknownPayloadError(`this looks like ${shapeName}, but it does not fit: ${describeIssues(result.error.issues, json)}`);
}

export function describeIssues(issues: readonly z.core.$ZodIssue[], json: unknown): string {
  const parts = issues.slice(0, MAX_ISSUES).map((issue) => {
    const where = issue.path.length === 0 ? 'the payload' : issue.path.map(String).join('.');
    // zod reports a missing key as "expected nonoptional" or "received undefined"; say it plainly instead.
    if (issue.path.length > 0 && valueAt(json, issue.path) === undefined) return `${where} is missing`;
    return `${where}: ${issue.message.replace(/^Invalid input: /, '')}`;
  });
  const more = issues.length > MAX_ISSUES ? ` (and ${issues.length - MAX_ISSUES} more)` : '';
  return parts.join('; ') + more;
}
