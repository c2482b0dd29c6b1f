/**
 * The "Query plans" section of the PR comment and job summary (query-plan-regression): a table
 * with one row per critical query — its plan shape and estimated cost before the change set and
 * after it, one cell each — then the full EXPLAIN output of both, folded in a <details>.
 * Escaping is the Markdown reports' own (markdown-text.ts).
 */
import type { PerformanceReport } from '../check/performance.js';
import { clip, codeBlock, escapeMarkdown, neutralise, oneLine } from './markdown-text.js';
import { planAtLine, pointName, verdictOf, volumeLines } from './plans.js';

/** Text for a table cell or paragraph, and a line inside a code block. */
const h = { escape: escapeMarkdown, codeLine: (s: string) => neutralise(oneLine(s)), code: codeBlock, clip };

const ICON = { fails: '❌', worse: '⚠️', ok: '✅', none: '–' } as const;

/** The section's lines; `rows` queries at most, texts clipped to `text` characters. */
export function plansSection(p: PerformanceReport | undefined, limits: { rows: number; text: number }, moreNote: string): string[] {
  if (!p) return [];
  const out = ['### Query plans', ''];
  out.push(`Critical queries planned before the change set and after it (EXPLAIN, estimated cost; costFactor ${p.costFactor}).`, '');
  if (p.queries.length) {
    out.push('| | Query | Before | After |', '|---|---|---|---|');
    for (const q of p.queries.slice(0, limits.rows)) {
      const before = h.escape(h.clip(planAtLine(q.before), limits.text));
      const after = h.escape(h.clip(planAtLine(q.after), limits.text));
      const where = q.after?.after ? `<br><sub>after ${h.escape(h.clip(q.after.after, limits.text))}</sub>` : '';
      out.push(`| ${ICON[verdictOf(q)]} | ${h.escape(h.clip(q.name, limits.text))} | ${before} | ${after}${where} |`);
    }
    if (p.queries.length > limits.rows) out.push(`| | … ${p.queries.length - limits.rows} more, ${moreNote} | | |`);
    out.push('');
    const shown = p.queries.slice(0, limits.rows).filter((q) => q.before?.plan || q.after?.plan);
    if (shown.length) {
      const lines: string[] = [];
      for (const q of shown) {
        for (const at of [q.before, q.after]) {
          if (!at) continue;
          lines.push(h.codeLine(`-- ${q.file}, ${pointName(at)}`));
          if (at.plan) for (const l of at.plan.text) lines.push(h.codeLine(h.clip(l, limits.text)));
          else lines.push(h.codeLine(`ERROR: ${at.error?.message ?? ''}`));
          lines.push('');
        }
      }
      out.push('<details>', '<summary>Full plans</summary>', '', h.code(lines.slice(0, -1)), '', '</details>', '');
    }
  } else out.push('No query: the folder holds no .sql file.', '');
  const volume = volumeLines(p);
  if (volume.length) out.push(`Rows: ${volume.map((l) => h.escape(h.clip(l, limits.text))).join(' · ')}`, '');
  for (const n of p.notes) out.push(`> ${h.escape(h.clip(n, limits.text))}`, '');
  return out;
}
