/**
 * Real Jira Cloud / JSM URL shapes (saas-apps.md §4.1, bgitzis/jira-noedit docs/atlaskit.md) with what the
 * detector must make of them. Other apps' URL tests assert their detectors reject all of these.
 */
import type { PageInfo } from '../../../lib/sites/types';

const record = (recordId: string, context: Record<string, string>): PageInfo => ({
  kind: 'record', app: 'jira', object: null, recordId, context,
});
const list = (listId: string | null, context: Record<string, string>): PageInfo => ({
  kind: 'list', app: 'jira', object: null, listId, context,
});

export const JIRA_URLS: {
  readonly records: readonly (readonly [string, PageInfo])[];
  readonly lists: readonly (readonly [string, PageInfo])[];
  readonly others: readonly string[];
} = {
  records: [
    ['https://acme.atlassian.net/browse/ITSD-412', record('ITSD-412', { site: 'acme', view: 'browse' })],
    ['https://acme.atlassian.net/browse/ITSD-412/', record('ITSD-412', { site: 'acme', view: 'browse' })],
    ['https://acme.atlassian.net/browse/ITSD-412?focusedCommentId=10021', record('ITSD-412', { site: 'acme', view: 'browse' })],
    ['https://celonis.atlassian.net/browse/CBE-55689', record('CBE-55689', { site: 'celonis', view: 'browse' })],
    ['https://acme-it.atlassian.net/browse/DATA_ENG-7', record('DATA_ENG-7', { site: 'acme-it', view: 'browse' })],
    ['https://acme.atlassian.net/browse/X2-1', record('X2-1', { site: 'acme', view: 'browse' })],
    [
      'https://acme.atlassian.net/jira/software/projects/SAM/boards/665?selectedIssue=SAM-80357',
      record('SAM-80357', { site: 'acme', view: 'board', project: 'SAM', board: '665' }),
    ],
    [
      'https://acme.atlassian.net/jira/software/c/projects/SAM/boards/665?selectedIssue=SAM-80357',
      record('SAM-80357', { site: 'acme', view: 'board', project: 'SAM', board: '665' }),
    ],
    [
      'https://acme.atlassian.net/jira/software/projects/SAM/boards/665/backlog?selectedIssue=SAM-2',
      record('SAM-2', { site: 'acme', view: 'board', project: 'SAM', board: '665' }),
    ],
    [
      'https://acme.atlassian.net/issues/?jql=project%20%3D%20ITSD%20ORDER%20BY%20created%20DESC&selectedIssue=ITSD-409',
      record('ITSD-409', { site: 'acme', view: 'search' }),
    ],
    [
      'https://acme.atlassian.net/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-412',
      record('ITSD-412', { site: 'acme', view: 'queue', project: 'ITSD', queue: '1' }),
    ],
    [
      'https://acme.atlassian.net/jira/servicedesk/projects/ITSM/queues/custom/12/ITSM-12',
      record('ITSM-12', { site: 'acme', view: 'queue', project: 'ITSM', queue: '12' }),
    ],
    [
      'https://acme.atlassian.net/jira/servicedesk/projects/ITSD/section/service-requests/custom/7/ITSD-401',
      record('ITSD-401', { site: 'acme', view: 'section', project: 'ITSD', section: 'service-requests', queue: '7' }),
    ],
  ],
  lists: [
    [
      'https://acme.atlassian.net/jira/servicedesk/projects/ITSD/queues/custom/1',
      list('1', { site: 'acme', view: 'queue', project: 'ITSD', queue: '1' }),
    ],
    [
      'https://acme.atlassian.net/jira/servicedesk/projects/ITSD/section/service-requests/custom/7',
      list('7', { site: 'acme', view: 'section', project: 'ITSD', section: 'service-requests', queue: '7' }),
    ],
    [
      'https://acme.atlassian.net/jira/software/projects/SAM/boards/665',
      list('665', { site: 'acme', view: 'board', project: 'SAM', board: '665' }),
    ],
    [
      'https://acme.atlassian.net/jira/software/c/projects/SAM/boards/665/backlog',
      list('665', { site: 'acme', view: 'board', project: 'SAM', board: '665' }),
    ],
    ['https://acme.atlassian.net/issues/?jql=assignee%20%3D%20currentUser()', list(null, { site: 'acme', view: 'search' })],
    [
      'https://acme.atlassian.net/jira/software/projects/SAM/boards/665?selectedIssue=not-a-key',
      list('665', { site: 'acme', view: 'board', project: 'SAM', board: '665' }),
    ],
  ],
  others: [
    // The customer portal is the requester's view, not the agent's record.
    'https://acme.atlassian.net/servicedesk/customer/portal/1/ITSD-412',
    'https://acme.atlassian.net/servicedesk/customer/portals',
    'https://acme.atlassian.net/jira/your-work',
    'https://acme.atlassian.net/jira/dashboards/10001',
    'https://acme.atlassian.net/jira/servicedesk/projects/ITSD/settings/request-types/request-type/12/request-form',
    'https://acme.atlassian.net/wiki/spaces/IT/pages/123/Runbook',
    'https://acme.atlassian.net/browse/ITSD',
    'https://acme.atlassian.net/browse/itsd-412',
    'https://acme.atlassian.net/browse/I-1',
    'https://acme.atlassian.net/jira/servicedesk/projects/ITSD/queues/custom/1/settings',
    'http://acme.atlassian.net/browse/ITSD-412',
    'https://acme.atlassian.net/',
  ],
};
