import { describe, expect, test } from 'vitest';
import { compileLogic } from '../../../lib/rules/logic/compile';
import type { EvalEnv } from '../../../lib/rules/logic/types';
import { envAt } from './helpers';

/** 05:00 UTC on 15 January 2026 is still the 14th in Los Angeles. */
const UTC = envAt('2026-01-15T05:00:00Z');
const LOS_ANGELES = envAt('2026-01-15T05:00:00Z', 'America/Los_Angeles');

type Row = [name: string, logic: unknown, data: unknown, expected: unknown, env?: EvalEnv];

const check = (logic: unknown, data: unknown, expected: unknown, env: EvalEnv = UTC) => {
  expect(compileLogic(logic)(data, env)).toEqual(expected);
};

describe('today and now', () => {
  test.each<Row>([
    ['today in UTC', { today: [] }, {}, '2026-01-15'],
    ['today in Los Angeles', { today: [] }, {}, '2026-01-14', LOS_ANGELES],
    ['today written with null', { today: null }, {}, '2026-01-15'],
    ['today in an unknown zone', { today: [] }, {}, null, { now: 0, timeZone: 'Not/AZone' }],
    ['now', { now: [] }, {}, '2026-01-15T05:00:00.000Z', LOS_ANGELES],
    ['now when now is not a number', { now: [] }, {}, null, { now: NaN, timeZone: 'UTC' }],
  ])('%s', (_name, logic, data, expected, env) => check(logic, data, expected, env));
});

describe('date', () => {
  test.each<Row>([
    ['Salesforce', { date: [{ var: 'CloseDate' }] }, { CloseDate: '2026-11-24T13:45:00.000+0000' }, '2026-11-24T13:45:00.000Z'],
    ['Jira', { date: [{ var: 'created' }] }, { created: '2026-11-24T13:45:00.000-0500' }, '2026-11-24T18:45:00.000Z'],
    ['ServiceNow', { date: [{ var: 'opened_at' }] }, { opened_at: '2026-11-24 13:45:00' }, '2026-11-24T13:45:00.000Z'],
    ['HubSpot', { date: [{ var: 'closedate' }] }, { closedate: '1764000000000' }, '2025-11-24T16:00:00.000Z'],
    ['a date-only value', { date: '2026-11-24' }, {}, '2026-11-24T00:00:00.000Z'],
    ['a missing field', { date: [{ var: 'none' }] }, {}, null],
    ['an invalid date', { date: '2026-02-30' }, {}, null],
    ['text', { date: 'yesterday' }, {}, null],
  ])('%s', (_name, logic, data, expected, env) => check(logic, data, expected, env));
});

describe('days_between, days_since, days_until', () => {
  test.each<Row>([
    ['days_between forwards', { days_between: ['2026-01-01', '2026-01-31'] }, {}, 30],
    ['days_between backwards', { days_between: ['2026-01-31', '2026-01-01'] }, {}, -30],
    ['days_between with an unparsable side', { days_between: ['2026-01-31', { var: 'x' }] }, { x: 'n/a' }, null],
    ['days_since an instant the zone puts on another day', { days_since: '2026-01-14T20:00:00Z' }, {}, 1],
    ['days_since the same instant in Los Angeles', { days_since: '2026-01-14T20:00:00Z' }, {}, 0, LOS_ANGELES],
    ['days_since a date-only value in Los Angeles', { days_since: '2026-01-15' }, {}, -1, LOS_ANGELES],
    ['days_since a ServiceNow time', { days_since: [{ var: 'sys_updated_on' }] }, { sys_updated_on: '2026-01-05 23:00:00' }, 10],
    ['days_since a HubSpot epoch number', { days_since: [{ var: 'hs_lastmodifieddate' }] }, { hs_lastmodifieddate: 1767225600000 }, 14],
    ['days_since a missing value', { days_since: [{ var: 'nothing' }] }, {}, null],
    ['days_until a Jira due date', { days_until: [{ var: 'duedate' }] }, { duedate: '2026-02-01' }, 17],
    ['days_until a past date', { days_until: '2026-01-10' }, {}, -5],
    ['days_until with an impossible now', { days_until: '2026-01-10' }, {}, null, { now: NaN, timeZone: 'UTC' }],
  ])('%s', (_name, logic, data, expected, env) => check(logic, data, expected, env));
});

describe('is_empty', () => {
  test.each<[unknown, boolean]>([
    [null, true],
    [undefined, true],
    ['', true],
    ['  \t\n', true],
    [[], true],
    [{}, true],
    [0, false],
    [false, false],
    ['0', false],
    [' x ', false],
    [[null], false],
    [{ a: null }, false],
    [new Date(0), false],
  ])('is_empty(%j) is %s', (value, expected) => check({ is_empty: [{ var: 'v' }] }, { v: value }, expected));
});

describe('text and number operators', () => {
  test.each<Row>([
    ['length of a string', { length: [{ var: 'v' }] }, { v: 'héllo' }, 5],
    ['length of an array', { length: [{ var: 'v' }] }, { v: [1, 2, 3] }, 3],
    ['length of null', { length: [{ var: 'v' }] }, { v: null }, 0],
    ['length of a missing value', { length: [{ var: 'v' }] }, {}, 0],
    ['length of a number', { length: [{ var: 'v' }] }, { v: 12345 }, 5],
    ['length of a record object that shadows toString', { length: [{ var: 'v' }] }, { v: { toString: 1 } }, 15],
    ['lower', { lower: 'ÉCOLE Tbd' }, {}, 'école tbd'],
    ['lower of null', { lower: [null] }, {}, ''],
    ['upper', { upper: 'abc' }, {}, 'ABC'],
    ['upper of a number', { upper: 1.5 }, {}, '1.5'],
    ['trim', { trim: '  a b  ' }, {}, 'a b'],
    ['trim of null', { trim: [{ var: 'v' }] }, {}, ''],
    ['abs', { abs: -4.5 }, {}, 4.5],
    ['abs of numeric text', { abs: ' -7 ' }, {}, 7],
    ['abs of text', { abs: 'abc' }, {}, null],
    ['abs of a missing value', { abs: [{ var: 'v' }] }, {}, null],
    ['abs of blank text', { abs: '' }, {}, null],
    ['abs of true', { abs: true }, {}, 1],
    ['round', { round: 2.5 }, {}, 3],
    ['round half away from zero', { round: -2.5 }, {}, -3],
    ['round to 2 digits keeps decimal intent', { round: [1.005, 2] }, {}, 1.01],
    ['round to tens', { round: [1234.5, -1] }, {}, 1230],
    ['round with text digits', { round: [3.14159, '3'] }, {}, 3.142],
    ['round of text', { round: 'abc' }, {}, null],
    ['round with bad digits', { round: [1.5, 'x'] }, {}, null],
    ['round of a tiny number', { round: [1e-7, 3] }, {}, 0],
    ['round of a huge number', { round: [1e300, 2] }, {}, 1e300],
  ])('%s', (_name, logic, data, expected, env) => check(logic, data, expected, env));
});
