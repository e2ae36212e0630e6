/**
 * The demo instance's data: the example incidents and changes (lib/examples, Table API default form), one more
 * Scheduled change with gaps for the Implement gate, the out-of-the-box choice lists the forms offer, names for the
 * referenced groups, users and CIs, and the form layouts (UI16 default views, trimmed to the fields the packs use).
 * Each demo server gets its own copy (keyed by its DemoState), so a test that saves a record affects no other run.
 */
import { randomBytes } from 'node:crypto';
import changeRequests from '../../../lib/examples/servicenow-change-requests.json';
import incidents from '../../../lib/examples/servicenow-incidents.json';
import type { DemoState } from '../server';

export type DemoTable = 'incident' | 'change_request';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export type FieldKind = 'string' | 'text' | 'choice' | 'reference' | 'datetime';

export interface FieldDef {
  readonly name: string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly choices?: readonly Choice[];
  /** The referenced table, for references. */
  readonly reference?: string;
  readonly readOnly?: boolean;
  /** Mandatory by dictionary or an always-on UI policy. */
  readonly mandatory?: boolean;
  /** States in which a UI policy makes the field mandatory (resolution fields). */
  readonly mandatoryInStates?: readonly string[];
  /** States in which a UI policy shows the field; hidden otherwise (on-hold reason). */
  readonly shownInStates?: readonly string[];
}

export interface FormSection {
  /** Null for the form's first, untitled section. */
  readonly caption: string | null;
  readonly left: readonly string[];
  readonly right: readonly string[];
  readonly full: readonly string[];
}

export interface TableDef {
  readonly table: DemoTable;
  readonly label: string;
  readonly plural: string;
  readonly fields: Readonly<Record<string, FieldDef>>;
  readonly sections: readonly FormSection[];
  /** Columns of the table's list view. */
  readonly listColumns: readonly string[];
  /** Which next states the state model offers from each state (the platform filters the state choices so). */
  readonly transitions?: Readonly<Record<string, readonly string[]>>;
}

const choices = (...pairs: [string, string][]): Choice[] => pairs.map(([value, label]) => ({ value, label }));

const IMPACT_URGENCY = choices(['1', '1 - High'], ['2', '2 - Medium'], ['3', '3 - Low']);
const PRIORITY = choices(['1', '1 - Critical'], ['2', '2 - High'], ['3', '3 - Moderate'], ['4', '4 - Low'], ['5', '5 - Planning']);

/** Default Priority Lookup Rules (def-prio-lookup-rules.md): impact × urgency → priority. */
export const PRIORITY_LOOKUP: Readonly<Record<string, string>> = {
  '11': '1', '12': '2', '13': '3', '21': '2', '22': '3', '23': '4', '31': '3', '32': '4', '33': '5',
};

const common = {
  number: { name: 'number', label: 'Number', kind: 'string', readOnly: true },
  short_description: { name: 'short_description', label: 'Short description', kind: 'string', mandatory: true },
  description: { name: 'description', label: 'Description', kind: 'text' },
  assigned_to: { name: 'assigned_to', label: 'Assigned to', kind: 'reference', reference: 'sys_user' },
  cmdb_ci: { name: 'cmdb_ci', label: 'Configuration item', kind: 'reference', reference: 'cmdb_ci' },
} as const satisfies Record<string, FieldDef>;

