import { join } from 'node:path';
import { print } from 'graphql';
import { DEFAULT_RATE_LIMITS, readTrustedDocuments, type RunningGateway } from '@prometric/gateway';
import { orchestratorEnvSchema, startOrchestrator, type RunningOrchestrator } from '@prometric/orchestrator';
import { REPO_ROOT, createCustomer, createDeal, createProduct, createWarehouse, gql, operation, receiveStock, testEnv, useStack, startExtraGateway } from '@prometric/testing';
import * as generated from '../../schema/generated/graphql';

/**
 * The saga behind a production edge: its orchestrator calls a gateway that runs only registered
 * documents and has budgets far too small for it (a member is refused at once), and completes the
 * order anyway (its documents are registered; its service token spends no budget).
 */
describe('the saga through a gateway with trusted documents enforced and rate limits on', () => {
  // The saga's events must meet only this file's orchestrator: a database (and so queues) of its own.
  const fx = useStack({ database: 'edgesaga' });
  let gateway: RunningGateway;
  let orchestrator: RunningOrchestrator;
  const TINY = 100;

  beforeAll(async () => {
    gateway = await startExtraGateway(fx.stack, {
      trustedDocuments: { mode: 'enforce', documents: readTrustedDocuments(join(REPO_ROOT, 'schema/trusted-documents.json')) },
      rateLimits: { ...DEFAULT_RATE_LIMITS, userPointsPerMinute: TINY, workspacePointsPerMinute: TINY, addressPointsPerMinute: TINY },
    });
    orchestrator = await startOrchestrator(orchestratorEnvSchema.parse({ ...testEnv({ DATABASE_URL: fx.databaseUrl }), GATEWAY_URL: gateway.url }));
  }, 60_000);
  afterAll(async () => {
    await orchestrator?.close();
    await gateway?.close();
  });

  it('completes an order: invoice issued, lines reserved, order READY', async () => {
    // The budgets bind: a member's products page (registered) is refused.
    const member = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${fx.owner.token}` },
      body: JSON.stringify({ query: print(generated.ProductsDocument), variables: { first: 20 } }),
    });
    expect(member.status).toBe(429);

    const customer = await createCustomer(fx.url, fx.owner.token);
    const warehouse = await createWarehouse(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token, { price: '100.00', taxRate: '0.12' });
    await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId: warehouse.id, quantity: 10 });
    const deal = await createDeal(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 3 }]);
    const won = await gql(fx.url, operation('sales', 'WinDeal'), { id: deal.id }, fx.owner.token);
    const orderId = won.data!.winDeal.deal.order.id as string;

    const saga = await orchestrator.waitForSaga(orderId);
    expect({ status: saga.status, done: saga.results.done }).toEqual({ status: 'COMPLETED', done: ['invoice', 'reserve', 'ready'] });
    const order = (await gql(fx.url, operation('sales', 'Order'), { id: orderId }, fx.owner.token)).data!.order;
    expect(order.status).toBe('READY');
    expect(order.invoices.map((i: { status: string }) => i.status)).toEqual(['ISSUED']);
  }, 60_000);
});
