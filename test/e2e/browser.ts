/**
 * Launches headless Chromium with the built extension loaded and every app hostname resolved to the demo server,
 * so the manifest's real match patterns are what the tests exercise.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  close(): Promise<void>;
}

/** Flags shared by every launch: app hosts resolved to the demo server, no background traffic to a closed network. */
export function chromiumArgs(serverPort: number): string[] {
  return [
    `--host-resolver-rules=MAP * 127.0.0.1:${serverPort}`,
    // ignoreHTTPSErrors covers pages only; the background worker's fetches (Salesforce's API) need the switch too.
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

export async function launchWithExtension(serverPort: number): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'fieldguard-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...chromiumArgs(serverPort)],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
