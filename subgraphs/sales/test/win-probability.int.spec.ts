import { createCustomer, createDeal, createProduct, gql, signUpTenant, useStack, type Tenant } from '@prometric/testing';

const DEAL = /* GraphQL */ `query($id: ID!) { deal(id: $id) { stage winProbability winProbabilityBasis } }`;
const MOVE = /* GraphQL */ `mutation($id: ID!, $stage: DealStage!) { moveDealStage(id: $id, stage: $stage) { deal { stage } errors { code message } } }`;
const WIN = /* GraphQL */ `mutation($id: ID!) { winDeal(id: $id) { deal { stage } errors { code message } } }`;

describe('Deal.winProbability: a model per workspace, trained on its own closed deals', () => {
  const fx = useStack();

  const move = async (tenant: Tenant, id: string, stages: string[]) => {
    for (const stage of stages) expect((await gql(fx.url, MOVE, { id, stage }, tenant.token)).data!.moveDealStage.errors).toEqual([]);
  };
  const estimate = async (tenant: Tenant, id: string) => (await gql(fx.url, DEAL, { id }, tenant.token)).data!.deal;

  it('stage priors first; after 40 closed deals the workspace model: a customer who always wins at negotiation scores > 0.8, one who never buys < 0.2', async () => {
    const product = await createProduct(fx.url, fx.owner.token, { price: '250.00' });
    const loyal = await createCustomer(fx.url, fx.owner.token, { name: 'Loyal Ltd' });
    const cold = await createCustomer(fx.url, fx.owner.token, { name: 'Cold Calls Inc' });
    const open = await createDeal(fx.url, fx.owner.token, loyal.id, [{ productId: product.id, quantity: 20 }]);
    await move(fx.owner, open.id, ['QUALIFIED', 'PROPOSAL', 'NEGOTIATION']);
    expect(await estimate(fx.owner, open.id)).toEqual({ stage: 'NEGOTIATION', winProbability: 0.65, winProbabilityBasis: 'STAGE_PRIOR' });

    // History: 20 deals of the loyal customer taken to negotiation and won, 20 of the cold one lost as leads.
    for (let i = 0; i < 20; i++) {
      const won = await createDeal(fx.url, fx.owner.token, loyal.id, [{ productId: product.id, quantity: 20 + i }]);
      await move(fx.owner, won.id, ['QUALIFIED', 'PROPOSAL', 'NEGOTIATION']);
      expect((await gql(fx.url, WIN, { id: won.id }, fx.owner.token)).data!.winDeal.errors).toEqual([]);
      const lost = await createDeal(fx.url, fx.owner.token, cold.id, [{ productId: product.id, quantity: 2 + (i % 3) }]);
      await move(fx.owner, lost.id, ['LOST']);
    }
    const coldOpen = await createDeal(fx.url, fx.owner.token, cold.id, [{ productId: product.id, quantity: 3 }]);
    const sweep = await fx.stack.sales.winModelSweep!.runNow();
    expect(sweep.done.map((t) => t.workspaceId)).toContain(fx.owner.workspaceId);

    const likely = await estimate(fx.owner, open.id);
    expect(likely.winProbabilityBasis).toBe('MODEL');
    expect(likely.winProbability).toBeGreaterThan(0.8);
    const unlikely = await estimate(fx.owner, coldOpen.id);
    expect(unlikely.winProbabilityBasis).toBe('MODEL');
    expect(unlikely.winProbability).toBeLessThan(0.2);
    // A closed deal says what happened.
    const closed = (await gql(fx.url, `query { deals(first: 1, filter: { stage: WON }) { edges { node { winProbability winProbabilityBasis } } } }`, {}, fx.owner.token)).data!.deals.edges[0].node;
    expect(closed).toEqual({ winProbability: 1, winProbabilityBasis: 'CLOSED' });

    // Another workspace learns nothing from this one's history.
    const other = await signUpTenant(fx.url);
    const theirProduct = await createProduct(fx.url, other.token);
    const theirCustomer = await createCustomer(fx.url, other.token);
    const theirs = await createDeal(fx.url, other.token, theirCustomer.id, [{ productId: theirProduct.id, quantity: 1 }]);
    expect(await estimate(other, theirs.id)).toEqual({ stage: 'LEAD', winProbability: 0.1, winProbabilityBasis: 'STAGE_PRIOR' });
  }, 120_000);
});
