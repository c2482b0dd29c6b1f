/**
 * Compiler-style text report: `file:line:col severity rule message`, then the help line.
 * Colour only when asked (TTY, and NO_COLOR not set).
 */
import type { LintSummary } from '../commands/lint.js';
import type { Finding } from '../lint/types.js';

const paint = (on: boolean) => (code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

export function formatText(findings: Finding[], summary: LintSummary, color: boolean): string {
  const c = paint(color);
  const lines: string[] = [];
  for (const f of findings) {
    const sev = f.severity === 'error' ? c('31', 'error') : c('33', 'warning');
    lines.push(`${c('1', `${f.file}:${f.line}:${f.column}`)} ${sev} ${c('2', f.rule)} ${f.message}`);
    lines.push(`    ${c('36', 'help:')} ${f.help}`);
  }
  const checked = `${summary.migrations} migration${summary.migrations === 1 ? '' : 's'} (${summary.files} file${summary.files === 1 ? '' : 's'})`;
  if (findings.length === 0) {
    lines.push(c('32', `✔ no problems in ${checked}`));
  } else {
    if (lines.length) lines.push('');
    const parts = [`${summary.errors} error${summary.errors === 1 ? '' : 's'}`, `${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`];
    lines.push(c(summary.errors ? '31' : '33', `✖ ${findings.length} problem${findings.length === 1 ? '' : 's'} (${parts.join(', ')}) in ${checked}`));
  }
  return lines.join('\n') + '\n';
}
