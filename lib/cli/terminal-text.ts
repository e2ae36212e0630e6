/**
 * Text for a terminal. Record ids, URLs and pack messages come from outside, so control characters are
 * neutralised before printing: an escape sequence in a ticket subject must not repaint the user's terminal.
 */

const STYLES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
} as const;

export type Style = keyof typeof STYLES;

export function paint(text: string, style: Style, color: boolean): string {
  if (!color) return text;
  const [open, close] = STYLES[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

// C0 and C1 controls, plus the bidi overrides that can make a line read differently from what it contains.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line of printable text: line breaks and tabs become spaces, other controls a replacement character. */
export function printable(text: string): string {
  return text.replace(/\s*[\r\n\t]+\s*/g, ' ').replace(UNSAFE, '\uFFFD');
}

/** Pads plain text to a column width; styling is applied after padding so escape codes do not count. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}
