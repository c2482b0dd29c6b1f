/**
 * Types the migrations create: enums, composites, domains (with their constraints, domains.ts),
 * ranges and base types; ALTER DOMAIN, DROP, RENAME and SET SCHEMA of them.
 */
import type { Node, RangeVar } from '@pgsql/types';
import type { AstNode, SqlStatement } from '../../parse/parser.js';
import { nameListKey, relationKey } from '../ast.js';
import { alterDomain, domainFacts, renameDomainConstraint } from './domains.js';
import type { CatalogState, Origin, TypeKind } from './state.js';

/** Records what a statement does to user types. Other statements are ignored. */
export function recordTypes(state: CatalogState, stmt: SqlStatement, origin: Origin): void {
  const n = stmt.node;
  switch (stmt.kind) {
    case 'CreateEnumStmt':
    case 'CompositeTypeStmt':
    case 'CreateDomainStmt':
    case 'CreateRangeStmt':
    case 'DefineStmt': {
      const found = typeCreated(stmt.kind, n);
      if (found && !state.types.has(found.key)) {
        const domain = stmt.kind === 'CreateDomainStmt' ? domainFacts(n, unqualified(found.key)) : undefined;
        state.types.set(found.key, { ...found, origin, ...(domain ? { domain } : {}) });
      }
      break;
    }
    case 'AlterDomainStmt': {
      const key = nameListKey(n['typeName'] as Node[] | undefined);
      const domain = key ? state.types.get(key)?.domain : undefined;
      if (key && domain) alterDomain(domain, n, unqualified(key));
      break;
    }
    case 'DropStmt':
      if (n['removeType'] !== 'OBJECT_TYPE' && n['removeType'] !== 'OBJECT_DOMAIN') break;
      for (const o of (n['objects'] ?? []) as Node[]) {
        const key = 'TypeName' in o ? nameListKey(o.TypeName.names) : undefined;
        if (key) state.types.delete(key);
      }
      break;
    case 'RenameStmt': {
      const type = String(n['renameType']);
      const key = nameListKey(n['object']?.['List']?.['items'] as Node[] | undefined);
      if (type === 'OBJECT_DOMCONSTRAINT') {
        const domain = state.types.get(key ?? '')?.domain;
        if (domain && n['subname'] && n['newname']) renameDomainConstraint(domain, String(n['subname']), String(n['newname']));
      } else if ((type === 'OBJECT_TYPE' || type === 'OBJECT_DOMAIN') && key && n['newname']) {
        moveType(state, key, `${key.slice(0, key.indexOf('.'))}.${n['newname']}`);
      }
      break;
    }
    case 'AlterObjectSchemaStmt': {
      if ((n['objectType'] !== 'OBJECT_TYPE' && n['objectType'] !== 'OBJECT_DOMAIN') || !n['newschema']) break;
      const from = nameListKey(n['object']?.['List']?.['items'] as Node[] | undefined);
      if (from) moveType(state, from, `${n['newschema']}.${unqualified(from)}`);
      break;
    }
  }
}

const unqualified = (key: string) => key.slice(key.indexOf('.') + 1);

function moveType(state: CatalogState, from: string, to: string): void {
  const info = state.types.get(from);
  state.types.delete(from);
  if (info) state.types.set(to, { ...info, key: to });
}

/** The type a CREATE TYPE / CREATE DOMAIN statement creates. */
function typeCreated(kind: string, n: AstNode): { key: string; kind: TypeKind } | undefined {
  let key: string | undefined;
  let typeKind: TypeKind;
  switch (kind) {
    case 'CreateEnumStmt':
      [key, typeKind] = [nameListKey(n['typeName'] as Node[]), 'enum'];
      break;
    case 'CompositeTypeStmt':
      [key, typeKind] = [relationKey(n['typevar'] as RangeVar | undefined), 'composite'];
      break;
    case 'CreateDomainStmt':
      [key, typeKind] = [nameListKey(n['domainname'] as Node[]), 'domain'];
      break;
    case 'CreateRangeStmt':
      [key, typeKind] = [nameListKey(n['typeName'] as Node[]), 'range'];
      break;
    case 'DefineStmt':
      if (n['kind'] !== 'OBJECT_TYPE') return undefined;
      [key, typeKind] = [nameListKey(n['defnames'] as Node[]), 'base'];
      break;
    default:
      return undefined;
  }
  return key ? { key, kind: typeKind } : undefined;
}
