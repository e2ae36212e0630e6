/** Text that would run script or inject markup if any FieldGuard UI ever parsed it as HTML. */
export const HOSTILE_TITLE = 'Amount <img src=x onerror="globalThis.fieldguardPwned=1"> missing';
export const HOSTILE_MESSAGE = '<script>globalThis.fieldguardPwned=1</script>Fill in <b>Amount</b> &amp; save';
export const HOSTILE_LABEL = '"><svg onload="globalThis.fieldguardPwned=1"><iframe src="javascript:1">Amount';
export const HOSTILE_STAGE = '<img src=x onerror=alert(1)>Negotiation';
export const HOSTILE_REASON = '<a href="javascript:alert(1)">API</a> returned 500';

export const HOSTILE_TEXTS = [HOSTILE_TITLE, HOSTILE_MESSAGE, HOSTILE_LABEL, HOSTILE_STAGE, HOSTILE_REASON];

/** Elements that only exist if hostile text was parsed as markup. */
export const INJECTED_SELECTOR = 'img, script, iframe, b, svg[onload], a[href^="javascript"]';

/** Every element under `root`, inside open shadow roots too. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** The text of `root` with shadow roots' text included. */
export function deepText(root: ParentNode & Node): string {
  const own = root.textContent ?? '';
  const shadows = [...root.querySelectorAll('*')].map((element) => (element.shadowRoot ? deepText(element.shadowRoot) : '')).join('');
  return own + shadows;
}

/** Attributes named on* anywhere: an event handler that came from text. */
export function handlerAttributes(root: ParentNode): string[] {
  return allElements(root).flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')).map((name) => `${element.tagName}[${name}]`));
}
