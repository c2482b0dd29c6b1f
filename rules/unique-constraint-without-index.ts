import { defineRule } from '../src/lint/types.js';

// Stub: being implemented.
export default defineRule({
  meta: {
    id: 'unique-constraint-without-index',
    description: 'ADD UNIQUE / PRIMARY KEY not USING INDEX on an existing table.',
    severity: 'error',
    help: 'TODO',
  },
  create() {
    return {};
  },
});
