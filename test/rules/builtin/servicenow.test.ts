import { describe, expect, test } from 'vitest';
import { describePackTable, lint, lintAgainst, sampleRecord, servicenowRecord, servicenowReference, sorted, summarize } from './helpers';

type Row = Record<string, unknown>;

// Table API default form: every value a string, references {link, value}, "" for empty.
const INCIDENT: Row = {
  sys_id: 'd71f7935c0a8016700802b64c67c11c6',
  sys_class_name: 'incident',
  number: 'INC0010231',
  state: '2',
  incident_state: '2',
  impact: '2',
  urgency: '2',
  priority: '3',
  short_description: 'Outlook cannot connect to Exchange on 3rd floor',
  category: 'software',
  caller_id: servicenowReference('sys_user', '62826bf03710200044e0bfc8bcbe5df1'),
  assignment_group: servicenowReference('sys_user_group', '287ebd7da9fe198100f92cc8d1d2154e'),
  assigned_to: servicenowReference('sys_user', '46d44a23a9fe19810012d100cca80666'),
  hold_reason: '',
  close_code: '',
  close_notes: '',
  opened_at: '2026-11-24 08:12:40',
  sys_updated_on: '2026-11-25 09:30:02',
  active: 'true',
};
const incident = (overrides: Row = {}) => () => servicenowRecord({ ...INCIDENT, ...overrides });
const RESOLVED: Row = { state: '6', incident_state: '6', close_code: 'Solved (Permanently)', close_notes: 'Recreated the Outlook profile; mailbox syncs again.' };
const shortDescription = (text: string) => ({
  name: `short description ${JSON.stringify(text)}`,
  record: incident({ short_description: text }),
  expected: [{ rule: 'short-description-meaningful', severity: 'warning' as const }],
});

describePackTable('servicenow-incident-hygiene', incident(), [
  { name: 'no caller', record: incident({ caller_id: '' }), expected: [{ rule: 'caller-set', severity: 'error' }] },
  shortDescription('Help'),
  shortDescription('Broken!'),
  shortDescription('   issue   '),
  shortDescription('is not working'),
  { name: 'a short but specific description passes', record: incident({ short_description: 'Email not working' }), expected: [] },
  {
    name: 'priority raised to 1 over impact 2 and urgency 2',
    record: incident({ priority: '1' }),
    expected: [{ rule: 'priority-matches-impact-urgency', severity: 'warning' }],
  },
  {
    name: 'priority 4 for impact 1 and urgency 3',
    record: incident({ impact: '1', urgency: '3', priority: '4' }),
    expected: [{ rule: 'priority-matches-impact-urgency', severity: 'warning' }],
  },
  { name: 'impact 1, urgency 1 is priority 1', record: incident({ impact: '1', urgency: '1', priority: '1' }), expected: [] },
  { name: 'impact 3, urgency 2 is priority 4', record: incident({ impact: '3', urgency: '2', priority: '4' }), expected: [] },
  { name: 'impact 3, urgency 3 is priority 5', record: incident({ impact: '3', urgency: '3', priority: '5' }), expected: [] },
  {
    name: 'critical incident still in New without a group',
    record: incident({ state: '1', impact: '1', urgency: '1', priority: '1', assignment_group: '', assigned_to: '' }),
    expected: [{ rule: 'critical-unrouted', severity: 'error' }],
  },
  { name: 'a new moderate incident may wait for routing', record: incident({ state: '1', assignment_group: '', assigned_to: '' }), expected: [] },
  {
    name: 'in progress without a group',
    record: incident({ assignment_group: '' }),
    expected: [{ rule: 'assignment-group-set', severity: 'error', gate: '2', targetStage: '2' }],
  },
  {
    name: 'in progress without an assignee',
    record: incident({ assigned_to: '' }),
    expected: [{ rule: 'assigned-to-set', severity: 'warning', gate: '2', targetStage: '2' }],
  },
  {
    name: 'on hold without a reason',
    record: incident({ state: '3' }),
    expected: [{ rule: 'on-hold-reason', severity: 'error', gate: '3', targetStage: '3' }],
  },
  { name: 'on hold awaiting the caller', record: incident({ state: '3', hold_reason: '1' }), expected: [] },
  {
    name: 'resolved without code and notes',
    record: incident({ state: '6' }),
    expected: [
      { rule: 'resolution-code', severity: 'error', gate: '6', targetStage: '6' },
      { rule: 'resolution-notes', severity: 'error', gate: '6', targetStage: '6' },
    ],
  },
  {
    name: 'resolved with the note "Fixed"',
    record: incident({ ...RESOLVED, close_notes: 'Fixed' }),
    expected: [{ rule: 'resolution-notes', severity: 'error', gate: '6', targetStage: '6' }],
  },
  {
    name: 'closed without a resolution code',
    record: incident({ ...RESOLVED, state: '7', close_code: '' }),
    expected: [{ rule: 'resolution-code', severity: 'error', gate: '6', targetStage: '7' }],
  },
  { name: 'properly resolved', record: incident(RESOLVED), expected: [] },
  { name: 'canceled needs nothing', record: incident({ state: '8', assignment_group: '', assigned_to: '' }), expected: [] },
]);