export const TABLES: Readonly<Record<DemoTable, TableDef>> = {
  incident: {
    table: 'incident',
    label: 'Incident',
    plural: 'Incidents',
    fields: {
      ...common,
      caller_id: { name: 'caller_id', label: 'Caller', kind: 'reference', reference: 'sys_user', mandatory: true },
      category: {
        name: 'category', label: 'Category', kind: 'choice',
        choices: choices(['inquiry', 'Inquiry / Help'], ['software', 'Software'], ['hardware', 'Hardware'], ['network', 'Network'], ['database', 'Database']),
      },
      contact_type: {
        name: 'contact_type', label: 'Channel', kind: 'choice',
        choices: choices(['email', 'Email'], ['phone', 'Phone'], ['self-service', 'Self-service'], ['virtual_agent', 'Virtual Agent'], ['walk-in', 'Walk-in']),
      },
      state: {
        name: 'state', label: 'State', kind: 'choice',
        choices: choices(['1', 'New'], ['2', 'In Progress'], ['3', 'On Hold'], ['6', 'Resolved'], ['7', 'Closed'], ['8', 'Canceled']),
      },
      hold_reason: {
        name: 'hold_reason', label: 'On hold reason', kind: 'choice', shownInStates: ['3'], mandatoryInStates: ['3'],
        choices: choices(['1', 'Awaiting Caller'], ['5', 'Awaiting Change'], ['3', 'Awaiting Problem'], ['4', 'Awaiting Vendor']),
      },
      impact: { name: 'impact', label: 'Impact', kind: 'choice', choices: IMPACT_URGENCY },
      urgency: { name: 'urgency', label: 'Urgency', kind: 'choice', choices: IMPACT_URGENCY },
      // Read-only by the UI policy "Priority is managed by Data Lookup"; the form recalculates it.
      priority: { name: 'priority', label: 'Priority', kind: 'choice', choices: PRIORITY, readOnly: true },
      assignment_group: { name: 'assignment_group', label: 'Assignment group', kind: 'reference', reference: 'sys_user_group' },
      close_code: {
        name: 'close_code', label: 'Resolution code', kind: 'choice', mandatoryInStates: ['6', '7'],
        choices: choices(
          ['Duplicate', 'Duplicate'], ['Known error', 'Known error'], ['No resolution provided', 'No resolution provided'],
          ['Resolved by caller', 'Resolved by caller'], ['Resolved by change', 'Resolved by change'], ['Resolved by problem', 'Resolved by problem'],
          ['Solution provided', 'Solution provided'], ['User error', 'User error'], ['Workaround provided', 'Workaround provided'],
        ),
      },
      close_notes: { name: 'close_notes', label: 'Resolution notes', kind: 'text', mandatoryInStates: ['6', '7'] },
      resolved_at: { name: 'resolved_at', label: 'Resolved', kind: 'datetime', readOnly: true },
    },
    sections: [
      {
        caption: null,
        left: ['number', 'caller_id', 'category', 'cmdb_ci', 'contact_type'],
        right: ['state', 'hold_reason', 'impact', 'urgency', 'priority', 'assignment_group', 'assigned_to'],
        full: ['short_description', 'description'],
      },
      { caption: 'Resolution Information', left: ['close_code'], right: ['resolved_at'], full: ['close_notes'] },
    ],
    listColumns: ['number', 'short_description', 'caller_id', 'priority', 'state', 'assignment_group'],
  },
  change_request: {
    table: 'change_request',
    label: 'Change Request',
    plural: 'Change Requests',
    fields: {
      ...common,
      type: { name: 'type', label: 'Type', kind: 'choice', readOnly: true, choices: choices(['standard', 'Standard'], ['normal', 'Normal'], ['emergency', 'Emergency']) },
      state: {
        name: 'state', label: 'State', kind: 'choice',
        choices: choices(['-5', 'New'], ['-4', 'Assess'], ['-3', 'Authorize'], ['-2', 'Scheduled'], ['-1', 'Implement'], ['0', 'Review'], ['3', 'Closed'], ['4', 'Canceled']),
      },
      approval: {
        name: 'approval', label: 'Approval', kind: 'choice', readOnly: true,
        choices: choices(['not requested', 'Not Yet Requested'], ['requested', 'Requested'], ['approved', 'Approved'], ['rejected', 'Rejected']),
      },
      risk: { name: 'risk', label: 'Risk', kind: 'choice', choices: choices(['1', 'Very High'], ['2', 'High'], ['3', 'Moderate'], ['4', 'Low']) },
      impact: { name: 'impact', label: 'Impact', kind: 'choice', choices: IMPACT_URGENCY },
      priority: { name: 'priority', label: 'Priority', kind: 'choice', choices: PRIORITY },
      assignment_group: { name: 'assignment_group', label: 'Assignment group', kind: 'reference', reference: 'sys_user_group', mandatory: true },
      justification: { name: 'justification', label: 'Justification', kind: 'text' },
      implementation_plan: { name: 'implementation_plan', label: 'Implementation plan', kind: 'text' },
      backout_plan: { name: 'backout_plan', label: 'Backout plan', kind: 'text' },
      test_plan: { name: 'test_plan', label: 'Test plan', kind: 'text' },
      start_date: { name: 'start_date', label: 'Planned start date', kind: 'datetime' },
      end_date: { name: 'end_date', label: 'Planned end date', kind: 'datetime' },
      close_code: {
        name: 'close_code', label: 'Close code', kind: 'choice', mandatoryInStates: ['3'],
        choices: choices(['successful', 'Successful'], ['successful_issues', 'Successful with issues'], ['unsuccessful', 'Unsuccessful']),
      },
      close_notes: { name: 'close_notes', label: 'Close notes', kind: 'text', mandatoryInStates: ['3'] },
    },
    sections: [
      {
        caption: null,
        left: ['number', 'cmdb_ci', 'priority', 'risk', 'impact'],
        right: ['type', 'state', 'approval', 'assignment_group', 'assigned_to'],
        full: ['short_description', 'description'],
      },
      { caption: 'Planning', left: [], right: [], full: ['justification', 'implementation_plan', 'backout_plan', 'test_plan'] },
      { caption: 'Schedule', left: ['start_date'], right: ['end_date'], full: [] },
      { caption: 'Closure Information', left: ['close_code'], right: [], full: ['close_notes'] },
    ],
    listColumns: ['number', 'short_description', 'type', 'state', 'approval', 'assignment_group'],
    // The normal change model's next states (c_ChangeStateModel.md); Canceled is offered throughout.
    transitions: {
      '-5': ['-4', '4'],
      '-4': ['-3', '4'],
      '-3': ['-2', '4'],
      '-2': ['-1', '4'],
      '-1': ['0', '4'],
      '0': ['3', '4'],
      '3': [],
      '4': [],
    },
  },
};

