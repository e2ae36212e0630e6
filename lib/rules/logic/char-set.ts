/**
 * Approximate character sets for the regex safety analysis: exact over ASCII (a 128-bit map), coarse beyond it. The
 * analysis only asks "can these two sets share a character?", and answers yes when unsure.
 */

/** What a set holds beyond ASCII: nothing, some characters, or every character. */
export type NonAscii = 'none' | 'some' | 'all';

export interface CharSet {
  /** Four 32-bit words: bit `c % 32` of word `c >> 5` is ASCII character `c`. */
  readonly words: readonly [number, number, number, number];
  readonly nonAscii: NonAscii;
}

export const EMPTY: CharSet = { words: [0, 0, 0, 0], nonAscii: 'none' };
export const ANY: CharSet = complement(EMPTY);

export function rangeSet(from: number, to: number): CharSet {
  const words = [0, 0, 0, 0].map((_, word) => {
    let bits = 0;
    for (let code = Math.max(from, word * 32); code <= Math.min(to, word * 32 + 31); code += 1) bits |= 1 << (code & 31);
    return bits >>> 0;
  });
  return { words: [words[0] ?? 0, words[1] ?? 0, words[2] ?? 0, words[3] ?? 0], nonAscii: to > 127 ? 'some' : 'none' };
}

export function charSet(code: number): CharSet {
  return rangeSet(code, code);
}

export function setOf(characters: string): CharSet {
  let set = EMPTY;
  for (const character of characters) set = union(set, charSet(character.codePointAt(0) ?? 0));
  return set;
}

export function union(a: CharSet, b: CharSet): CharSet {
  return {
    words: [(a.words[0] | b.words[0]) >>> 0, (a.words[1] | b.words[1]) >>> 0, (a.words[2] | b.words[2]) >>> 0, (a.words[3] | b.words[3]) >>> 0],
    nonAscii: a.nonAscii === 'all' || b.nonAscii === 'all' ? 'all' : a.nonAscii === 'some' || b.nonAscii === 'some' ? 'some' : 'none',
  };
}

export function complement(a: CharSet): CharSet {
  return {
    words: [~a.words[0] >>> 0, ~a.words[1] >>> 0, ~a.words[2] >>> 0, ~a.words[3] >>> 0],
    nonAscii: a.nonAscii === 'all' ? 'none' : a.nonAscii === 'none' ? 'all' : 'some',
  };
}

/** Two "some non-ASCII" sets may or may not meet; they are assumed to. */
export function overlaps(a: CharSet, b: CharSet): boolean {
  if (a.words.some((word, index) => (word & (b.words[index] ?? 0)) !== 0)) return true;
  return a.nonAscii !== 'none' && b.nonAscii !== 'none';
}

/**
 * Adds the other case of every ASCII letter (flag i). With flags "iu" the Kelvin sign and long s fold onto k and s,
 * so a set with letters may also hold non-ASCII characters.
 */
export function foldCase(a: CharSet): CharSet {
  const upper = (a.words[2] >>> 1) & 0x3ffffff;
  const lower = (a.words[3] >>> 1) & 0x3ffffff;
  const letters = (upper | lower) << 1;
  if (letters === 0) return a;
  return {
    words: [a.words[0], a.words[1], (a.words[2] | letters) >>> 0, (a.words[3] | letters) >>> 0],
    nonAscii: a.nonAscii === 'none' ? 'some' : a.nonAscii,
  };
}

export const DIGITS: CharSet = rangeSet(0x30, 0x39);
export const WORD: CharSet = union(union(DIGITS, union(rangeSet(0x41, 0x5a), rangeSet(0x61, 0x7a))), charSet(0x5f));
/** `\s` also holds non-ASCII spaces (no-break space, U+2028...). */
export const SPACE: CharSet = { ...setOf(' \t\n\v\f\r'), nonAscii: 'some' };
/** `.` without flag s: everything but line terminators (\n, \r, U+2028, U+2029). */
export const DOT: CharSet = { ...complement(setOf('\n\r')), nonAscii: 'some' };
