/**
 * Compiles each distinct set of packs once per content script: navigating between records of one object reuses
 * the compiled closures. Packs arrive already validated by the background.
 */
import { compilePack, type CompiledPack } from '../rules/engine';
import type { RulePack } from '../rules/schema';
import { logError } from './log';

const MAX_SETS = 8;
const cache = new Map<string, readonly CompiledPack[]>();

export function compilePacks(packs: readonly RulePack[]): readonly CompiledPack[] {
  const key = JSON.stringify(packs);
  const cached = cache.get(key);
  if (cached) return cached;
  const compiled = packs.flatMap((pack) => {
    try {
      return [compilePack(pack)];
    } catch (error) {
      logError(`rule pack "${pack.id}" could not be compiled and is skipped`, error);
      return [];
    }
  });
  if (cache.size >= MAX_SETS) cache.delete(cache.keys().next().value as string);
  cache.set(key, compiled);
  return compiled;
}
