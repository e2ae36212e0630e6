import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../lib/board/errors';

const sf = (status: number, errorCode: string, message: string) => errorFromResponse('salesforce', { status, headers: {}, body: JSON.stringify([{ errorCode, message }]) });

describe('errorFromResponse', () => {
  it('tells the Salesforce error codes apart, whatever their status', () => {
    expect(sf(403, 'API_DISABLED_FOR_ORG', 'API is not enabled for this Organization or Partner')).toMatchObject({ kind: 'api-disabled', advice: expect.stringContaining('API Enabled') });
    expect(sf(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.')).toMatchObject({ kind: 'rate-limit', message: expect.stringContaining('TotalRequests Limit exceeded.') });
    expect(sf(401, 'INVALID_SESSION_ID', 'Session expired or invalid')).toMatchObject({ kind: 'not-signed-in', advice: expect.stringContaining('Sign in to Salesforce') });
    expect(sf(403, 'INSUFFICIENT_ACCESS', 'insufficient access rights on object id')).toMatchObject({ kind: 'permission' });
  });

  it('reads 429 with its Retry-After, and each app\'s error text', () => {
    expect(errorFromResponse('jira', { status: 429, headers: { 'retry-after': '120' }, body: '' })).toEqual({
      kind: 'rate-limit',
      message: 'Jira is limiting requests (HTTP 429); it asks to wait 120 s.',
      advice: 'Wait 120 seconds, then load the board again.',
    });
    expect(errorFromResponse('servicenow', { status: 401, headers: {}, body: '{"error":{"message":"User Not Authenticated","detail":"Required to provide Auth information"},"status":"failure"}' }).message)
      .toBe('ServiceNow did not accept your session (HTTP 401) ("User Not Authenticated").');
    expect(errorFromResponse('jira', { status: 400, headers: {}, body: '{"errorMessages":["Field \'foo\' does not exist."],"errors":{}}' })).toMatchObject({
      kind: 'invalid-response', message: 'Jira answered HTTP 400 ("Field \'foo\' does not exist.").',
    });
    expect(errorFromResponse('zendesk', { status: 403, headers: {}, body: '{"error":"Forbidden","description":"You do not have access to this page."}' })).toMatchObject({ kind: 'permission' });
    expect(errorFromResponse('hubspot', { status: 502, headers: {}, body: '<html>Bad gateway</html>' })).toMatchObject({ kind: 'invalid-response', message: 'HubSpot answered HTTP 502.' });
  });
});
