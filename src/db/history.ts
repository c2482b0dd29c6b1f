/**
 * The schema history table, exactly as Flyway lays it out on PostgreSQL, so that Flyway and
 * migration-guard can take turns on the same database:
 *
 *   installed_rank INT NOT NULL (PRIMARY KEY, constraint "<table>_pk"), version VARCHAR(50),
 *   description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL,
 *   checksum INTEGER, installed_by VARCHAR(100) NOT NULL,
 *   installed_on TIMESTAMP NOT NULL DEFAULT now(), execution_time INTEGER NOT NULL,
 *   success BOOLEAN NOT NULL; index "<table>_s_idx" on (success).
 *
 * Rows: a SQL migration is type 'SQL' with its version as written ("_" read as "."), its
 * description, the script path relative to the migrations location and the Flyway checksum;
 * repeatables have no version. A baseline is type 'BASELINE', description and script
 * '<< Flyway Baseline >>', no checksum. installed_rank is the highest rank + 1 (1 for the first
 * row), installed_by is session_user (the login role, whatever SET ROLE a migration ran), execution_time
 * is in milliseconds.
 *
 * The runner serialises on a session-level advisory lock with Flyway's own key (0x466C79776179
 * — "Flyway" — plus the Java hashCode of the quoted table name), so a Flyway run and a
 * migration-guard run exclude each other too.
 */
import type { Db } from './engine.js';

export const BASELINE_DESCRIPTION = '<< Flyway Baseline >>';
export const SCHEMA_CREATION_DESCRIPTION = '<< Flyway Schema Creation >>';

export type HistoryType = 'SQL' | 'BASELINE' | 'SCHEMA' | 'DELETE' | (string & {});

export interface HistoryRow {
  installedRank: number;
  version: string | null;
  description: string;
  type: HistoryType;
  script: string;
  checksum: number | null;
  installedBy: string;
  installedOn: Date;
  executionTime: number;
  success: boolean;
}

export interface NewHistoryRow {
  version: string | null;
  description: string;
  type: HistoryType;
  script: string;
  checksum: number | null;
  executionTime: number;
  success: boolean;
}

