// @vitest-environment happy-dom
/**
 * The five adapters against DOM shapes no test author would write: each app's real demo page with random nodes
 * removed, moved, emptied, duplicated or re-attributed, and random trees built from the adapters' own hooks (every
 * attribute, class, id and tag their selectors name) mixed with junk. detect, activeRoot, read and selectorHealth
 * must never throw; a reading they return must be well-formed.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hubspotAdapter } from '../../lib/sites/hubspot';
import * as hubspotSelectors from '../../lib/sites/hubspot/selectors';
import { jiraAdapter } from '../../lib/sites/jira';
import * as jiraSelectors from '../../lib/sites/jira/selectors';
import { salesforceAdapter } from '../../lib/sites/salesforce';
import * as salesforceSelectors from '../../lib/sites/salesforce/selectors';
import { servicenowAdapter } from '../../lib/sites/servicenow';
import * as servicenowSelectors from '../../lib/sites/servicenow/selectors';
import type { RecordPage, SiteAdapter } from '../../lib/sites/types';
import { zendeskAdapter } from '../../lib/sites/zendesk';
import * as zendeskSelectors from '../../lib/sites/zendesk/selectors';
import { OPPORTUNITY_IDS } from '../demo-apps/salesforce/data';
import { recordDocument as hubspotDocument, pageOf as hubspotPage, RECORDS as HUBSPOT_RECORDS } from '../sites/hubspot/demo-dom';
import { demoIssues, recordPage as jiraPage, showIssue } from '../sites/jira/demo-dom';
import { demoRecord, recordPageOf, recordUrl, showRecord } from '../sites/salesforce/demo-dom';
import { formDocument, INCIDENTS } from '../sites/servicenow/demo-dom';
import { mountAgentPage } from '../sites/zendesk/demo-dom';
import { HOSTILE_TEXTS } from './hostile-text';

interface AppUnderTest {
  readonly adapter: SiteAdapter;
  readonly selectors: Readonly<Record<string, unknown>>;
  /** The demo record page's markup (the whole document). */
  readonly html: () => string;
  readonly page: () => RecordPage;
}

const currentHtml = () => document.documentElement.outerHTML;

const APPS: readonly (readonly [string, AppUnderTest])[] = [
  ['salesforce', {
    adapter: salesforceAdapter,
    selectors: salesforceSelectors,
    html: () => (showRecord(OPPORTUNITY_IDS.noNextStep), currentHtml()),
    page: () => recordPageOf(recordUrl(demoRecord(OPPORTUNITY_IDS.noNextStep))),
  }],
  ['hubspot', {
    adapter: hubspotAdapter,
    selectors: hubspotSelectors,
    html: () => hubspotDocument(HUBSPOT_RECORDS[0]?.id ?? '').documentElement.outerHTML,
    page: () => hubspotPage(HUBSPOT_RECORDS[0]?.id ?? ''),
  }],
  ['servicenow', {
    adapter: servicenowAdapter,
    selectors: servicenowSelectors,
    html: () => formDocument(INCIDENTS.priorityMismatch).documentElement.outerHTML,
    page: () => recordPageFor(servicenowAdapter, `https://acme.service-now.com/incident.do?sys_id=${INCIDENTS.priorityMismatch}`),
  }],
  ['jira', {
    adapter: jiraAdapter,
    selectors: jiraSelectors,
    html: () => (showIssue([...demoIssues().keys()][0] ?? ''), currentHtml()),
    page: () => jiraPage([...demoIssues().keys()][0] ?? ''),
  }],
  ['zendesk', {
    adapter: zendeskAdapter,
    selectors: zendeskSelectors,
    html: () => (mountAgentPage({ kind: 'ticket', id: '48231' }), currentHtml()),
    page: () => recordPageFor(zendeskAdapter, 'https://acme.zendesk.com/agent/tickets/48231'),
  }],
];

function recordPageFor(adapter: SiteAdapter, url: string): RecordPage {
  const page = adapter.detect(new URL(url));
  if (page?.kind !== 'record') throw new Error(`${url} is not a record page for ${adapter.app}`);
  return page;
}

