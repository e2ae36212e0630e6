import { describe, expect, it } from 'vitest';
import { apiHostFor, detectSalesforcePage, objectFromId } from '../../../lib/sites/salesforce/urls';
import { SALESFORCE_URLS } from './url-samples';

describe('detectSalesforcePage', () => {
  it.each(SALESFORCE_URLS.records)('reads the record page %s', (url, expected) => {
    expect(detectSalesforcePage(new URL(url))).toEqual(expected);
  });

  it.each(SALESFORCE_URLS.lists)('reads the list view %s', (url, expected) => {
    expect(detectSalesforcePage(new URL(url))).toEqual(expected);
  });

  it.each(SALESFORCE_URLS.others.map((url) => [url]))('leaves %s alone', (url) => {
    expect(detectSalesforcePage(new URL(url))).toBeNull();
  });
});

describe('objectFromId', () => {
  it.each([
    ['006Hs00001Kq7XzIAJ', 'Opportunity'],
    ['00QHs00000mPq3bMAC', 'Lead'],
    ['001Hs00001aTnW2IAK', 'Account'],
    ['003Hs00000xYz12IAC', 'Contact'],
    ['500Hs00000AbCdEIA1', 'Case'],
    ['005Hs00000F3kQ1IAJ', null],
    ['a0BHs00000Qw3eRMAR', null],
  ])('%s is a %s', (id, object) => {
    expect(objectFromId(id)).toBe(object);
  });
});

describe('apiHostFor', () => {
  it.each([
    ['acme.lightning.force.com', 'acme.my.salesforce.com'],
    ['ACME.Lightning.Force.com', 'acme.my.salesforce.com'],
    ['acme--uat.sandbox.lightning.force.com', 'acme--uat.sandbox.my.salesforce.com'],
    ['acme-dev-ed.develop.lightning.force.com', 'acme-dev-ed.develop.my.salesforce.com'],
    ['power-ability-5432.scratch.lightning.force.com', 'power-ability-5432.scratch.my.salesforce.com'],
  ])('maps %s to %s', (host, apiHost) => {
    expect(apiHostFor(host)).toBe(apiHost);
  });

  it.each(['acme.my.salesforce.com', 'acme--c.vf.force.com', 'lightning.force.com', 'example.com'])('has no API host for %s', (host) => {
    expect(apiHostFor(host)).toBeNull();
  });
});