// The default Priority Lookup Rules (def-prio-lookup-rules): impact x urgency -> priority.
const LOOKUP = [
  ['1', '1', '1'], ['1', '2', '2'], ['1', '3', '3'],
  ['2', '1', '2'], ['2', '2', '3'], ['2', '3', '4'],
  ['3', '1', '3'], ['3', '2', '4'], ['3', '3', '5'],
] as const;

describe.each(LOOKUP)('ServiceNow incident: impact %s, urgency %s', (impact, urgency, priority) => {
  const priorityFindings = (value: string) =>
    lint(incident({ impact, urgency, priority: value })(), ['servicenow-incident-hygiene']).findings.map((finding) => finding.rule);

  test(`priority ${priority} matches the lookup`, () => {
    expect(priorityFindings(priority)).toEqual([]);
  });

  test('every other priority is flagged', () => {
    for (const other of ['1', '2', '3', '4', '5'].filter((value) => value !== priority)) {
      expect(priorityFindings(other), `priority ${other}`).toEqual(['priority-matches-impact-urgency']);
    }
  });
});

describe('ServiceNow incident: moving and samples', () => {
  const PACK = ['servicenow-incident-hygiene'];
  const fresh = incident({ state: '1', assignment_group: '', assigned_to: '' });

  test('resolving a new, unrouted incident lists routing and resolution requirements', () => {
    expect(summarize(lintAgainst(fresh(), '6', PACK))).toEqual(
      sorted([
        { rule: 'assignment-group-set', severity: 'error', gate: '2', targetStage: '6' },
        { rule: 'assigned-to-set', severity: 'warning', gate: '2', targetStage: '6' },
        { rule: 'resolution-code', severity: 'error', gate: '6', targetStage: '6' },
        { rule: 'resolution-notes', severity: 'error', gate: '6', targetStage: '6' },
      ]),
    );
  });

  test('putting it on hold asks for a reason as well as routing', () => {
    expect(summarize(lintAgainst(fresh(), '3', PACK))).toEqual(
      sorted([
        { rule: 'assignment-group-set', severity: 'error', gate: '2', targetStage: '3' },
        { rule: 'assigned-to-set', severity: 'warning', gate: '2', targetStage: '3' },
        { rule: 'on-hold-reason', severity: 'error', gate: '3', targetStage: '3' },
      ]),
    );
  });

  test('canceling it needs nothing', () => {
    expect(lintAgainst(fresh(), '8', PACK)).toEqual([]);
  });

  test.each([
    ['the documented Table API example', 'servicenow-table-api-incident-get-default-values.json'],
    ['the same incident in the display_value=all form', 'servicenow-table-api-incident-display_value-all.ILLUSTRATIVE.json'],
  ])('%s (a new incident, impact 1, urgency 3, priority 3) is clean', (_name, file) => {
    const result = lint(sampleRecord(file));
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.score).toBe(100);
  });
});

const CHANGE: Row = {
  sys_id: 'c83c5e5347c12200e0ef563dbb9a7190',
  sys_class_name: 'change_request',
  number: 'CHG0030052',
  type: 'normal',
  state: '-2',
  approval: 'approved',
  short_description: 'Upgrade payments DB cluster to PostgreSQL 17',
  assignment_group: servicenowReference('sys_user_group', '8a5055c9c61122780043563ef53438e3'),
  justification: 'PostgreSQL 13 reaches end of support on 13 Nov; 17 is required for the new PCI audit.',
  start_date: '2026-11-28 22:00:00',
  end_date: '2026-11-29 02:00:00',
  cmdb_ci: servicenowReference('cmdb_ci', 'b4fd7c8437201000deeabfc8bcbe5dc1'),
  risk: '3',
  implementation_plan: '1. Snapshot VMs. 2. Fail over to replica. 3. pg_upgrade primary. 4. Rebuild replica.',
  backout_plan: 'Restore the 21:45 VM snapshots and repoint the connection pooler to the old primary.',
  test_plan: 'Run the payments smoke suite and compare row counts on the 20 largest tables.',
  close_code: '',
  close_notes: '',
};
const change = (overrides: Row = {}) => () => servicenowRecord({ ...CHANGE, ...overrides });
const scheduledGate = (rule: string, severity: 'error' | 'warning' = 'error') => [{ rule, severity, gate: '-2', targetStage: '-2' }];

