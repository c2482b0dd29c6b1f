// Generates a chain of N realistic, applicable migrations (with rollbacks) for the runner
// benchmark: tables with many columns, added columns, indexes, constraints, functions,
// triggers, views, enums and seed-sized data changes. Deterministic: the same N gives the
// same files. Migrations rely on the runner to wrap them (transactions: runner), so the same
// files can be fed to `psql -1 -f`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generateChain(dir, n = 300) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'rollback'), { recursive: true });
  const tables = [];
  const pad = (i) => String(i).padStart(4, '0');
  for (let i = 1; i <= n; i++) {
    let up;
    let down;
    const kind = i <= 5 ? 0 : i % 8;
    const t = tables.length ? tables[(i * 7) % tables.length] : undefined;
    if (kind === 0 || kind === 1 || !t) {
      const name = `entity_${pad(i)}`;
      tables.push(name);
      const cols = Array.from({ length: 12 }, (_, c) =>
        c % 3 === 0 ? `  attr_${c} text` : c % 3 === 1 ? `  amount_${c} numeric(12,2) DEFAULT 0 NOT NULL` : `  flag_${c} boolean DEFAULT false`,
      );
      up = `-- ${name}: a table with many columns\nCREATE TABLE ${name} (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n${cols.join(',\n')},\n  created_at timestamptz NOT NULL DEFAULT now()\n);\nCOMMENT ON TABLE ${name} IS 'generated for the benchmark';\n`;
      down = `DROP TABLE ${name};\n`;
    } else if (kind === 2) {
      up = `ALTER TABLE ${t} ADD COLUMN note_${pad(i)} text;\nCOMMENT ON COLUMN ${t}.note_${pad(i)} IS 'free text';\n`;
      down = `ALTER TABLE ${t} DROP COLUMN note_${pad(i)};\n`;
    } else if (kind === 3) {
      up = `CREATE INDEX idx_${pad(i)} ON ${t} (created_at DESC, attr_0);\n`;
      down = `DROP INDEX idx_${pad(i)};\n`;
    } else if (kind === 4) {
      up = `ALTER TABLE ${t} ADD CONSTRAINT chk_${pad(i)} CHECK (amount_1 >= 0) NOT VALID;\nALTER TABLE ${t} VALIDATE CONSTRAINT chk_${pad(i)};\n`;
      down = `ALTER TABLE ${t} DROP CONSTRAINT chk_${pad(i)};\n`;
    } else if (kind === 5) {
      up = `CREATE OR REPLACE FUNCTION touch_${pad(i)}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.created_at := coalesce(NEW.created_at, now());\n  RETURN NEW;\nEND\n$$;\nCREATE TRIGGER trg_${pad(i)} BEFORE INSERT ON ${t}\n  FOR EACH ROW EXECUTE FUNCTION touch_${pad(i)}();\n`;
      down = `DROP TRIGGER trg_${pad(i)} ON ${t};\nDROP FUNCTION touch_${pad(i)}();\n`;
    } else if (kind === 6) {
      up = `INSERT INTO ${t} (attr_0, amount_1)\nSELECT 'row ' || g, g % 100 FROM generate_series(1, 200) AS g;\nUPDATE ${t} SET flag_2 = true WHERE id BETWEEN 1 AND 100;\n`;
      down = `DELETE FROM ${t} WHERE id BETWEEN 1 AND 200;\n`;
    } else {
      up = `CREATE TYPE status_${pad(i)} AS ENUM ('new', 'active', 'closed');\nCREATE VIEW v_${pad(i)} AS\n  SELECT id, attr_0, amount_1 FROM ${t} WHERE flag_2;\nDO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'v_${pad(i)}') THEN\n    RAISE EXCEPTION 'view missing';\n  END IF;\nEND\n$$;\n`;
      down = `DROP VIEW v_${pad(i)};\nDROP TYPE status_${pad(i)};\n`;
    }
    writeFileSync(join(dir, `V${pad(i)}__step_${i}.sql`), `-- V${pad(i)}: generated migration ${i}\n${up}`);
    writeFileSync(join(dir, 'rollback', `V${pad(i)}__rollback.sql`), down);
  }
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'bench/.chain/migrations';
  generateChain(dir, Number(process.argv[3] ?? 300));
  console.log(`wrote ${process.argv[3] ?? 300} migrations to ${dir}`);
}
