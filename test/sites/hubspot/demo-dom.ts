/** Demo portal pages parsed into happy-dom documents, for the adapter's DOM tests. */
import { demoRecords, type DemoRecord } from '../../demo-apps/hubspot/data';
import { listView, recordView, shell } from '../../demo-apps/hubspot/page';
import type { RecordPage } from '../../../lib/sites/types';

/** A fixed "now", so dates in the demo records and the rules' clock agree. */
export const NOW = Date.UTC(2026, 10, 25, 12);
export const RECORDS = demoRecords(NOW);

export function demoRecord(id: string): DemoRecord {
  const record = RECORDS.find((candidate) => candidate.id === id);
  if (!record) throw new Error(`no demo record ${id}`);
  return record;
}

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function recordDocument(id: string): Document {
  return parse(shell('demo', recordView(demoRecord(id), RECORDS)));
}

export function listDocument(objectTypeId: '0-1' | '0-3'): Document {
  return parse(shell('demo', listView(objectTypeId, RECORDS)));
}

export function pageOf(id: string): RecordPage {
  const record = demoRecord(id);
  return {
    kind: 'record',
    app: 'hubspot',
    object: record.objectTypeId === '0-3' ? 'deal' : 'contact',
    recordId: id,
    context: { portalId: '123456', objectTypeId: record.objectTypeId },
  };
}
