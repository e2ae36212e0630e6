import { describe, expect, it } from 'vitest';
import { parsePayload } from '../../../lib/records/parse';
import { storeFor } from '../../demo-apps/servicenow/data';
import { callDemo, demoState, INCIDENTS } from './demo-dom';

/** The demo instance behaves as the reference says the real one does, so the e2e tests exercise real behaviour. */
describe('the demo ServiceNow instance', () => {
  const apiPath = (query: string) => `/api/now/table/incident/${INCIDENTS.priorityMismatch}?${query}`;

  it.each([
    ['sysparm_display_value=all', { priority: '2', assignment_group: '3c02a379965ab0dfcd77b1c484450433' }],
    ['', { priority: '2', assignment_group: '3c02a379965ab0dfcd77b1c484450433' }],
  ])('answers the Table API (%s) in a shape the parser reads', async (query, fields) => {
    const state = demoState();
    const response = await callDemo(state, apiPath(query), { headers: { 'X-UserToken': storeFor(state).token } });
    expect(response.status ?? 200).toBe(200);
    const [record] = parsePayload(JSON.parse(response.body), { app: 'servicenow' });
    expect(record?.fields).toMatchObject(fields);
  });

  it('answers display values only with sysparm_display_value=true', async () => {
    const state = demoState();
    const response = await callDemo(state, apiPath('sysparm_display_value=true&sysparm_exclude_reference_link=true'), { headers: { 'X-UserToken': storeFor(state).token } });
    const result = (JSON.parse(response.body) as { result: Record<string, unknown> }).result;
    expect(result).toMatchObject({ priority: '2 - High', assignment_group: { display_value: 'Hardware' } });
    expect(result.assignment_group).not.toHaveProperty('link');
  });

  it('refuses the Table API without the session token, as Geneva and later do', async () => {
    const response = await callDemo(demoState(), apiPath('sysparm_display_value=all'));
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual({ error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' });
  });

  it('saves a posted form and redirects back to it, as UI16 Save does', async () => {
    const state = demoState();
    const { token } = storeFor(state);
    const body = new URLSearchParams({
      sysparm_ck: token,
      sys_uniqueValue: INCIDENTS.resolvedNoNotes,
      sys_action: 'sysverb_update_and_stay',
      'incident.close_notes': 'Rebuilt the undo tablespace.',
    });
    const response = await callDemo(state, '/incident.do', { method: 'POST', body: body.toString() });
    expect(response).toMatchObject({ status: 302, headers: { location: `/incident.do?sys_id=${INCIDENTS.resolvedNoNotes}` } });
    expect(storeFor(state).records.get(INCIDENTS.resolvedNoNotes)?.values.close_notes).toBe('Rebuilt the undo tablespace.');
    // Another server's instance is untouched.
    expect(storeFor(demoState()).records.get(INCIDENTS.resolvedNoNotes)?.values.close_notes).toBe('');
  });

  it('refuses a form posted with a wrong token', async () => {
    const body = new URLSearchParams({ sysparm_ck: 'stale', sys_uniqueValue: INCIDENTS.resolvedNoNotes });
    expect((await callDemo(demoState(), '/incident.do', { method: 'POST', body: body.toString() })).status).toBe(403);
  });

  it('serves g_ck from a script file and frames only same-instance pages', async () => {
    const state = demoState();
    expect((await callDemo(state, '/scripts/now_session.js')).body).toBe(`window.g_ck = "${storeFor(state).token}";\n`);
    expect((await callDemo(state, '/nav_to.do?uri=https%3A%2F%2Fevil.example%2F')).body).toContain('src="/incident_list.do"');
    expect((await callDemo(state, `/nav_to.do?uri=%2Fincident.do%3Fsys_id%3D${INCIDENTS.newClean}`)).body).toContain(`src="/incident.do?sys_id=${INCIDENTS.newClean}"`);
  });
});
