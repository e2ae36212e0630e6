/** The demo instance's static files: served as files (no inline scripts), under UI16-like paths. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEMO_STYLESHEET = '/styles/demo_ui16.css';
export const DEMO_FORM_SCRIPT = '/scripts/demo_form.js';
/** Sets `window.g_ck`, as UI16 pages do for the session's CSRF token; generated per demo server. */
export const DEMO_SESSION_SCRIPT = '/scripts/now_session.js';

export function clientFile(name: 'ui16.css' | 'form.js'): string {
  return readFileSync(join(import.meta.dirname, 'client', name), 'utf8');
}
