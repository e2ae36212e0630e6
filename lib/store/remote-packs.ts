/**
 * What a remote rule-pack URL may serve, and the checks that make it all-or-nothing: one pack, an array of packs
 * or `{ "packs": [...] }`; every pack valid; ids unique within the answer and not taken by a built-in pack or by a
 * pack that came from somewhere else. One fault rejects the whole answer, so a half-valid file never replaces a
 * good copy.
 *
 *   const result = parseRemotePacks(text, { reservedIds });
 *   if (!result.ok) record(result.error);
 */
import { BUILTIN_PACKS } from '../rules/builtin';
import type { RulePack } from '../rules/schema';
import { validatePack, type PackIssue } from '../rules/validate';

export type RemotePacksResult = { readonly ok: true; readonly packs: readonly RulePack[] } | { readonly ok: false; readonly error: string };

/** Ids a remote pack may not take, with who holds each (for the message). */
export type ReservedIds = ReadonlyMap<string, string>;

/** Issues quoted in an error; the rest are counted, as `fieldguard validate` shows them all. */
const QUOTED_ISSUES = 3;

export function builtinReservedIds(): Map<string, string> {
  return new Map(BUILTIN_PACKS.map((pack) => [pack.id, 'a built-in pack']));
}

export function parseRemotePacks(text: string, reservedIds: ReservedIds): RemotePacksResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  const listed = packsOf(json);
  if (!listed) return { ok: false, error: 'expected a rule pack, an array of rule packs, or {"packs": [...]}' };

  const packs: RulePack[] = [];
  for (const [index, candidate] of listed.items.entries()) {
    const where = listed.pathOf(index);
    const result = validatePack(candidate);
    if (!result.ok) return { ok: false, error: `invalid pack ${nameOf(candidate, where)}: ${describeIssues(result.issues)}` };
    const { id } = result.pack;
    const holder = reservedIds.get(id);
    if (holder !== undefined) return { ok: false, error: `pack id "${id}" (${where}) is already used by ${holder}; give the remote pack its own id` };
    if (packs.some((pack) => pack.id === id)) return { ok: false, error: `pack id "${id}" is served twice (again at ${where})` };
    packs.push(result.pack);
  }
  return { ok: true, packs };
}

interface Listed {
  readonly items: readonly unknown[];
  readonly pathOf: (index: number) => string;
}

function packsOf(json: unknown): Listed | null {
  if (Array.isArray(json)) return { items: json, pathOf: (index) => `$[${index}]` };
  if (json === null || typeof json !== 'object') return null;
  const { packs } = json as { packs?: unknown };
  if (Array.isArray(packs)) return { items: packs, pathOf: (index) => `$.packs[${index}]` };
  return { items: [json], pathOf: () => '$' };
}

function nameOf(candidate: unknown, where: string): string {
  const id = candidate !== null && typeof candidate === 'object' ? (candidate as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 ? `"${id.slice(0, 80)}" (${where})` : `at ${where}`;
}

function describeIssues(issues: readonly PackIssue[]): string {
  const quoted = issues.slice(0, QUOTED_ISSUES).map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  const more = issues.length - QUOTED_ISSUES;
  return more > 0 ? `${quoted} (and ${more} more)` : quoted;
}