/** Flyway's abbreviations so long values fit their columns. */
export function abbreviateDescription(d: string): string {
  return d.length <= 200 ? d : `${d.slice(0, 197)}...`;
}
export function abbreviateScript(s: string): string {
  return s.length <= 1000 ? s : `...${s.slice(3, 1000)}`;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Java's String.hashCode (UTF-16 code units, 32-bit overflow). */
function javaHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

const FLYWAY_LOCK_MAGIC = 0x466c79776179n; // "Flyway"

export class SchemaHistory {
  /** `"schema"."table"`, as Flyway prints (and hashes) it. */
  readonly qualified: string;
  constructor(
    private readonly db: Db,
    readonly schema: string,
    readonly table: string,
  ) {
    this.qualified = `${quoteIdent(schema)}.${quoteIdent(table)}`;
  }

  /** The advisory lock key Flyway uses for this table. */
  get lockKey(): string {
    return (FLYWAY_LOCK_MAGIC + BigInt(javaHashCode(this.qualified))).toString();
  }

  async exists(): Promise<boolean> {
    const r = await this.db.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')) AS found`,
      [this.schema, this.table],
    );
    return r.rows[0]?.found === true;
  }

  async schemaExists(): Promise<boolean> {
    const r = await this.db.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1) AS found', [this.schema]);
    return r.rows[0]?.found === true;
  }

  /**
   * Creates the table (and the schema, with Flyway's schema-creation marker row, when it does not
   * exist), optionally with a baseline row, in one transaction.
   */
  async create(baselineVersion?: string): Promise<void> {
    const t = this.qualified;
    await this.db.exec('BEGIN');
    try {
      const createSchema = !(await this.schemaExists());
      if (createSchema) await this.db.exec(`CREATE SCHEMA ${quoteIdent(this.schema)}`);
      await this.db.exec(`CREATE TABLE ${t} (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
)`);
      await this.db.exec(`ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(`${this.table}_pk`)} PRIMARY KEY ("installed_rank")`);
      await this.db.exec(`CREATE INDEX ${quoteIdent(`${this.table}_s_idx`)} ON ${t} ("success")`);
      if (createSchema) {
        await this.insertWithRank(0, {
          version: null,
          description: SCHEMA_CREATION_DESCRIPTION,
          type: 'SCHEMA',
          script: quoteIdent(this.schema),
          checksum: null,
          executionTime: 0,
          success: true,
        });
      }
      if (baselineVersion !== undefined) await this.insert(baselineRow(baselineVersion));
      await this.db.exec('COMMIT');
    } catch (e) {
      await this.db.exec('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  /** Every row, by installed_rank. */
  async rows(): Promise<HistoryRow[]> {
    const r = await this.db.query<Record<string, unknown>>(
      `SELECT installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success
         FROM ${this.qualified} ORDER BY installed_rank`,
    );
    return r.rows.map((x) => ({
      installedRank: Number(x['installed_rank']),
      version: x['version'] === null ? null : String(x['version']),
      description: String(x['description']),
      type: String(x['type']),
      script: String(x['script']),
      checksum: x['checksum'] === null ? null : Number(x['checksum']),
      installedBy: String(x['installed_by']),
      installedOn: x['installed_on'] instanceof Date ? x['installed_on'] : new Date(String(x['installed_on'])),
      executionTime: Number(x['execution_time']),
      success: x['success'] === true,
    }));
  }

  /** Adds a row with the next installed_rank; installed_by is session_user. Returns the rank. */
  async insert(row: NewHistoryRow): Promise<number> {
    const r = await this.db.query<{ rank: number }>(
      `INSERT INTO ${this.qualified}
         (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
       SELECT coalesce(max(installed_rank), 0) + 1, $1, $2, $3, $4, $5, left(session_user, 100), $6, $7 FROM ${this.qualified}
       RETURNING installed_rank AS rank`,
      rowParams(row),
    );
    return Number(r.rows[0]!.rank);
  }

  /** Marks a row (written as failed before a migration that can stop half-way) as a success. */
  async succeed(rank: number, executionTime: number): Promise<void> {
    await this.db.query(`UPDATE ${this.qualified} SET success = true, execution_time = $2 WHERE installed_rank = $1`, [rank, executionTime]);
  }

  /** Sets a row's success flag (a rollback that can stop half-way marks its version failed first). */
  async setSuccess(rank: number, success: boolean): Promise<void> {
    await this.db.query(`UPDATE ${this.qualified} SET success = $2 WHERE installed_rank = $1`, [rank, success]);
  }

  async setExecutionTime(rank: number, executionTime: number): Promise<void> {
    await this.db.query(`UPDATE ${this.qualified} SET execution_time = $2 WHERE installed_rank = $1`, [rank, executionTime]);
  }

  /** The highest installed_rank, 0 for an empty table. */
  async maxRank(): Promise<number> {
    const r = await this.db.query<{ rank: number }>(`SELECT coalesce(max(installed_rank), 0) AS rank FROM ${this.qualified}`);
    return Number(r.rows[0]!.rank);
  }

  private async insertWithRank(rank: number, row: NewHistoryRow): Promise<void> {
    await this.db.query(
      `INSERT INTO ${this.qualified}
         (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
       VALUES ($8, $1, $2, $3, $4, $5, left(session_user, 100), $6, $7)`,
      [...rowParams(row), rank],
    );
  }

  async deleteRanks(ranks: number[]): Promise<void> {
    if (ranks.length === 0) return;
    await this.db.query(`DELETE FROM ${this.qualified} WHERE installed_rank = ANY($1::int[])`, [ranks]);
  }

  /** Session advisory lock; returns false when another session holds it. */
  async tryLock(): Promise<boolean> {
    const r = await this.db.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [this.lockKey]);
    return r.rows[0]?.ok === true;
  }

  async unlock(): Promise<void> {
    await this.db.query('SELECT pg_advisory_unlock($1::bigint)', [this.lockKey]);
  }

  /** The backend holding the lock, for a "waiting for …" message. */
  async lockHolder(): Promise<number | undefined> {
    const key = BigInt(this.lockKey);
    const r = await this.db.query<{ pid: number }>(
      `SELECT pid FROM pg_catalog.pg_locks
        WHERE locktype = 'advisory' AND granted AND classid = $1 AND objid = $2 AND objsubid = 1
          AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
          AND pid <> pg_catalog.pg_backend_pid()
        LIMIT 1`,
      [Number(key >> 32n), Number(key & 0xffffffffn)],
    );
    return r.rows[0]?.pid;
  }
}

function rowParams(row: NewHistoryRow): unknown[] {
  return [
    row.version,
    abbreviateDescription(row.description),
    row.type,
    abbreviateScript(row.script),
    row.checksum,
    row.executionTime,
    row.success,
  ];
}

export function baselineRow(version: string): NewHistoryRow {
  return {
    version: version.replace(/_/g, '.'),
    description: BASELINE_DESCRIPTION,
    type: 'BASELINE',
    script: BASELINE_DESCRIPTION,
    checksum: null,
    executionTime: 0,
    success: true,
  };
}
