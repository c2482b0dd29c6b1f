import { defineRule } from '../src/lint/types.js';

// Stub: being implemented.
export default defineRule({
  meta: {
    id: 'table-rewrite',
    description: 'VACUUM FULL, CLUSTER, SET TABLESPACE, SET LOGGED/UNLOGGED on an existing table.',
    severity: 'warning',
    help: 'TODO',
  },
  create() {
    return {};
  },
});
