import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPERATORS } from '../../lib/rules/logic/operators';

const JSON_LOGIC_OPERATORS = new Set([
  'var', 'missing', 'missing_some', 'if', '?:', '==', '===', '!=', '!==', '>', '>=', '<', '<=', '!', '!!', 'or', 'and',
  '+', '-', '*', '/', '%', 'min', 'max', 'in', 'cat', 'substr', 'merge', 'map', 'filter', 'reduce', 'all', 'none', 'some', 'log',
]);

describe('README operator reference', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const custom = OPERATORS.filter((operator) => !JSON_LOGIC_OPERATORS.has(operator));

  it('covers exactly the json-logic-js operators plus the documented FieldGuard ones', () => {
    expect(OPERATORS.filter((operator) => JSON_LOGIC_OPERATORS.has(operator))).toHaveLength(JSON_LOGIC_OPERATORS.size);
  });

  it.each(custom)('documents the FieldGuard operator %s', (operator) => {
    expect(readme).toMatch(new RegExp(`[\`"]${operator}[\`"]`));
  });
});
