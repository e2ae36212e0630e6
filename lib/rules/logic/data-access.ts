/** Reading record values by json-logic-js `var` paths. */
import { toText } from './text';

/** A split `var` path; null stands for the whole data (`{"var": ""}`, `{"var": null}`, `{"var": []}`). */
export type VarPath = readonly string[] | null;

export function splitVarPath(path: unknown): VarPath {
  if (path === undefined || path === null || path === '') return null;
  return toText(path).split('.');
}

/** Dotted paths descend through objects and arrays ("items.0.name"); a missing step yields `fallback`. */
export function readVarPath(data: unknown, path: VarPath, fallback: unknown): unknown {
  if (path === null) return data;
  let current = data;
  for (const key of path) {
    if (current === null || current === undefined) return fallback;
    current = (current as Record<string, unknown>)[key];
    if (current === undefined) return fallback;
  }
  return current;
}

export function readVar(data: unknown, path: unknown, fallback: unknown): unknown {
  return readVarPath(data, splitVarPath(path), fallback === undefined ? null : fallback);
}