function show(html: string): void {
  document.open();
  document.write(html.replace(/<script[^>]*>[\s\S]*?<\/script>|<link [^>]*>/g, ''));
  document.close();
}

/** Runs every DOM-facing adapter call on the current document; throws only if the adapter does. */
function exercise(adapter: SiteAdapter, page: RecordPage): void {
  adapter.selectorHealth(document);
  const root = adapter.activeRoot(document, page);
  for (const candidate of [root, document.body, document.body.firstElementChild, document.querySelector('main, form, section, div')]) {
    if (!candidate) continue;
    const reading = adapter.read(candidate, page);
    if (reading === null) continue;
    for (const anchor of reading.anchors.values()) expect(anchor.isConnected).toBe(true);
    for (const field of reading.editing) expect(typeof field).toBe('string');
  }
}

/** What the adapters' selectors name: attribute names and values, classes, ids and tags. */
function vocabulary(selectors: Readonly<Record<string, unknown>>) {
  const text = Object.values(selectors)
    .flatMap((value) => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []))
    .join(' ');
  const attributes = [...text.matchAll(/\[([\w-]+)(?:[~|^$*]?=["']?([^"'\]]*)["']?)?\]/g)].map(([, name = 'data-x', value = '']) => [name, value] as const);
  const classes = [...text.matchAll(/\.([A-Za-z_][\w-]*)/g)].map(([, name = '']) => name);
  const ids = [...text.matchAll(/#([A-Za-z_][\w.-]*)/g)].map(([, name = '']) => name);
  const tags = [...text.matchAll(/(?:^|[\s,>+~(])([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?=[\s.#[:,>)]|$)/g)].map(([, tag = '']) => tag);
  return { attributes, classes, ids, tags };
}

interface Tree {
  readonly tag: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly text: string;
  readonly children: readonly Tree[];
}

function treeArbitrary(selectors: Readonly<Record<string, unknown>>): fc.Arbitrary<Tree> {
  const words = vocabulary(selectors);
  const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...HOSTILE_TEXTS, '', '0', '-1', 'null', '__proto__'));
  const tag = fc.constantFrom(...new Set([...words.tags, 'div', 'span', 'label', 'input', 'select', 'option', 'textarea', 'button', 'a', 'li', 'ul', 'table', 'td', 'h1', 'header', 'section']));
  const attribute: fc.Arbitrary<readonly [string, string]> = fc.oneof(
    words.attributes.length > 0 ? fc.constantFrom(...words.attributes).chain(([name, value]) => fc.tuple(fc.constant(name), fc.oneof(fc.constant(value), junk))) : fc.tuple(fc.constant('data-x'), junk),
    fc.tuple(fc.constant('class'), fc.array(fc.constantFrom(...words.classes, 'active', 'x'), { maxLength: 3 }).map((names) => names.join(' '))),
    fc.tuple(fc.constant('id'), words.ids.length > 0 ? fc.constantFrom(...words.ids) : junk),
    fc.tuple(fc.constantFrom('title', 'aria-label', 'value', 'data-field', 'name', 'role', 'selected', 'hidden'), junk),
  );
  const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.record({
      tag,
      attributes: fc.array(attribute, { maxLength: 4 }),
      text: junk,
      children: fc.oneof({ depthSize: 'small' }, fc.constant([]), fc.array(tie('tree'), { maxLength: 4 })),
    }),
  }));
  return tree;
}

/** Elements happy-dom would try to load (and log about); the adapters only ever look at their attributes anyway. */
const LOADING_TAGS = new Set(['iframe', 'frame', 'link', 'script', 'img', 'style', 'object', 'embed']);

function build(tree: Tree): Element {
  const element = document.createElement(LOADING_TAGS.has(tree.tag) ? 'div' : tree.tag);
  for (const [name, value] of tree.attributes) {
    try {
      element.setAttribute(name, value);
    } catch {
      // An attribute name the DOM refuses is not a page shape anyone can serve.
    }
  }
  if (tree.text) element.append(tree.text);
  for (const child of tree.children) element.append(build(child));
  return element;
}

type DomMutation = readonly [where: number, how: 'remove' | 'empty' | 'text' | 'attribute' | 'duplicate' | 'move' | 'unwrap', text: string];

function mutateDom(mutations: readonly DomMutation[]): void {
  for (const [where, how, text] of mutations) {
    const elements = [...document.body.querySelectorAll('*')];
    const element = elements[where % Math.max(1, elements.length)];
    if (!element) return;
    const other = elements[(where * 7 + 3) % elements.length] ?? document.body;
    if (how === 'remove') element.remove();
    else if (how === 'empty') element.replaceChildren();
    else if (how === 'text') element.textContent = text;
    else if (how === 'attribute') {
      const name = element.getAttributeNames()[where % Math.max(1, element.getAttributeNames().length)];
      if (name) element.setAttribute(name, text);
    } else if (how === 'duplicate') element.after(element.cloneNode(true));
    else if (how === 'move' && !element.contains(other)) other.append(element);
    else if (how === 'unwrap') element.replaceWith(...element.childNodes);
  }
}

const domMutations: fc.Arbitrary<DomMutation[]> = fc.array(
  fc.tuple(
    fc.nat(),
    fc.constantFrom('remove', 'empty', 'text', 'attribute', 'duplicate', 'move', 'unwrap') as fc.Arbitrary<DomMutation[1]>,
    fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE_TEXTS, '', 'true', 'false', 'active')),
  ),
  { minLength: 1, maxLength: 16 },
);

