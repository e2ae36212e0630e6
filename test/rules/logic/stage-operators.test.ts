import { describe, expect, test } from 'vitest';
import { compileLogic } from '../../../lib/rules/logic/compile';
import type { CompileContext } from '../../../lib/rules/logic/types';
import { DEFAULT_TEST_ENV } from './helpers';

const SALESFORCE: CompileContext = {
  stageOrder: ['Prospecting', 'Qualification', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost'],
  stageProbability: new Map([['Prospecting', 10], ['Qualification', 20], ['Proposal', 50], ['Negotiation', 80], ['Closed Won', 100], ['Closed Lost', 0]]),
};
/** ServiceNow incident states are numbers on the wire and strings in the pack. */
const SERVICENOW: CompileContext = { stageOrder: ['1', '2', '3', '6', '7'] };

const run = (logic: unknown, data: unknown, ctx: CompileContext = SALESFORCE) => compileLogic(logic, ctx)(data, DEFAULT_TEST_ENV);

describe('stage operators', () => {
  test.each<[string, unknown, unknown, unknown, CompileContext?]>([
    ['stage_index of a known stage', { stage_index: [{ var: 'StageName' }] }, { StageName: 'Proposal' }, 2],
    ['stage_index of an unknown value', { stage_index: [{ var: 'StageName' }] }, { StageName: 'Won' }, -1],
    ['stage_index of a missing value', { stage_index: [{ var: 'StageName' }] }, {}, -1],
    ['stage_index of an object', { stage_index: [{ var: 'StageName' }] }, { StageName: { value: 'Proposal' } }, -1],
    ['stage_index matches a number to its string stage', { stage_index: [{ var: 'state' }] }, { state: 6 }, 3, SERVICENOW],
    ['stage_gte later', { stage_gte: [{ var: 'StageName' }, 'Proposal'] }, { StageName: 'Negotiation' }, true],
    ['stage_gte same', { stage_gte: [{ var: 'StageName' }, 'Proposal'] }, { StageName: 'Proposal' }, true],
    ['stage_gte earlier', { stage_gte: [{ var: 'StageName' }, 'Proposal'] }, { StageName: 'Prospecting' }, false],
    ['stage_gte with an unknown record stage', { stage_gte: [{ var: 'StageName' }, 'Prospecting'] }, { StageName: 'Legacy' }, false],
    ['stage_gt same', { stage_gt: [{ var: 'StageName' }, 'Proposal'] }, { StageName: 'Proposal' }, false],
    ['stage_gt later', { stage_gt: [{ var: 'StageName' }, 'Proposal'] }, { StageName: 'Closed Won' }, true],
    ['stage_lte same', { stage_lte: [{ var: 'StageName' }, 'Proposal'] }, { StageName: 'Proposal' }, true],
    ['stage_lte later', { stage_lte: [{ var: 'StageName' }, 'Proposal'] }, { StageName: 'Negotiation' }, false],
    ['stage_lt earlier', { stage_lt: [{ var: 'StageName' }, 'Proposal'] }, { StageName: 'Qualification' }, true],
    ['stage_lt with a missing record stage', { stage_lt: [{ var: 'StageName' }, 'Proposal'] }, {}, false],
    ['stage_gte compares numbers and strings alike', { stage_gte: [{ var: 'state' }, 6] }, { state: '7' }, true, SERVICENOW],
    ['stage_gte between two record fields', { stage_gte: [{ var: 'a' }, { var: 'b' }] }, { a: 3, b: 2 }, true, SERVICENOW],
    ['stage_probability of a stage', { stage_probability: [{ var: 'StageName' }] }, { StageName: 'Negotiation' }, 80],
    ['stage_probability of an unknown value', { stage_probability: [{ var: 'StageName' }] }, { StageName: 'x' }, null],
    ['stage_probability without declared probabilities', { stage_probability: [{ var: 'state' }] }, { state: 6 }, null, SERVICENOW],
  ])('%s', (_name, logic, data, expected, ctx) => {
    expect(run(logic, data, ctx)).toBe(expected);
  });

  test.each([
    [{ stage_index: [{ var: 'StageName' }] }],
    [{ stage_gte: [{ var: 'StageName' }, 'Proposal'] }],
    [{ stage_probability: [{ var: 'StageName' }] }],
  ])('%j needs declared stages', (logic) => {
    expect(() => compileLogic(logic)).toThrow('stage operators need the rule pack to declare its stages');
    expect(() => compileLogic(logic, { stageOrder: [] })).toThrow('stage operators need the rule pack to declare its stages');
  });

  test('a literal stage must be declared', () => {
    expect(() => compileLogic({ stage_gte: [{ var: 'StageName' }, 'Negotation'] }, SALESFORCE)).toThrow('unknown stage "Negotation"');
  });
});
