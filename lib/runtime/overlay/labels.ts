import type { Severity } from '../../rules/schema';
import type { MarkerSeverity } from './types';

export const SEVERITY_LABEL: Record<MarkerSeverity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  acknowledged: 'Acknowledged',
};

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function countsText(counts: Record<Severity, number>): string {
  return [plural(counts.error, 'error', 'errors'), plural(counts.warning, 'warning', 'warnings'), `${counts.info} info`].join(', ');
}

export function dateText(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