/** Display names of referenced records (the example payloads carry only sys_ids). */
export const REFERENCE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sys_user_group: {
    a195858a1cdd04af83f69aa17ff207d1: 'Service Desk',
    eec89088ee408b80387155272b113256: 'Network',
    '3c02a379965ab0dfcd77b1c484450433': 'Hardware',
    e307db07b3975fef922a80d07455ee5e: 'Database',
    '3c86ee5f83becdfeea9af7ba9b777c2a': 'Application Development',
    ac486176d6da014e0996b98dc6c1221a: 'Cloud Infrastructure',
    b54fa74b22da5a748eae3d55ad264199: 'Messaging',
  },
  sys_user: {
    '0cfd2279f5ed6eae0cc6be9e2c1a2918': 'Inês Carvalho',
    '0f778333c0d5e479dc1894847a3b9e17': 'Marta Nowak',
    '22994f990c62e0bc984d94b80bb43605': 'Jonas Weber',
    '243c53cb374d8ab491310406ae40fa7f': 'Priya Raman',
    '3c557496065616a1efc73a8d7d6e6d00': 'Tomás Ruiz',
    '44d9c7a32e8b2ec5f887a1b567bd9c66': 'Fatima Haddad',
    '4e5c5eb06bc3b64d9b7f614badf83e96': 'Oliver Grant',
    '77f8050695cacb94d859ffbae9a051d4': 'Yuki Tanaka',
    abbea44a6c8b5ccbc1b5203cfb473ee7: 'Beth Anglin',
    c342514f7147b9b3d6137c315cb485b8: 'David Loo',
    cbc39c3e5b0782f0c514865bcf3920fd: 'Luis Moreno',
    f0b5e93cf87546fd2d206edb0fda017b: 'Sam Okafor',
  },
  cmdb_ci: {
    '0cc0d2940658810c878fb708ca907533': 'PAYMENT-GW-FW01',
    '5f483845e9010abf4c1c010ecc605e0b': 'Windows Server fleet',
    '68179bc4bdfceefec83457bdea237367': 'DC2-CORE-SW14',
    '6adda146e8a19848e1db2022979b3c08': 'Identity Provider',
    '6c5517174c213027bf2e9c4b999aff6f': 'PAYROLL-DB',
    '9be27c5a886e556a7e1d8260eac83e00': 'Exchange Online',
    a219248400b3f4dc2724d226358047a5: 'Public load balancers',
    '7d1f0a4a1b2c3d4e5f60718293a4b5c6': 'FW-EDGE-01',
  },
};

