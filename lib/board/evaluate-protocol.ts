/** Messages between the board page and its evaluation worker (`evaluate.worker.ts`). */
import type { NormalizedRecord } from '../records/model';
import type { RulePack } from '../rules/schema';
import type { BoardRow } from './types';

export type WorkerRequest =
  | { readonly type: 'packs'; readonly packs: readonly RulePack[] }
  | {
      readonly type: 'evaluate';
      readonly id: number;
      readonly now: number;
      readonly records: readonly NormalizedRecord[];
      readonly ownerNames: readonly (readonly [string, string])[];
    };

export type WorkerAnswer =
  | { readonly type: 'rows'; readonly id: number; readonly rows: BoardRow[] }
  | { readonly type: 'failed'; readonly id: number; readonly error: string };
