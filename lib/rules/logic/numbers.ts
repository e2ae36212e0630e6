/** Number coercion and rounding for FieldGuard's number operators. */

/** A missing or blank field has no number: reading it as 0 (as `Number` would) would let `abs` invent a value. */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  try {
    const number = Number(value);
    return Number.isNaN(number) ? null : number;
  } catch {
    // A record object shadowing valueOf/toString has no number either.
    return null;
  }
}

/** Largest |digits| that still leaves room in a double; beyond it rounding changes nothing or overflows. */
const MAX_DIGITS = 15;

/**
 * Rounds on the decimal representation (shifting the exponent in text) so 1.005 rounds to 1.01, as people expect,
 * instead of the 1 that binary `Math.round(1.005 * 100) / 100` gives.
 */
export function roundHalfAwayFromZero(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const places = Math.max(-MAX_DIGITS, Math.min(MAX_DIGITS, digits));
  const shifted = shiftDecimal(Math.abs(value), places);
  // So large that it carries no such decimals.
  if (!Number.isFinite(shifted)) return value;
  const rounded = shiftDecimal(Math.round(shifted), -places);
  return value < 0 ? -rounded : rounded;
}

function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
