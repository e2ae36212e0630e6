/**
 * The few DOM helpers the overlay is built with. Text always goes in as text nodes (never parsed as HTML): rule
 * messages and field labels come from packs and pages, not from us.
 */

type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** Sets what differs only; `false`, null and undefined remove the attribute, `true` sets it empty. */
export function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      if (element.hasAttribute(name)) element.removeAttribute(name);
      continue;
    }
    const text = value === true ? '' : String(value);
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
}

export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Makes `nodes` the children of `parent`, in order, touching only what changed: a node removed and re-inserted
 * loses focus, and an acknowledgement being typed must survive every re-evaluation.
 */
export function syncChildren(parent: Node, nodes: readonly Node[]): void {
  const wanted = new Set(nodes);
  for (const child of [...parent.childNodes]) {
    if (!wanted.has(child)) child.remove();
  }
  let cursor = parent.firstChild;
  for (const node of nodes) {
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
}

let lastId = 0;

/** Ids for aria references; unique in the document, so in every shadow root too. */
export function uniqueId(): string {
  lastId += 1;
  return `fg-${lastId}`;
}
