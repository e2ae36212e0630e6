/** Renders a component into happy-dom with React's act(), and finds things the way a user would. */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// happy-dom lays nothing out: give the scrolling box a viewport's size and each measured row a row's height, so the
// virtualized table renders a window of rows as a browser would.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 520 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 40 });

const mounted: { root: Root; container: HTMLElement }[] = [];

afterEach(() => {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
});

export interface Rendered {
  readonly container: HTMLElement;
  rerender(element: ReactElement): void;
}

export function render(element: ReactElement): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(element));
  mounted.push({ root, container });
  return { container, rerender: (next) => act(() => root.render(next)) };
}

export function click(element: Element): void {
  act(() => {
    (element as HTMLElement).click();
  });
}

/** Sets an input's value as typing would, so React's onChange fires. */
export function typeInto(input: HTMLInputElement, value: string): void {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function must<T extends Element>(element: T | null | undefined, what: string): T {
  if (!element) throw new Error(`not found: ${what}`);
  return element;
}

export function byText<T extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): T {
  const match = [...root.querySelectorAll<T>(selector)].find((element) =>
    typeof text === 'string' ? element.textContent?.trim() === text : text.test(element.textContent ?? ''),
  );
  return must(match, `${selector} with text ${String(text)}`);
}

export function texts(elements: Iterable<Element>): string[] {
  return [...elements].map((element) => (element.textContent ?? '').trim());
}
