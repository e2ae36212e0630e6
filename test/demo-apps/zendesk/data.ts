/**
 * The demo Zendesk account: the tickets of lib/examples/zendesk-tickets.json (moved to acme.zendesk.com) plus one
 * ticket that breaks the everyday rules, and the names the agent UI shows for the ids in them.
 */
import examples from '../../../lib/examples/zendesk-tickets.json';

type ExampleTicket = (typeof examples.tickets)[number];
export type DemoTicket = Omit<ExampleTicket, 'type' | 'priority' | 'assignee_id' | 'group_id' | 'custom_fields'> & {
  type: string | null;
  priority: string | null;
  assignee_id: number | null;
  group_id: number | null;
  custom_fields: { id: number; value: string | null }[];
};

/** A fresh "Help" ticket marked urgent with nobody on it: vague subject and an urgent ticket in no group. */
const [FIRST_EXAMPLE] = examples.tickets;
if (!FIRST_EXAMPLE) throw new Error('lib/examples/zendesk-tickets.json has no tickets');

const URGENT_HELP: DemoTicket = {
  ...FIRST_EXAMPLE,
  url: 'https://acme.zendesk.com/api/v2/tickets/48231.json',
  id: 48231,
  created_at: '2026-11-25T08:02:11Z',
  updated_at: '2026-11-25T08:02:11Z',
  type: null,
  subject: 'Help',
  raw_subject: 'Help',
  description: 'Nothing works since this morning, please call me.',
  priority: 'urgent',
  status: 'open',
  requester_id: 26871052274,
  submitter_id: 26871052274,
  assignee_id: null,
  organization_id: 8841019,
  group_id: null,
  tags: ['enterprise'],
  custom_fields: [
    { id: 360012345678, value: null },
    { id: 360012345679, value: 'enterprise' },
  ],
  custom_status_id: 1500002,
};

export const DEMO_TICKETS: readonly DemoTicket[] = [
  URGENT_HELP,
  ...examples.tickets.map((ticket) => ({ ...ticket, url: ticket.url.replace('acme-help.zendesk.com', 'acme.zendesk.com') }) as DemoTicket),
];

/** The tabs an agent has open when a page loads (the first active unless the URL names another one). */
export const DEFAULT_OPEN_TABS = ['48231', '48213'] as const;

export const VIEW = { id: '360001234567', title: 'Unsolved tickets in your groups' } as const;

export const AGENTS: Readonly<Record<number, string>> = {
  382910458: 'Maya Lindqvist',
  382910461: 'Tomás Ortega',
  382910463: 'Priya Raman',
};

export const GROUPS: Readonly<Record<number, string>> = {
  360004471112: 'Tier 2 Support',
  360004471120: 'Accounts',
};

/** Which group each agent is in: the Assignee picker offers "Group/Agent" pairs. */
export const AGENT_GROUPS: readonly (readonly [group: number, agent: number])[] = [
  [360004471112, 382910458],
  [360004471112, 382910461],
  [360004471120, 382910463],
];

export const REQUESTERS: Readonly<Record<number, string>> = {
  26871044512: 'Jonas Becker',
  26871039907: 'Ana Souza',
  26871031276: 'Lee Chen',
  26871011843: 'Fatima Khan',
  26871025530: 'Lena Novak',
  26871035118: 'Omar Haddad',
  26871052274: 'Sam Whitfield',
};

export const PRIORITIES = [['low', 'Low'], ['normal', 'Normal'], ['high', 'High'], ['urgent', 'Urgent']] as const;
export const TYPES = [['question', 'Question'], ['incident', 'Incident'], ['problem', 'Problem'], ['task', 'Task']] as const;
export const STATUSES = [['new', 'New'], ['open', 'Open'], ['pending', 'Pending'], ['hold', 'On-hold'], ['solved', 'Solved']] as const;

export interface DemoCustomField {
  readonly id: number;
  readonly title: string;
  readonly options: readonly (readonly [value: string, name: string])[];
}

export const CUSTOM_FIELDS: readonly DemoCustomField[] = [
  {
    id: 360012345678,
    title: 'Product area',
    options: [['billing', 'Billing'], ['payments', 'Payments'], ['identity', 'Identity'], ['accounts', 'Accounts'], ['integrations', 'Integrations']],
  },
  { id: 360012345679, title: 'Plan', options: [['team', 'Team'], ['business', 'Business'], ['enterprise', 'Enterprise']] },
];