beforeEach(() => {
  // As Chromium answers for open roots (the adapter asks it for closed LWC roots); fake-browser leaves it unimplemented.
  vi.spyOn(fakeBrowser.dom, 'openOrClosedShadowRoot').mockImplementation((element) => element.shadowRoot);
});

afterEach(() => {
  document.body.replaceChildren();
});

/** The demo page written once, then restored per run by cloning: parsing it a hundred times is what is slow. */
function pristinePage(html: string): () => void {
  show(html);
  const pristine = document.documentElement.cloneNode(true);
  return () => {
    document.documentElement.remove();
    document.append(pristine.cloneNode(true));
  };
}

describe.each(APPS)('the %s adapter', (_name, app) => {
  const html = app.html();
  const page = app.page();

  it('reads its demo page (the baseline the fuzzing breaks)', () => {
    show(html);
    const root = app.adapter.activeRoot(document, page);
    expect(root).not.toBeNull();
    expect(app.adapter.read(root as Element, page)?.anchors.size ?? 0).toBeGreaterThan(0);
  });

  it('never throws on its demo page with random parts broken', () => {
    const restore = pristinePage(html);
    fc.assert(
      fc.property(domMutations, (mutations) => {
        restore();
        mutateDom(mutations);
        exercise(app.adapter, page);
      }),
      // Restoring a whole app page costs tens of milliseconds in happy-dom: fewer runs, more mutations each.
      { numRuns: 30 },
    );
  }, 20_000);

  it('never throws on random trees of its own hooks and junk', () => {
    fc.assert(
      fc.property(fc.array(treeArbitrary(app.selectors), { minLength: 1, maxLength: 3 }), (trees) => {
        document.body.replaceChildren(...trees.map(build));
        exercise(app.adapter, page);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws detecting random URLs on and off its hosts', () => {
    const host = fc.constantFrom('acme.lightning.force.com', 'acme.my.salesforce.com', 'acme.service-now.com', 'app.hubspot.com', 'acme.atlassian.net', 'acme.zendesk.com', 'example.com');
    const path = fc.array(fc.oneof(fc.constantFrom('lightning', 'r', 'Opportunity', 'view', 'agent', 'tickets', 'browse', 'contacts', 'record', '0-3', 'incident.do', 'nav_to.do', 'now', 'sow', '%', '..', '__proto__'), fc.string({ maxLength: 8 })), { maxLength: 7 });
    fc.assert(
      fc.property(host, path, fc.string({ maxLength: 30 }), fc.string({ maxLength: 20 }), (hostname, segments, query, hash) => {
        const url = new URL(`https://${hostname}/`);
        url.pathname = `/${segments.map(encodeURIComponent).join('/')}`;
        url.search = query;
        url.hash = hash;
        const detected = app.adapter.detect(url);
        if (detected !== null) expect(detected.app).toBe(app.adapter.app);
      }),
      { numRuns: 150 },
    );
  });
});
