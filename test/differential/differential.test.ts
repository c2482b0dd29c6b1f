/**
 * The proof (issue #12): every statement form a lint rule judges, applied to a populated table on
 * PostgreSQL and on PGlite, against what lint says of the same migration. A rule that says
 * "rewrites" fires exactly when the table's relfilenode changed; a message that names a lock mode
 * names one the statement held; a rule that claims a full scan fires only when PostgreSQL scanned;
 * a rule that says the migration fails fires only when it failed. DIFF_FORMS=N runs N forms
 * (more than the default adds every column of the table to every type).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Scratch } from '../../src/db/engine.js';
import type { Finding } from '../../src/lint/types.js';
import { describeEachEngine } from '../helpers/db.js';
import { lintSpec } from '../helpers/rule-tester.js';
import { CURATED, formsToRun, SCHEMA, type Form } from './forms.js';
import { claimsOf, describeClaims, describeObservation, fingerprint, judge, observe, type Judgement } from './harness.js';

const forms = formsToRun();

const linted = new Map<Form, Finding[]>();

/** Lint's findings on the form's migration, with the table's migration (and the form's setup) before it; once for both engines. */
function lintForm(form: Form): Finding[] {
  const done = linted.get(form);
  if (done) return done;
  const files: Record<string, string> = { 'V1__schema.sql': SCHEMA };
  (form.setup ?? []).forEach((s, i) => (files[`V${i + 2}__setup.sql`] = s));
  const rel = `V${(form.setup?.length ?? 0) + 2}__form.sql`;
  files[rel] = `${form.pre ? `${form.pre};\n` : ''}${form.sql};\n`;
  for (const v of Object.keys(files)) files[`rollback/${v.replace(/__.*/, '')}__rollback.sql`] = 'SELECT 1;\n';
  // migration-documented judges the file's header, not PostgreSQL: it makes no claim to compare.
  const findings = lintSpec({ files, settings: { transactions: 'runner' } }).filter((f) => f.file === `migrations/${rel}` && f.rule !== 'migration-documented');
  linted.set(form, findings);
  return findings;
}

it('generates at least 150 forms by default', () => {
  expect(CURATED.length).toBeGreaterThanOrEqual(150);
  expect(new Set(CURATED.map((f) => f.name)).size).toBe(CURATED.length);
});

describeEachEngine('lint against PostgreSQL on a populated table', (engine) => {
  let s: Scratch;
  let version = 0;
  let baseline = '';
  let started = 0;
  const rows: { form: Form; observed: string; lint: string; judgement: Judgement }[] = [];

  beforeAll(async () => {
    started = performance.now();
    s = await engine.scratch();
    await s.db.exec(SCHEMA);
    version = Math.floor(Number((await s.db.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]!.v) / 10000);
    baseline = await fingerprint(s.db);
  });

  afterAll(async () => {
    await s?.dispose();
    const cell = (x: string) => x.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = [
      `| form [${engine.name}, PostgreSQL ${version}] | observed | lint | agree? |`,
      '|---|---|---|---|',
      ...rows.map(({ form, observed, lint, judgement: j }) =>
        `| ${cell(form.name)} | ${cell(observed)} | ${cell(lint)} | ${j.outcome === 'agree' ? 'yes' : `${j.outcome === 'n/a' ? 'n/a' : 'NO'}: ${cell(j.reasons.join('; '))}`} |`,
      ),
    ];
    const count = (o: string) => rows.filter((r) => r.judgement.outcome === o).length;
    console.log(`${lines.join('\n')}\n\n${engine.name}: ${rows.length} forms, ${count('agree')} agree, ${count('disagree')} disagree, ${count('n/a')} not comparable, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  });

  for (const form of forms) {
    it(`${form.category}: ${form.name}`, async () => {
      const claims = lintForm(form).map(claimsOf);
      const obs = await observe(s.db, form);
      // A form that commits something (setup, autocommit) leaves the database as it found it, so the next one starts from the same tables.
      if (form.setup || form.autocommit) expect(await fingerprint(s.db)).toBe(baseline);
      const judgement = judge(claims, obs, form.category === 'matrix');
      rows.push({ form, observed: describeObservation(obs), lint: describeClaims(claims), judgement });
      if (judgement.outcome === 'n/a' && obs.error) {
        // A refusal is expected only of a syntax this version does not have, or of a generated pairing.
        expect(form.category === 'matrix' || (form.since ?? 0) > version || form.fails === obs.error.code, `${form.name}: ${obs.error.code} ${obs.error.message}`).toBe(true);
      } else if (form.fails) {
        expect(obs.error?.code, `${form.name} fails on the populated table`).toBe(form.fails);
      } else if ((form.since ?? 0) > version) {
        expect(obs.error, `${form.name} needs PostgreSQL ${form.since}`).toBeDefined();
      }
      expect(judgement.outcome === 'disagree' ? judgement.reasons : []).toEqual([]);
    });
  }
});
