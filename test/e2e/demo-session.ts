/**
 * What every end-to-end file needs: the demo apps' server and Chromium with the built extension, started once per
 * file and closed after it, and locators for the hosts FieldGuard adds (documented in lib/runtime/README.md).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startDemoServer, type DemoRoute, type DemoServer } from '../demo-apps/server';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/** Time after which FieldGuard would have shown something on a page it handles (debounce + API round trip). */
export const SETTLE_MS = 1500;

export interface DemoSession {
  readonly server: DemoServer;
  readonly browser: ExtensionBrowser;
  /** A new tab at `url`. */
  open(url: string): Promise<Page>;
}

export interface DemoSessionHooks {
  /** Runs before Chromium starts, with the demo server up (writing a browser policy file, for example). */
  readonly beforeLaunch?: () => Promise<void> | void;
}

/**
 * Registers the file's beforeAll/afterAll; `ready` runs once both are up (signing in, for example), `hooks.beforeLaunch`
 * before the browser starts.
 */
export function startDemoSession(routes: readonly DemoRoute[], ready?: (session: DemoSession) => Promise<void>, hooks: DemoSessionHooks = {}): DemoSession {
  let server: DemoServer | undefined;
  let browser: ExtensionBrowser | undefined;
  const session: DemoSession = {
    get server() {
      if (!server) throw new Error('the demo server is not started yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
    async open(url) {
      const page = await session.browser.context.newPage();
      await page.goto(url);
      return page;
    },
  };
  beforeAll(async () => {
    server = await startDemoServer(routes);
    await hooks.beforeLaunch?.();
    browser = await launchWithExtension(server.port);
    await ready?.(session);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return session;
}

/** A page or a frame: FieldGuard's hosts are looked up the same way in both. */
type Scope = { locator(selector: string): Locator };

export const markers = (scope: Scope) => scope.locator('[data-fieldguard="marker"]');
export const marker = (scope: Scope, field: string) => scope.locator(`[data-fieldguard="marker"][data-fieldguard-field="${field}"]`);
export const chip = (scope: Scope) => scope.locator('[data-fieldguard="chip"]');
export const gate = (scope: Scope) => scope.locator('[data-fieldguard="gate"]');

/** The fields that carry a marker, sorted. */
export async function markerFields(scope: Scope): Promise<string[]> {
  return (await markers(scope).evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-fieldguard-field') ?? ''))).sort();
}
