/** Static facts about parsed regex nodes, over-approximated where exactness would need a full automaton. */
import { EMPTY, union, type CharSet } from './char-set';
import type { RegexNode } from './regex-parser';

/**
 * Repeats allowing more than this many iterations are treated like unbounded ones: `.{0,1000}.{0,1000}x` backtracks
 * as badly as `.*.*x` on inputs of that size.
 */
export const LARGE_REPEAT = 10;

export function isLargeRepeat(node: RegexNode): boolean {
  return node.type === 'repeat' && node.max > LARGE_REPEAT;
}

export function nullable(node: RegexNode): boolean {
  switch (node.type) {
    case 'chars': return false;
    case 'anchor':
    case 'lookahead':
      return true;
    case 'sequence': return node.items.every(nullable);
    case 'alternation': return node.branches.some(nullable);
    case 'repeat': return node.min === 0 || nullable(node.body);
  }
}

/** Characters a match of the node can start with. */
export function firstChars(node: RegexNode): CharSet {
  switch (node.type) {
    case 'chars': return node.set;
    case 'anchor':
    case 'lookahead':
      return EMPTY;
    case 'sequence': {
      let set = EMPTY;
      for (const item of node.items) {
        set = union(set, firstChars(item));
        if (!nullable(item)) break;
      }
      return set;
    }
    case 'alternation': return node.branches.reduce((set, branch) => union(set, firstChars(branch)), EMPTY);
    case 'repeat': return node.max === 0 ? EMPTY : firstChars(node.body);
  }
}

/** Every character a match of the node can consume. */
export function allChars(node: RegexNode): CharSet {
  switch (node.type) {
    case 'chars': return node.set;
    case 'anchor':
    case 'lookahead':
      return EMPTY;
    case 'sequence': return node.items.reduce((set, item) => union(set, allChars(item)), EMPTY);
    case 'alternation': return node.branches.reduce((set, branch) => union(set, allChars(branch)), EMPTY);
    case 'repeat': return node.max === 0 ? EMPTY : allChars(node.body);
  }
}

/** Large repeats inside lookaheads do not count: a lookahead consumes nothing, so it takes part in no split. */
export function containsLargeRepeat(node: RegexNode): boolean {
  return someNode(node, isLargeRepeat, false);
}

export function containsAssertion(node: RegexNode): boolean {
  return someNode(node, (inner) => inner.type === 'anchor' || inner.type === 'lookahead', false);
}

/** Every lookahead, however deep, including lookaheads inside lookaheads. */
export function lookaheadBodies(node: RegexNode): RegexNode[] {
  const bodies: RegexNode[] = [];
  someNode(node, (inner) => {
    if (inner.type === 'lookahead') bodies.push(inner.body);
    return false;
  }, true);
  return bodies;
}

function someNode(node: RegexNode, test: (node: RegexNode) => boolean, intoLookaheads: boolean): boolean {
  if (test(node)) return true;
  switch (node.type) {
    case 'chars':
    case 'anchor':
      return false;
    case 'lookahead': return intoLookaheads && someNode(node.body, test, intoLookaheads);
    case 'sequence': return node.items.some((item) => someNode(item, test, intoLookaheads));
    case 'alternation': return node.branches.some((branch) => someNode(branch, test, intoLookaheads));
    case 'repeat': return someNode(node.body, test, intoLookaheads);
  }
}
