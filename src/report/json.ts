import type { LintSummary } from '../commands/lint.js';
import type { Finding } from '../lint/types.js';

/**
 * `{"findings": [...], "summary": {...}}`: the machine-readable report; `extra` adds keys after
 * them (the Action's check report adds `metrics`).
 */
export function formatJson(findings: Finding[], summary: LintSummary, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ findings, summary, ...extra }, null, 2) + '\n';
}
