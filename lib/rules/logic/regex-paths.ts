/**
 * Flattens a regex into the linear token sequences the backtracking analysis scans. Alternations that contain large
 * repeats split into one sequence per branch; every other part is summarised by the characters it starts with, which is
 * all the analysis needs to know whether it separates the repeats around it.
 */
import { EMPTY, type CharSet } from './char-set';
import { allChars, containsAssertion, containsLargeRepeat, firstChars, isLargeRepeat, nullable } from './regex-facts';
import type { RegexNode } from './regex-parser';

export type Token =
  /** `^` that can only match at the start of the input. */
  | { readonly kind: 'start' }
  /** Anything without a large repeat; `mandatory` when it consumes at least one character, starting in `set`. */
  | { readonly kind: 'step'; readonly set: CharSet; readonly mandatory: boolean; readonly canFail: boolean }
  | { readonly kind: 'large'; readonly set: CharSet; readonly mandatory: boolean; readonly source: string };

/** Beyond this many sequences the pattern is refused as too complex rather than analysed slowly. */
const MAX_SEQUENCES = 256;

/** Null when there are too many alternatives to analyse. */
export function tokenSequences(node: RegexNode): Token[][] | null {
  try {
    return sequences(node, false);
  } catch (error) {
    if (error instanceof TooComplex) return null;
    throw error;
  }
}

class TooComplex extends Error {}

const ZERO_WIDTH: Token = { kind: 'step', set: EMPTY, mandatory: false, canFail: true };

function sequences(node: RegexNode, optional: boolean): Token[][] {
  switch (node.type) {
    case 'chars':
      return [[{ kind: 'step', set: node.set, mandatory: !optional, canFail: !optional }]];
    case 'anchor':
      return [[node.startOfInput && !optional ? { kind: 'start' } : ZERO_WIDTH]];
    case 'lookahead':
      return [[ZERO_WIDTH]];
    case 'sequence':
      return node.items.reduce<Token[][]>((heads, item) => product(heads, sequences(item, optional)), [[]]);
    case 'alternation':
      if (!containsLargeRepeat(node)) return [[summary(node, optional)]];
      return limit(node.branches.flatMap((branch) => sequences(branch, optional)));
    case 'repeat': {
      if (isLargeRepeat(node)) {
        return [[{ kind: 'large', set: allChars(node.body), mandatory: !optional && node.min > 0, source: node.source }]];
      }
      if (!containsLargeRepeat(node)) return [[summary(node, optional)]];
      let heads: Token[][] = [[]];
      for (let copy = 0; copy < node.max; copy += 1) heads = product(heads, sequences(node.body, optional || copy >= node.min));
      return heads;
    }
  }
}

function summary(node: RegexNode, optional: boolean): Token {
  const mandatory = !optional && !nullable(node);
  return { kind: 'step', set: firstChars(node), mandatory, canFail: mandatory || containsAssertion(node) };
}

function product(heads: readonly Token[][], tails: readonly Token[][]): Token[][] {
  return limit(heads.flatMap((head) => tails.map((tail) => [...head, ...tail])));
}

function limit(found: Token[][]): Token[][] {
  if (found.length > MAX_SEQUENCES) throw new TooComplex();
  return found;
}
