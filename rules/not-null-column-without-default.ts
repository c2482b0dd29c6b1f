import { defineRule } from '../src/lint/types.js';

// Stub: being implemented.
export default defineRule({
  meta: {
    id: 'not-null-column-without-default',
    description: 'ADD COLUMN … NOT NULL without a default on an existing table.',
    severity: 'error',
    help: 'TODO',
  },
  create() {
    return {};
  },
});
