import { defineRule } from '../src/lint/types.js';

// Stub: being implemented.
export default defineRule({
  meta: {
    id: 'column-type-change',
    description: 'ALTER COLUMN … TYPE that rewrites the table under ACCESS EXCLUSIVE.',
    severity: 'error',
    help: 'TODO',
  },
  create() {
    return {};
  },
});
