import type { PackEntry, PackSource } from '../../lib/store/types';
import type { Rule, RulePack } from '../../lib/rules/schema';

export const SOURCE_LABELS: Record<PackSource, string> = { builtin: 'Built-in', imported: 'Imported', remote: 'Remote' };

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatTime(at: number | null): string {
  return at === null ? 'Never' : dateTime.format(new Date(at));
}

/** The stage a gate names, as its label when the pack gives one (ServiceNow's `-2` reads "Scheduled"). */
export function gateLabel(pack: RulePack, rule: Rule): string {
  if (rule.gate === undefined) return '';
  const stage = pack.stages?.values.find((value) => value.value === rule.gate);
  return stage?.label ?? rule.gate;
}

export function packUpdated(entry: PackEntry): string {
  return entry.source === 'builtin' ? 'With the extension' : formatTime(entry.updatedAt);
}
