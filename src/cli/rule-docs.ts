/**
 * `migration-guard rules [RULE]`: the list of rules, or one rule's page (rules/RULE.md, shipped
 * next to dist/ in the package; read from the repository when run from source).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../../rules/index.js';
import { CHECK_RULES } from '../check/rules.js';
import { UsageError } from '../errors.js';
import { SUPPRESSION_RULE } from '../lint/engine.js';
import { INFORMATION_URI } from '../report/sarif.js';
import { didYouMean } from '../suggest.js';

export interface RuleEntry {
  id: string;
  severity: string;
  description: string;
  help?: string;
}

/** Every rule: lint rules, invalid-suppression, then the findings only `check` makes. */
export function ruleList(): RuleEntry[] {
  return [
    ...rules.map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: r.meta.description, help: r.meta.help })),
    { id: SUPPRESSION_RULE, severity: 'warning', description: 'A suppression comment without a reason, or naming an unknown rule.' },
    ...CHECK_RULES.map((r) => ({ id: r.id, severity: r.severity, description: `${r.description} (check)`, help: r.help })),
  ];
}

/**
 * Where rules/<id>.md is: next to the package's dist/ (dist/cli.js → ../rules) or, from source,
 * two levels up (src/cli → ../../rules). Undefined when this copy does not have the page.
 */
export function ruleDocPath(id: string): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['..', '../..']) {
    const candidate = resolve(here, up, 'rules', `${id}.md`);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The page of one rule: its Markdown as written; without one in this copy, its description, help
 * and the page's address. An unknown id is a usage error with the closest known id.
 */
export function rulePage(id: string): string {
  const list = ruleList();
  const entry = list.find((r) => r.id === id);
  if (!entry) {
    throw new UsageError(`unknown rule "${id}"${didYouMean(id, list.map((r) => r.id))} (\`migration-guard rules\` lists them)`);
  }
  const path = ruleDocPath(id);
  if (path) {
    const text = readFileSync(path, 'utf8');
    return text.endsWith('\n') ? text : `${text}\n`;
  }
  return `${entry.id} (${entry.severity}): ${entry.description}\n${entry.help ? `\n${entry.help}\n` : ''}\nSee ${INFORMATION_URI}/blob/main/rules/${id}.md\n`;
}
