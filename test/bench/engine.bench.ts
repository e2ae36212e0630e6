/**
 * `npm run bench`: one Salesforce Opportunity pack over 10,000 generated Opportunities, evaluated by FieldGuard's
 * compiled engine, json-logic-js and json-rules-engine. All three must fail exactly the same record-rule pairs
 * (proof they did the same work) before their speeds are compared.
 */
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import type { Contender } from './contender';
import { fieldGuardContender } from './fieldguard-contender';
import { generateOpportunities } from './generate-opportunities';
import { jsonLogicContender } from './json-logic-js-contender';
import { jsonRulesEngineContender } from './json-rules-engine-contender';
import { heapUsedMb, timeRounds, type Timing } from './measure';

const PACK_ID = 'salesforce-opportunity-forecast-hygiene';
const RECORDS = 10_000;
const SEED = 20_250_115;
const NOW = Date.UTC(2025, 0, 15, 12);
const GOALS = { 'json-rules-engine': 10, 'json-logic-js': 3 } as const;
/** json-rules-engine is two orders of magnitude slower; fewer rounds keep the whole run well under two minutes. */
const ROUNDS: Record<string, { warmups: number; rounds: number }> = {
  FieldGuard: { warmups: 3, rounds: 9 },
  'json-logic-js': { warmups: 2, rounds: 7 },
  'json-rules-engine': { warmups: 1, rounds: 3 },
};

const pack = BUILTIN_PACKS.find((candidate) => candidate.id === PACK_ID);
if (!pack) throw new Error(`built-in pack ${PACK_ID} not found`);

const heap: [string, string][] = [['start', mb(heapUsedMb().mb)]];
const records = generateOpportunities(RECORDS, SEED, NOW);
heap.push(['records generated', mb(heapUsedMb().mb)]);

const contenders: Contender[] = [fieldGuardContender(pack, NOW), jsonLogicContender(pack, NOW), jsonRulesEngineContender(pack, NOW)];

// Untimed: every engine must fail the same (record, rule) pairs, not merely as many.
const failedPairs = new Map<string, Set<string>>();
for (const contender of contenders) {
  const pairs = new Set<string>();
  const count = await contender.run(records, (index, rule) => pairs.add(`${index} ${rule}`));
  if (count !== pairs.size) throw new Error(`${contender.name} counted ${count} failures but reported ${pairs.size} pairs`);
  failedPairs.set(contender.name, pairs);
}
const [reference, ...others] = contenders;
const expected = failedPairs.get(reference?.name ?? '') ?? new Set<string>();
for (const other of others) {
  const pairs = failedPairs.get(other.name) ?? new Set<string>();
  const onlyReference = [...expected].filter((pair) => !pairs.has(pair));
  const onlyOther = [...pairs].filter((pair) => !expected.has(pair));
  if (onlyReference.length > 0 || onlyOther.length > 0) {
    console.error(`${reference?.name}: ${expected.size} failing pairs, ${other.name}: ${pairs.size}`);
    console.error(`only ${reference?.name} (record rule): ${onlyReference.slice(0, 5).join('; ')}`);
    console.error(`only ${other.name} (record rule): ${onlyOther.slice(0, 5).join('; ')}`);
    throw new Error('the engines disagree, so they did not do the same work; the comparison would be meaningless');
  }
}
const ruleCounts = pack.rules.map((rule) => `${rule.id} ${[...expected].filter((pair) => pair.endsWith(` ${rule.id}`)).length}`);

const timings = new Map<string, Timing>();
for (const contender of contenders) {
  const { warmups, rounds } = ROUNDS[contender.name] ?? { warmups: 1, rounds: 3 };
  const timing = await timeRounds(() => contender.run(records), warmups, rounds);
  if (timing.failures !== expected.size) throw new Error(`${contender.name} found ${timing.failures} failures in a timed round, expected ${expected.size}`);
  timings.set(contender.name, timing);
  heap.push([`after ${contender.name}`, mb(heapUsedMb().mb)]);
}

const evaluations = RECORDS * pack.rules.length;
const perSecond = (name: string) => evaluations / ((timings.get(name)?.medianMs ?? NaN) / 1000);
const fieldGuard = perSecond('FieldGuard');

const lines = [
  `FieldGuard engine benchmark (node ${process.version}, ${new Date().toISOString().slice(0, 10)})`,
  `pack ${pack.id}: ${pack.rules.length} rules x ${RECORDS.toLocaleString('en-US')} generated Opportunities (seed ${SEED}) = ${evaluations.toLocaleString('en-US')} record-rule evaluations per round`,
  `failing record-rule pairs: ${expected.size.toLocaleString('en-US')}, identical in all three engines`,
  `  by rule: ${ruleCounts.join(', ')}`,
  '',
  `${'engine'.padEnd(18)} ${'median/round'.padStart(13)} ${'evaluations/s'.padStart(14)} ${'rounds'.padStart(7)}`,
  ...contenders.map((contender) => {
    const timing = timings.get(contender.name);
    return `${contender.name.padEnd(18)} ${`${timing?.medianMs.toFixed(1)} ms`.padStart(13)} ${Math.round(perSecond(contender.name)).toLocaleString('en-US').padStart(14)} ${String(timing?.rounds).padStart(7)}`;
  }),
  '',
  ...Object.entries(GOALS).map(([name, goal]) => {
    const ratio = fieldGuard / perSecond(name);
    return `FieldGuard / ${name.padEnd(18)} ${`${ratio.toFixed(1)}x`.padStart(7)}   goal >= ${goal}x   ${ratio >= goal ? 'PASS' : 'MISS'}`;
  }),
  '',
  `heap used${heapUsedMb().afterGc ? ' (after full GC)' : ''}: ${heap.map(([phase, size]) => `${phase} ${size}`).join(', ')}`,
];
console.log(lines.join('\n'));

function mb(value: number): string {
  return `${value.toFixed(1)} MB`;
}
