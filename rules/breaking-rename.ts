import { defineRule } from '../src/lint/types.js';

// Stub: being implemented.
export default defineRule({
  meta: {
    id: 'breaking-rename',
    description: 'RENAME of a table, column, view or type: breaks the running application.',
    severity: 'warning',
    help: 'TODO',
  },
  create() {
    return {};
  },
});
