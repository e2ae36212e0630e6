import { describe, expect, it } from 'vitest';
import { boardPageSearch, parseBoardParams } from '../../lib/board-page/board-params';
import { queryWithSourceProblem } from '../../lib/board-page/initial-query';
import { sourceTabOf } from '../../lib/board-page/source-tabs';

const LIST_VIEW = 'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=00BHs0000000ALLAAA';

describe('what the board opens on', () => {
  it('reads the tab and the page from the address the popup opens', () => {
    const params = parseBoardParams(boardPageSearch(42, LIST_VIEW));
    expect(params.tabId).toBe(42);
    expect(params.url?.href).toBe(LIST_VIEW);
    const opened = queryWithSourceProblem(params);
    expect(opened.problem).toBeNull();
    expect(opened.query).toMatchObject({ app: 'salesforce', source: { kind: 'salesforce-list-view', listViewId: '00BHs0000000ALLAAA' } });
  });

  it('opens without a source when no page is given', () => {
    expect(queryWithSourceProblem(parseBoardParams(''))).toEqual({ query: null, problem: null });
  });

  it('says why when the page is not one it can read', () => {
    const notHttps = queryWithSourceProblem(parseBoardParams('?tab=3&url=javascript%3Aalert(1)'));
    expect(notHttps.query).toBeNull();
    expect(notHttps.problem).toMatch(/cannot read/);
    const unknown = queryWithSourceProblem(parseBoardParams(`?tab=3&url=${encodeURIComponent('https://example.com/list')}`));
    expect(unknown.query).toBeNull();
    expect(unknown.problem).toMatch(/does not recognise example\.com/);
  });

  it('falls back to the app’s open work on a page of the app that is not a list', () => {
    const record = queryWithSourceProblem(parseBoardParams(`?tab=3&url=${encodeURIComponent('https://acme.service-now.com/incident.do?sys_id=0441bd86f9511bd72fe78e7546c22e95')}`));
    expect(record.query).toMatchObject({ app: 'servicenow', source: { kind: 'servicenow-query', table: 'incident', sysparmQuery: 'active=true' } });
    const tab = sourceTabOf(7, 'INC0010174', 'https://acme.service-now.com/incident_list.do?sysparm_query=priority%3D1');
    expect(tab).toMatchObject({ isList: true, query: { source: { sysparmQuery: 'priority=1' } } });
  });

  it('warns that an app other than Salesforce needs its tab', () => {
    const opened = queryWithSourceProblem(parseBoardParams(`?url=${encodeURIComponent('https://acme.service-now.com/incident_list.do')}`));
    expect(opened.query).not.toBeNull();
    expect(opened.problem).toMatch(/without its tab/);
  });
});
