/**
 * The one place the background decides which packs apply to an app's object. Today: the built-in packs, which
 * were validated when their module loaded. Issue #4 adds enabling, disabling and imported packs here, so callers
 * (the `get-packs` message) do not change.
 */
import type { App } from '../records/model';
import { builtinPacksFor } from '../rules/builtin';
import type { RulePack } from '../rules/schema';

export async function activePacksFor(app: App, object: string): Promise<RulePack[]> {
  return builtinPacksFor(app, object);
}
