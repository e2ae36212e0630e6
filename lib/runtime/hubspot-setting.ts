/**
 * Whether the user turned on reading HubSpot records through HubSpot's internal API (the options page's HubSpot
 * section). Read straight from `storage.local` by the HubSpot content script at start, without zod: any value but
 * `true` means off, the default.
 */
import { browser } from 'wxt/browser';
import { PREFS_KEY } from '../store/types';

export async function readHubSpotInternalApi(): Promise<boolean> {
  try {
    const stored: unknown = (await browser.storage.local.get(PREFS_KEY))[PREFS_KEY];
    return stored !== null && typeof stored === 'object' && (stored as { hubspotInternalApi?: unknown }).hubspotInternalApi === true;
  } catch {
    return false;
  }
}
