/**
 * A parser for the JavaScript regex syntax rule packs use, producing just what the safety analysis needs: which
 * characters each atom can consume, where the quantifiers and alternations are. Groups collapse into their content
 * (backreferences are refused, so captures do not matter). Anything it does not understand is refused, never guessed.
 */
import { ANY, charSet, complement, DIGITS, DOT, EMPTY, foldCase, rangeSet, SPACE, union, WORD, type CharSet } from './char-set';

export type RegexNode =
  | { readonly type: 'chars'; readonly set: CharSet }
  /** Zero-width: `^` (startOfInput when it can only match at the start), `$`, `\b`, `\B`. */
  | { readonly type: 'anchor'; readonly startOfInput: boolean }
  | { readonly type: 'lookahead'; readonly body: RegexNode }
  | { readonly type: 'sequence'; readonly items: readonly RegexNode[] }
  | { readonly type: 'alternation'; readonly branches: readonly RegexNode[] }
  | { readonly type: 'repeat'; readonly body: RegexNode; readonly min: number; readonly max: number; readonly source: string };

export type ParseResult = { readonly ok: true; readonly node: RegexNode } | { readonly ok: false; readonly reason: string };

/** Thrown inside the parser for syntax it refuses; turned into a reason at the boundary. */
class Refused extends Error {}

/** `pattern` must already be a valid RegExp with these flags: the parser checks only what it needs. */
export function parseRegex(pattern: string, flags: string): ParseResult {
  if (flags.includes('v')) return { ok: false, reason: 'the "v" flag is not supported' };
  try {
    return { ok: true, node: new Parser(pattern, flags).parse() };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    throw error;
  }
}

const CLASS_ESCAPES = new Map<string, CharSet>([
  ['d', DIGITS], ['D', complement(DIGITS)], ['w', WORD], ['W', complement(WORD)], ['s', SPACE], ['S', complement(SPACE)],
]);
const CONTROL_ESCAPES = new Map([['t', 9], ['n', 10], ['v', 11], ['f', 12], ['r', 13]]);

class Parser {
  private index = 0;
  private readonly ignoreCase: boolean;
  private readonly multiline: boolean;
  private readonly dotAll: boolean;
  private readonly unicode: boolean;

  constructor(private readonly pattern: string, flags: string) {
    this.ignoreCase = flags.includes('i');
    this.multiline = flags.includes('m');
    this.dotAll = flags.includes('s');
    this.unicode = flags.includes('u');
  }

  parse(): RegexNode {
    const node = this.alternation();
    if (this.index < this.pattern.length) throw new Refused(`unexpected "${this.peek()}" at ${this.index}`);
    return node;
  }

