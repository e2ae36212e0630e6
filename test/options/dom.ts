/** Renders the options page into happy-dom with `act`, and drives it the way a user does. */
import { act } from 'react';

export { render } from '../popup/render';

/** Lets pending promises (IndexedDB, file reads) settle inside `act` until `check` passes. */
export async function waitFor(check: () => void | Promise<void>, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
}

export function click(element: Element | null | undefined): void {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  act(() => element.click());
}

/** Types into a React-controlled input: React tracks the value through the native setter. */
export function type(element: Element | null | undefined, value: string): void {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) throw new Error('not a text field');
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
  act(() => {
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(element: Element | null | undefined, value: string): void {
  if (!(element instanceof HTMLSelectElement)) throw new Error('not a select');
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function submit(form: Element | null | undefined): void {
  if (!(form instanceof HTMLFormElement)) throw new Error('not a form');
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** Picks a file in a file input, as the browser's file dialog does. */
export async function pickFile(input: Element | null | undefined, name: string, text: string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('not a file input');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const texts = (scope: ParentNode, selector: string) => [...scope.querySelectorAll(selector)].map(text);

export function labelled(scope: ParentNode, label: string): HTMLElement {
  const byAria = scope.querySelector(`[aria-label="${label}"]`);
  if (byAria instanceof HTMLElement) return byAria;
  const labelElement = [...scope.querySelectorAll('label')].find((candidate) => text(candidate) === label);
  const target = labelElement?.htmlFor ? scope.querySelector(`[id="${labelElement.htmlFor}"]`) : null;
  if (target instanceof HTMLElement) return target;
  throw new Error(`no control labelled "${label}"`);
}

export function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((candidate) => candidate.getAttribute('aria-label') === name || text(candidate) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}
