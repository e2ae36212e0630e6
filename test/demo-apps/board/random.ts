/** A seeded PRNG (mulberry32) and helpers, so the demo apps' generated list data are the same on every run. */
export interface Random {
  next(): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  between(low: number, high: number): number;
}

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    between: (low, high) => low + Math.floor(next() * (high - low + 1)),
  };
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of `today` (a UTC day) moved by `days`. */
export function dayFrom(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function todayUtc(now: number = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** First day of the calendar quarter `offset` quarters from the one holding `day` (the demo org's fiscal year is the calendar year). */
export function quarterStart(day: string, offset: number): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const index = year * 4 + Math.floor((month - 1) / 3) + offset;
  return `${Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`;
}

/** A fixed-width id: `prefix` + zero-padded counter, padded to `length` characters. */
export function demoId(prefix: string, n: number, length: number, suffix = ''): string {
  return `${prefix}${String(n).padStart(length - prefix.length - suffix.length, '0')}${suffix}`;
}
