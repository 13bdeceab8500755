/**
 * Batch statuses. A batch starts REGISTERED; the export feature moves it to SHIPPED and
 * DELIVERED as its cargo moves. Only BatchesService.changeStatus writes the column, and only
 * along the transitions listed here.
 */
export const BATCH_STATUSES = ['REGISTERED', 'SHIPPED', 'DELIVERED'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

const TRANSITIONS: Record<BatchStatus, BatchStatus[]> = {
  REGISTERED: ['SHIPPED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: [],
};

export function canTransition(from: BatchStatus, to: BatchStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
