/**
 * `check` reports. Text: the findings in the lint's compiler style, a table per migration
 * (applied ✓/✗ and time, rollback verified ✓/✗/–, dangerous locks), the change set's schema
 * diff, the PostgreSQL version and the scratch database's metrics. JSON: {findings, summary,
 * migrations, schemaDiff, postgres, disagreements, metrics}.
 */
import { migrationName } from './format.js';
import type { CheckResult } from '../commands/check.js';
import type { DiffLine } from '../check/diff.js';
import { dangerousLocks } from '../check/locks.js';
import type { CheckProgress, MigrationCheck } from '../check/run.js';
import { LiveLine } from './progress.js';
import { duration, notCheckedLine, plural } from './format.js';
import { formatMetricsLine } from './metrics.js';
import { planAtLine, verdictOf, volumeLines } from './plans.js';

const paint = (on: boolean) => (code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);


/** The displayed width of a string without colour codes. */
const width = (s: string) => [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

function fileName(m: MigrationCheck): string {
  return m.kind === 'seed' ? m.file.split('/').slice(-2).join('/') : migrationName(m.file);
}

export function formatCheckText(result: CheckResult, color: boolean): string {
  const c = paint(color);
  const out: string[] = [];

  for (const f of result.findings) {
    const sev = f.severity === 'error' ? c('31', 'error') : c('33', 'warning');
    out.push(`${c('1', `${f.file}:${f.line}:${f.column}`)} ${sev} ${c('2', f.rule)} ${f.message}`);
    out.push(`    ${c('36', 'help:')} ${f.help}`);
  }
  if (result.findings.length) out.push('');

  // With a base, the table is about the change: the merged migrations before it are one line.
  const nothingNew = result.summary.migrations === 0 && result.migrations.some((m) => m.kind !== 'seed');
  const shown = nothingNew || result.migrations.some((m) => m.isNew) ? result.migrations.filter((m) => m.isNew || m.kind === 'seed') : result.migrations;
  const earlier = result.migrations.filter((m) => !shown.includes(m));
  if (shown.length) {
    const reported = new Set(result.findings.filter((f) => f.rule === 'dangerous-lock').map((f) => f.file));
    const rows = shown.map((m) => {
      const applied =
        m.applied === 'ok' ? `${c('32', '✓')} ${duration(m.durationMs)}` : m.applied === 'failed' ? `${c('31', '✗')} failed` : c('2', '– skipped');
      const rollback =
        m.rollback === 'verified'
          ? c('32', '✓ verified')
          : m.rollback === 'incomplete'
            ? c('31', '✗ incomplete')
            : m.rollback === 'failed'
              ? c('31', '✗ failed')
              : m.rollback === 'missing'
                ? c('33', '– missing')
                : c('2', '–');
      const dangerous = dangerousLocks(m);
      let locks = '';
      if (dangerous.length && reported.has(m.file)) {
        locks = c('33', `⚠ ${dangerous.map((l) => `${l.mode} on ${l.relation}`).join(', ')}`);
      } else if (dangerous.length) {
        locks = c('2', `${dangerous.map((l) => `${l.mode} on ${l.relation}`).join(', ')} (suppressed)`);
      }
      const rewritten = m.rewritten.length ? c('33', `rewrites ${m.rewritten.join(', ')}`) : '';
      return [fileName(m), applied, rollback, [locks, rewritten].filter(Boolean).join('; ')];
    });
    const header = ['Migration', 'Applied', 'Rollback', 'Locks'];
    const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
    const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i]! + 2))).join('').trimEnd();
    out.push(c('1', line(header)));
    for (const r of rows) out.push(line(r));
    if (earlier.length) out.push(c('2', earlierLine(earlier)));
    out.push('');
  } else if (earlier.length) out.push(c('2', earlierLine(earlier)), '');

  out.push(...performanceLines(result, c));

  out.push(c('1', 'Schema changes') + c('2', ' (before the first new migration → after the last)'));
  if (result.schemaChanges.length === 0) out.push('  none');
  for (const l of result.schemaChanges) out.push(`  ${diffSign(l, c)} ${l.kind} ${l.name}${l.text ? c('2', `  ${l.text}`) : ''}`);
  if (!result.complete) out.push(c('33', `  (incomplete: ${notCheckedLine(result.migrations) ?? 'a failure stopped the migrations before the end'})`));
  out.push('');

  const pg = result.postgres;
  out.push(`PostgreSQL ${pg.version}${pg.label ? ` (${pg.label})` : ''}`);
  if (result.metrics) out.push(formatMetricsLine(result.metrics));
  for (const u of result.cache ?? []) {
    out.push(
      u.status === 'restored'
        ? `restored the database after ${plural(u.migrations, 'merged migration')} from the cache (key ${u.key}): only what follows them was applied`
        : `saved the database after ${plural(u.migrations, 'merged migration')} to the cache (key ${u.key}) for the next check`,
    );
  }

  const s = result.summary;
  const applied =
    s.applied === s.migrations
      ? `${plural(s.migrations, 'migration')} applied`
      : `${s.applied} of ${plural(s.migrations, 'migration')} applied (${[s.failed && `${s.failed} failed`, s.skipped && `${s.skipped} not run`].filter(Boolean).join(', ') || 'the rest not run'})`;
  const ran = nothingNew
    ? `no migration is new or changed since the base; its ${plural(result.migrations.filter((m) => m.kind !== 'seed' && m.applied === 'ok').length, 'migration')} applied to a scratch database in ${duration(s.durationMs)}`
    : `${applied} to a scratch database, ${s.rollbacksVerified} rollback${s.rollbacksVerified === 1 ? '' : 's'} verified${s.rollbacksBroken ? `, ${s.rollbacksBroken} broken` : ''}, in ${duration(s.durationMs)}`;
  if (result.findings.length === 0 && !result.complete) {
    // Every failure was suppressed, yet migrations were not applied: never "no problems".
    out.push(c('33', `⚠ no findings, but not every migration was checked (${notCheckedLine(result.migrations) ?? 'the chain stopped'}): ${ran}`));
  } else if (result.findings.length === 0) out.push(c('32', `✔ no problems: ${ran}`));
  else {
    const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning')];
    out.push(c(s.errors ? '31' : '33', `✖ ${plural(result.findings.length, 'problem')} (${parts.join(', ')}): ${ran}`));
  }
  return out.join('\n') + '\n';
}

