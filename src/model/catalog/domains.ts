/**
 * Domains as the replayed history declares them: the base type and the constraints (CREATE
 * DOMAIN … [NOT NULL] [CHECK …], ALTER DOMAIN ADD / DROP CONSTRAINT, SET / DROP NOT NULL).
 * PostgreSQL checks a domain's constraints on every value stored in a column of that type
 * (DomainHasConstraints in src/backend/utils/cache/typcache.c), so ADD COLUMN of a constrained
 * domain and ALTER COLUMN TYPE to one rewrite the table (measured: test/db/type-change-facts.test.ts).
 */
import type { Node, TypeName } from '@pgsql/types';
import type { AstNode } from '../../parse/parser.js';
import { displayName, nameListKey } from '../ast.js';

export interface DomainFacts {
  /** The base type as written (TypeName node). */
  base: TypeName;
  /** Constraints by name (a NOT NULL is named <domain>_not_null unless named, as PostgreSQL 17+ does). */
  constraints: Map<string, 'check' | 'not null'>;
}

/** A generated CHECK name as PostgreSQL picks it for a domain: <domain>_check, then _check1 … */
function checkName(domain: string, taken: Map<string, unknown>): string {
  let name = `${domain}_check`;
  for (let i = 1; taken.has(name); i++) name = `${domain}_check${i}`;
  return name;
}

function addConstraint(facts: DomainFacts, domain: string, c: AstNode): void {
  if (c['contype'] === 'CONSTR_NOTNULL') facts.constraints.set(String(c['conname'] ?? `${domain}_not_null`), 'not null');
  else if (c['contype'] === 'CONSTR_NULL') dropNotNull(facts);
  else if (c['contype'] === 'CONSTR_CHECK') facts.constraints.set(String(c['conname'] ?? checkName(domain, facts.constraints)), 'check');
}

function dropNotNull(facts: DomainFacts): void {
  for (const [name, kind] of facts.constraints) if (kind === 'not null') facts.constraints.delete(name);
}

/** The facts of CREATE DOMAIN name AS type [constraints]. */
export function domainFacts(n: AstNode, domain: string): DomainFacts | undefined {
  const base = n['typeName'] as TypeName | undefined;
  if (!base) return undefined;
  const facts: DomainFacts = { base, constraints: new Map() };
  for (const c of (n['constraints'] ?? []) as Node[]) if ('Constraint' in c) addConstraint(facts, domain, c.Constraint as AstNode);
  return facts;
}

/** ALTER DOMAIN: C add constraint, X drop constraint, O SET NOT NULL, N DROP NOT NULL. */
export function alterDomain(facts: DomainFacts, n: AstNode, domain: string): void {
  switch (n['subtype']) {
    case 'C':
      if (n['def']?.['Constraint']) addConstraint(facts, domain, n['def']['Constraint']);
      break;
    case 'X':
      facts.constraints.delete(String(n['name']));
      break;
    case 'O':
      facts.constraints.set(`${domain}_not_null`, 'not null');
      break;
    case 'N':
      dropNotNull(facts);
      break;
  }
}

/**
 * The domain (itself or one it is based on) whose constraints a column of this type is checked
 * against, or undefined: not a domain the history created, or one without constraints.
 */
export function constrainedDomain(type: TypeName | undefined, lookup: (key: string) => DomainFacts | undefined): string | undefined {
  for (let t = type, hops = 0; t && hops < 16; hops++) {
    if (t.arrayBounds?.length) return undefined;
    const key = nameListKey(t.names);
    const domain = key ? lookup(key) : undefined;
    if (!domain) return undefined;
    if (domain.constraints.size) return displayName(key!);
    t = domain.base;
  }
  return undefined;
}

/** ALTER DOMAIN … RENAME CONSTRAINT a TO b. */
export function renameDomainConstraint(facts: DomainFacts, from: string, to: string): void {
  const kind = facts.constraints.get(from);
  if (kind === undefined) return;
  facts.constraints.delete(from);
  facts.constraints.set(to, kind);
}
