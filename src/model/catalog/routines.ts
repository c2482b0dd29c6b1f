/**
 * Functions and procedures the migrations create, each overload's volatility and inlining facts
 * (functions.ts) as CREATE [OR REPLACE] FUNCTION and ALTER FUNCTION leave them; DROP FUNCTION /
 * PROCEDURE forgets every overload of the name.
 */
import type { Node } from '@pgsql/types';
import type { SqlStatement } from '../../parse/parser.js';
import { nameListKey } from '../ast.js';
import { alterFunctionFacts, alterSignature, createSignature, functionFacts } from './functions.js';
import type { CatalogState, Origin } from './state.js';

/** Records what a statement does to functions and procedures. Other statements are ignored. */
export function recordRoutines(state: CatalogState, stmt: SqlStatement, origin: Origin): void {
  const n = stmt.node;
  switch (stmt.kind) {
    case 'CreateFunctionStmt': {
      const key = nameListKey(n['funcname'] as Node[]);
      if (!key) break;
      const facts = functionFacts(stmt);
      const overloads = new Map(state.functions.get(key)?.overloads ?? []).set(createSignature(stmt), facts);
      state.functions.set(key, { key, origin, facts, overloads });
      break;
    }
    case 'AlterFunctionStmt': {
      const fn = state.functions.get(nameListKey(n['func']?.['objname'] as Node[] | undefined) ?? '');
      const sig = alterSignature(stmt);
      for (const [s, facts] of fn?.overloads ?? []) if (sig === undefined || s === sig) alterFunctionFacts(facts, stmt);
      break;
    }
    case 'DropStmt':
      if (n['removeType'] !== 'OBJECT_FUNCTION' && n['removeType'] !== 'OBJECT_PROCEDURE') break;
      for (const o of (n['objects'] ?? []) as Node[]) {
        const key = 'ObjectWithArgs' in o ? nameListKey(o.ObjectWithArgs.objname) : undefined;
        if (key) state.functions.delete(key);
      }
      break;
  }
}
