import { defineRule } from '../src/lint/types.js';

// Stub: being implemented.
export default defineRule({
  meta: {
    id: 'lock-timeout-missing',
    description: 'A statement taking ACCESS EXCLUSIVE or SHARE ROW EXCLUSIVE on an existing table with no lock_timeout set.',
    severity: 'warning',
    help: 'TODO',
  },
  create() {
    return {};
  },
});
