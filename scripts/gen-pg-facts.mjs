#!/usr/bin/env node
/**
 * Generates src/model/catalog/pg-facts.json from the embedded PostgreSQL 18 (PGlite): what
 * PostgreSQL's own catalogs say about its built-in objects, for the rules that judge volatility
 * and table rewrites without a database.
 *
 *   node scripts/gen-pg-facts.mjs          writes the file
 *   generateFacts() / formatFacts()        the same in memory (test/model/pg-facts.test.ts compares)
 *
 * Shapes (letters are PostgreSQL's own catalog codes):
 *   functions[name]["argtype,argtype"] = provolatile ('i' | 's' | 'v')        pg_proc, prokind 'f'
 *   operators[name]["left,right"]      = provolatile of oprcode ("" for a missing side)   pg_operator
 *   casts["source,target"]             = castmethod ('f' | 'b' | 'i') + provolatile of castfunc ('' without one)
 *   types[typname] = [typtype, typcategory, typlen, base type (domains) or "",
 *                     provolatile of typinput + of typoutput, default btree operator class or ""
 *                     (GetDefaultOpClass: the type's own, else a binary-coercible preferred type's)]
 *   extensions[extname] = { functions, operators, casts, types } for the objects the contrib
 *                     extensions PGlite ships create (pg_depend deptype 'e')
 * Types are named by pg_type.typname ("int4", "varchar", "_text" for text[]).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

const OUT = fileURLToPath(new URL('../src/model/catalog/pg-facts.json', import.meta.url));

/** Objects of pg_catalog (extension = null) or of one extension (its oid). */
const where = (alias, classid, ext) =>
  ext === null
    ? `${alias}.oid < 16384`
    : `EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${classid}'::regclass AND d.objid = ${alias}.oid AND d.deptype = 'e' AND d.refobjid = ${ext})`;

async function facts(db, ext) {
  const rows = async (sql) => (await db.query(sql)).rows;
  const functions = {};
  for (const r of await rows(`
      SELECT p.proname AS name, coalesce((SELECT string_agg(t.typname, ',' ORDER BY a.n) FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY a(oid, n) JOIN pg_type t ON t.oid = a.oid), '') AS args, p.provolatile::text AS vol
      FROM pg_proc p WHERE p.prokind = 'f' AND ${where('p', 'pg_proc', ext)} ORDER BY 1, 2`)) {
    (functions[r.name] ??= {})[r.args] = r.vol;
  }
  const operators = {};
  for (const r of await rows(`
      SELECT o.oprname AS name, coalesce(l.typname, '') || ',' || coalesce(rt.typname, '') AS args, coalesce(p.provolatile::text, '') AS vol
      FROM pg_operator o LEFT JOIN pg_type l ON l.oid = o.oprleft LEFT JOIN pg_type rt ON rt.oid = o.oprright LEFT JOIN pg_proc p ON p.oid = o.oprcode
      WHERE ${where('o', 'pg_operator', ext)} ORDER BY 1, 2`)) {
    (operators[r.name] ??= {})[r.args] = r.vol;
  }
  const casts = {};
  for (const r of await rows(`
      SELECT s.typname || ',' || t.typname AS key, c.castmethod::text || coalesce(p.provolatile::text, '') AS fact
      FROM pg_cast c JOIN pg_type s ON s.oid = c.castsource JOIN pg_type t ON t.oid = c.casttarget LEFT JOIN pg_proc p ON p.oid = c.castfunc
      WHERE ${where('c', 'pg_cast', ext)} ORDER BY 1`)) {
    casts[r.key] = r.fact;
  }
  const types = {};
  for (const r of await rows(`
      SELECT t.typname AS name, t.typtype::text AS typtype, t.typcategory::text AS typcategory, t.typlen, coalesce(b.typname, '') AS base,
             coalesce(i.provolatile::text, '') || coalesce(o.provolatile::text, '') AS io,
             coalesce((SELECT c.opcname FROM pg_opclass c JOIN pg_am am ON am.oid = c.opcmethod AND am.amname = 'btree'
                       WHERE c.opcdefault AND (c.opcintype = t.oid OR EXISTS (SELECT 1 FROM pg_cast k WHERE k.castsource = t.oid AND k.casttarget = c.opcintype AND k.castmethod = 'b'))
                       ORDER BY c.opcintype = t.oid DESC, (SELECT p.typispreferred FROM pg_type p WHERE p.oid = c.opcintype) DESC, c.opcname LIMIT 1), '') AS btree
      FROM pg_type t LEFT JOIN pg_type b ON b.oid = t.typbasetype AND t.typtype = 'd'
      LEFT JOIN pg_proc i ON i.oid = t.typinput LEFT JOIN pg_proc o ON o.oid = t.typoutput
      WHERE ${where('t', 'pg_type', ext)} ORDER BY 1`)) {
    types[r.name] = [r.typtype, r.typcategory, r.typlen, r.base, r.io, r.btree];
  }
  return { functions, operators, casts, types };
}

/** The contrib extensions PGlite ships (its dist/<name>.tar.gz). */
function shippedExtensions() {
  const dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tar.gz'))
    .map((f) => ({ name: f.slice(0, -'.tar.gz'.length), bundlePath: pathToFileURL(join(dir, f)) }))
    .filter((e) => existsSync(fileURLToPath(e.bundlePath)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** All the facts, from a fresh PGlite with every shipped extension created. */
export async function generateFacts() {
  const shipped = shippedExtensions();
  const extensions = Object.fromEntries(shipped.map((e) => [e.name.replace(/-/g, '_'), { name: e.name, setup: async () => ({ bundlePath: e.bundlePath }) }]));
  const db = await PGlite.create({ extensions });
  try {
    const version = (await db.query('SHOW server_version_num')).rows[0].server_version_num;
    const out = { postgres: Number(version), ...(await facts(db, null)), extensions: {} };
    for (const e of shipped) {
      try {
        await db.exec(`CREATE EXTENSION IF NOT EXISTS "${e.name}" CASCADE`);
      } catch {
        continue; // a module without SQL objects (auto_explain, passwordcheck …)
      }
      const oid = (await db.query('SELECT oid FROM pg_extension WHERE extname = $1', [e.name])).rows[0]?.oid;
      if (oid !== undefined) out.extensions[e.name] = await facts(db, oid);
    }
    return out;
  } finally {
    await db.close();
  }
}

/** Compact JSON with one line per object name, so a regenerated file diffs by object. */
export function formatFacts(facts) {
  const section = (obj, indent) =>
    `{\n${Object.entries(obj).map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n${indent}}`;
  const body = (f, indent) =>
    ['functions', 'operators', 'casts', 'types'].map((s) => `${indent}  "${s}": ${section(f[s], `${indent}  `)}`).join(',\n');
  const exts = Object.entries(facts.extensions).map(([name, f]) => `    ${JSON.stringify(name)}: {\n${body(f, '    ')}\n    }`);
  return `{\n  "postgres": ${facts.postgres},\n${body(facts, '')},\n  "extensions": {\n${exts.join(',\n')}\n  }\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = formatFacts(await generateFacts());
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${text.length} bytes)`);
}
