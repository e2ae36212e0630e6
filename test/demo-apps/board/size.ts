/**
 * How many generated list records a demo server serves per app: a few hundred by default, 10,000 or 50,000 for
 * the board bench. Kept per server (keyed by its DemoState) like the apps' own stores.
 */
import type { DemoState } from '../server';

export type BoardApp = 'salesforce' | 'servicenow' | 'jira' | 'zendesk' | 'hubspot';

const sizes = new WeakMap<DemoState, Map<BoardApp, number>>();

export function setBoardSize(state: DemoState, app: BoardApp, size: number): void {
  const perApp = sizes.get(state) ?? new Map<BoardApp, number>();
  perApp.set(app, size);
  sizes.set(state, perApp);
}

export function boardSize(state: DemoState, app: BoardApp, fallback: number): number {
  return sizes.get(state)?.get(app) ?? fallback;
}

/** `state.failingApis` key that makes page `page` (1-based) of an app's list API fail, for the board's error tests. */
export function failingPageKey(app: BoardApp, page: number): string {
  return `${app}:page:${page}`;
}
