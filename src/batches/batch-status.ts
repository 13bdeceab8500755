/**
 * Batch statuses. A batch starts REGISTERED; the export feature moves it to SHIPPED and
 * DELIVERED as its cargo moves. Only BatchesService.changeStatus writes the column, and only
 * along the transitions listed here. The status is derived from the shipments' journeys, so it
 * moves back one step when a journey does: a correction takes back a loading or a delivery, or
 * delivered goods go back to the shipper (RETURNED).
 */
export const BATCH_STATUSES = ['REGISTERED', 'SHIPPED', 'DELIVERED'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

const TRANSITIONS: Record<BatchStatus, BatchStatus[]> = {
  REGISTERED: ['SHIPPED'],
  SHIPPED: ['DELIVERED', 'REGISTERED'],
  DELIVERED: ['SHIPPED'],
};

export function canTransition(from: BatchStatus, to: BatchStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