describePackTable('servicenow-change-request-gates', change(), [
  {
    name: 'in Assess without an assignment group',
    record: change({ state: '-4', approval: 'not requested', assignment_group: '' }),
    expected: [{ rule: 'assignment-group-set', severity: 'error', gate: '-4', targetStage: '-4' }],
  },
  {
    name: 'in Authorize without a justification',
    record: change({ state: '-3', approval: 'requested', justification: '' }),
    expected: [{ rule: 'justification-set', severity: 'warning', gate: '-3', targetStage: '-3' }],
  },
  { name: 'scheduled while approval is still requested', record: change({ approval: 'requested' }), expected: scheduledGate('approved-before-implement') },
  { name: 'scheduled without a planned start', record: change({ start_date: '' }), expected: scheduledGate('planned-window-set') },
  {
    name: 'planned end a day before the start',
    record: change({ start_date: '2026-11-29 02:00:00', end_date: '2026-11-28 02:00:00' }),
    expected: scheduledGate('planned-window-order'),
  },
  {
    name: 'planned end an hour before the start on the same day',
    record: change({ start_date: '2026-11-28 23:00:00', end_date: '2026-11-28 22:00:00' }),
    expected: scheduledGate('planned-window-order'),
  },
  { name: 'scheduled without a CI', record: change({ cmdb_ci: '' }), expected: scheduledGate('configuration-item-set') },
  { name: 'scheduled without a risk', record: change({ risk: '' }), expected: scheduledGate('risk-set') },
  { name: 'scheduled without an implementation plan', record: change({ implementation_plan: '' }), expected: scheduledGate('implementation-plan-set') },
  { name: 'scheduled without a backout plan', record: change({ backout_plan: ' ' }), expected: scheduledGate('backout-plan-set') },
  { name: 'scheduled without a test plan', record: change({ test_plan: '' }), expected: scheduledGate('test-plan-set', 'warning') },
  {
    name: 'still scheduled after its window ended',
    record: change({ start_date: '2026-11-20 22:00:00', end_date: '2026-11-21 02:00:00' }),
    expected: [{ rule: 'scheduled-window-passed', severity: 'warning' }],
  },
  {
    name: 'implementing without a backout plan (the window may have started)',
    record: change({ state: '-1', start_date: '2026-11-25 10:00:00', end_date: '2026-11-25 11:00:00', backout_plan: '' }),
    expected: [{ rule: 'backout-plan-set', severity: 'error', gate: '-2', targetStage: '-1' }],
  },
  {
    name: 'closed without close code and notes',
    record: change({ state: '3', start_date: '2026-11-20 22:00:00', end_date: '2026-11-21 02:00:00' }),
    expected: [
      { rule: 'close-code-set', severity: 'error', gate: '3', targetStage: '3' },
      { rule: 'close-notes-set', severity: 'error', gate: '3', targetStage: '3' },
    ],
  },
  {
    name: 'canceled after rejection needs nothing',
    record: change({ state: '4', approval: 'rejected', implementation_plan: '', backout_plan: '', test_plan: '', cmdb_ci: '' }),
    expected: [],
  },
  {
    name: 'a new change needs nothing yet',
    record: change({ state: '-5', approval: 'not requested', assignment_group: '', justification: '', start_date: '', end_date: '', cmdb_ci: '', risk: '', implementation_plan: '', backout_plan: '', test_plan: '' }),
    expected: [],
  },
]);

describe('ServiceNow change request: moving to Implement', () => {
  test('a new change checked against Implement lists every before-Implement requirement', () => {
    const draft = change({
      state: '-5',
      approval: 'not requested',
      assignment_group: '',
      justification: '',
      start_date: '',
      end_date: '',
      cmdb_ci: '',
      risk: '',
      implementation_plan: '',
      backout_plan: '',
      test_plan: '',
    });
    const findings = lintAgainst(draft(), '-1', ['servicenow-change-request-gates']);
    expect(findings.every((finding) => finding.targetStage === '-1')).toBe(true);
    expect(findings.map((finding) => finding.rule).sort()).toEqual(
      [
        'approved-before-implement',
        'assignment-group-set',
        'backout-plan-set',
        'configuration-item-set',
        'implementation-plan-set',
        'justification-set',
        'planned-window-set',
        'risk-set',
        'test-plan-set',
      ].sort(),
    );
    expect(lintAgainst(draft(), '4', ['servicenow-change-request-gates'])).toEqual([]);
  });
});
