import { describe, expect, it } from 'vitest';
import { boardQueryFromUrl, salesforceSoqlQuery } from '../../lib/board/query-from-url';
import { opportunitySoql, roleSubtree, withBoardFields } from '../../lib/board/sources/salesforce';
import { orderedQuery, relLink } from '../../lib/board/sources/servicenow';

const query = (url: string) => boardQueryFromUrl(new URL(url));

describe('boardQueryFromUrl', () => {
  it('opens a Salesforce list view by its id or developer name, and the board query elsewhere in Lightning', () => {
    expect(query('https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=00BHs0000000ALLAAA')).toMatchObject({
      app: 'salesforce', object: 'Opportunity', origin: 'https://acme.lightning.force.com', source: { kind: 'salesforce-list-view', listViewId: '00BHs0000000ALLAAA' },
    });
    expect(query('https://acme--uat.sandbox.lightning.force.com/lightning/o/Opportunity/list?filterName=AllOpportunities')?.source).toEqual({
      kind: 'salesforce-list-view', listViewId: 'AllOpportunities',
    });
    // Recently Viewed is not a saved list view; home and record pages have none either.
    for (const url of [
      'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent',
      'https://acme.lightning.force.com/lightning/page/home',
      'https://acme.lightning.force.com/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/view',
    ]) {
      expect(query(url)?.source).toEqual({ kind: 'salesforce-soql', closing: 'this-quarter', owner: 'mine', recordTypeId: null });
    }
  });

  it('takes a ServiceNow list query from classic, nav_to and Next Experience list URLs', () => {
    expect(query('https://acme.service-now.com/incident_list.do?sysparm_query=active%3Dtrue%5Epriority%3D1&sysparm_first_row=1')).toMatchObject({
      app: 'servicenow', object: 'incident', source: { kind: 'servicenow-query', table: 'incident', sysparmQuery: 'active=true^priority=1' },
    });
    expect(query('https://acme.service-now.com/nav_to.do?uri=%2Fchange_request_list.do%3Fsysparm_query%3Dstate%3D-2')?.source).toEqual({
      kind: 'servicenow-query', table: 'change_request', sysparmQuery: 'state=-2',
    });
    expect(query('https://acme.service-now.com/now/nav/ui/classic/params/target/incident_list.do%3Fsysparm_query%3Dassigned_toISEMPTY')?.source).toEqual({
      kind: 'servicenow-query', table: 'incident', sysparmQuery: 'assigned_toISEMPTY',
    });
    expect(query('https://acme.service-now.com/now/sow/list/params/list-id/4f3a/table/incident')?.source).toEqual({
      kind: 'servicenow-query', table: 'incident', sysparmQuery: 'active=true',
    });
    expect(query('https://acme.service-now.com/sys_user_list.do')).toBeNull();
  });

  it('takes Jira JQL from the issue search, a saved filter, a JSM queue and a board', () => {
    expect(query('https://acme.atlassian.net/issues/?jql=project%20%3D%20ITSD%20AND%20statusCategory%20!%3D%20Done')?.source).toEqual({
      kind: 'jira-jql', jql: 'project = ITSD AND statusCategory != Done',
    });
    expect(query('https://acme.atlassian.net/issues/?filter=10042')?.source).toEqual({ kind: 'jira-jql', jql: 'filter = 10042' });
    expect(query('https://acme.atlassian.net/jira/servicedesk/projects/ITSD/queues/custom/1')).toMatchObject({
      object: 'request', source: { kind: 'jira-queue', project: 'ITSD', queueId: '1' },
    });
    expect(query('https://acme.atlassian.net/jira/software/projects/WEB/boards/7')?.source).toEqual({
      kind: 'jira-jql', jql: 'project = "WEB" AND statusCategory != Done ORDER BY Rank ASC',
    });
    // An issue opened over the queue is a record page, and search without JQL names no list.
    expect(query('https://acme.atlassian.net/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-412')).toBeNull();
    expect(query('https://acme.atlassian.net/issues/')).toBeNull();
  });

  it('opens a Zendesk view or an agent search', () => {
    expect(query('https://acme.zendesk.com/agent/filters/360001234567')).toMatchObject({ app: 'zendesk', object: 'ticket', source: { kind: 'zendesk-view', viewId: '360001234567' } });
    expect(query('https://acme.zendesk.com/agent/search/1?copy&type=ticket&q=refund')?.source).toEqual({ kind: 'zendesk-search', query: 'refund' });
    expect(query('https://acme.zendesk.com/agent/tickets/48213')).toBeNull();
  });

  it('opens the HubSpot deals board or list of a view, with its pipeline when the URL names one', () => {
    expect(query('https://app.hubspot.com/contacts/4417321/objects/0-3/views/all/board?pipeline=default')).toMatchObject({
      app: 'hubspot', object: 'deal', source: { kind: 'hubspot-view', portalId: '4417321', pipelineId: 'default', viewId: 'all' },
    });
    expect(query('https://app-eu1.hubspot.com/contacts/4417321/deals/list/view/18828422/')?.source).toEqual({
      kind: 'hubspot-view', portalId: '4417321', pipelineId: null, viewId: '18828422',
    });
    expect(query('https://app.hubspot.com/contacts/4417321/objects/0-1/views/all/list')).toBeNull();
  });
});

