/** Score weights, apart from the zod schemas so the content scripts' engine does not bundle zod. */
import type { Severity } from './schema';

/** Points a failed rule takes off the 100-point score when it sets no weight of its own. */
export const DEFAULT_WEIGHT: Record<Severity, number> = { error: 10, warning: 4, info: 1 };
