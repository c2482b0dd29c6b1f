/**
 * Flyway's clean, as `reset` uses it: the schema dropped and created again, keeping its owner,
 * privileges and comment; refused on production and while cleanDisabled is true (Flyway's default).
 */
import { UsageError } from '../errors.js';
import type { Db } from './engine.js';
import { quoteIdent } from './history.js';
import type { RunnerSettings } from './runner-types.js';

const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function assertCleanAllowed(settings: Pick<RunnerSettings, 'cleanDisabled' | 'production' | 'environment'>): void {
  if (settings.production) {
    throw new UsageError(`refusing to reset: environment "${settings.environment}" is production; reset drops every object in the schema`);
  }
  if (settings.cleanDisabled) {
    throw new UsageError('refusing to reset: cleanDisabled is true (the default); set cleanDisabled: false for this environment in migration-guard.yml to allow it');
  }
}

/** Drops and recreates the schema, keeping its owner, privileges and comment. */
export async function cleanSchema(db: Db, schema: string): Promise<void> {
  const q = quoteIdent(schema);
  const info = await db.query<{ owner: string; comment: string | null }>(
    `SELECT nspowner::regrole::text AS owner, obj_description(oid, 'pg_namespace') AS comment FROM pg_catalog.pg_namespace WHERE nspname = $1`,
    [schema],
  );
  if (info.rows.length === 0) return;
  const { owner, comment } = info.rows[0]!;
  const grants = await db.query<{ grantee: string; privilege: string; grantable: boolean }>(
    `SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END AS grantee, a.privilege_type AS privilege, a.is_grantable AS grantable
       FROM pg_catalog.pg_namespace n, aclexplode(n.nspacl) a WHERE n.nspname = $1 AND a.grantee <> n.nspowner`,
    [schema],
  );
  await db.exec('BEGIN');
  try {
    await db.exec(`DROP SCHEMA ${q} CASCADE`);
    await db.exec(`CREATE SCHEMA ${q}`);
    await db.exec(`ALTER SCHEMA ${q} OWNER TO ${owner}`);
    for (const g of grants.rows) {
      await db.exec(`GRANT ${g.privilege} ON SCHEMA ${q} TO ${g.grantee}${g.grantable ? ' WITH GRANT OPTION' : ''}`);
    }
    if (comment !== null) await db.exec(`COMMENT ON SCHEMA ${q} IS ${quoteLiteral(comment)}`);
    await db.exec('COMMIT');
  } catch (e) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
