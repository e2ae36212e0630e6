import { describe, expect, it, vi } from 'vitest';
import type { FindingView, MarkerView } from '../../lib/runtime/overlay/types';
import { AppFieldMessages, fieldMessagesOf, usesAppFieldMessages } from '../../lib/runtime/field-messages';
import type { PageCommand } from '../../lib/runtime/page-values';

const view = (rule: string, severity: FindingView['severity'], acknowledged = false): FindingView => ({
  key: `p/${rule}`,
  pack: 'p',
  rule,
  title: `${rule} <title>`,
  message: `${rule} message`,
  severity,
  fields: ['priority'],
  anchorField: 'priority',
  fieldLabel: 'Priority',
  acknowledgeable: severity === 'warning',
  acknowledged: acknowledged ? { reason: 'later', expiresAt: 1 } : null,
});

const marker = (field: string, findings: FindingView[]): MarkerView => ({ field, label: field, severity: findings[0]?.severity ?? 'info', findings });

describe("the app's own field messages", () => {
  it('are used on ServiceNow classic forms only', () => {
    const page = { kind: 'record', app: 'servicenow', object: 'incident', recordId: 'a' } as const;
    expect(usesAppFieldMessages({ ...page, context: { ui: 'classic' } })).toBe(true);
    expect(usesAppFieldMessages({ ...page, context: { ui: 'workspace' } })).toBe(false);
    expect(usesAppFieldMessages({ ...page, app: 'jira', context: { ui: 'classic' } })).toBe(false);
  });

  it("say the titles of a field's open findings as plain text, an error when one of them is", () => {
    const messages = fieldMessagesOf([
      marker('priority', [view('mismatch', 'warning'), view('missing', 'error')]),
      marker('impact', [view('vague', 'info'), view('acked', 'warning', true)]),
      marker('urgency', [view('acked', 'warning', true)]),
      marker('Bad"Name', [view('x', 'error')]),
    ]);
    expect(Object.fromEntries(messages)).toEqual({
      priority: { text: 'mismatch ‹title›; missing ‹title›', type: 'error' },
      impact: { text: 'vague ‹title›', type: 'info' },
    });
  });

  it('show each message once, replace a changed one, and clear only their own', async () => {
    const commands: PageCommand[] = [];
    const messages = new AppFieldMessages(async (command) => {
      commands.push(command);
      return true;
    });
    messages.update(new Map([['priority', { text: 'Mismatch', type: 'info' }], ['impact', { text: 'Vague', type: 'info' }]]));
    messages.update(new Map([['priority', { text: 'Mismatch', type: 'info' }], ['impact', { text: 'Vague', type: 'error' }]]));
    messages.update(new Map([['impact', { text: 'Vague', type: 'error' }]]));
    messages.clear();
    messages.clear();
    await vi.waitFor(() => expect(commands).toHaveLength(6));
    expect(commands).toEqual([
      { command: 'show-field-message', field: 'priority', text: 'Mismatch', type: 'info' },
      { command: 'show-field-message', field: 'impact', text: 'Vague', type: 'info' },
      { command: 'hide-field-message', field: 'impact' },
      { command: 'show-field-message', field: 'impact', text: 'Vague', type: 'error' },
      { command: 'hide-field-message', field: 'priority' },
      { command: 'hide-field-message', field: 'impact' },
    ]);
  });

  it('log a page call that fails and go on with the next', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const run = vi.fn(async (command: PageCommand) => {
      if (command.field === 'priority') throw new Error('extension context invalidated');
      return true;
    });
    const messages = new AppFieldMessages(run);
    messages.update(new Map([['priority', { text: 'Mismatch', type: 'info' }], ['impact', { text: 'Vague', type: 'info' }]]));
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(errors).toHaveBeenCalledWith('[FieldGuard]', expect.stringContaining('priority'), expect.any(Error)));
  });
});
