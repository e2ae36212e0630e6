import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, test } from 'vitest';
import { compileLogic } from '../../../lib/rules/logic/compile';
import type { CompileContext, EvalEnv } from '../../../lib/rules/logic/types';
import { OPERATORS, validateCondition } from '../../../lib/rules/logic/validate-condition';

const CTX: CompileContext = { stageOrder: ['Prospecting', 'Proposal', 'Closed Won', '6'], stageProbability: new Map([['Proposal', 50]]) };
const FIELDS = ['Name', 'Amount', 'CloseDate', 'StageName', 'Email', 'items', 'owner'] as const;

/** Records whose fields hold any JSON at all, including objects that shadow toString or valueOf. */
const record = fc.oneof(
  fc.record(Object.fromEntries(FIELDS.map((field) => [field, fc.jsonValue()])), { requiredKeys: [] }),
  fc.jsonValue(),
);
const env: fc.Arbitrary<EvalEnv> = fc.record({
  now: fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.double()),
  timeZone: fc.constantFrom('UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Not/AZone', ''),
});

const STANDARD_CONDITIONS: unknown[] = [
  { '>': [{ var: 'Amount' }, 1000] },
  { '<=': [0, { var: 'Amount' }, 100] },
  { '==': [{ var: 'StageName' }, 'Closed Won'] },
  { '!=': [{ var: 'Name' }, { var: 'owner.name' }] },
  { '===': [{ var: 'items.0' }, null] },
  { and: [{ '!!': { var: 'Name' } }, { '!': { var: 'Email' } }] },
  { or: [{ missing: ['Name', 'Email'] }, { var: 'owner' }] },
  { if: [{ missing_some: [1, ['Email', 'owner.email']] }, 'no contact', { var: 'Email' }] },
  { in: [{ var: 'StageName' }, ['Proposal', 'Closed Won']] },
  { in: ['@', { var: 'Email' }] },
  { cat: [{ var: 'Name' }, ' - ', { var: 'Amount' }] },
  { substr: [{ var: 'Name' }, { var: 'Amount' }, { var: 'items.0' }] },
  { '+': [{ var: 'Amount' }, { var: 'items.0' }, 1] },
  { '*': [{ var: 'Amount' }, '2'] },
  { '-': [{ var: 'Amount' }] },
  { '/': [{ var: 'Amount' }, { var: 'items.1' }] },
  { '%': [{ var: 'Amount' }, 7] },
  { max: [{ var: 'Amount' }, 0] },
  { merge: [{ var: 'items' }, { var: 'Name' }] },
  { map: [{ var: 'items' }, { '*': [{ var: '' }, 2] }] },
  { filter: [{ var: 'items' }, { var: 'active' }] },
  { reduce: [{ var: 'items' }, { '+': [{ var: 'accumulator' }, { var: 'current.qty' }] }, 0] },
  { all: [{ var: 'items' }, { '>': [{ var: 'qty' }, 0] }] },
  { some: [{ var: 'items' }, { '==': [{ var: 'sku' }, 'X'] }] },
  { none: [{ var: 'items' }, { var: '' }] },
  { '?:': [{ var: 'Amount' }, { var: ['CloseDate', 'none'] }, { var: 'StageName' }] },
];

const FIELDGUARD_CONDITIONS: unknown[] = [
  { '<=': [{ days_since: { var: 'CloseDate' } }, 30] },
  { '>=': [{ days_until: { var: 'CloseDate' } }, 0] },
  { '==': [{ days_between: [{ var: 'CloseDate' }, { today: [] }] }, 0] },
  { '==': [{ date: { var: 'CloseDate' } }, { now: [] }] },
  { matches: [{ var: 'Email' }, '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'i'] },
  { '!': { is_empty: { var: 'Name' } } },
  { '>': [{ length: { trim: { var: 'Name' } } }, 3] },
  { in: [{ lower: { var: 'Name' } }, ['test', 'tbd']] },
  { '==': [{ upper: { var: 'StageName' } }, 'PROPOSAL'] },
  { '>': [{ abs: { var: 'Amount' } }, { round: [{ var: 'items.0' }, { var: 'items.1' }] }] },
  { if: [{ stage_gte: [{ var: 'StageName' }, 'Proposal'] }, { '>': [{ stage_probability: { var: 'StageName' } }, 40] }, true] },
  { '<': [{ stage_index: { var: 'StageName' } }, { stage_index: 6 }] },
  { and: [{ stage_lt: [{ var: 'StageName' }, { var: 'owner' }] }, { stage_gt: ['Closed Won', { var: 'StageName' }] }, { stage_lte: [{ var: 'StageName' }, '6'] }] },
];

describe('compiled conditions, properties', () => {
  test('never throw at run time, whatever the record and environment', () => {
    const compiled = [...STANDARD_CONDITIONS, ...FIELDGUARD_CONDITIONS].map((condition) => compileLogic(condition, CTX));
    fc.assert(
      fc.property(record, env, (data, environment) => {
        for (const condition of compiled) expect(() => condition(data, environment)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  test.each(STANDARD_CONDITIONS.map((condition) => [JSON.stringify(condition), condition]))(
    'give json-logic-js 2.0.5 answers on any record: %s',
    (_json, condition) => {
      const compiled = compileLogic(condition);
      fc.assert(
        fc.property(record, (data) => {
          let expected: unknown;
          try {
            expected = jsonLogic.apply(condition, data);
          } catch {
            // json-logic-js throws on records that shadow toString/valueOf; the compiled condition answers null instead.
            return;
          }
          expect(compiled(data, { now: 0, timeZone: 'UTC' })).toEqual(expected);
        }),
        { numRuns: 200 },
      );
    },
  );
});

describe('validator and compiler agree, property', () => {
  const literal = fc.oneof(
    fc.constantFrom('Proposal', 'Negotation', '6', 'a*a*b', '^\\d+$', '(', 'i', 'g', 'Name', '', 'items.0'),
    fc.integer({ min: -2, max: 7 }),
    fc.constant(null),
    fc.boolean(),
    fc.constant({ a: 1, b: 2 }),
  );
  const operator = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...OPERATORS) }, { weight: 1, arbitrary: fc.constantFrom('is_emtpy', 'method', 'toString') });
  const { condition } = fc.letrec<{ condition: unknown; operation: unknown }>((tie) => ({
    condition: fc.oneof({ depthSize: 'small', withCrossShrink: true }, literal, tie('operation')),
    operation: fc
      .tuple(operator, fc.oneof(fc.array(tie('condition'), { maxLength: 3 }), tie('condition')))
      .map(([name, args]) => ({ [name]: args })),
  }));

  test('whatever validates compiles and runs; whatever fails to compile is reported', () => {
    fc.assert(
      fc.property(condition, fc.constantFrom<CompileContext>({}, CTX), record, (logic, ctx, data) => {
        const issues = validateCondition(logic, '$', ctx);
        let compiled: ReturnType<typeof compileLogic> | null = null;
        try {
          compiled = compileLogic(logic, ctx);
        } catch (error) {
          expect(issues, `compile failed with ${String(error)}`).not.toEqual([]);
        }
        if (issues.length === 0) {
          expect(compiled).not.toBeNull();
          expect(() => compiled?.(data, { now: 0, timeZone: 'UTC' })).not.toThrow();
        }
      }),
      { numRuns: 1000 },
    );
  });
});
