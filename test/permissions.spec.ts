import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLObjectType } from 'graphql';
import { buildSubgraph } from '@prometric/core';
import { identityPermissions, identitySchema } from '@prometric/identity';
import { createSalesServices, salesPermissions, salesSchema } from '@prometric/sales';
import { createOperationsServices, operationsPermissions, operationsSchema } from '@prometric/operations';
import { createFinanceServices, financePermissions, financeSchema } from '@prometric/finance';
import { createProductionServices, productionPermissions, productionSchema } from '@prometric/production';
import { createHrServices, hrPermissions, hrSchema } from '@prometric/hr';
import { REPO_ROOT } from '@prometric/testing';

/** The only operations anyone may call without a token. */
const PUBLIC = ['Mutation.signUp', 'Mutation.login', 'Mutation.refreshToken'];
const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;

describe('deny by default', () => {
  const subgraphs = [
    // Built the way packages/testing's compose does: the schema's shape needs no running services.
    { name: 'identity', options: identitySchema(), map: identityPermissions },
    { name: 'sales', options: salesSchema(createSalesServices()), map: salesPermissions },
    { name: 'operations', options: operationsSchema(createOperationsServices()), map: operationsPermissions },
    { name: 'finance', options: financeSchema(createFinanceServices()), map: financePermissions },
    { name: 'production', options: productionSchema(createProductionServices()), map: productionPermissions },
    { name: 'hr', options: hrSchema(createHrServices()), map: hrPermissions },
  ];

  it('checks every subgraph of the repository', () => {
    const dirs = readdirSync(join(REPO_ROOT, 'subgraphs'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(subgraphs.map((s) => s.name).sort()).toEqual(dirs.sort());
  });

  it.each(subgraphs)('gives every operation of $name an explicit rule', async ({ options, map }) => {
    const { schema } = await buildSubgraph(options);
    let operations = 0;
    for (const root of ROOTS) {
      const type = schema.getType(root) as GraphQLObjectType | undefined;
      const fields = Object.keys(type ? type.getFields() : {}).filter((f) => !f.startsWith('_'));
      operations += fields.length;
      const ruled = Object.keys(map[root] ?? {});
      // A new operation without a rule fails here: it would otherwise be denied at run time too.
      expect([root, fields.filter((f) => !ruled.includes(f))]).toEqual([root, []]);
    }
    expect(operations).toBeGreaterThan(0);
  });

  it('lists the public operations, and nothing else is public', () => {
    const publicOps = subgraphs.flatMap(({ map }) =>
      ROOTS.flatMap((root) => Object.entries(map[root] ?? {}).filter(([, rule]) => rule.kind === 'public').map(([f]) => `${root}.${f}`)),
    );
    expect(publicOps.sort()).toEqual([...PUBLIC].sort());
  });
});
