/**
 * ${flyway:user} and ${flyway:database} are the connection's (Flyway's PostgreSQLDatabase reads
 * SELECT current_user and the connection's catalog, i.e. current_database()): what runs, and a
 * repeatable's checksum taken after replacement, follow the database migrated, not a fixed name.
 * On the server only: embedded PGlite's user and database are both "postgres", the names lint
 * assumes without a connection, so it could not tell the two apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigrate } from '../../src/commands/db.js';
import { connect, type Db, type Scratch } from '../../src/db/engine.js';
import { SchemaHistory } from '../../src/db/history.js';
import { flywayChecksum } from '../../src/model/checksum.js';
import { engines } from '../helpers/db.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';

const VIEW = "CREATE OR REPLACE VIEW who_migrated AS SELECT '${flyway:user}'::text AS u, '${flyway:database}'::text AS d;\n";

describe('${flyway:user} and ${flyway:database} come from the connection [postgres]', () => {
  let s: Scratch;
  let db: Db;
  let url: string;
  beforeAll(async () => {
    s = await engines.find((e) => e.name === 'postgres')!.scratch();
    url = await urlOf(s.db);
    db = await connect(url);
  });
  afterAll(async () => {
    await db.close();
    await s.dispose();
  });

  it('the view holds the connection user and database, and the history the checksum of that text', async () => {
    const dir = tmpProject({ 'migrations/R__who_migrated.sql': VIEW });
    const result = await runMigrate({ cwd: dir, paths: [], databaseUrl: url, env: {} });
    expect(result.ok).toBe(true);
    const who = (await db.query<{ u: string; d: string; cu: string; cd: string }>('SELECT u, d, current_user AS cu, current_database() AS cd FROM who_migrated')).rows[0]!;
    expect([who.u, who.d]).toEqual([who.cu, who.cd]);
    expect(who.d).toMatch(/^mg_/); // the scratch database, not "postgres"
    const rows = await new SchemaHistory(db, 'public', 'flyway_schema_history').rows();
    const replaced = VIEW.replace('${flyway:user}', who.cu).replace('${flyway:database}', who.cd);
    expect(rows.map((r) => r.checksum)).toEqual([flywayChecksum(replaced)]);
    // Run again: the repeatable's checksum comes out the same, so nothing is re-applied.
    expect((await runMigrate({ cwd: dir, paths: [], databaseUrl: url, env: {} })).applied).toEqual([]);
  });
});
