import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { RulePack } from '../../lib/rules/schema';
import { referenceOperators, type Contender } from './contender';

/**
 * The forecast-hygiene pack in json-rules-engine's format. json-rules-engine fires an event when its conditions
 * hold, so each rule here states the failure: "when" holds and "check" does not. FieldGuard's custom operators
 * become custom json-rules-engine operators with the same semantics.
 */
type Condition = TopLevelCondition | { fact: string; operator: string; value: unknown };

const fact = (name: string, operator: string, value: unknown): Condition => ({ fact: name, operator, value });
const not = (condition: Condition): Condition => ({ not: condition }) as Condition;
const all = (...conditions: Condition[]): TopLevelCondition => ({ all: conditions }) as TopLevelCondition;
const any = (...conditions: Condition[]): TopLevelCondition => ({ any: conditions }) as TopLevelCondition;
const present = (name: string) => not(fact(name, 'isEmpty', true));

/** The pack's "open" test: by IsClosed when the query selected it, else by the stage coming before Closed Won. */
const OPEN = any(all(fact('IsClosed', 'equal', null), fact('StageName', 'stageBefore', 'Closed Won')), fact('IsClosed', 'equal', false));

const FAILURES: Record<string, TopLevelCondition> = {
  'close-date-in-past': all({ condition: 'open' }, present('CloseDate'), not(fact('CloseDate', 'daysUntilAtLeast', 0))),
  'next-step-missing': all({ condition: 'open' }, fact('NextStep', 'isEmpty', true)),
  'committed-without-amount': all(fact('ForecastCategoryName', 'in', ['Commit', 'Best Case']), not(fact('Amount', 'greaterThan', 0))),
  'probability-off-stage': all(
    present('Probability'),
    fact('StageName', 'hasStageProbability', true),
    not(fact('Probability', 'withinTwentyOfStageDefault', { fact: 'StageName' })),
  ),
  'activity-stale': all(
    { condition: 'open' },
    fact('StageName', 'stageAfter', 'Qualification'),
    not(all(present('LastActivityDate'), fact('LastActivityDate', 'daysSinceAtMost', 30))),
  ),
  'close-date-pushed': all({ condition: 'open' }, present('PushCount'), not(fact('PushCount', 'lessThan', 3))),
};

export function jsonRulesEngineContender(pack: RulePack, now: number): Contender {
  const ids = pack.rules.map((rule) => rule.id);
  const translated = Object.keys(FAILURES);
  if (ids.join() !== translated.join()) {
    throw new Error(`the json-rules-engine translation covers ${translated.join(', ')} but the pack has ${ids.join(', ')}; update ${import.meta.url}`);
  }

  const ops = referenceOperators(pack.stages?.values ?? [], now);
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  engine.addOperator('isEmpty', (value: unknown, expected: boolean) => ops.isEmpty(value) === expected);
  engine.addOperator('stageBefore', (stage: unknown, other: unknown) => ops.stageBefore(stage, other));
  engine.addOperator('stageAfter', (stage: unknown, other: unknown) => ops.stageAfter(stage, other));
  engine.addOperator('hasStageProbability', (stage: unknown, expected: boolean) => (ops.stageProbability(stage) !== null) === expected);
  engine.addOperator('daysUntilAtLeast', (value: unknown, days: number) => (ops.daysUntil(value) as number) >= days);
  engine.addOperator('daysSinceAtMost', (value: unknown, days: number) => (ops.daysSince(value) as number) <= days);
  engine.addOperator('withinTwentyOfStageDefault', (probability: unknown, stage: unknown) => {
    const difference = ops.abs((probability as number) - (ops.stageProbability(stage) as number));
    return (difference as number) <= 20;
  });
  engine.setCondition('open', OPEN);
  for (const id of ids) engine.addRule({ name: id, conditions: FAILURES[id], event: { type: id } } as RuleProperties);

  return {
    name: 'json-rules-engine',
    async run(records, onFailure) {
      let failures = 0;
      for (let index = 0; index < records.length; index++) {
        const { events } = await engine.run((records[index] as (typeof records)[number]).fields);
        failures += events.length;
        if (onFailure) for (const event of events) onFailure(index, event.type);
      }
      return failures;
    },
  };
}
