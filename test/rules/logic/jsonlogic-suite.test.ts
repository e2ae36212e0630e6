/** The official json-logic-js test suite (tests.json): every case must give json-logic-js 2.0.5's answer. */
import { describe, expect, test } from 'vitest';
import suite from '../../fixtures/jsonlogic/tests.json';
import { compileLogic } from '../../../lib/rules/logic/compile';
import { DEFAULT_TEST_ENV } from './helpers';

type Case = [logic: unknown, data: unknown, expected: unknown];

/** Strings in the file are section headings. */
const cases = (suite as unknown[]).filter((entry): entry is Case => Array.isArray(entry));

describe('json-logic-js official suite', () => {
  test('has exactly 278 cases', () => {
    expect(cases).toHaveLength(278);
  });

  test.each(cases.map((entry, index) => [index, JSON.stringify(entry), entry] as const))(
    'case %i: %s',
    (_index, _json, [logic, data, expected]) => {
      expect(compileLogic(logic)(data, DEFAULT_TEST_ENV)).toEqual(expected);
    },
  );
});
