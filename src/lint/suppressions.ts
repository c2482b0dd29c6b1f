/**
 * Suppression comments:
 *   -- migration-guard-ignore RULE[, RULE]: reason        (the next statement)
 *   -- migration-guard-ignore-file RULE[, RULE]: reason   (the whole file)
 * They are read between statements and, for statements inside DO/function bodies, inside the
 * body, so text in string literals never counts as a directive.
 */
import type { MigrationFile } from '../model/project.js';
import type { SqlStatement } from '../parse/parser.js';

export interface Suppression {
  scope: 'statement' | 'file';
  rules: string[];
  reason: string;
  /** Offset (in file.text) of the comment. */
  at: number;
  /** Offsets covered (statement scope); end < start when no statement follows. */
  start: number;
  end: number;
  used?: boolean;
}

const DIRECTIVE = /--[ \t]*migration-guard-ignore(-file)?(?![\w-])([^\n]*)/g;

interface Span {
  start: number;
  end: number;
  stmt?: SqlStatement;
}

export function parseSuppressions(file: MigrationFile): Suppression[] {
  const text = file.text;
  if (!text.includes('migration-guard-ignore')) return [];
  const spans: Span[] = [
    ...file.parsed.statements.map((s) => ({ start: s.start, end: s.end, stmt: s })),
    ...file.parsed.errors.map((e) => ({ start: e.start, end: e.end })),
  ].sort((a, b) => a.start - b.start);
  const out: Suppression[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index;
    const inside = spans.find((s) => at >= s.start && at < s.end);
    let target: { start: number; end: number } | undefined;
    if (inside) {
      // Only inside bodies (DO blocks, functions): the directive excuses the next nested statement.
      const nested = inside.stmt?.nested ?? [];
      if (nested.length === 0) continue;
      target = nested.find((n) => n.start > at);
    } else {
      target = spans.find((s) => s.start > at);
    }
    const body = m[2] ?? '';
    const colon = body.indexOf(':');
    const list = colon >= 0 ? body.slice(0, colon) : body;
    const reason = colon >= 0 ? body.slice(colon + 1).trim() : '';
    const rules = list
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    out.push({
      scope: m[1] ? 'file' : 'statement',
      rules,
      reason,
      at,
      start: target?.start ?? 0,
      end: target ? Math.max(target.end, target.start) : -1,
    });
  }
  return out;
}
