import 'reflect-metadata';
import type { GraphQLObjectType } from 'graphql';
import { buildSubgraph } from '@prometric/core';
import { identityPermissions, identitySchema } from '@prometric/identity';
import { createSalesServices, salesPermissions, salesSchema } from '@prometric/sales';
import { createOperationsServices, operationsPermissions, operationsSchema } from '@prometric/operations';
import { createFinanceServices, financePermissions, financeSchema } from '@prometric/finance';

/** The only operations anyone may call without a token. */
const PUBLIC = ['Mutation.signUp', 'Mutation.login', 'Mutation.refreshToken'];

describe('deny by default', () => {
  const subgraphs = [
    { name: 'identity', options: identitySchema({ auth: undefined as never, users: undefined as never }), map: identityPermissions },
    { name: 'sales', options: salesSchema(createSalesServices()), map: salesPermissions },
    { name: 'operations', options: operationsSchema(createOperationsServices()), map: operationsPermissions },
    { name: 'finance', options: financeSchema(createFinanceServices()), map: financePermissions },
  ];

  it.each(subgraphs)('gives every operation of $name an explicit rule', async ({ options, map }) => {
    const { schema } = await buildSubgraph(options);
    for (const root of ['Query', 'Mutation'] as const) {
      const fields = Object.keys(schema.getType(root) ? (schema.getType(root) as GraphQLObjectType).getFields() : {}).filter((f) => !f.startsWith('_'));
      const ruled = Object.keys(map[root] ?? {});
      // A new operation without a rule fails here: it would otherwise be denied at run time too.
      expect(fields.filter((f) => !ruled.includes(f))).toEqual([]);
    }
  });

  it('lists the public operations, and nothing else is public', () => {
    const publicOps = subgraphs.flatMap(({ map }) =>
      (['Query', 'Mutation'] as const).flatMap((root) => Object.entries(map[root] ?? {}).filter(([, rule]) => rule.kind === 'public').map(([f]) => `${root}.${f}`)),
    );
    expect(publicOps.sort()).toEqual([...PUBLIC].sort());
  });
});
