/** Small helpers for DOM tests. */

export function must<T>(value: T | null | undefined, what = 'the element'): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/** Types into an input the way React notices: through the native value setter, then an input event. */
export function typeInto(input: HTMLInputElement, text: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
