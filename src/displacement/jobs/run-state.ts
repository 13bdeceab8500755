import type { DataSource, EntityManager } from 'typeorm';
import { RUN_STATUS } from '../displacement-run.entity';

/** FAILED with the error, unless the run already finished (a late failure never overwrites a result). */
export async function markRunFailed(db: DataSource | EntityManager, runId: string, error: string): Promise<void> {
  await db.query(
    `UPDATE displacement_runs SET status = '${RUN_STATUS.FAILED}', error = $2, completed_at = now() WHERE id = $1 AND status IN ('${RUN_STATUS.QUEUED}', '${RUN_STATUS.RUNNING}')`,
    [runId, error.slice(0, 2000)],
  );
}
