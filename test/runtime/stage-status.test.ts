import { describe, expect, it } from 'vitest';
import type { NormalizedRecord } from '../../lib/records/model';
import { builtinPacksFor } from '../../lib/rules/builtin';
import { compilePack } from '../../lib/rules/engine';
import { nextStageGate } from '../../lib/runtime/stage-status';
import { TEST_PACK } from './fake-app';

const options = { now: Date.UTC(2026, 10, 25), timeZone: 'UTC' };
const ticket = (fields: Record<string, unknown>): NormalizedRecord => ({ app: 'zendesk', object: 'ticket', id: '1', fields, labels: {} });
const packs = [compilePack(TEST_PACK)];

describe('nextStageGate', () => {
  it("names the current and the next stage and lists the next stage's unmet gates", () => {
    const gate = nextStageGate(ticket({ status: 'open', assignee_id: null }), packs, options);
    expect(gate?.current?.value).toBe('open');
    expect(gate?.next).toEqual({ value: 'solved', label: 'Solved' });
    expect(gate?.findings.map((finding) => finding.rule)).toEqual(['solve-assignee']);
  });

  it('has nothing unmet when the next stage is satisfied, no next stage at the end, and starts at the first stage without one', () => {
    expect(nextStageGate(ticket({ status: 'open', assignee_id: '42' }), packs, options)?.findings).toEqual([]);
    expect(nextStageGate(ticket({ status: 'solved', assignee_id: null }), packs, options)).toMatchObject({ next: null, findings: [] });
    expect(nextStageGate(ticket({ status: null }), packs, options)).toMatchObject({ current: null, next: { value: 'new' } });
  });

  it('skips lost stages on the way, and leads nowhere from a lost one', () => {
    const opportunity = (StageName: string): NormalizedRecord => ({ app: 'salesforce', object: 'Opportunity', id: '006', fields: { StageName }, labels: {} });
    const salesforce = builtinPacksFor('salesforce', 'Opportunity').map(compilePack);
    const stages = salesforce.find((compiled) => compiled.pack.stages)?.pack.stages?.values ?? [];
    const lost = stages.find((stage) => stage.outcome === 'lost');
    const beforeLost = stages[stages.findIndex((stage) => stage.outcome === 'lost') - 1];
    expect(lost && beforeLost).toBeTruthy();
    expect(nextStageGate(opportunity(lost?.value ?? ''), salesforce, options)?.next).toBeNull();
    expect(nextStageGate(opportunity(beforeLost?.value ?? ''), salesforce, options)?.next?.outcome).not.toBe('lost');
  });

  it('is null when no applicable pack has stages', () => {
    expect(nextStageGate(ticket({ status: 'open' }), [compilePack({ ...TEST_PACK, stages: undefined })], options)).toBeNull();
    expect(nextStageGate({ ...ticket({}), app: 'jira', object: 'issue' }, packs, options)).toBeNull();
  });
});
