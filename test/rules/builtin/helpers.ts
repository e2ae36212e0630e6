/**
 * Builds records the way the product receives them (native API payloads through `parsePayload`) and lints them
 * with the shipped packs at a fixed "now", so the pack tests read as tables of realistic records and findings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILTIN_PACKS } from '../../../lib/rules/builtin';
import { compilePack, evaluateAgainstStage, evaluateRecord, type Finding, type RecordEvaluation } from '../../../lib/rules/engine';
import type { NormalizedRecord } from '../../../lib/records/model';
import { parsePayload, type ParseOptions } from '../../../lib/records/parse';
import type { RulePack } from '../../../lib/rules/schema';

/** A Wednesday; relative dates in the tables below are counted from it. */
export const NOW = '2026-11-25T12:00:00Z';

type Fields = Record<string, unknown>;

export function packById(id: string): RulePack {
  const pack = BUILTIN_PACKS.find((candidate) => candidate.id === id);
  if (!pack) throw new Error(`no built-in pack "${id}"`);
  return pack;
}

function parseOne(payload: unknown, options?: ParseOptions): NormalizedRecord {
  const records = parsePayload(payload, options);
  expect(records).toHaveLength(1);
  return records[0] as NormalizedRecord;
}

/**
 * A vendor sample from test/fixtures/samples, without the top-level `_…note` keys that mark constructed samples
 * (the samples README says to strip them before use).
 */
export function sampleRecord(file: string, options?: ParseOptions): NormalizedRecord {
  const json = JSON.parse(readFileSync(new URL(`../../fixtures/samples/${file}`, import.meta.url), 'utf8')) as Fields;
  return parseOne(Object.fromEntries(Object.entries(json).filter(([key]) => !/^_.*note$/.test(key))), options);
}

/** A SOQL query result with one row, as `GET /services/data/vXX.X/query?q=SELECT ...` returns it. */
export function salesforceRecord(type: string, fields: Fields): NormalizedRecord {
  const id = typeof fields.Id === 'string' ? fields.Id : undefined;
  return parseOne({
    totalSize: 1,
    done: true,
    records: [{ attributes: { type, url: `/services/data/v66.0/sobjects/${type}/${id ?? ''}` }, ...fields }],
  });
}

/** A CRM v3 object (`GET /crm/v3/objects/{type}/{id}`): every property a string or null. */
export function hubspotRecord(object: 'deal' | 'contact', id: string, properties: Fields): NormalizedRecord {
  return parseOne(
    { id, properties, createdAt: '2026-09-02T08:14:31.512Z', updatedAt: '2026-11-20T16:03:11.204Z', archived: false },
    { object },
  );
}

/** A Table API record in the default form (`GET /api/now/table/{table}/{sys_id}`): strings and `{link, value}` references. */
export function servicenowRecord(fields: Fields): NormalizedRecord {
  return parseOne({ result: fields });
}

export function servicenowReference(table: string, sysId: string): { link: string; value: string } {
  return { link: `https://acme.service-now.com/api/now/table/${table}/${sysId}`, value: sysId };
}

/** `GET /rest/api/3/issue/{key}?expand=names`. */
export function jiraRecord(key: string, fields: Fields, names: Record<string, string> = {}, options?: ParseOptions): NormalizedRecord {
  return parseOne(
    { id: String(10000 + Number(key.split('-')[1])), key, self: `https://acme.atlassian.net/rest/api/3/issue/${key}`, fields, names },
    options,
  );
}

/** Show Ticket (`GET /api/v2/tickets/{id}.json`). */
export function zendeskRecord(ticket: Fields): NormalizedRecord {
  return parseOne({ ticket });
}

/** Every built-in pack for the record's app and object, as the product applies them. */
export function lint(record: NormalizedRecord, packIds?: readonly string[]): RecordEvaluation {
  const packs = (packIds ? packIds.map(packById) : BUILTIN_PACKS).map(compilePack);
  return evaluateRecord(record, packs, { now: NOW });
}

export function lintAgainst(record: NormalizedRecord, targetStage: string, packIds: readonly string[]): Finding[] {
  return evaluateAgainstStage(record, packIds.map(packById).map(compilePack), targetStage, { now: NOW });
}

export interface ExpectedFinding {
  rule: string;
  severity: Finding['severity'];
  gate?: string;
  targetStage?: string;
}

/** The parts of findings a table asserts on, in a stable order so the tables need not mirror severity sorting. */
export function summarize(findings: readonly Finding[]): ExpectedFinding[] {
  return findings
    .map(({ rule, severity, gate, targetStage }) => ({
      rule,
      severity,
      ...(gate === undefined ? {} : { gate }),
      ...(targetStage === undefined ? {} : { targetStage }),
    }))
    .sort((a, b) => a.rule.localeCompare(b.rule));
}

export function sorted(expected: readonly ExpectedFinding[]): ExpectedFinding[] {
  return [...expected].sort((a, b) => a.rule.localeCompare(b.rule));
}

/** Rule ids of a pack, to check that a table makes every rule fail at least once. */
export function ruleIdsOf(packId: string): string[] {
  return packById(packId).rules.map((rule) => rule.id);
}

export interface PackCase {
  readonly name: string;
  readonly record: () => NormalizedRecord;
  readonly expected: readonly ExpectedFinding[];
}

/**
 * The shape every pack's tests share: its clean record passes with score 100, each row fails exactly the rules it
 * lists (no rule errors), and the rows together make every rule of the pack fail at least once.
 */
export function describePackTable(packId: string, clean: () => NormalizedRecord, cases: readonly PackCase[]): void {
  describe(packId, () => {
    test('a clean record passes every rule with score 100', () => {
      const result = lint(clean(), [packId]);
      expect(result.errors).toEqual([]);
      expect(summarize(result.findings)).toEqual([]);
      expect(result.score).toBe(100);
    });

    test.each(cases)('$name', ({ record, expected }) => {
      const result = lint(record(), [packId]);
      expect(result.errors).toEqual([]);
      expect(summarize(result.findings)).toEqual(sorted(expected));
    });

    test('the table makes every rule fail at least once', () => {
      const fired = new Set(cases.flatMap((row) => row.expected.map((finding) => finding.rule)));
      expect(ruleIdsOf(packId).filter((id) => !fired.has(id))).toEqual([]);
    });
  });
}

/** A copy of a payload row without some keys, for records whose query did not select a field. */
export function without(fields: Fields, ...keys: string[]): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => !keys.includes(key)));
}
