import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { routesOf, type EventRoutes } from '@prometric/contracts';
import { buildSubgraphTypeDefs } from '@prometric/core';
import { supergraphForEnforcingGateway } from '@prometric/gateway';
import { identitySchema } from '@prometric/identity';
import { SALES_CONSUMER, createSalesServices, salesSchema } from '@prometric/sales';
import { OPERATIONS_CONSUMER, createOperationsServices, operationsSchema } from '@prometric/operations';
import { FINANCE_CONSUMER, WEBHOOKS_CONSUMER, createFinanceServices, financeSchema } from '@prometric/finance';
import { ORCHESTRATOR_CONSUMER, orchestratorSchema } from '@prometric/orchestrator';
import { createProductionServices, productionSchema } from '@prometric/production';
import { createHrServices, hrSchema } from '@prometric/hr';

/**
 * The event routes of the whole system: every durable consumer's declaration (what it consumes), as
 * the outbox relays publish by. The one place they are assembled; `pnpm start`, the test stack and
 * docker-compose (checked by test/deployment.spec.ts) use it.
 */
export function eventRoutes(): EventRoutes {
  return routesOf([SALES_CONSUMER, OPERATIONS_CONSUMER, FINANCE_CONSUMER, ORCHESTRATOR_CONSUMER, WEBHOOKS_CONSUMER]);
}

/** The subgraphs of the supergraph, with the URLs the committed supergraph names (local defaults). */
export async function subgraphSdls(): Promise<{ name: string; url: string; sdl: string }[]> {
  const identity = await buildSubgraphTypeDefs(identitySchema());
  const sales = await buildSubgraphTypeDefs(salesSchema(createSalesServices()));
  const operations = await buildSubgraphTypeDefs(operationsSchema(createOperationsServices()));
  const finance = await buildSubgraphTypeDefs(financeSchema(createFinanceServices()));
  const production = await buildSubgraphTypeDefs(productionSchema(createProductionServices()));
  const hr = await buildSubgraphTypeDefs(hrSchema(createHrServices()));
  const orchestrator = await buildSubgraphTypeDefs(orchestratorSchema());
  return [
    { name: 'identity', url: 'http://localhost:4001/graphql', sdl: identity.sdl },
    { name: 'sales', url: 'http://localhost:4002/graphql', sdl: sales.sdl },
    { name: 'operations', url: 'http://localhost:4003/graphql', sdl: operations.sdl },
    { name: 'finance', url: 'http://localhost:4004/graphql', sdl: finance.sdl },
    { name: 'production', url: 'http://localhost:4005/graphql', sdl: production.sdl },
    { name: 'hr', url: 'http://localhost:4006/graphql', sdl: hr.sdl },
    { name: 'orchestrator', url: 'http://localhost:4007/graphql', sdl: orchestrator.sdl },
  ];
}

/** Composes the supergraph with @apollo/composition; throws with every composition error. */
export async function composeSupergraph(): Promise<{ supergraphSdl: string; subgraphs: { name: string; url: string; sdl: string }[] }> {
  const subgraphs = await subgraphSdls();
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors?.length) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  return { supergraphSdl: committedSupergraph(result.supergraphSdl!), subgraphs };
}

const HEADER = `# Composed by \`pnpm compose\` (@apollo/composition) from the subgraphs; do not edit.
# @authenticated / @requiresScopes below are enforced by the Prometric gateway (field by field) and by
# every subgraph. Their @link omits Apollo's \`for: SECURITY\` purpose, which only Apollo's Router
# accepts: with it, @apollo/gateway and @apollo/federation-internals tooling refuse to load the file.
`;

/** The supergraph as committed: the composition, minus the SECURITY purpose (see HEADER). */
export function committedSupergraph(composed: string): string {
  return `${HEADER}${supergraphForEnforcingGateway(composed).trim()}\n`;
}
