// Generates a realistic lint corpus for `npm run bench -- lint`: ~4,000 files, ~4 MB, the mix a
// large project accumulates over years — wide CREATE TABLEs, ALTER TABLE of every kind, indexes
// (some CONCURRENTLY), PL/pgSQL functions and triggers, DO blocks, enum changes, data backfills,
// comments, quoted identifiers, a few ~60 KB files (seed data, big backfills) and many empty
// down files. Deterministic: a seeded PRNG, so the same arguments always give the same bytes.
//
//   node bench/corpus.mjs [dir] [migrations]     (default bench/.corpus/migrations, 2000)
//
// Layout: V<n>__<desc>.sql versioned migrations and rollback/V<n>__rollback.sql down files
// (2 files per migration), plus a handful of R__ repeatable views.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['account', 'invoice', 'order', 'customer', 'payment', 'shipment', 'product', 'tenant', 'session', 'audit',
  'ledger', 'coupon', 'review', 'warehouse', 'carrier', 'subscription', 'refund', 'address', 'device', 'webhook'];
const COLTYPES = ['text', 'varchar(255)', 'bigint', 'integer', 'numeric(12,2)', 'boolean', 'timestamptz', 'date', 'jsonb',
  'uuid', 'smallint', 'text[]', 'inet', 'bytea', 'double precision', 'interval'];

