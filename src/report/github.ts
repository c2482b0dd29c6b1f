/**
 * Findings as GitHub Actions workflow commands (`lint --format github`): one
 * `::error file=F,line=L,col=C,title=RULE::message` (or `::warning`) line per finding, which the
 * runner turns into annotations on the pull request's diff.
 *
 * Escaping as the Actions toolkit does it (@actions/core, command.ts: escapeData and
 * escapeProperty): in the message `%`, `\r` and `\n` become `%25`, `%0D`, `%0A`; in a property
 * value `:` and `,` also become `%3A` and `%2C`, since they separate properties.
 */
import type { Finding } from '../lint/types.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command per finding; the help line follows the message on a line of its own. */
export function formatGithub(findings: Finding[]): string {
  return findings
    .map((f) => {
      const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(f.rule)}`].join(',');
      const message = f.help ? `${f.message}\n\nhelp: ${f.help}` : f.message;
      return `::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(message)}\n`;
    })
    .join('');
}
