import { defineRule } from '../src/lint/types.js';

export default defineRule({
  meta: {
    id: 'parse-error',
    description: 'SQL that PostgreSQL’s parser rejects (also invalid UTF-8 and NUL bytes).',
    severity: 'error',
    help: 'Fix the statement so PostgreSQL can parse it; the rest of the file was still checked.',
    appliesTo: ['versioned', 'repeatable', 'rollback', 'seed', 'invalid'],
  },
  create(context) {
    return {
      file(file) {
        const { invalidUtf8At, nulAt } = file.decoded;
        if (invalidUtf8At !== undefined) {
          context.report({
            position: file.lines.position(invalidUtf8At),
            message:
              'invalid UTF-8 byte sequence: PostgreSQL rejects the file with "invalid byte sequence for encoding UTF8"',
            help: 'Save the file as UTF-8 (with or without BOM).',
          });
        }
        if (nulAt !== undefined) {
          context.report({
            position: file.lines.position(nulAt),
            message: 'NUL byte in the file (is it binary?): PostgreSQL cannot take NUL in SQL text; only the text before it was checked',
            help: 'Remove the NUL byte; migrations must be plain UTF-8 text.',
          });
        }
        for (const e of file.parsed.errors) {
          // A placeholder with no value stays as written and breaks the syntax: unknown-placeholder says so.
          if (file.unknownPlaceholders.some((p) => p.offset >= e.start && p.offset <= e.end)) continue;
          if (e.tooLarge) {
            context.report({
              offset: e.offset,
              message: e.message,
              help: 'Split it into smaller migrations, or load bulk data with COPY … FROM a data file.',
            });
          } else context.report({ offset: e.offset, message: `PostgreSQL rejects this statement: ${e.message}` });
        }
      },
    };
  },
});