export function generateCorpus(dir, n = 2000, seed = 20240611) {
  const rnd = prng(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pad = (i) => String(i).padStart(5, '0');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'rollback'), { recursive: true });

  /** Tables created so far: name, quoted?, columns. */
  const tables = [];
  const enums = [];
  const functions = [];
  const q = (t) => (t.quoted ? `"${t.name}"` : t.name);
  const someTable = () => tables[Math.floor(rnd() * tables.length)];
  const someCol = (t) => t.cols[Math.floor(rnd() * t.cols.length)];
  const header = (i, what) =>
    `-- V${pad(i)}: ${what}\n-- Ticket: PROJ-${int(100, 9999)}. Reviewed by the platform team.\n` +
    (rnd() < 0.5 ? `/* Context: ${pick(WORDS)} ${pick(WORDS)} rework; see the design doc.\n   Safe to run during business hours. */\n` : '');

  function createTable(i) {
    const base = `${pick(WORDS)}_${pick(WORDS)}_${i}`;
    const quoted = rnd() < 0.08;
    const name = quoted ? `${base[0].toUpperCase()}${base.slice(1)}` : base;
    const ncols = int(14, 56);
    const cols = [];
    const lines = ['  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY'];
    for (let c = 0; c < ncols; c++) {
      const col = `${pick(WORDS)}_${c}`;
      cols.push(col);
      const type = pick(COLTYPES);
      const extra = rnd() < 0.3 ? ' NOT NULL' : '';
      const def = type === 'boolean' ? ' DEFAULT false' : type === 'timestamptz' && rnd() < 0.5 ? ' DEFAULT now()' : type === 'jsonb' ? " DEFAULT '{}'::jsonb" : '';
      const cmt = rnd() < 0.1 ? `  -- ${pick(WORDS)} reference\n` : '';
      lines.push(`${cmt}  ${col} ${type}${def}${extra}`);
    }
    if (tables.length && rnd() < 0.5) {
      const ref = someTable();
      lines.push(`  ${ref.name.toLowerCase()}_id bigint REFERENCES ${q(ref)} (id) ON DELETE CASCADE`);
    }
    lines.push('  created_at timestamptz NOT NULL DEFAULT now()', '  updated_at timestamptz');
    if (rnd() < 0.3) lines.push(`  CONSTRAINT ${base}_chk CHECK (created_at <= coalesce(updated_at, created_at))`);
    const t = { name, quoted, cols };
    tables.push(t);
    let up = `CREATE TABLE ${q(t)} (\n${lines.join(',\n')}\n);\n`;
    up += `COMMENT ON TABLE ${q(t)} IS 'Holds ${pick(WORDS)} data for the ${pick(WORDS)} service';\n`;
    if (rnd() < 0.5) up += `CREATE INDEX ${base}_created_idx ON ${q(t)} (created_at);\n`;
    return { up, down: rnd() < 0.6 ? `DROP TABLE ${q(t)};\n` : '' };
  }

  const alterKinds = [
    (t, i) => `ALTER TABLE ${q(t)} ADD COLUMN extra_${i} text;`,
    (t, i) => `ALTER TABLE ${q(t)} ADD COLUMN IF NOT EXISTS score_${i} integer NOT NULL DEFAULT 0;`,
    (t, i) => `ALTER TABLE ${q(t)} ADD COLUMN volatile_${i} timestamptz DEFAULT clock_timestamp();`,
    (t) => `ALTER TABLE ${q(t)} DROP COLUMN IF EXISTS ${someCol(t)};`,
    (t) => `ALTER TABLE ${q(t)} ALTER COLUMN ${someCol(t)} TYPE text;`,
    (t) => `ALTER TABLE ${q(t)} ALTER COLUMN ${someCol(t)} SET NOT NULL;`,
    (t) => `ALTER TABLE ${q(t)} ALTER COLUMN ${someCol(t)} DROP NOT NULL;`,
    (t) => `ALTER TABLE ${q(t)} ALTER COLUMN ${someCol(t)} SET DEFAULT 'n/a';`,
    (t) => `ALTER TABLE ${q(t)} ALTER COLUMN ${someCol(t)} DROP DEFAULT;`,
    (t, i) => `ALTER TABLE ${q(t)} RENAME COLUMN ${someCol(t)} TO renamed_${i};`,
    (t, i) => `ALTER TABLE ${q(t)} ADD CONSTRAINT chk_${i} CHECK (id > 0) NOT VALID;\nALTER TABLE ${q(t)} VALIDATE CONSTRAINT chk_${i};`,
    (t, i) => `ALTER TABLE ${q(t)} ADD CONSTRAINT chk_direct_${i} CHECK (created_at IS NOT NULL);`,
    (t, i) => {
      const r = someTable();
      return `ALTER TABLE ${q(t)} ADD COLUMN ref_${i} bigint;\nALTER TABLE ${q(t)} ADD CONSTRAINT fk_${i} FOREIGN KEY (ref_${i}) REFERENCES ${q(r)} (id) NOT VALID;`;
    },
    (t, i) => `ALTER TABLE ${q(t)} ADD CONSTRAINT uq_${i} UNIQUE (id, created_at);`,
    (t, i) => `ALTER TABLE ${q(t)} DROP CONSTRAINT IF EXISTS chk_${i - 1};`,
    (t) => `ALTER TABLE ${q(t)} SET (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.05);`,
    (t) => `ALTER TABLE ${q(t)} ENABLE ROW LEVEL SECURITY;`,
    (t) => `ALTER TABLE ${q(t)} OWNER TO app_owner;`,
    (t) => `ALTER TABLE ${q(t)} ALTER COLUMN ${someCol(t)} SET STATISTICS 500;`,
    (t, i) => `ALTER TABLE IF EXISTS ${q(t)} RENAME TO ${t.name.toLowerCase()}_v${i};`,
    (t) => `ALTER TABLE ${q(t)} REPLICA IDENTITY FULL;`,
    (t) => `ALTER TABLE ${q(t)} ALTER COLUMN id SET DATA TYPE bigint;`,
    (t) => `ALTER TABLE ${q(t)} DISABLE TRIGGER ALL;\nALTER TABLE ${q(t)} ENABLE TRIGGER ALL;`,
  ];

  function alterTable(i) {
    const t = someTable();
    const k = int(1, 6);
    const parts = [];
    for (let j = 0; j < k; j++) {
      const f = pick(alterKinds);
      const s = f(t, i * 10 + j);
      if (s.includes('RENAME TO')) continue; // keep table names stable for later migrations
      parts.push(s);
    }
    if (!parts.length) parts.push(alterKinds[0](t, i));
    return { up: `SET lock_timeout = '5s';\n${parts.join('\n')}\n`, down: '' };
  }

  function index(i) {
    const t = someTable();
    const cols = [someCol(t), someCol(t)].filter((c, k, a) => a.indexOf(c) === k);
    const conc = rnd() < 0.5;
    const uniq = rnd() < 0.2 ? 'UNIQUE ' : '';
    const where = rnd() < 0.3 ? ` WHERE ${cols[0]} IS NOT NULL` : '';
    const using = rnd() < 0.15 ? ' USING gin' : '';
    let up = `CREATE ${uniq}INDEX ${conc ? 'CONCURRENTLY ' : ''}IF NOT EXISTS idx_${i} ON ${q(t)}${using} (${cols.join(', ')})${where};\n`;
    if (rnd() < 0.2) up += `DROP INDEX ${conc ? 'CONCURRENTLY ' : ''}IF EXISTS idx_${i - 7};\n`;
    if (rnd() < 0.1) up += `REINDEX INDEX CONCURRENTLY idx_${i};\n`;
    return { up, down: `DROP INDEX ${conc ? 'CONCURRENTLY ' : ''}IF EXISTS idx_${i};\n` };
  }

  function fnAndTrigger(i) {
    const t = someTable();
    const fn = `${t.name.toLowerCase()}_touch_${i}`;
    functions.push(fn);
    const col = someCol(t);
    const up = `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  v_count integer := 0;
  v_now timestamptz := now();
BEGIN
  -- keep updated_at in step
  NEW.updated_at := v_now;
  IF TG_OP = 'UPDATE' AND NEW.${col} IS DISTINCT FROM OLD.${col} THEN
    SELECT count(*) INTO v_count FROM ${q(t)} WHERE id = NEW.id;
    INSERT INTO audit_log (table_name, row_id, changed_at, detail)
      VALUES (TG_TABLE_NAME, NEW.id, v_now, format('changed %s rows', v_count));
  END IF;
  FOR i IN 1..3 LOOP
    PERFORM pg_notify('${fn}', NEW.id::text);
  END LOOP;
  RETURN NEW;
END
$fn$;
DROP TRIGGER IF EXISTS trg_${i} ON ${q(t)};
CREATE TRIGGER trg_${i} BEFORE INSERT OR UPDATE ON ${q(t)}
  FOR EACH ROW EXECUTE FUNCTION ${fn}();
`;
    return { up, down: `DROP TRIGGER IF EXISTS trg_${i} ON ${q(t)};\nDROP FUNCTION IF EXISTS ${fn}();\n` };
  }

  function sqlFunction(i) {
    const t = someTable();
    const up = `CREATE OR REPLACE FUNCTION count_${i}(p_since timestamptz)
RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT count(*) FROM ${q(t)} WHERE created_at >= p_since
$$;
CREATE OR REPLACE PROCEDURE purge_${i}(p_days integer)
LANGUAGE plpgsql AS $$
BEGIN
  LOOP
    DELETE FROM ${q(t)} WHERE id IN (
      SELECT id FROM ${q(t)} WHERE created_at < now() - make_interval(days => p_days) LIMIT 1000);
    EXIT WHEN NOT FOUND;
    COMMIT;
  END LOOP;
END;
$$;
`;
    return { up, down: rnd() < 0.5 ? `DROP FUNCTION count_${i}(timestamptz);\nDROP PROCEDURE purge_${i}(integer);\n` : '' };
  }

  function doBlock(i) {
    const t = someTable();
    const up = `DO $$
DECLARE
  r record;
  n bigint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting_${i % 17}') THEN
    EXECUTE 'CREATE ROLE reporting_${i % 17} NOLOGIN';
  END IF;
  SELECT count(*) INTO n FROM ${q(t)};
  RAISE NOTICE 'rows in ${t.name}: %', n;
  FOR r IN SELECT id FROM ${q(t)} WHERE updated_at IS NULL LIMIT 100 LOOP
    UPDATE ${q(t)} SET updated_at = created_at WHERE id = r.id;
  END LOOP;
  GRANT SELECT ON ${q(t)} TO reporting_${i % 17};
END
$$;
`;
    return { up, down: '' };
  }

  function enumChange(i) {
    if (!enums.length || rnd() < 0.35) {
      const name = `${pick(WORDS)}_status_${i}`;
      enums.push(name);
      return { up: `CREATE TYPE ${name} AS ENUM ('new', 'active', 'suspended', 'closed');\n`, down: `DROP TYPE ${name};\n` };
    }
    const e = pick(enums);
    const v = `${pick(WORDS)}_${i}`;
    let up = `ALTER TYPE ${e} ADD VALUE IF NOT EXISTS '${v}' AFTER 'active';\n`;
    if (rnd() < 0.2) up += `ALTER TYPE ${e} RENAME VALUE 'suspended' TO 'paused_${i}';\n`;
    if (rnd() < 0.3) {
      const t = someTable();
      up += `ALTER TABLE ${q(t)} ADD COLUMN state_${i} ${e} NOT NULL DEFAULT 'new';\n`;
    }
    return { up, down: '' };
  }

  function backfill(i, big = false) {
    const t = someTable();
    const col = someCol(t);
    let up = `-- backfill ${t.name}.${col}\nUPDATE ${q(t)} SET ${col} = DEFAULT WHERE ${col} IS NULL;\n`;
    up += `INSERT INTO ${q(t)} (${col}, created_at)\nSELECT NULL, now() - (g || ' days')::interval FROM generate_series(1, 1000) AS g;\n`;
    if (rnd() < 0.3) up += `DELETE FROM ${q(t)} WHERE created_at < now() - interval '10 years';\n`;
    const rows = big ? 650 : int(12, 64);
    const vals = [];
    for (let r = 0; r < rows; r++) {
      vals.push(`  (${i * 1000 + r}, 'code-${r}-${pick(WORDS)}', 'Label for ''${pick(WORDS)}'' #${r}', ${int(0, 99999) / 100}, ${rnd() < 0.5 ? 'true' : 'false'}, '2024-0${int(1, 9)}-1${int(0, 9)}')`);
    }
    up += `INSERT INTO reference_${i % 50} (id, code, label, price, enabled, valid_from) VALUES\n${vals.join(',\n')}\nON CONFLICT (id) DO UPDATE SET label = EXCLUDED.label;\n`;
    return { up, down: big ? '' : `DELETE FROM reference_${i % 50} WHERE id BETWEEN ${i * 1000} AND ${i * 1000 + rows};\n` };
  }

  function misc(i) {
    const t = someTable();
    const forms = [
      `CREATE VIEW v_${i} AS\n  SELECT id, created_at FROM ${q(t)} WHERE updated_at IS NOT NULL;\n`,
      `CREATE MATERIALIZED VIEW mv_${i} AS SELECT date_trunc('day', created_at) AS day, count(*) FROM ${q(t)} GROUP BY 1;\nCREATE UNIQUE INDEX mv_${i}_day ON mv_${i} (day);\n`,
      `CREATE SEQUENCE seq_${i} START 1000 INCREMENT 1;\nALTER SEQUENCE seq_${i} OWNED BY ${q(t)}.id;\n`,
      `GRANT SELECT, INSERT, UPDATE ON ${q(t)} TO app_rw;\nREVOKE DELETE ON ${q(t)} FROM app_rw;\n`,
      `CREATE SCHEMA IF NOT EXISTS "Reporting_${i}";\nCREATE TABLE "Reporting_${i}"."Daily Totals" ("Day" date PRIMARY KEY, "Total" numeric);\n`,
      `COMMENT ON COLUMN ${q(t)}.${someCol(t)} IS 'Deprecated: use the ${pick(WORDS)} table';\n`,
      `CREATE EXTENSION IF NOT EXISTS pg_trgm;\nCREATE INDEX CONCURRENTLY trgm_${i} ON ${q(t)} USING gin (${someCol(t)} gin_trgm_ops);\n`,
      `TRUNCATE TABLE ${q(t)};\n`,
      `DROP TABLE IF EXISTS legacy_${i} CASCADE;\n`,
      `CREATE POLICY p_${i} ON ${q(t)} USING (created_at > now() - interval '1 year');\n`,
      `VACUUM ANALYZE ${q(t)};\n`,
      `LOCK TABLE ${q(t)} IN SHARE MODE;\nUPDATE ${q(t)} SET updated_at = now() WHERE id < 100;\n`,
    ];
    return { up: pick(forms), down: '' };
  }

  /** ~60 KB: a big reference-data load or a huge generated function. */
  function bigFile(i) {
    if (((i - 50) / 100) % 2) return backfill(i, true);
    const branches = [];
    for (let b = 0; b < 700; b++) {
      branches.push(`  ELSIF p_code = 'C${b}' THEN\n    RETURN QUERY SELECT ${b}::bigint, 'branch ${b}'::text;`);
    }
    return {
      up: `CREATE OR REPLACE FUNCTION lookup_${i}(p_code text) RETURNS TABLE (id bigint, label text)\nLANGUAGE plpgsql AS $$\nBEGIN\n  IF p_code IS NULL THEN\n    RETURN;\n${branches.join('\n')}\n  END IF;\nEND\n$$;\n`,
      down: '',
    };
  }

  const kinds = [
    [createTable, 14], [alterTable, 24], [index, 14], [fnAndTrigger, 7], [sqlFunction, 4],
    [doBlock, 7], [enumChange, 6], [backfill, 10], [misc, 14],
  ];
  const total = kinds.reduce((s, [, w]) => s + w, 0);
  let bytes = 0;
  let files = 0;
  const write = (path, text) => {
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
    files++;
  };
  for (let i = 1; i <= n; i++) {
    let gen;
    let what;
    if (i <= 20 || !tables.length) {
      gen = createTable;
    } else if (i % 100 === 50) {
      gen = bigFile;
    } else {
      let r = rnd() * total;
      for (const [g, w] of kinds) {
        if ((r -= w) < 0) { gen = g; break; }
      }
      gen ??= misc;
    }
    what = gen.name.replace(/([A-Z])/g, ' $1').toLowerCase();
    let { up, down } = gen(i);
    // Real migrations often bundle a few related changes.
    if (gen !== bigFile && i > 20 && rnd() < 0.6) {
      const more = [alterTable, index, backfill, misc, enumChange][int(0, 4)](n + i);
      up += `\n${more.up}`;
      down = more.down + down;
    }
    const desc = `${what.trim().replace(/ /g, '_')}_${i}`;
    write(join(dir, `V${pad(i)}__${desc}.sql`), header(i, what.trim()) + up);
    write(join(dir, 'rollback', `V${pad(i)}__rollback.sql`), down);
  }
  for (let r = 0; r < 5; r++) {
    const t = tables[r * 7];
    write(join(dir, `R__view_${r}.sql`), `CREATE OR REPLACE VIEW report_${r} AS\n  SELECT id, created_at FROM ${q(t)};\n`);
  }
  return { dir, files, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'bench/.corpus/migrations';
  const { files, bytes } = generateCorpus(dir, Number(process.argv[3] ?? 2000));
  console.log(`wrote ${files} files, ${(bytes / 1e6).toFixed(2)} MB to ${dir}`);
}
