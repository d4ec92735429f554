import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType, parse } from 'graphql';
import { rulesOfMap, rulesOfSdl, scopeSentence, type PermissionMap } from '@prometric/core';
import { identityPermissions } from '@prometric/identity';
import { salesPermissions } from '@prometric/sales';
import { operationsPermissions } from '@prometric/operations';
import { financePermissions } from '@prometric/finance';
import { productionPermissions } from '@prometric/production';
import { hrPermissions } from '@prometric/hr';
import { REPO_ROOT, currentApiSdl } from '@prometric/testing';

// Scopes where clients see them: printed API schemas and introspection drop @requiresScopes, so each
// gated field's description must say what it needs, and what its resolver checks besides.
const supergraph = readFileSync(join(REPO_ROOT, 'schema', 'supergraph.graphql'), 'utf8');
const api = buildSchema(currentApiSdl());
const description = (coordinate: string) => {
  const [type, field] = coordinate.split('.');
  const t = api.getType(type);
  return t && isObjectType(t) ? t.getFields()[field]?.description ?? null : null;
};

describe('the API schema clients read', () => {
  it('is committed as schema/api.graphql, as pnpm compose prints it', () => {
    expect(readFileSync(join(REPO_ROOT, 'schema', 'api.graphql'), 'utf8')).toBe(`${currentApiSdl()}\n`);
  });

  it('names the scopes of every @requiresScopes field in its description', () => {
    const gated = [...rulesOfSdl(parse(supergraph))].filter(([, rule]) => rule.kind === 'scopes');
    expect(gated.length).toBeGreaterThan(140);
    const missing = gated.filter(([coordinate, rule]) => rule.kind === 'scopes' && !description(coordinate)?.includes(scopeSentence(rule.anyOf)));
    expect(missing.map(([c]) => c)).toEqual([]);
  });

  it('says what a resolver checks beyond the directive (own salary, manager approval, …)', () => {
    const maps: PermissionMap[] = [identityPermissions, salesPermissions, operationsPermissions, financePermissions, productionPermissions, hrPermissions];
    const notes = maps.flatMap((m) => [...rulesOfMap(m)]).filter(([, rule]) => rule.checkedInResolver);
    const coordinates = notes.map(([c]) => c);
    expect(coordinates).toEqual(expect.arrayContaining(['Employee.salary', 'Mutation.approveLeave', 'Mutation.approveExpense', 'Query.expense', 'Mutation.addMember', 'Mutation.createApiKey']));
    expect(notes.filter(([c, rule]) => !description(c)?.includes(rule.checkedInResolver!)).map(([c]) => c)).toEqual([]);
    expect(description('Employee.salary')).toMatch(/`hr:salary`.*the employee themselves/);
  });
});

describe('scopeSentence', () => {
  it('reads @requiresScopes as OR of AND groups', () => {
    expect(scopeSentence([['invoices:read']])).toBe('Requires scope `invoices:read`.');
    expect(scopeSentence([['hr:write', 'hr:salary']])).toBe('Requires scopes `hr:write` and `hr:salary`.');
    expect(scopeSentence([['a'], ['b'], ['c']])).toBe('Requires one of the scopes `a`, `b` or `c`.');
    expect(scopeSentence([['a', 'b'], ['c']])).toBe('Requires scopes `a` and `b`, or scope `c`.');
  });
});
