/**
 * Escaping for the Markdown reports (the PR comment, the job summaries): everything that comes
 * from a migration (file names, messages, SQL, object names) goes through here, so it cannot
 * break the Markdown or a table, inject HTML, @mention anyone or link an issue.
 */

/** Breaks @mentions and #123 / GH-123 / owner/repo#123 references with an invisible joiner. */
export function neutralise(s: string): string {
  return s.replace(/@(?=[A-Za-z0-9_-])/g, '@\u200d').replace(/#(?=\d)/g, '#\u2060').replace(/\b(GH)-(?=\d)/gi, '$1-\u2060');
}

export const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');

/**
 * Text in Markdown (paragraphs, list items, table cells): one line, HTML-special characters as
 * entities, Markdown punctuation backslash-escaped (pipes included, for tables), mentions and
 * issue references neutralised.
 */
export function escapeMarkdown(s: string): string {
  const text = oneLine(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`);
  return neutralise(text);
}

/** Text inside raw HTML (e.g. <summary>): entities only, since Markdown is not read there. */
export function escapeHtml(s: string): string {
  return neutralise(oneLine(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
}

/** A fenced code block whose fence no line of the content can close. */
export function codeBlock(lines: string[], lang = ''): string {
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${lines.join('\n')}\n${fence}`;
}

/** Percent-encodes each path segment (parentheses too, so a link destination stays whole). */
export function encodePath(p: string): string {
  return p
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

export const normPath = (p: string) => p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');

/** Cuts at a code point boundary. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = Math.max(0, max - 1);
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${s.slice(0, cut)}…`;
}
