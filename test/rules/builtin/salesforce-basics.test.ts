import { describePackTable, salesforceRecord, without } from './helpers';

type Row = Record<string, unknown>;
const rowOf = (type: string, base: Row) => (overrides: Row = {}, from: Row = base) => () => salesforceRecord(type, { ...from, ...overrides });

const LEAD = {
  Id: '00Q5g00000DkR8nEAF',
  FirstName: 'Priya',
  LastName: 'Raman',
  Title: 'Head of Operations',
  Company: 'Northwind Logistics',
  Email: 'priya.raman@northwind-logistics.com',
  Phone: '+1 (415) 555-0142',
  MobilePhone: '+1 415 555 0199',
  LeadSource: 'Web',
  Status: 'Open - Not Contacted',
};
const lead = rowOf('Lead', LEAD);
const placeholderCompany = (Company: string) => ({
  name: `placeholder company "${Company}"`,
  record: lead({ Company }),
  expected: [{ rule: 'company-not-placeholder', severity: 'error' as const }],
});

describePackTable('salesforce-lead-basics', lead(), [
  { name: 'last name "Unknown"', record: lead({ LastName: 'Unknown' }), expected: [{ rule: 'last-name-not-placeholder', severity: 'error' }] },
  { name: 'last name "?"', record: lead({ LastName: '?' }), expected: [{ rule: 'last-name-not-placeholder', severity: 'error' }] },
  { name: 'no company', record: lead({ Company: null }), expected: [{ rule: 'company-set', severity: 'error' }] },
  placeholderCompany('[not provided]'),
  placeholderCompany('N/A'),
  placeholderCompany('none'),
  placeholderCompany('xxx'),
  placeholderCompany('-'),
  placeholderCompany('asdf'),
  { name: 'a company whose name starts like a placeholder passes', record: lead({ Company: 'Testing Solutions GmbH' }), expected: [] },
  {
    name: 'no email, phone or mobile',
    record: lead({ Email: null, Phone: null, MobilePhone: null }),
    expected: [{ rule: 'contact-channel-set', severity: 'error' }],
  },
  { name: 'phone only is reachable', record: lead({ Email: null, MobilePhone: null }), expected: [] },
  { name: 'email without a domain suffix', record: lead({ Email: 'priya.raman@northwind' }), expected: [{ rule: 'email-format', severity: 'error' }] },
  { name: 'email with a space', record: lead({ Email: 'priya raman@northwind-logistics.com' }), expected: [{ rule: 'email-format', severity: 'error' }] },
  { name: 'placeholder email noemail@example.com', record: lead({ Email: 'noemail@example.com' }), expected: [{ rule: 'email-not-placeholder', severity: 'warning' }] },
  { name: 'placeholder email test@test.com', record: lead({ Email: 'test@test.com' }), expected: [{ rule: 'email-not-placeholder', severity: 'warning' }] },
  { name: 'phone spelled with letters', record: lead({ Phone: '555-CALL-NOW' }), expected: [{ rule: 'phone-format', severity: 'warning' }] },
  { name: 'phone of zeros', record: lead({ Phone: '000-000-0000' }), expected: [{ rule: 'phone-format', severity: 'warning' }] },
  { name: 'UK phone with extension passes', record: lead({ Phone: '+44 20 7946 0958 ext. 12' }), expected: [] },
  { name: 'French phone in pairs passes', record: lead({ Phone: '+33 1 23 45 67 89' }), expected: [] },
  { name: 'mobile "n/a"', record: lead({ MobilePhone: 'n/a' }), expected: [{ rule: 'mobile-phone-format', severity: 'warning' }] },
  { name: 'no lead source', record: lead({ LeadSource: null }), expected: [{ rule: 'lead-source-set', severity: 'warning' }] },
]);

const ACCOUNT = {
  Id: '0015g00000Lx3TQAAZ',
  Name: 'Northwind Logistics',
  Type: 'Customer - Direct',
  Industry: 'Transportation',
  Website: 'https://www.northwind-logistics.com',
  Phone: '(415) 555-0100',
  BillingCity: 'San Francisco',
  BillingCountry: 'United States',
};
const account = rowOf('Account', ACCOUNT);

