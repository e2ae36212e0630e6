import { describe, expect, it } from 'vitest';
import { permissionOrigins, validateCustomOrigin } from '../../lib/custom-domains/origins';
import { apiHostFor, detectSalesforcePage } from '../../lib/sites/salesforce/urls';
import { isSalesforceApiUrl, salesforceAuthorization, type SessionCookie, type SessionCookies } from '../../lib/sites/salesforce/session';

describe('validateCustomOrigin', () => {
  it.each([
    ['https://support.example-corp.com', 'zendesk', 'https://support.example-corp.com'],
    ['https://support.example-corp.com/', 'zendesk', 'https://support.example-corp.com'],
    ['  HTTPS://Support.Example-Corp.com  ', 'zendesk', 'https://support.example-corp.com'],
    ['itsm.example.org', 'servicenow', 'https://itsm.example.org'],
    ['https://acme.lightning.crmforce.mil', 'salesforce', 'https://acme.lightning.crmforce.mil'],
    ['https://acme--uat.sandbox.lightning.crmforce.mil', 'salesforce', 'https://acme--uat.sandbox.lightning.crmforce.mil'],
    ['https://acme.lightning.sfcrmapps.cn', 'salesforce', 'https://acme.lightning.sfcrmapps.cn'],
  ] as const)('accepts %s for %s as %s', (input, app, origin) => {
    expect(validateCustomOrigin(input, app)).toEqual({ ok: true, domain: { origin, app } });
  });

  it.each([
    ['http://support.example-corp.com', 'zendesk', /only https/i],
    ['ftp://support.example-corp.com', 'zendesk', /only https/i],
    ['https://support.example-corp.com/agent', 'zendesk', /without a path: https:\/\/support\.example-corp\.com/],
    ['https://support.example-corp.com/?x=1', 'zendesk', /without a path/],
    ['https://support.example-corp.com/#top', 'zendesk', /without a path/],
    ['https://*.example-corp.com', 'zendesk', /wildcards/],
    ['https://support.example-corp.com:8443', 'zendesk', /port/],
    ['https://admin:secret@support.example-corp.com', 'zendesk', /user name/],
    ['https://localhost', 'servicenow', /not a public domain name/],
    ['https://10.0.0.7', 'servicenow', /not a public domain name/],
    ['https://[::1]', 'servicenow', /not a public domain name/],
    ['', 'servicenow', /enter the address/i],
    ['https://', 'servicenow', /not a web address/],
    ['https://acme.zendesk.com', 'zendesk', /already covered \(\*\.zendesk\.com\)/],
    ['https://acme.service-now.com', 'servicenow', /already covered/],
    ['https://acme.service-now.com', 'zendesk', /already covered/],
    ['https://acme.lightning.force.com', 'salesforce', /already covered/],
    ['https://acme.my.salesforce.com', 'zendesk', /already covered/],
    ['https://acme.atlassian.net', 'servicenow', /already covered/],
    ['https://app.hubspot.com', 'zendesk', /already covered/],
    ['https://crm.example-corp.com', 'salesforce', /not a Salesforce Lightning host/],
    ['https://acme.my.salesforce.mil', 'salesforce', /not a Salesforce Lightning host/],
    ['https://jira.example-corp.com', 'jira', /Jira has no custom domains/],
    ['https://crm.example-corp.com', 'hubspot', /HubSpot has no custom domains/],
  ] as const)('refuses %s for %s', (input, app, error) => {
    const check = validateCustomOrigin(input, app);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.error).toMatch(error);
  });
});

describe('permissionOrigins', () => {
  it('asks for the origin of a ServiceNow or Zendesk domain only', () => {
    expect(permissionOrigins({ origin: 'https://support.example-corp.com', app: 'zendesk' })).toEqual(['https://support.example-corp.com/*']);
    expect(permissionOrigins({ origin: 'https://itsm.example.org', app: 'servicenow' })).toEqual(['https://itsm.example.org/*']);
  });

  it.each([
    ['https://acme.lightning.crmforce.mil', 'https://acme.my.salesforce.mil/*'],
    ['https://acme.lightning.force.mil', 'https://acme.my.salesforce.mil/*'],
    ['https://acme--uat.sandbox.lightning.crmforce.mil', 'https://acme--uat.sandbox.my.salesforce.mil/*'],
    ['https://acme.lightning.sfcrmapps.cn', 'https://acme.my.sfcrmproducts.cn/*'],
    ['https://acme--uat.sandbox.lightning.sfcrmapps.cn', 'https://acme--uat.sandbox.my.sfcrmproducts.cn/*'],
  ])('asks for %s and its API host %s (session cookie and REST calls)', (origin, api) => {
    expect(permissionOrigins({ origin, app: 'salesforce' })).toEqual([`${origin}/*`, api]);
  });
});

