/** What a pack's stages tell the condition compiler; zod-free so the content scripts' engine does not bundle zod. */
import type { CompileContext } from './logic/types';
import type { RulePack } from './schema';

export function compileContextOf(pack: RulePack): CompileContext {
  if (!pack.stages) return {};
  const stageProbability = new Map<string, number>();
  for (const stage of pack.stages.values) {
    if (stage.probability !== undefined) stageProbability.set(stage.value, stage.probability);
  }
  return { stageOrder: pack.stages.values.map((stage) => stage.value), stageProbability };
}
