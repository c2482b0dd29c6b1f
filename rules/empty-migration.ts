import { defineRule } from '../src/lint/types.js';

export default defineRule({
  meta: {
    id: 'empty-migration',
    description: 'A migration with no SQL statement (empty or only comments).',
    severity: 'warning',
    help: 'Add the statements it was meant to hold, or delete the file before it is applied anywhere.',
  },
  create(context) {
    return {
      file(file) {
        if (file.parsed.statements.length === 0 && file.parsed.errors.length === 0 && !file.decoded.problem) {
          context.report({
            message: 'the migration contains no SQL statement: it is recorded as applied and changes nothing',
          });
        }
      },
    };
  },
});
