import type { EntityManager } from '@mikro-orm/postgresql';
import type { HostedModelClient, RequestContext } from '@prometric/core';
import { DealStage } from '../deals/deal-stage';
import type { Deal } from '../deals/deal.entity';
import type { LogisticModel } from './logistic-regression';
import { WinBasis, featuresOf, trainWinModel, winProbability, type DealFacts } from './win-probability';

/** A deal's win probability and what it rests on. */
export interface WinEstimate {
  probability: number;
  basis: WinBasis;
}

const DAY_MS = 86_400_000;

/**
 * Win probabilities of deals: 1 or 0 once closed; otherwise from the workspace's own model (trained
 * by the sweep on its closed deals), from a hosted model when one is configured, or from stage priors
 * while the workspace has fewer than MIN_CLOSED_DEALS closed deals. A page of deals reads the model
 * and its customers' records in two statements.
 */
export class WinModelService {
  constructor(private readonly hosted: HostedModelClient | null = null) {}

  estimate(ctx: RequestContext, deal: Deal): Promise<WinEstimate> {
    if (deal.stage === DealStage.WON || deal.stage === DealStage.LOST) return Promise.resolve({ probability: deal.stage === DealStage.WON ? 1 : 0, basis: WinBasis.CLOSED });
    return ctx.loader<Deal, WinEstimate, string>('Deal:winProbability', (deals) => this.estimateOpen(ctx.em, deals), { cacheKeyFn: (d) => d.id }).load(deal);
  }

  private async estimateOpen(em: EntityManager, deals: readonly Deal[]): Promise<WinEstimate[]> {
    const customers = [...new Set(deals.map((d) => d.customer.id))];
    const [models, records] = await Promise.all([
      em.execute<{ model: LogisticModel }[]>(`select "model" from "sales"."win_model" limit 1`),
      em.execute<{ customer_id: string; closed: number; won: number }[]>(
        `select "customer_id", count(*)::int as "closed", (count(*) filter (where "stage" = 'WON'))::int as "won" from "sales"."deal"
          where "customer_id" = any(?::uuid[]) and "stage" in ('WON', 'LOST') and "deleted_at" is null group by "customer_id"`,
        [`{${customers.join(',')}}`],
      ),
    ]);
    const byCustomer = new Map(records.map((r) => [r.customer_id, r]));
    const facts = deals.map((deal): DealFacts => ({
      stage: deal.stage,
      value: Number(deal.valueAmount),
      ageDays: (Date.now() - deal.createdAt.getTime()) / DAY_MS,
      customerClosed: byCustomer.get(deal.customer.id)?.closed ?? 0,
      customerWon: byCustomer.get(deal.customer.id)?.won ?? 0,
    }));
    const model = models[0]?.model ?? null;
    if (this.hosted && model) {
      const probabilities = await this.hosted.predict<number>(facts.map(featuresOf));
      return probabilities.map((probability) => ({ probability, basis: WinBasis.HOSTED_MODEL }));
    }
    return facts.map((f) => winProbability(f, model));
  }

  /**
   * Trains the workspace's model on its closed deals (each with the customer's record before it
   * closed) and stores it; below MIN_CLOSED_DEALS (or with one outcome only) removes it, so
   * estimates fall back to the stage priors. Runs in the sweep's tenant transaction.
   */
  async train(em: EntityManager, tenant: { organizationId: string; workspaceId: string }): Promise<number> {
    const rows = await em.execute<{ won: boolean; stage: string | null; value: string; age_days: number; customer_closed: number; customer_won: number }[]>(
      `select d."stage" = 'WON' as "won", d."last_open_stage" as "stage", d."value_amount" as "value",
              extract(epoch from (d."closed_at" - d."created_at")) / 86400 as "age_days",
              (select count(*)::int from "sales"."deal" p where p."customer_id" = d."customer_id" and p."stage" in ('WON', 'LOST') and p."deleted_at" is null and p."closed_at" < d."closed_at") as "customer_closed",
              (select count(*)::int from "sales"."deal" p where p."customer_id" = d."customer_id" and p."stage" = 'WON' and p."deleted_at" is null and p."closed_at" < d."closed_at") as "customer_won"
         from "sales"."deal" d where d."stage" in ('WON', 'LOST') and d."deleted_at" is null and d."closed_at" is not null`,
    );
    const model = trainWinModel(
      rows.map((r) => ({ won: r.won, stage: r.stage, value: Number(r.value), ageDays: Number(r.age_days), customerClosed: r.customer_closed, customerWon: r.customer_won })),
    );
    if (!model) {
      await em.execute(`delete from "sales"."win_model"`);
      return rows.length;
    }
    await em.execute(
      `insert into "sales"."win_model" ("workspace_id", "organization_id", "model", "closed_deals", "trained_at") values (?, ?, ?::jsonb, ?, now())
       on conflict ("workspace_id") do update set "model" = excluded."model", "closed_deals" = excluded."closed_deals", "trained_at" = now()`,
      [tenant.workspaceId, tenant.organizationId, JSON.stringify(model), rows.length],
    );
    return rows.length;
  }
}
