/**
 * Real ServiceNow URL shapes (saas-apps.md §2.1), with what `detectServiceNowPage` must make of them. Exported for the
 * cross-app matrix: every other detector must reject all of these.
 */
import type { PageInfo } from '../../../lib/sites/types';

const INC = '9c27d5b2a7d68e64857b28dffefcd9de';
const CHG = '6bc0f3eb89f19b88dc2c1432e8ebe597';
const PRB = 'a9e4890bc6112276003d7a5a5c774a74';
const DOCS_INC = 'a9e30c7dc61122760116894de7bcc7bd';

const classic = (object: string, recordId: string, extra: Record<string, string> = {}): PageInfo => ({
  kind: 'record',
  app: 'servicenow',
  object,
  recordId,
  context: { ui: 'classic', table: object, ...extra },
});
const workspace = (object: string, recordId: string, extra: Record<string, string> = {}): PageInfo => ({
  kind: 'record',
  app: 'servicenow',
  object,
  recordId,
  context: { ui: 'workspace', table: object, ...extra },
});

export const SERVICENOW_URLS: {
  records: [string, PageInfo][];
  lists: [string, PageInfo][];
  others: string[];
} = {
  records: [
    // UI16 forms, as loaded in gsft_main or opened directly.
    [`https://acme.service-now.com/incident.do?sys_id=${INC}`, classic('incident', INC)],
    [`https://acme.service-now.com/incident.do?sys_id=${INC}&sysparm_view=&sysparm_record_target=incident&sysparm_record_row=1`, classic('incident', INC)],
    [`https://acme.service-now.com/incident.do?sys_id=${INC.toUpperCase()}`, classic('incident', INC)],
    [`https://dev130499.service-now.com/change_request.do?sys_id=${CHG}&sysparm_stack=change_request_list.do`, classic('change_request', CHG)],
    [`https://acme.service-now.com/problem.do?sys_id=${PRB}`, classic('problem', PRB)],
    [`https://instance.service-now.com/incident.do?sys_id=${DOCS_INC}`, classic('incident', DOCS_INC)],
    // New records: linted from the form, without an API read.
    ['https://acme.service-now.com/incident.do?sys_id=-1&sysparm_query=active=true', classic('incident', '-1', { newRecord: 'true' })],
    ['https://acme.service-now.com/change_request.do?sys_id=-1', classic('change_request', '-1', { newRecord: 'true' })],
    // Service Operations Workspace and the other workspaces.
    [`https://acme.service-now.com/now/sow/record/incident/${INC}`, workspace('incident', INC)],
    [`https://acme.service-now.com/now/sow/record/incident/${INC}/params/selected-tab-index/1`, workspace('incident', INC)],
    [`https://acme.service-now.com/now/sow/record/change_request/${CHG}/sub/record/incident/${INC}`, workspace('incident', INC)],
    ['https://acme.service-now.com/now/sow/record/incident/-1', workspace('incident', '-1', { newRecord: 'true' })],
    [`https://acme.service-now.com/now/sir/record/incident/${INC}`, workspace('incident', INC)],
    [`https://acme.service-now.com/now/workspace/agent/record/problem/${PRB}`, workspace('problem', PRB)],
    [`https://acme.service-now.com/now/cwf/agent/record/change_request/${CHG}/params/extra-params/x`, workspace('change_request', CHG)],
  ],
  lists: [
    [
      'https://acme.service-now.com/incident_list.do?sysparm_query=active%3Dtrue%5Estate%3D6',
      { kind: 'list', app: 'servicenow', object: 'incident', listId: null, context: { ui: 'classic', table: 'incident', query: 'active=true^state=6' } },
    ],
    ['https://acme.service-now.com/change_request_list.do', { kind: 'list', app: 'servicenow', object: 'change_request', listId: null, context: { ui: 'classic', table: 'change_request' } }],
    [
      'https://acme.service-now.com/now/sow/list/params/list-id/bb1a9fa1c3b0301040f6a3e07d40dd6d/tiny-id/Hk2M3vK1',
      { kind: 'list', app: 'servicenow', object: null, listId: 'bb1a9fa1c3b0301040f6a3e07d40dd6d', context: { ui: 'workspace' } },
    ],
    [
      'https://acme.service-now.com/now/sow/list/params/list-id/bb1a9fa1c3b0301040f6a3e07d40dd6d/table/incident',
      { kind: 'list', app: 'servicenow', object: 'incident', listId: 'bb1a9fa1c3b0301040f6a3e07d40dd6d', context: { ui: 'workspace', table: 'incident' } },
    ],
  ],
  others: [
    // Top-frame wrappers: the form is in iframe#gsft_main, whose own content script handles it.
    `https://acme.service-now.com/nav_to.do?uri=incident.do%3Fsys_id%3D${INC}`,
    `https://acme.service-now.com/nav_to.do?uri=%2Fincident.do%3Fsys_id%3D${INC}%26sysparm_view%3D`,
    `https://acme.service-now.com/now/nav/ui/classic/params/target/incident.do%3Fsys_id%3D${INC}`,
    'https://acme.service-now.com/now/nav/ui/classic/params/target/incident_list.do%3Fsysparm_query%3Dactive%253Dtrue',
    // Same host, not a record or list FieldGuard knows.
    'https://acme.service-now.com/now/nav/ui/home',
    'https://acme.service-now.com/now/sow/home',
    'https://acme.service-now.com/navpage.do',
    'https://acme.service-now.com/sys_user_list.do',
    `https://acme.service-now.com/sys_user.do?sys_id=${INC}`,
    `https://acme.service-now.com/incident.do?sys_id=${INC}x`,
    'https://acme.service-now.com/incident.do?sysparm_query=number=INC0010231',
    'https://acme.service-now.com/incident.do',
    `https://acme.service-now.com/api/now/table/incident/${INC}`,
    // Export processors on a form URL answer XML, JSON or files, not a page (SN Utils' manifest excludes ?XML and ?WSDL).
    `https://acme.service-now.com/incident.do?XML&sys_id=${INC}`,
    `https://acme.service-now.com/incident.do?JSONv2&sys_id=${INC}`,
    `https://acme.service-now.com/incident_list.do?CSV&sysparm_query=active%3Dtrue`,
    'https://acme.service-now.com/incident.do?WSDL',
    `https://acme.service-now.com/now/sow/record/sys_user/${INC}`,
    'https://acme.service-now.com/validate_multifactor_auth_code.do',
    'https://acme.service-now.com/login.do',
    'https://acme.service-now.com/',
  ],
};

/** Top-frame wrappers and the form URL their gsft_main iframe shows. */
export const SERVICENOW_WRAPPERS: [string, string][] = [
  [`https://acme.service-now.com/nav_to.do?uri=incident.do%3Fsys_id%3D${INC}`, `https://acme.service-now.com/incident.do?sys_id=${INC}`],
  [
    `https://acme.service-now.com/nav_to.do?uri=%2Fincident.do%3Fsys_id%3D${INC}%26sysparm_view%3D`,
    `https://acme.service-now.com/incident.do?sys_id=${INC}&sysparm_view=`,
  ],
  [
    `https://acme.service-now.com/now/nav/ui/classic/params/target/change_request.do%3Fsys_id%3D${CHG}`,
    `https://acme.service-now.com/change_request.do?sys_id=${CHG}`,
  ],
  [
    'https://acme.service-now.com/now/nav/ui/classic/params/target/incident_list.do%3Fsysparm_query%3Dactive%253Dtrue',
    'https://acme.service-now.com/incident_list.do?sysparm_query=active%3Dtrue',
  ],
];
