import { describe, expect, it } from 'vitest';
import { compilePack, evaluateAgainstStage, evaluateRecord } from '../../lib/rules/engine';
import type { RulePack } from '../../lib/rules/schema';
import { opportunity, opportunityPack } from './pack-fixture';

const now = '2026-11-25T12:00:00Z';
const packs = [compilePack(opportunityPack)];
const ruleIds = (fields: Record<string, unknown>) => evaluateRecord(opportunity(fields), packs, { now }).findings.map((f) => f.rule);

describe('evaluateRecord', () => {
  it('gives a clean record no findings and a full score', () => {
    const result = evaluateRecord(opportunity({ Name: 'Acme renewal', Amount: 5000, StageName: 'Prospecting' }), packs, { now });
    expect(result).toMatchObject({ app: 'salesforce', object: 'Opportunity', id: '006000000000001AAA', score: 100, findings: [], errors: [] });
  });

  it('reports what fails with the rule, fields, severity and message, errors first', () => {
    const result = evaluateRecord(opportunity({ Name: '  ', Amount: -5, StageName: 'Prospecting' }), packs, { now });
    expect(result.findings).toEqual([
      { pack: 'test-opportunity', rule: 'name-required', title: 'Name is required', fields: ['Name'], severity: 'error', message: 'Give the opportunity a name.', weight: 10 },
      { pack: 'test-opportunity', rule: 'amount-positive', title: 'Amount must be positive', fields: ['Amount'], severity: 'warning', message: 'Enter an amount above zero.', weight: 7 },
    ]);
    expect(result.score).toBe(83);
  });

  it('skips a rule whose "when" does not hold', () => {
    expect(ruleIds({ Name: 'x', Amount: null, StageName: 'Prospecting' })).toEqual([]);
  });

  it('coerces string values by the declared field type, as HubSpot and ServiceNow send them', () => {
    expect(ruleIds({ Name: 'x', Amount: '-1,200.50', StageName: 'Prospecting' })).toEqual(['amount-positive']);
    expect(ruleIds({ Name: 'x', Amount: '', StageName: 'Proposal/Price Quote', NextStep: 'Call' })).toEqual(['proposal-amount']);
  });

  it('applies gates cumulatively: a later stage needs what earlier stages need', () => {
    expect(ruleIds({ Name: 'x', StageName: 'Qualification' })).toEqual(['qualification-next-step']);
    expect(ruleIds({ Name: 'x', StageName: 'Negotiation/Review' })).toEqual(['proposal-amount', 'qualification-next-step']);
    expect(ruleIds({ Name: 'x', StageName: 'Closed Won' })).toEqual(['proposal-amount', 'qualification-next-step']);
  });

  it('gives a lost stage only its own gates', () => {
    expect(ruleIds({ Name: 'x', StageName: 'Closed Lost' })).toEqual(['lost-reason']);
  });

  it('marks gate findings with the gate and the stage evaluated', () => {
    const [finding] = evaluateRecord(opportunity({ Name: 'x', StageName: 'Qualification' }), packs, { now }).findings;
    expect(finding).toMatchObject({ gate: 'Qualification', targetStage: 'Qualification' });
  });

  it('applies no gate to a record whose stage is unknown or missing', () => {
    expect(ruleIds({ Name: 'x', StageName: 'Some custom stage' })).toEqual([]);
    expect(ruleIds({ Name: 'x' })).toEqual([]);
  });

  it('ignores packs for other apps and objects', () => {
    const lead = { ...opportunity({ Name: '' }), object: 'Lead' };
    expect(evaluateRecord(lead, packs, { now }).findings).toEqual([]);
  });

  it('reports a rule that cannot be evaluated instead of throwing, and does not count it', () => {
    const compiled = compilePack({ ...opportunityPack, id: 'throwing', rules: opportunityPack.rules.slice(0, 1) });
    const exploding = {
      ...compiled,
      rules: compiled.rules.map((rule) => ({ ...rule, check: () => { throw new Error('boom'); } })),
    };
    const result = evaluateRecord(opportunity({ Name: 'ok' }), [exploding], { now });
    expect(result.findings).toEqual([]);
    expect(result.errors).toEqual([{ pack: 'throwing', rule: 'name-required', message: 'boom' }]);
    expect(result.score).toBe(100);
  });

  it('never mutates the record it evaluates', () => {
    const record = opportunity({ Name: 'x', Amount: '12', Account: { Name: 'Acme' } });
    const copy = structuredClone(record);
    evaluateRecord(record, packs, { now });
    expect(record).toEqual(copy);
  });

  it('rejects an invalid "now" as a caller error', () => {
    expect(() => evaluateRecord(opportunity({}), packs, { now: 'yesterday' })).toThrow(/not a valid date/);
  });

  it('floors the score at zero', () => {
    const heavy: RulePack = { ...opportunityPack, id: 'heavy', stages: undefined, fields: undefined, rules: [
      { id: 'a', title: 't', message: 'm', severity: 'error', weight: 60, fields: ['Name'], check: false },
      { id: 'b', title: 't', message: 'm', severity: 'error', weight: 60, fields: ['Name'], check: false },
    ] };
    expect(evaluateRecord(opportunity({}), [compilePack(heavy)], { now }).score).toBe(0);
  });
});

describe('evaluateAgainstStage', () => {
  it('lists the unmet gates of a stage the record is not in yet', () => {
    const findings = evaluateAgainstStage(opportunity({ Name: 'x', StageName: 'Prospecting' }), packs, 'Negotiation/Review', { now });
    expect(findings.map((f) => [f.rule, f.gate, f.targetStage])).toEqual([
      ['proposal-amount', 'Proposal/Price Quote', 'Negotiation/Review'],
      ['qualification-next-step', 'Qualification', 'Negotiation/Review'],
    ]);
  });

  it('is empty when the record already meets the target stage', () => {
    const record = opportunity({ Name: 'x', StageName: 'Prospecting', Amount: 10, NextStep: 'Demo' });
    expect(evaluateAgainstStage(record, packs, 'Closed Won', { now })).toEqual([]);
  });

  it('does not ask a deal being lost for proposal requirements', () => {
    const findings = evaluateAgainstStage(opportunity({ Name: 'x', StageName: 'Qualification' }), packs, 'Closed Lost', { now });
    expect(findings.map((f) => f.rule)).toEqual(['lost-reason']);
  });

  it('evaluates "when" conditions with the stage the record would have', () => {
    const pack: RulePack = { ...opportunityPack, id: 'when-stage', rules: [
      { id: 'closing-needs-date', title: 't', message: 'm', severity: 'error', fields: ['CloseDate'], gate: 'Prospecting',
        when: { '==': [{ var: 'StageName' }, 'Closed Won'] }, check: { '!': { is_empty: [{ var: 'CloseDate' }] } } },
    ] };
    const record = opportunity({ Name: 'x', StageName: 'Prospecting' });
    expect(evaluateAgainstStage(record, [compilePack(pack)], 'Closed Won', { now }).map((f) => f.rule)).toEqual(['closing-needs-date']);
    expect(evaluateAgainstStage(record, [compilePack(pack)], 'Qualification', { now })).toEqual([]);
  });

  it('adds nothing for a stage no pack declares', () => {
    expect(evaluateAgainstStage(opportunity({ StageName: 'Prospecting' }), packs, 'Won-ish', { now })).toEqual([]);
  });
});