describe('Salesforce Government Cloud Plus and China hosts', () => {
  it('recognises record pages on their Lightning hosts, with the host for the API', () => {
    expect(detectSalesforcePage(new URL('https://acme.lightning.crmforce.mil/lightning/r/Opportunity/0065g00000AbCdEAAZ/view'))).toEqual({
      kind: 'record',
      app: 'salesforce',
      object: 'Opportunity',
      recordId: '0065g00000AbCdEAAZ',
      context: { host: 'acme.lightning.crmforce.mil', mode: 'view' },
    });
    expect(detectSalesforcePage(new URL('https://acme.lightning.sfcrmapps.cn/lightning/o/Lead/list?filterName=Recent'))).toMatchObject({ kind: 'list', object: 'Lead' });
  });

  it('maps them to their My Domain API hosts (sfdx-core SfdcUrl) and signs only those', () => {
    expect(apiHostFor('acme.lightning.crmforce.mil')).toBe('acme.my.salesforce.mil');
    expect(apiHostFor('acme.lightning.sfcrmapps.cn')).toBe('acme.my.sfcrmproducts.cn');
    expect(isSalesforceApiUrl(new URL('https://acme.my.salesforce.mil/services/data/v66.0/ui-api/records/006'))).toBe(true);
    expect(isSalesforceApiUrl(new URL('https://acme.my.sfcrmproducts.cn/services/data/v66.0/ui-api/records/006'))).toBe(true);
    expect(isSalesforceApiUrl(new URL('https://acme.my.salesforce.mil.example.com/services/data/'))).toBe(false);
  });

  it('still refuses look-alike hosts', () => {
    expect(detectSalesforcePage(new URL('https://acme.lightning.crmforce.mil.example.com/lightning/r/Opportunity/0065g00000AbCdEAAZ/view'))).toBeNull();
    expect(apiHostFor('acme.lightning.sfcrmproducts.cn')).toBeNull();
  });
});

describe('the Salesforce session of a Government Cloud Plus org', () => {
  const ORG = '00Dt0000000GovAB';
  const cookies: (SessionCookie & { name: string })[] = [
    { name: 'sid', domain: 'acme.lightning.crmforce.mil', value: `${ORG}!lightning-session` },
    { name: 'sid', domain: 'acme.my.salesforce.mil', value: `${ORG}!api-session` },
  ];
  const jar: SessionCookies = {
    get: async ({ url, name }) => cookies.find((cookie) => cookie.name === name && cookie.domain === new URL(url).hostname) ?? null,
    getAll: async ({ name, domain }) => cookies.filter((cookie) => cookie.name === name && (domain === undefined || cookie.domain.endsWith(domain))),
  };
  const tabUrl = 'https://acme.lightning.crmforce.mil/lightning/r/Opportunity/0065g00000AbCdEAAZ/view';

  it('signs requests to the org API host on .my.salesforce.mil with its session', async () => {
    const auth = await salesforceAuthorization(jar, { tabUrl, requestUrl: 'https://acme.my.salesforce.mil/services/data/v66.0/ui-api/records/0065g00000AbCdEAAZ' });
    expect(auth).toMatchObject({ ok: true, headers: { Authorization: `Bearer ${ORG}!api-session` }, session: { apiHost: 'acme.my.salesforce.mil', orgId: ORG } });
  });

  it('signs nothing for the commercial API host of the same name', async () => {
    const auth = await salesforceAuthorization(jar, { tabUrl, requestUrl: 'https://acme.my.salesforce.com/services/data/v66.0/ui-api/records/0065g00000AbCdEAAZ' });
    expect(auth).toEqual({ ok: false, reason: 'this org\'s API host is acme.my.salesforce.mil, not acme.my.salesforce.com' });
  });
});
