import type { LintSummary } from '../commands/lint.js';
import type { Finding } from '../lint/types.js';

/** `{"findings": [...], "summary": {...}}`: the machine-readable report. */
export function formatJson(findings: Finding[], summary: LintSummary): string {
  return JSON.stringify({ findings, summary }, null, 2) + '\n';
}
