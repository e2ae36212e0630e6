import type { BoardRow, OwnerSummary } from '../../lib/board/types';

/** Identifies an owner across the summary and the rows: the id when the app gave one, else the name. */
export function ownerKey(owner: Pick<BoardRow | OwnerSummary, 'ownerId' | 'ownerName'>): string {
  return owner.ownerId ?? `name:${owner.ownerName}`;
}
