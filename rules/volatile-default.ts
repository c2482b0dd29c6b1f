import { defineRule } from '../src/lint/types.js';

// Stub: being implemented.
export default defineRule({
  meta: {
    id: 'volatile-default',
    description: 'ADD COLUMN with a volatile default or GENERATED … STORED on an existing table (table rewrite).',
    severity: 'error',
    help: 'TODO',
  },
  create() {
    return {};
  },
});
