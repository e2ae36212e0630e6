import { compilePack, evaluateRecord } from '../../lib/rules/engine';
import type { RulePack } from '../../lib/rules/schema';
import type { Contender } from './contender';

/** FieldGuard as the extension and the CLI use it: compile once, then `evaluateRecord` per record. */
export function fieldGuardContender(pack: RulePack, now: number): Contender {
  const packs = [compilePack(pack)];
  const options = { now, timeZone: 'UTC' };
  return {
    name: 'FieldGuard',
    run(records, onFailure) {
      let failures = 0;
      for (let index = 0; index < records.length; index++) {
        const evaluation = evaluateRecord(records[index] as (typeof records)[number], packs, options);
        if (evaluation.errors.length > 0) throw new Error(`FieldGuard could not evaluate ${evaluation.id}: ${evaluation.errors[0]?.message}`);
        failures += evaluation.findings.length;
        if (onFailure) for (const finding of evaluation.findings) onFailure(index, finding.rule);
      }
      return failures;
    },
  };
}
