/**
 * Resolves the --pack arguments of `check`: each is a built-in pack id or a path to a pack JSON file. Every
 * file is validated before anything is evaluated, and every issue of every bad pack is reported at once.
 */
import { readFile } from 'node:fs/promises';
import { BUILTIN_PACKS } from '../rules/builtin';
import type { RulePack } from '../rules/schema';
import { parsePackJson } from '../rules/validate';
import { CliError } from './cli-error';
import { reasonOf } from './input-files';

export async function loadPacks(specs: readonly string[]): Promise<RulePack[]> {
  const loaded: { spec: string; pack: RulePack }[] = [];
  const problems: string[] = [];
  for (const spec of new Set(specs)) {
    const result = await loadPack(spec);
    if (Array.isArray(result)) problems.push(...result);
    else loaded.push({ spec, pack: result });
  }
  problems.push(...duplicateIds(loaded));
  if (problems.length > 0) throw new CliError(problems.join('\n'));
  return loaded.map(({ pack }) => pack);
}

/** A pack, or the problems that make it unusable. */
async function loadPack(spec: string): Promise<RulePack | string[]> {
  const builtin = BUILTIN_PACKS.find((pack) => pack.id === spec);
  if (builtin && !looksLikePath(spec)) return builtin;
  let text: string;
  try {
    text = await readFile(spec, 'utf8');
  } catch (error) {
    if (!looksLikePath(spec) && (error as { code?: string }).code === 'ENOENT') {
      return [`--pack: "${spec}" is neither a built-in pack nor a file; built-in packs: ${BUILTIN_PACKS.map((pack) => pack.id).join(', ')}`];
    }
    return [`${spec}: cannot read: ${reasonOf(error)}`];
  }
  const result = parsePackJson(text.replace(/^\uFEFF/, ''));
  return result.ok ? result.pack : result.issues.map((issue) => `${spec}: ${issue.path}: ${issue.message}`);
}

function looksLikePath(spec: string): boolean {
  return /[\\/]/.test(spec) || /\.json$/i.test(spec);
}

/** Two packs with one id would make findings ambiguous (findings name their pack by id). */
function duplicateIds(loaded: readonly { spec: string; pack: RulePack }[]): string[] {
  const firstSpec = new Map<string, string>();
  const problems: string[] = [];
  for (const { spec, pack } of loaded) {
    const first = firstSpec.get(pack.id);
    if (first === undefined) firstSpec.set(pack.id, spec);
    else problems.push(`--pack: ${first} and ${spec} are both pack "${pack.id}"; give each pack once`);
  }
  return problems;
}
