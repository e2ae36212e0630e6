import type { NormalizedRecord } from '../../lib/records/model';

/** One engine under test, prepared (compiled, registered) before any timing starts. */
export interface Contender {
  readonly name: string;
  /**
   * Evaluates every rule on every record and returns how many record-rule pairs failed. `onFailure` is given
   * only in the untimed pass that checks all engines agree pair by pair.
   */
  run(records: readonly NormalizedRecord[], onFailure?: (recordIndex: number, ruleId: string) => void): number | Promise<number>;
}

export const DAY_MS = 86_400_000;

/**
 * FieldGuard's custom operators re-implemented for the other engines, with FieldGuard's semantics on the values
 * the generator produces (UTC, date-only strings), so all three engines answer the same question.
 */
export function referenceOperators(stages: readonly { value: string; probability?: number }[], now: number) {
  const position = new Map(stages.map((stage, index) => [stage.value, index]));
  const probability = new Map(stages.flatMap((stage) => (stage.probability === undefined ? [] : [[stage.value, stage.probability] as const])));
  const today = Math.floor(now / DAY_MS);
  const dayNumber = (value: unknown): number | null => {
    if (typeof value !== 'string') return null;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
  };
  const stageAt = (value: unknown) => (typeof value === 'string' ? (position.get(value) ?? -1) : -1);
  return {
    isEmpty(value: unknown): boolean {
      if (value === null || value === undefined) return true;
      if (typeof value === 'string') return value.trim() === '';
      if (Array.isArray(value)) return value.length === 0;
      return typeof value === 'object' && Object.keys(value).length === 0;
    },
    daysSince(value: unknown): number | null {
      const day = dayNumber(value);
      return day === null ? null : today - day;
    },
    daysUntil(value: unknown): number | null {
      const day = dayNumber(value);
      return day === null ? null : day - today;
    },
    stageBefore(a: unknown, b: unknown): boolean {
      const left = stageAt(a);
      const right = stageAt(b);
      return left !== -1 && right !== -1 && left < right;
    },
    stageAfter(a: unknown, b: unknown): boolean {
      const left = stageAt(a);
      const right = stageAt(b);
      return left !== -1 && right !== -1 && left > right;
    },
    stageProbability(value: unknown): number | null {
      return typeof value === 'string' ? (probability.get(value) ?? null) : null;
    },
    abs(value: unknown): number | null {
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
      const number = Number(value);
      return Number.isNaN(number) ? null : Math.abs(number);
    },
  };
}

export type ReferenceOperators = ReturnType<typeof referenceOperators>;