  private alternation(): RegexNode {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.index += 1;
      branches.push(this.sequence());
    }
    return branches.length === 1 && branches[0] ? branches[0] : { type: 'alternation', branches };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.index < this.pattern.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified());
    return items.length === 1 && items[0] ? items[0] : { type: 'sequence', items };
  }

  private quantified(): RegexNode {
    const start = this.index;
    const atom = this.atom();
    const bounds = this.quantifier();
    if (bounds === null) return atom;
    if (this.peek() === '?') this.index += 1;
    return { type: 'repeat', body: atom, min: bounds.min, max: bounds.max, source: this.pattern.slice(start, this.index) };
  }

  private quantifier(): { min: number; max: number } | null {
    const next = this.peek();
    if (next === '*') return this.take(1, { min: 0, max: Infinity });
    if (next === '+') return this.take(1, { min: 1, max: Infinity });
    if (next === '?') return this.take(1, { min: 0, max: 1 });
    if (next !== '{') return null;
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.index));
    // Outside unicode mode a "{" that does not open a quantifier is a literal, which atom() reads.
    if (!braces) return null;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] === '' || braces[3] === undefined ? Infinity : Number(braces[3]);
    return this.take(braces[0].length, { min, max });
  }

  private take<T>(length: number, value: T): T {
    this.index += length;
    return value;
  }

  private atom(): RegexNode {
    const char = this.peek();
    this.index += 1;
    switch (char) {
      case '^':
        return { type: 'anchor', startOfInput: !this.multiline };
      case '$':
        return { type: 'anchor', startOfInput: false };
      case '.':
        return this.chars(this.dotAll ? ANY : DOT);
      case '(':
        return this.group();
      case '[':
        return this.chars(this.characterClass());
      case '\\':
        return this.atomEscape();
      default:
        return this.literal(char);
    }
  }

  private group(): RegexNode {
    const rest = this.pattern.slice(this.index);
    if (rest.startsWith('?<=') || rest.startsWith('?<!')) throw new Refused('lookbehind assertions are not allowed');
    let lookahead = false;
    if (rest.startsWith('?=') || rest.startsWith('?!')) {
      lookahead = true;
      this.index += 2;
    } else if (rest.startsWith('?:')) {
      this.index += 2;
    } else if (rest.startsWith('?<')) {
      const name = /^\?<[^>]+>/.exec(rest);
      if (!name) throw new Refused('malformed group name');
      this.index += name[0].length;
    } else if (rest.startsWith('?')) {
      throw new Refused('inline modifier groups "(?...)" are not supported');
    }
    const body = this.alternation();
    if (this.peek() !== ')') throw new Refused('unterminated group');
    this.index += 1;
    return lookahead ? { type: 'lookahead', body } : body;
  }

  private atomEscape(): RegexNode {
    const char = this.peek();
    if (char === 'b' || char === 'B') return this.take(1, { type: 'anchor', startOfInput: false });
    if (/[1-9]/.test(char)) throw new Refused('backreferences are not allowed');
    if (char === 'k' && (this.unicode || this.pattern[this.index + 1] === '<')) throw new Refused('backreferences are not allowed');
    return this.chars(this.classEscape() ?? charSet(this.escapedCode()));
  }

  /** Escapes for a class of characters (`\d`, `\p{L}`...), or null for the next escape standing for one character. */
  private classEscape(): CharSet | null {
    const char = this.peek();
    const set = CLASS_ESCAPES.get(char);
    if (set) return this.take(1, set);
    if ((char === 'p' || char === 'P') && this.unicode) {
      const property = /^.\{[^}]*\}/.exec(this.pattern.slice(this.index));
      if (!property) throw new Refused('malformed \\p{...} escape');
      // Unicode properties are not modelled: any character is assumed, which only makes the analysis stricter.
      return this.take(property[0].length, ANY);
    }
    return null;
  }

  /** The character an escape stands for; the backslash is already consumed. */
  private escapedCode(): number {
    const char = this.peek();
    this.index += 1;
    const control = CONTROL_ESCAPES.get(char);
    if (control !== undefined) return control;
    if (char === 'c') return this.controlEscape();
    if (char === 'x') return this.hexEscape(/^[0-9a-fA-F]{2}/);
    if (char === 'u') return this.unicodeEscape();
    if (/[0-7]/.test(char)) return this.octalEscape(char);
    if (char === '') throw new Refused('trailing backslash');
    return char.codePointAt(0) ?? 0;
  }

  private controlEscape(): number {
    const letter = this.peek();
    if (/[A-Za-z]/.test(letter)) return this.take(1, letter.charCodeAt(0) % 32);
    // Annex B: "\c" not followed by a letter is a backslash followed by "c".
    this.index -= 1;
    return 0x5c;
  }

  /** Without enough hex digits, "\x" and "\u" are the letters themselves (Annex B). */
  private hexEscape(digits: RegExp): number {
    const hex = digits.exec(this.pattern.slice(this.index));
    if (!hex) return this.pattern.charCodeAt(this.index - 1);
    return this.take(hex[0].length, parseInt(hex[0], 16));
  }

  private unicodeEscape(): number {
    if (this.unicode && this.peek() === '{') {
      const braced = /^\{([0-9a-fA-F]+)\}/.exec(this.pattern.slice(this.index));
      if (!braced?.[1]) throw new Refused('malformed \\u{...} escape');
      return this.take(braced[0].length, parseInt(braced[1], 16));
    }
    return this.hexEscape(/^[0-9a-fA-F]{4}/);
  }

  /** Legacy octal escapes: "\0" anywhere, and "\1"... inside classes, where they are not backreferences. */
  private octalEscape(first: string): number {
    const more = /^[0-7]{0,2}/.exec(this.pattern.slice(this.index))?.[0] ?? '';
    const digits = first <= '3' ? more : more.slice(0, 1);
    return this.take(digits.length, parseInt(first + digits, 8));
  }

  private characterClass(): CharSet {
    const negated = this.peek() === '^';
    if (negated) this.index += 1;
    let set = EMPTY;
    while (this.peek() !== ']') {
      if (this.index >= this.pattern.length) throw new Refused('unterminated character class');
      const from = this.classAtom();
      if (this.peek() === '-' && this.pattern[this.index + 1] !== ']' && from.single !== null) {
        const save = this.index;
        this.index += 1;
        const to = this.classAtom();
        if (to.single !== null) {
          set = union(set, rangeSet(from.single, to.single));
          continue;
        }
        this.index = save;
      }
      set = union(set, from.set);
    }
    this.index += 1;
    const folded = this.ignoreCase ? foldCase(set) : set;
    return negated ? complement(folded) : folded;
  }

  /** `single` is the code point when the atom is one character, so it can bound a range. */
  private classAtom(): { set: CharSet; single: number | null } {
    const char = this.peek();
    this.index += 1;
    if (char !== '\\') return this.singleAtom(char.codePointAt(0) ?? 0, char);
    const set = this.classEscape();
    if (set) return { set, single: null };
    // Inside a class "\b" is a backspace, not a word boundary.
    if (this.peek() === 'b') return this.take(1, { set: charSet(8), single: 8 });
    const code = this.escapedCode();
    return { set: charSet(code), single: code };
  }

  private singleAtom(code: number, char: string): { set: CharSet; single: number } {
    // A character beyond the BMP is two code units outside unicode mode and one code point inside it.
    if (this.unicode && char.length === 1 && code >= 0xd800 && code <= 0xdbff) {
      const full = this.pattern.codePointAt(this.index - 1) ?? code;
      if (full > 0xffff) this.index += 1;
      return { set: charSet(full), single: full };
    }
    return { set: charSet(code), single: code };
  }

  private literal(char: string): RegexNode {
    return this.chars(this.singleAtom(char.codePointAt(0) ?? 0, char).set);
  }

  private chars(set: CharSet): RegexNode {
    return { type: 'chars', set: this.ignoreCase ? foldCase(set) : set };
  }

  private peek(): string {
    return this.pattern[this.index] ?? '';
  }
}

