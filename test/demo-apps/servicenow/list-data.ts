/**
 * Generated incidents for the board's list tests and bench, as database values (references as sys_ids), the
 * same shape as the demo store's records so the Table API renders them alike. Deterministic for a seed and a day; a
 * share of them break the incident-hygiene rules (no assignment group, on hold without a reason, resolved without
 * resolution code or notes).
 */
import { dayFrom, demoId, seeded } from '../board/random';
import { PRIORITY_LOOKUP, REFERENCE_NAMES, type DemoRecord } from './data';

export const BOARD_INCIDENTS = 240;
export const INCIDENT_SEED = 20_261_126;

const AGENTS = Object.keys(REFERENCE_NAMES.sys_user ?? {}).slice(0, 6);
const GROUPS = Object.keys(REFERENCE_NAMES.sys_user_group ?? {});
const CALLERS = Object.keys(REFERENCE_NAMES.sys_user ?? {}).slice(6);
const SUBJECTS = ['VPN drops every 10 minutes', 'Printer on floor 3 offline', 'Cannot open payroll report', 'Laptop battery swelling', 'Teams calls have no audio', 'Password reset loop'];

export function boardIncidents(count: number, seed: number, today: string): DemoRecord[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, index) => {
    const state = random.pick(['1', '1', '2', '2', '2', '3', '6']);
    const impact = random.pick(['1', '2', '2', '3', '3']);
    const urgency = random.pick(['1', '2', '3', '3']);
    const opened = `${dayFrom(today, -random.between(0, 40))} 0${random.between(1, 9)}:1${random.between(0, 9)}:00`;
    const resolved = state === '6';
    return {
      table: 'incident',
      values: {
        number: `INC${String(20_000 + index).padStart(7, '0')}`,
        sys_id: demoId('b0a4d', index, 32),
        sys_class_name: 'incident',
        state,
        incident_state: state,
        impact,
        urgency,
        priority: random.chance(0.9) ? (PRIORITY_LOOKUP[`${impact}${urgency}`] ?? '5') : '1',
        category: random.pick(['software', 'hardware', 'network', 'inquiry']),
        assignment_group: random.chance(0.12) ? '' : random.pick(GROUPS),
        assigned_to: random.chance(0.15) ? '' : random.pick(AGENTS),
        caller_id: random.chance(0.03) ? '' : random.pick(CALLERS),
        short_description: random.chance(0.02) ? '' : random.pick(SUBJECTS),
        description: '',
        close_code: resolved && random.chance(0.7) ? 'Solution provided' : '',
        close_notes: resolved && random.chance(0.7) ? 'Replaced the device and confirmed with the caller.' : '',
        hold_reason: state === '3' && random.chance(0.6) ? '1' : '',
        opened_at: opened,
        resolved_at: resolved ? opened : '',
        sys_updated_on: opened,
        active: resolved ? 'false' : 'true',
        contact_type: random.pick(['email', 'phone', 'self-service']),
      },
    };
  });
}