describe('Salesforce SOQL from the board choices', () => {
  it('writes open opportunities by quarter, owner scope and record type', () => {
    const soql = opportunitySoql({ kind: 'salesforce-soql', closing: 'this-and-next-quarter', owner: 'mine', recordTypeId: '012Hs0000000NEWAAA' });
    expect(soql).toMatch(/^SELECT Id, OwnerId, Owner\.Name, Name, RecordTypeId, Account\.Name, AccountId, Amount, CloseDate, .* FROM Opportunity USING SCOPE mine WHERE /);
    expect(soql).toContain("WHERE IsClosed = false AND (CloseDate = THIS_FISCAL_QUARTER OR CloseDate = NEXT_FISCAL_QUARTER) AND RecordTypeId = '012Hs0000000NEWAAA' ORDER BY CloseDate ASC, Id ASC");
    const team = opportunitySoql({ kind: 'salesforce-soql', closing: 'next-quarter', owner: 'my-team', recordTypeId: null }, ['00EHs0000000EM0AAA', '00EHs0000000ER0AAA']);
    expect(team).toContain("CloseDate = NEXT_FISCAL_QUARTER AND OwnerId IN (SELECT Id FROM User WHERE UserRoleId IN ('00EHs0000000EM0AAA', '00EHs0000000ER0AAA'))");
    expect(() => opportunitySoql({ kind: 'salesforce-soql', closing: 'this-quarter', owner: 'everyone', recordTypeId: "x' OR Name != '" })).toThrow(/not a Salesforce id/);
  });

  it('takes the whole role subtree under the user, not just one level', () => {
    const roles = [
      { id: 'VP', parentId: null }, { id: 'EM', parentId: 'VP' }, { id: 'ER', parentId: 'EM' }, { id: 'ER2', parentId: 'ER' }, { id: 'WM', parentId: 'VP' },
    ];
    expect(roleSubtree('EM', roles).sort()).toEqual(['EM', 'ER', 'ER2']);
  });

  it('keeps a list view\'s filter and order but selects the fields the packs read', () => {
    const soql = withBoardFields('SELECT Name, Account.Name, Owner.Alias FROM Opportunity USING SCOPE mine WHERE IsClosed = false ORDER BY Name ASC NULLS FIRST', 'Opportunity');
    expect(soql).toMatch(/^SELECT Id, OwnerId, Owner\.Name, Name, .*NextStep.* FROM Opportunity USING SCOPE mine WHERE IsClosed = false ORDER BY Name ASC NULLS FIRST$/);
    expect(salesforceSoqlQuery('https://acme.lightning.force.com', { closing: 'this-quarter', owner: 'my-team', recordTypeId: null }).label).toBe('Open opportunities closing this quarter, my team');
  });
});

describe('ServiceNow paging helpers', () => {
  it('orders an unordered query by sys_id so offsets are stable', () => {
    expect(orderedQuery('active=true')).toBe('active=true^ORDERBYsys_id');
    expect(orderedQuery('')).toBe('ORDERBYsys_id');
    expect(orderedQuery('active=true^ORDERBYDESCnumber')).toBe('active=true^ORDERBYDESCnumber');
  });

  it('reads the next page from a Link header', () => {
    const link = '<https://acme.service-now.com/api/now/table/incident?sysparm_offset=0>;rel="first",<https://acme.service-now.com/api/now/table/incident?sysparm_offset=500>;rel="next",<https://acme.service-now.com/api/now/table/incident?sysparm_offset=1000>;rel="last"';
    expect(relLink(link, 'next')).toBe('https://acme.service-now.com/api/now/table/incident?sysparm_offset=500');
    expect(relLink(link, 'prev')).toBeUndefined();
  });
});
