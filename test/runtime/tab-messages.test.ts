import { describe, expect, it } from 'vitest';
import { MESSAGE_TAG, type TabEnvelope } from '../../lib/messaging';
import { focusRequestOf } from '../../lib/runtime/tab-messages';

const envelope = (data: unknown, extra: Record<string, unknown> = {}) => ({ tag: MESSAGE_TAG, name: 'focus-finding', data, ...extra });

describe('focusRequestOf', () => {
  it('accepts a well-formed focus-finding envelope', () => {
    const message: TabEnvelope<'focus-finding'> = { tag: MESSAGE_TAG, name: 'focus-finding', data: { key: 'salesforce-opportunity-forecast-hygiene/next-step-missing' } };
    expect(focusRequestOf(message)).toEqual({ key: 'salesforce-opportunity-forecast-hygiene/next-step-missing' });
  });

  it('refuses anything else: other tags and names, extra or missing data, keys that are not pack/rule', () => {
    for (const message of [
      null,
      'focus-finding',
      { ...envelope({ key: 'a/b' }), tag: 'other/v1' },
      { ...envelope({ key: 'a/b' }), name: 'get-packs' },
      envelope(null),
      envelope({}),
      envelope({ key: 'a/b', extra: 1 }),
      envelope({ key: 7 }),
      envelope({ key: 'no-slash' }),
      envelope({ key: 'a/b/c' }),
      envelope({ key: '<b>x</b>/y' }),
      envelope({ key: `${'a'.repeat(81)}/b` }),
    ]) {
      expect(focusRequestOf(message)).toBeNull();
    }
  });
});
