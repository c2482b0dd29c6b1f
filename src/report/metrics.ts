/**
 * The run metrics (src/db/metrics.ts) for people and machines: one compact text line
 * (before → after), a small GFM table for the job summary, and the compact JSON of the Action
 * output `metrics-json`.
 */
import type { MetricsReading, RunMetrics } from '../db/metrics.js';
import { duration } from './format.js';
import { escapeMarkdown } from './markdown-text.js';

/**
 * Bytes as pg_size_pretty writes them (units of 1024: bytes, kB, MB, GB, TB), one decimal from
 * kB up: "8192 bytes", "7.6 MB".
 */
export function formatBytes(bytes: number): string {
  const units = ['kB', 'MB', 'GB', 'TB', 'PB'];
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${bytes} bytes`;
  let v = abs;
  let i = -1;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${bytes < 0 ? '-' : ''}${v.toFixed(1)} ${units[i]}`;
}

const signed = (n: number, text = String(n)) => (n > 0 ? `+${text}` : n < 0 ? `−${text.replace(/^-/, '')}` : '±0');

function change(before: number | undefined, after: number | undefined, show: (n: number) => string = String): { before: string; after: string; diff: string } {
  return {
    before: before === undefined ? 'unavailable' : show(before),
    after: after === undefined ? 'unavailable' : show(after),
    diff: before === undefined || after === undefined ? '–' : signed(after - before, show(after - before)),
  };
}

function rows(m: RunMetrics): { label: string; before: string; after: string; diff: string }[] {
  const b: Partial<MetricsReading> = m.before ?? {};
  const a: Partial<MetricsReading> = m.after ?? {};
  return [
    { label: 'tables', ...change(b.tables, a.tables) },
    { label: 'indexes', ...change(b.indexes, a.indexes) },
    { label: 'size', ...change(b.sizeBytes, a.sizeBytes, formatBytes) },
  ];
}

const what = (m: RunMetrics) => (m.command === 'rollback' ? 'rollback file' : 'migration');

/**
 * One line, e.g. "Metrics (schemas public): tables 3 → 5 (+2), indexes 4 → 5 (+1), size 7.5 MB →
 * 7.6 MB (+48.0 kB); 2 migrations, 1.2 s in total". With a reading unavailable, says why.
 */
export function formatMetricsLine(m: RunMetrics): string {
  const where = m.database === 'scratch' ? 'of the scratch database, ' : '';
  const head = `Metrics (${where}schema${m.schemas.length === 1 ? '' : 's'} ${m.schemas.join(', ')})`;
  const n = m.migrations.length;
  const run = `${n} ${what(m)}${n === 1 ? '' : 's'}, ${duration(m.durationMs)} in total${m.slow ? ` (over slowMigrationSeconds = ${m.slowMigrationSeconds})` : ''}`;
  if (!m.before && !m.after) return `${head}: unavailable (${m.unavailable ?? 'not read'}); ${run}`;
  const parts = rows(m).map((r) => `${r.label} ${r.before} → ${r.after}${r.diff === '–' ? '' : ` (${r.diff})`}`);
  return `${head}: ${parts.join(', ')}; ${run}${m.unavailable ? `; ${m.unavailable}` : ''}`;
}

/** The job summary's section: a heading, a small GFM table (before, after, change), the duration. */
export function formatMetricsMarkdown(m: RunMetrics): string {
  const where = m.database === 'scratch' ? 'the scratch database `check` applied the migrations to' : 'the database';
  const schemas = m.schemas.map((s) => escapeMarkdown(s)).join(', ');
  const lines = [
    '',
    '### Metrics',
    '',
    `Of ${where}; schema${m.schemas.length === 1 ? '' : 's'} ${schemas} (the schema history table not counted).`,
    '',
    '| | Before | After | Change |',
    '|---|---:|---:|---:|',
    ...rows(m).map((r) => `| ${r.label[0]!.toUpperCase()}${r.label.slice(1)} | ${r.before} | ${r.after} | ${r.diff} |`),
    '',
  ];
  const n = m.migrations.length;
  lines.push(`${n} ${what(m)}${n === 1 ? '' : 's'} in ${duration(m.durationMs)}${m.slow ? ` — ⚠️ more than slowMigrationSeconds (${m.slowMigrationSeconds} s)` : ''}.`, '');
  if (m.unavailable) lines.push(`_Unavailable: ${escapeMarkdown(m.unavailable)}._`, '');
  return lines.join('\n');
}

/** The Action output `metrics-json`: the RunMetrics as compact JSON (shape in the README). */
export function formatMetricsJson(m: RunMetrics): string {
  return JSON.stringify(m);
}