/** A Scheduled normal change with gaps, so moving it to Implement has unmet requirements to show. */
const SCHEDULED_CHANGE_WITH_GAPS: Record<string, string> = {
  number: 'CHG0030146',
  sys_id: 'd2f1c5e8a9b04c7d8e6f5a4b3c2d1e0f',
  sys_class_name: 'change_request',
  type: 'normal',
  state: '-2',
  risk: '2',
  impact: '2',
  priority: '3',
  approval: 'requested',
  assignment_group: 'eec89088ee408b80387155272b113256',
  assigned_to: 'cbc39c3e5b0782f0c514865bcf3920fd',
  cmdb_ci: '',
  short_description: 'Upgrade firmware on the edge firewall cluster FW-EDGE-01',
  description: 'Vendor advisory VSA-2026-114: the running firmware has a critical VPN vulnerability.',
  justification: 'Critical vulnerability in the running firmware; the vendor fix is in 7.4.6.',
  implementation_plan: 'Fail over to the secondary, upgrade the primary, fail back, then upgrade the secondary.',
  backout_plan: '',
  test_plan: '',
  start_date: '2026-12-03 22:00:00',
  end_date: '2026-12-04 01:00:00',
  close_code: '',
  close_notes: '',
  opened_at: '2026-11-23 09:41:07',
  sys_updated_on: '2026-11-24 16:20:51',
  active: 'true',
};

export interface DemoRecord {
  readonly table: DemoTable;
  /** Database values by field, references as sys_ids. */
  values: Record<string, string>;
}

export interface ServiceNowStore {
  /** The session's CSRF token: `g_ck` in the page, `sysparm_ck` in forms, `X-UserToken` for the REST API. */
  readonly token: string;
  readonly records: Map<string, DemoRecord>;
}

const stores = new WeakMap<DemoState, ServiceNowStore>();

export function storeFor(state: DemoState): ServiceNowStore {
  let store = stores.get(state);
  if (!store) {
    store = { token: randomBytes(36).toString('hex'), records: initialRecords() };
    stores.set(state, store);
  }
  return store;
}

function initialRecords(): Map<string, DemoRecord> {
  const records = new Map<string, DemoRecord>();
  const add = (table: DemoTable, raw: Record<string, unknown>) => {
    const values = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, flatten(value)]));
    records.set(values.sys_id ?? '', { table, values });
  };
  for (const raw of incidents.result) add('incident', raw);
  for (const raw of changeRequests.result) add('change_request', raw);
  add('change_request', SCHEDULED_CHANGE_WITH_GAPS);
  return records;
}

function flatten(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'value' in value) return String(value.value);
  return value === null || value === undefined ? '' : String(value);
}

export function recordsOf(store: ServiceNowStore, table: DemoTable): DemoRecord[] {
  return [...store.records.values()].filter((record) => record.table === table);
}

export function isDemoTable(name: string): name is DemoTable {
  return Object.hasOwn(TABLES, name);
}

export function displayValueOf(field: FieldDef, value: string): string {
  if (value === '') return '';
  if (field.kind === 'choice') return field.choices?.find((choice) => choice.value === value)?.label ?? value;
  if (field.kind === 'reference') return REFERENCE_NAMES[field.reference ?? '']?.[value] ?? value;
  return value;
}

/** The record's number and short description, as UI16 titles forms and lists. */
export function titleOf(record: DemoRecord): string {
  return `${record.values.number ?? ''} | ${record.values.short_description ?? ''}`;
}
