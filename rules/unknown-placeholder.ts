import { defineRule } from '../src/lint/types.js';
import { flywayPlaceholderError, type UnknownPlaceholder } from '../src/load/placeholders.js';

const HELP =
  'Define it under `placeholders:` in migration-guard.yml or with --placeholder NAME=VALUE (names are case-insensitive), or use a ${flyway:…} built-in. ' +
  'If the text is not meant as a placeholder, change placeholderPrefix/placeholderSuffix or set placeholderReplacement: false, as for Flyway.';

/** The placeholder as written, on one line and at most 60 characters. */
function shown(text: string): string {
  const one = text.replace(/\r\n|\r|\n/g, '\\n').replace(/\t/g, '\\t');
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

function message(p: UnknownPlaceholder): string {
  const flyway = flywayPlaceholderError({ ...p, placeholder: shown(p.placeholder) });
  if (p.unterminated) {
    return `placeholder ${shown(p.placeholder)} has no suffix before the end of the file: Flyway takes the rest of the file as its name and stops with "${flyway}"`;
  }
  if (p.builtin) return `${shown(p.placeholder)} is not one of Flyway's built-in placeholders: Flyway stops with "${flyway}"`;
  return `no value for placeholder ${shown(p.placeholder)}: Flyway stops with "${flyway}" and the SQL is not valid as written`;
}

export default defineRule({
  meta: {
    id: 'unknown-placeholder',
    description: 'A Flyway placeholder ${name} with no value in the configuration.',
    severity: 'error',
    help: HELP,
    appliesTo: ['versioned', 'repeatable', 'rollback', 'seed'],
  },
  create(context) {
    return {
      file(file) {
        for (const p of file.unknownPlaceholders) context.report({ offset: p.offset, message: message(p) });
      },
    };
  },
});
