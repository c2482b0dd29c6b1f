import { defineRule } from '../src/lint/types.js';

export default defineRule({
  meta: {
    id: 'parse-error',
    description: 'SQL that PostgreSQL’s parser rejects (also files that are not valid text in the configured encoding).',
    severity: 'error',
    help: 'Fix the statement so PostgreSQL can parse it; the rest of the file was still checked.',
    appliesTo: ['versioned', 'repeatable', 'rollback', 'seed', 'invalid'],
  },
  create(context) {
    return {
      file(file) {
        const { problem } = file.decoded;
        if (problem) {
          context.report({
            position: file.lines.position(problem.offset),
            message: `${problem.message}; nothing in the file was checked`,
            help: 'Save the file as text in the configured encoding (`encoding` in migration-guard.yml, default UTF-8), without NUL bytes.',
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
