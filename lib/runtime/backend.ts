/** What a record view needs from the background, as an interface so tests can stand in for the extension. */
import type { Acknowledgement, AckRequest, PageReport } from '../messaging';
import type { App } from '../records/model';
import type { RulePack } from '../rules/schema';
import { sendToBackground } from './client';

export interface Backend {
  getPacks(app: App, object: string): Promise<readonly RulePack[]>;
  report(report: PageReport): Promise<void>;
  clearReport(): Promise<void>;
  listAcks(app: App, recordId: string): Promise<readonly Acknowledgement[]>;
  addAck(request: AckRequest): Promise<Acknowledgement>;
}

export const messagingBackend: Backend = {
  getPacks: async (app, object) => (await sendToBackground('get-packs', { app, object })).packs,
  report: async (report) => {
    await sendToBackground('report', report);
  },
  clearReport: async () => {
    await sendToBackground('report-clear', {});
  },
  listAcks: (app, recordId) => sendToBackground('ack-list', { app, recordId }),
  addAck: (request) => sendToBackground('ack-add', request),
};
