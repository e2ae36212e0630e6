/**
 * Loads the demo Jira's pages into the test's happy-dom document and reproduces what its client script does
 * (open the status dropdown, highlight a transition, open a transition screen, open an inline editor), so the
 * reader is tested against the same markup the end-to-end tests drive.
 */
import { issuesOf, type DemoIssue } from '../../demo-apps/jira/data';
import { browsePage, page, queueIssuePage, queuePage, type PageContent } from '../../demo-apps/jira/page';
import type { RecordPage } from '../../../lib/sites/types';

export function demoIssues(): Map<string, DemoIssue> {
  return issuesOf({ failingApis: new Set(), requests: [] });
}

export function demoIssue(key: string): DemoIssue {
  const issue = demoIssues().get(key);
  if (!issue) throw new Error(`no demo issue ${key}`);
  return issue;
}

/** Writes a whole demo page; `oldAttribute` renders the test ids as older Jira builds did (`data-test-id`). */
export function showPage(content: PageContent, oldAttribute = false): void {
  const markup = page(content).replace(/<script[^>]*><\/script>/g, '');
  document.open();
  document.write(oldAttribute ? markup.replaceAll('data-testid=', 'data-test-id=') : markup);
  document.close();
}

export function showIssue(key: string, oldAttribute = false): void {
  showPage(browsePage(demoIssue(key)), oldAttribute);
}

export function showQueueIssue(key: string): void {
  const issues = demoIssues();
  showPage(queueIssuePage([...issues.values()], demoIssue(key)));
}

export function showQueue(): void {
  showPage(queuePage([...demoIssues().values()]));
}

export function recordPage(key: string): RecordPage {
  return { kind: 'record', app: 'jira', object: null, recordId: key, context: { site: 'acme', view: 'browse' } };
}

function portal(): Element {
  const element = document.querySelector('[data-demo-portal]');
  if (!element) throw new Error('no portal');
  return element;
}

function template(name: string): HTMLTemplateElement {
  const element = document.querySelector<HTMLTemplateElement>(`template[data-demo-template="${name}"]`);
  if (!element) throw new Error(`no template ${name}`);
  return element;
}

/** Opens the status dropdown and highlights the transition with this name, if given. */
export function openStatusDropdown(transitionName?: string): void {
  portal().replaceChildren(template('transitions').content.cloneNode(true));
  document.querySelector('[data-demo-part="status"] button')?.setAttribute('aria-expanded', 'true');
  if (transitionName === undefined) return;
  const option = [...portal().querySelectorAll('[role="option"]')].find((candidate) => candidate.textContent?.includes(transitionName));
  if (!option) throw new Error(`no transition ${transitionName}`);
  option.setAttribute('aria-selected', 'true');
}

export function openTransitionScreen(transitionId: string): HTMLSelectElement {
  portal().replaceChildren(template(`screen-${transitionId}`).content.cloneNode(true));
  const select = portal().querySelector<HTMLSelectElement>('select[name="resolution"]');
  if (!select) throw new Error('no resolution select');
  return select;
}

export function openInlineEditor(field: 'assignee' | 'priority'): void {
  const container = document.querySelector(`[data-demo-edit="${field}"]`);
  container?.replaceChildren(template(`edit-${field}`).content.cloneNode(true));
}
