/**
 * Decides whether a rule's regex may backtrack catastrophically. Rule packs come from admins and run in every user's
 * browser on every record, so a pattern is refused whenever the analysis cannot show it is safe: false alarms on
 * exotic patterns are acceptable, a missed hazard is not.
 */
import { overlaps, union, type CharSet } from './char-set';
import { firstChars, LARGE_REPEAT, lookaheadBodies, nullable } from './regex-facts';
import { parseRegex, type RegexNode } from './regex-parser';
import { tokenSequences, type Token } from './regex-paths';

export const MAX_PATTERN_LENGTH = 300;

/**
 * Counted repeats above this (multiplied through nesting, `(a{100}){100}`) are refused: `matches` tests the first
 * 2,000 characters of a value, so no rule needs a larger count, and a huge one only costs time and memory.
 */
export const MAX_REPEAT_COUNT = 2000;

/**
 * Backtracking cost grows like n^k for k repeats trading the same characters (plus one when the pattern is not
 * anchored, since every start position is tried). At the 2,000 characters `matches` tests, n^3 already costs seconds.
 */
const MAX_DEGREE = 2;

/** A human reason why the pattern is unsafe, or null when it is safe. */
export function regexSafetyProblem(pattern: string, flags = ''): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return `the pattern is ${pattern.length} characters long; at most ${MAX_PATTERN_LENGTH} are allowed`;
  }
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return `invalid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  const parsed = parseRegex(pattern, flags);
  if (!parsed.ok) return parsed.reason;
  return countProblem(parsed.node, 1) ?? nestingProblem(parsed.node, null) ?? [parsed.node, ...lookaheadBodies(parsed.node)].reduce<string | null>(
    (problem, node) => problem ?? splitProblem(node),
    null,
  );
}

/** A counted repeat whose bound, times the bounds of the counted repeats around it, exceeds MAX_REPEAT_COUNT. */
function countProblem(node: RegexNode, outer: number): string | null {
  switch (node.type) {
    case 'chars':
    case 'anchor':
      return null;
    case 'lookahead':
      return countProblem(node.body, outer);
    case 'sequence':
      return firstProblem(node.items, (item) => countProblem(item, outer));
    case 'alternation':
      return firstProblem(node.branches, (branch) => countProblem(branch, outer));
    case 'repeat': {
      // `*`, `+` and `{n,}` have no count to compile; their cost is what nestingProblem and splitProblem judge.
      const count = Math.max(node.min, Number.isFinite(node.max) ? node.max : 0) * outer;
      if (count > MAX_REPEAT_COUNT) {
        return `"${node.source}" repeats ${count} times${outer > 1 ? ' counting the repeats around it' : ''}; at most ${MAX_REPEAT_COUNT} are allowed`;
      }
      return countProblem(node.body, Math.max(count, outer));
    }
  }
}

interface Enclosing {
  /** How many times the enclosing repeats can run, multiplied through all levels. */
  readonly iterations: number;
  /** The outermost repeat, named in the reason. */
  readonly source: string;
}

/**
 * A quantifier inside a repeated group, or an alternation whose branches can start alike, gives the engine
 * exponentially many ways to split the same text: `(a+)+`, `(a|a)*`, `(\w+\s?)*`.
 */
function nestingProblem(node: RegexNode, enclosing: Enclosing | null): string | null {
  switch (node.type) {
    case 'chars':
    case 'anchor':
      return null;
    case 'lookahead':
      return nestingProblem(node.body, enclosing);
    case 'sequence':
      return firstProblem(node.items, (item) => nestingProblem(item, enclosing));
    case 'alternation':
      if (enclosing !== null && enclosing.iterations > LARGE_REPEAT && ambiguous(node.branches)) {
        return `"${enclosing.source}" repeats an alternation whose branches can match the same text, so it backtracks exponentially`;
      }
      return firstProblem(node.branches, (branch) => nestingProblem(branch, enclosing));
    case 'repeat': {
      // An exact count such as {3} splits text one way only; a range or an open bound is what multiplies the splits.
      const flexible = node.min !== node.max;
      const iterations = (enclosing?.iterations ?? 1) * node.max;
      if (enclosing !== null && flexible && (enclosing.iterations > LARGE_REPEAT || iterations > LARGE_REPEAT)) {
        return `nested quantifiers: "${enclosing.source}" repeats a group containing "${node.source}", so it backtracks exponentially`;
      }
      const inner = node.max > 1 ? { iterations, source: enclosing?.source ?? node.source } : enclosing;
      return nestingProblem(node.body, inner);
    }
  }
}

function ambiguous(branches: readonly RegexNode[]): boolean {
  if (branches.some(nullable)) return true;
  const firsts = branches.map(firstChars);
  return firsts.some((first, index) => firsts.slice(index + 1).some((other) => overlaps(first, other)));
}

function firstProblem<T>(items: readonly T[], problemOf: (item: T) => string | null): string | null {
  for (const item of items) {
    const problem = problemOf(item);
    if (problem !== null) return problem;
  }
  return null;
}

/** Large repeats that can hand characters to each other, and the sources that name them in a reason. */
interface Chain {
  readonly chars: CharSet;
  readonly last: CharSet;
  readonly sources: readonly string[];
  /** Nothing mandatory since the last repeat of the chain. */
  readonly adjacent: boolean;
}

/**
 * Large repeats in sequence whose characters overlap can trade characters: on a failing input the engine tries
 * every split, `a*a*b` costs n^2 per start position. A mandatory character outside a repeat's set ends its chain.
 */
function splitProblem(node: RegexNode): string | null {
  const sequences = tokenSequences(node);
  if (sequences === null) return 'the pattern has too many alternatives to analyze';
  return firstProblem(sequences, sequenceProblem);
}

function sequenceProblem(tokens: readonly Token[]): string | null {
  const anchored = tokens[0]?.kind === 'start';
  let chains: Chain[] = [];
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'start') continue;
    if (token.kind === 'step') {
      if (token.mandatory) chains = chains.filter((chain) => overlaps(chain.chars, token.set)).map((chain) => ({ ...chain, adjacent: false }));
      continue;
    }
    const next: Chain[] = [];
    const grown: Chain[] = [];
    for (const chain of chains) {
      if (overlaps(chain.chars, token.set)) {
        if (chain.adjacent && overlaps(chain.last, token.set)) {
          return `"${chain.sources[chain.sources.length - 1] ?? ''}" and "${token.source}" can match the same characters with nothing required between them, so a failing match retries every split`;
        }
        grown.push({ chars: union(chain.chars, token.set), last: token.set, sources: [...chain.sources, token.source], adjacent: true });
      } else if (!token.mandatory) {
        next.push(chain);
      }
    }
    if (grown.length === 0) grown.push({ chars: token.set, last: token.set, sources: [token.source], adjacent: true });
    // A repeat that nothing after it can fail matches greedily and ends the search, so it adds no retries.
    const last = tokens.slice(index + 1).every((after) => after.kind !== 'start' && !(after.kind === 'step' ? after.canFail : after.mandatory));
    for (const chain of grown) {
      const degree = chain.sources.length - (last ? 1 : 0) + (anchored ? 0 : 1);
      if (degree > MAX_DEGREE) {
        const names = chain.sources.map((source) => `"${source}"`).join(', ');
        return `${names} can trade the same characters${anchored ? '' : ' in a pattern not anchored with ^'}, so a failing match backtracks O(n^${degree})`;
      }
    }
    chains = [...next, ...grown];
  }
  return null;
}