describePackTable('salesforce-account-basics', account(), [
  { name: 'name "N/A"', record: account({ Name: 'N/A' }), expected: [{ rule: 'name-not-placeholder', severity: 'error' }] },
  { name: 'no industry', record: account({ Industry: null }), expected: [{ rule: 'industry-set', severity: 'warning' }] },
  { name: 'website with spaces', record: account({ Website: 'northwind logistics' }), expected: [{ rule: 'website-format', severity: 'warning' }] },
  { name: 'website without a top-level domain', record: account({ Website: 'http://intranet' }), expected: [{ rule: 'website-format', severity: 'warning' }] },
  { name: 'bare domain passes', record: account({ Website: 'www.northwind-logistics.com' }), expected: [] },
  { name: 'URL with a path passes', record: account({ Website: 'https://northwind.co.uk/en/about?ref=crm' }), expected: [] },
  { name: 'no billing country', record: account({ BillingCountry: null }), expected: [{ rule: 'billing-country-set', severity: 'warning' }] },
  { name: 'phone "TBD"', record: account({ Phone: 'TBD' }), expected: [{ rule: 'phone-format', severity: 'warning' }] },
]);

const CONTACT = {
  Id: '0035g00000AbCdEAAV',
  FirstName: 'Marcus',
  LastName: 'Chen',
  Title: 'IT Director',
  Email: 'marcus.chen@acmecorp.com',
  Phone: '+1 212 555 0187',
  MobilePhone: null,
  AccountId: '0015g00000Lx3TQAAZ',
  Account: { attributes: { type: 'Account', url: '/services/data/v66.0/sobjects/Account/0015g00000Lx3TQAAZ' }, Name: 'Acme Corp' },
};
const contact = rowOf('Contact', CONTACT);

describePackTable('salesforce-contact-basics', contact(), [
  { name: 'last name "x"', record: contact({ LastName: 'x' }), expected: [{ rule: 'last-name-not-placeholder', severity: 'error' }] },
  { name: 'no first name', record: contact({ FirstName: null }), expected: [{ rule: 'first-name-set', severity: 'info' }] },
  { name: 'neither email nor phone', record: contact({ Email: null, Phone: null }), expected: [{ rule: 'contact-channel-set', severity: 'error' }] },
  { name: 'email without a domain suffix', record: contact({ Email: 'marcus.chen@acmecorp' }), expected: [{ rule: 'email-format', severity: 'error' }] },
  { name: 'placeholder email none@none.com', record: contact({ Email: 'none@none.com' }), expected: [{ rule: 'email-not-placeholder', severity: 'warning' }] },
  { name: 'phone of zeros', record: contact({ Phone: '0000000' }), expected: [{ rule: 'phone-format', severity: 'warning' }] },
  { name: 'mobile too short', record: contact({ MobilePhone: '12' }), expected: [{ rule: 'mobile-phone-format', severity: 'warning' }] },
  { name: 'private contact without account', record: contact({ AccountId: null, Account: null }), expected: [{ rule: 'account-set', severity: 'warning' }] },
]);

const CASE = {
  Id: '5005g00000XyZ12AAB',
  CaseNumber: '00001026',
  Subject: 'Invoice PDF export fails with error 500',
  Status: 'Working',
  IsClosed: false,
  Priority: 'High',
  Origin: 'Email',
  Reason: null,
  ContactId: '0035g00000AbCdEAAV',
  AccountId: '0015g00000Lx3TQAAZ',
};
const supportCase = rowOf('Case', CASE);
const vagueSubject = (Subject: string | null) => ({
  name: `subject ${JSON.stringify(Subject)}`,
  record: supportCase({ Subject }),
  expected: [{ rule: 'subject-meaningful', severity: 'warning' as const }],
});

describePackTable('salesforce-case-basics', supportCase(), [
  vagueSubject('Help'),
  vagueSubject('Please help!'),
  vagueSubject('Not working'),
  vagueSubject('Does not work'),
  vagueSubject(null),
  { name: 'a short but specific subject passes', record: supportCase({ Subject: 'Printer not working' }), expected: [] },
  { name: 'no priority', record: supportCase({ Priority: null }), expected: [{ rule: 'priority-set', severity: 'warning' }] },
  { name: 'no origin', record: supportCase({ Origin: null }), expected: [{ rule: 'origin-set', severity: 'warning' }] },
  { name: 'no contact', record: supportCase({ ContactId: null }), expected: [{ rule: 'contact-set', severity: 'info' }] },
  {
    name: 'closed without a reason',
    record: supportCase({ Status: 'Closed', IsClosed: true }),
    expected: [{ rule: 'closed-needs-reason', severity: 'error' }],
  },
  {
    name: 'status Closed without IsClosed selected',
    record: supportCase({ Status: 'Closed' }, without(CASE, 'IsClosed')),
    expected: [{ rule: 'closed-needs-reason', severity: 'error' }],
  },
  {
    name: 'a custom closed status counts through IsClosed',
    record: supportCase({ Status: 'Resolved - Workaround', IsClosed: true }),
    expected: [{ rule: 'closed-needs-reason', severity: 'error' }],
  },
  { name: 'closed with a reason', record: supportCase({ Status: 'Closed', IsClosed: true, Reason: 'Performance' }), expected: [] },
]);
