import { Pool } from 'pg';
import type { Logger } from 'pino';

/**
 * Deletes the audit entries of `schema` older than `days` (0 keeps everything), as the schema's owner
 * (`pool`): the application role may not delete audit entries at all. Returns how many went.
 */
export async function purgeAuditLog(pool: Pick<Pool, 'query'>, schema: string, days: number): Promise<number> {
  if (!(days > 0)) return 0;
  const { rowCount } = await pool.query(`delete from "${schema}"."audit_log" where "at" < now() - make_interval(days => $1::int)`, [days]);
  return rowCount ?? 0;
}

export interface AuditRetention {
  /** Purges now (after a purge in progress, if any). */
  runNow(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Keeps `schema`'s audit log to `AUDIT_RETENTION_DAYS`: a purge at start, then every `intervalMs`,
 * on a connection of the schema's owner (`ownerUrl`, DATABASE_URL). With `days` 0 nothing is ever
 * deleted and nothing is started.
 */
export function startAuditRetention(options: { ownerUrl: string; schema: string; days: number; intervalMs: number; logger: Logger }): AuditRetention | null {
  if (!(options.days > 0) || !(options.intervalMs > 0)) return null;
  const logger = options.logger.child({ job: 'audit-retention' });
  const owner = new Pool({ connectionString: options.ownerUrl, max: 1 });
  owner.on('error', (err) => logger.warn({ err }, 'owner connection error'));
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const purge = (): Promise<number> => {
    const next = chain.then(async () => {
      if (stopped) return 0;
      try {
        const deleted = await purgeAuditLog(owner, options.schema, options.days);
        if (deleted) logger.info({ deleted, days: options.days }, 'audit entries past retention deleted');
        return deleted;
      } catch (err) {
        logger.error({ err }, 'audit retention purge failed; will retry');
        return 0;
      }
    });
    chain = next;
    return next;
  };
  void purge();
  const timer = setInterval(() => void purge(), options.intervalMs);
  timer.unref();
  return {
    runNow: purge,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await chain;
      await owner.end();
    },
  };
}