/** Per critical query: its plan before → after the change set on one line; the volume; the notes. */
function performanceLines(result: CheckResult, c: (code: string, s: string) => string): string[] {
  const p = result.performance;
  if (!p) return [];
  const out = [c('1', 'Critical queries') + c('2', ` (EXPLAIN before the change set and after it; costFactor ${p.costFactor}; ${duration(p.durationMs)})`)];
  // One line each for before and after: a plan's shape has arrows of its own (node → child).
  for (const q of p.queries) {
    const v = verdictOf(q);
    const mark = v === 'fails' ? c('31', '✗ fails after') : v === 'worse' ? c('33', '⚠ worse') : v === 'ok' ? c('32', '✓ no worse') : c('2', '– nothing to compare');
    out.push(`  ${q.name}  ${mark}`, c('2', `    before: ${planAtLine(q.before)}`), c('2', `    after:  ${planAtLine(q.after)}`));
  }
  if (p.queries.length === 0) out.push('  none (the folder holds no .sql file)');
  for (const l of volumeLines(p)) out.push(c('2', `  rows: ${l}`));
  for (const n of p.notes) out.push(c('33', `  note: ${n}`));
  out.push('');
  return out;
}

/** "(263 earlier migrations applied first: ✓ all)", or how many of them failed or did not run. */
function earlierLine(earlier: MigrationCheck[]): string {
  const ok = earlier.filter((m) => m.applied === 'ok').length;
  const failed = earlier.filter((m) => m.applied === 'failed').length;
  const rest = earlier.length - ok - failed;
  const how = ok === earlier.length ? '✓ all' : [`${ok} ✓`, failed && `${failed} ✗ failed`, rest && `${rest} not run`].filter(Boolean).join(', ');
  return `(${plural(earlier.length, 'earlier migration')} applied first: ${how})`;
}

function diffSign(l: DiffLine, c: (code: string, s: string) => string): string {
  return l.change === 'added' ? c('32', '+') : l.change === 'dropped' ? c('31', '-') : c('33', '~');
}

/** `{findings, summary, migrations, schemaDiff, postgres, disagreements, metrics}`: the machine-readable report. */
export function formatCheckJson(result: CheckResult): string {
  const { findings, summary, migrations, schemaDiff, schemaChanges, complete, postgres, disagreements, metrics, performance, cache } = result;
  const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 10) / 10);
  return (
    JSON.stringify(
      {
        findings,
        summary: { ...summary, durationMs: round(summary.durationMs) },
        migrations: migrations.map((m) => ({
          ...m,
          durationMs: round(m.durationMs),
          rollbackDurationMs: round(m.rollbackDurationMs),
          locks: m.locks.map((l) => ({
            ...l,
            heldMs: round(l.heldMs),
            statement: { ...l.statement, durationMs: round(l.statement.durationMs) },
            heldWhile: l.heldWhile.map((h) => ({ ...h, durationMs: round(h.durationMs) })),
          })),
          slowest: m.slowest && { ...m.slowest, durationMs: round(m.slowest.durationMs) },
        })),
        schemaDiff: { ...schemaDiff, changes: schemaChanges, complete },
        postgres,
        disagreements,
        metrics,
        ...(performance ? { performance } : {}),
        ...(cache ? { cache } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}

/**
 * Progress of `check` on stderr: on a terminal one live line per step with its elapsed time,
 * otherwise a plain line per finished step.
 */
export function checkProgressPrinter(write: (s: string) => void, tty: boolean): { onProgress: (p: CheckProgress) => void; stop: () => void } {
  const live = new LiveLine(write, tty);
  const label = (p: CheckProgress) => (p.phase === 'engine' ? `starting ${p.file}` : `[${p.index}/${p.total}] ${p.phase} ${p.file}`);
  const onProgress = (p: CheckProgress) => {
    // Off a terminal the engine's start gets a line of its own: PGlite can take seconds to start.
    if (p.phase === 'engine' && p.status === 'start' && !tty) write(`… ${label(p)}\n`);
    if (p.status === 'start') live.start((ms) => `… ${label(p)} ${(ms / 1000).toFixed(1)}s`);
    else live.finish(`${p.status === 'ok' ? '✔' : '✖'} ${label(p)} ${(p.elapsedMs / 1000).toFixed(2)}s`);
  };
  return { onProgress, stop: () => live.stop() };
}
