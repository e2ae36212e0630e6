/**
 * Salesforce Lightning URL shapes (saas-apps.md §1.1, SIR's popup.js parsers, Salesforce's instanceless-URL
 * docs) with what the detector must make of them. A cross-app matrix test asserts every other app's detector
 * rejects them.
 */
import type { ListPage, RecordPage } from '../../../lib/sites/types';

const record = (host: string, object: string | null, recordId: string, mode = 'view'): RecordPage => ({
  kind: 'record', app: 'salesforce', object, recordId, context: { host, mode },
});
const list = (host: string, object: string, listId: string | null): ListPage => ({
  kind: 'list', app: 'salesforce', object, listId, context: { host },
});

const ACME = 'acme.lightning.force.com';

export const SALESFORCE_URLS: {
  records: [string, RecordPage][];
  lists: [string, ListPage][];
  others: string[];
} = {
  records: [
    [`https://${ACME}/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/view`, record(ACME, 'Opportunity', '006Hs00001Kq7XzIAJ')],
    [`https://${ACME}/lightning/r/Lead/00QHs00000mPq3bMAC/view`, record(ACME, 'Lead', '00QHs00000mPq3bMAC')],
    [`https://${ACME}/lightning/r/Account/001Hs00001aTnW2IAK/view`, record(ACME, 'Account', '001Hs00001aTnW2IAK')],
    [`https://${ACME}/lightning/r/Contact/003Hs00000xYz12IAC/view`, record(ACME, 'Contact', '003Hs00000xYz12IAC')],
    [`https://${ACME}/lightning/r/Case/500Hs00000AbCdEIA1/view`, record(ACME, 'Case', '500Hs00000AbCdEIA1')],
    // 15-character ids, as older links and reports carry them.
    [`https://${ACME}/lightning/r/Opportunity/006Hs00001Kq7Xz/view`, record(ACME, 'Opportunity', '006Hs00001Kq7Xz')],
    // Without the object, the key prefix tells; an unknown prefix leaves it to the DOM and the API.
    [`https://${ACME}/lightning/r/006Hs00001Kq7XzIAJ/view`, record(ACME, 'Opportunity', '006Hs00001Kq7XzIAJ')],
    [`https://${ACME}/lightning/r/00QHs00000mPq3bMAC/view`, record(ACME, 'Lead', '00QHs00000mPq3bMAC')],
    [`https://${ACME}/lightning/r/a0BHs00000Qw3eRMAR/view`, record(ACME, null, 'a0BHs00000Qw3eRMAR')],
    // The full edit dialog has its own URL over the record page.
    [`https://${ACME}/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/edit`, record(ACME, 'Opportunity', '006Hs00001Kq7XzIAJ', 'edit')],
    [`https://${ACME}/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/edit?navigationLocation=DETAIL&backgroundContext=%2Flightning%2Fr%2FOpportunity%2F006Hs00001Kq7XzIAJ%2Fview`, record(ACME, 'Opportunity', '006Hs00001Kq7XzIAJ', 'edit')],
    // Console subtabs keep the workspace in `ws`; the path still names the focused record.
    [`https://${ACME}/lightning/r/Case/500Hs00000AbCdEIA1/view?ws=%2Flightning%2Fr%2FAccount%2F001Hs00001aTnW2IAK%2Fview`, record(ACME, 'Case', '500Hs00000AbCdEIA1')],
    [`https://${ACME}/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/view/`, record(ACME, 'Opportunity', '006Hs00001Kq7XzIAJ')],
    // Object names resolve without case, and are reported in their API spelling.
    [`https://${ACME}/lightning/r/opportunity/006Hs00001Kq7XzIAJ/view`, record(ACME, 'Opportunity', '006Hs00001Kq7XzIAJ')],
    // The legacy one.app hash route.
    [`https://${ACME}/one/one.app#/sObject/006Hs00001Kq7XzIAJ/view`, record(ACME, 'Opportunity', '006Hs00001Kq7XzIAJ')],
    [`https://${ACME}/one/one.app#/sObject/00QHs00000mPq3bMAC`, record(ACME, 'Lead', '00QHs00000mPq3bMAC')],
    // Sandbox, Developer Edition and scratch-org hosts.
    ['https://acme--uat.sandbox.lightning.force.com/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/view', record('acme--uat.sandbox.lightning.force.com', 'Opportunity', '006Hs00001Kq7XzIAJ')],
    ['https://acme-dev-ed.develop.lightning.force.com/lightning/r/Lead/00QHs00000mPq3bMAC/view', record('acme-dev-ed.develop.lightning.force.com', 'Lead', '00QHs00000mPq3bMAC')],
    ['https://power-ability-5432.scratch.lightning.force.com/lightning/r/Case/500Hs00000AbCdEIA1/view', record('power-ability-5432.scratch.lightning.force.com', 'Case', '500Hs00000AbCdEIA1')],
    ['https://ACME.Lightning.Force.com/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/view', record(ACME, 'Opportunity', '006Hs00001Kq7XzIAJ')],
  ],
  lists: [
    [`https://${ACME}/lightning/o/Opportunity/list?filterName=Recent`, list(ACME, 'Opportunity', 'Recent')],
    [`https://${ACME}/lightning/o/Opportunity/list?filterName=00BHs00000Bb1cDMAR`, list(ACME, 'Opportunity', '00BHs00000Bb1cDMAR')],
    [`https://${ACME}/lightning/o/Lead/list?filterName=MyUnreadLeads&navigationLocation=LIST_VIEW`, list(ACME, 'Lead', 'MyUnreadLeads')],
    [`https://${ACME}/lightning/o/Case/list`, list(ACME, 'Case', null)],
    ['https://acme--uat.sandbox.lightning.force.com/lightning/o/Account/list?filterName=AllAccounts', list('acme--uat.sandbox.lightning.force.com', 'Account', 'AllAccounts')],
    [`https://${ACME}/one/one.app#/sObject/Contact/list?filterName=Recent`, list(ACME, 'Contact', 'Recent')],
  ],
  others: [
    `https://${ACME}/lightning/page/home`,
    `https://${ACME}/lightning/setup/SetupOneHome/home`,
    `https://${ACME}/lightning/setup/ObjectManager/Opportunity/FieldsAndRelationships/view`,
    `https://${ACME}/lightning/o/Opportunity/home`,
    `https://${ACME}/lightning/o/Opportunity/new?count=1`,
    `https://${ACME}/lightning/o/Opportunity/pipelineInspection?filterName=Default`,
    // Related lists show child rows, not the record's fields.
    `https://${ACME}/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/related/OpportunityLineItems/view`,
    `https://${ACME}/lightning/r/Account/001Hs00001aTnW2IAK/related/Contacts/view`,
    // Objects FieldGuard has no packs for.
    `https://${ACME}/lightning/r/Report/00OHs000004abcdMAA/view`,
    `https://${ACME}/lightning/r/Dashboard/01ZHs000000abcdMAA/view`,
    `https://${ACME}/lightning/r/Invoice__c/a0BHs00000Qw3eRMAR/view`,
    `https://${ACME}/lightning/o/Invoice__c/list?filterName=Recent`,
    `https://${ACME}/lightning/n/Sales_Targets`,
    `https://${ACME}/lightning/cmp/c__forecastBoard`,
    `https://${ACME}/one/one.app`,
    `https://${ACME}/one/one.app#/sObject/Opportunity/home`,
    // Not an id: no digit, or the wrong length.
    `https://${ACME}/lightning/r/AccountContactRole/view`,
    `https://${ACME}/lightning/r/Opportunity/006Hs00001Kq7/view`,
    // The API host, Setup's own domain, Visualforce and plain http are not Lightning pages.
    'https://acme.my.salesforce.com/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/view',
    'https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home',
    'https://acme--c.vf.force.com/apex/OpportunityPage?id=006Hs00001Kq7XzIAJ',
    `http://${ACME}/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/view`,
    'https://lightning.force.com/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/view',
    'https://acme.lightning.force.com.evil.example/lightning/r/Opportunity/006Hs00001Kq7XzIAJ/view',
  ],
};
