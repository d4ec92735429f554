import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, type HostedModelClient, type RequestContext } from '@prometric/core';
import { HISTORY_DAYS, HORIZON_DAYS, daysUntilStockout, forecastDemand, type DemandForecast } from './demand-forecast';

@ObjectType({ description: "When a product's stock is forecast to run out, from its recent issues (shipments and production consumption)." })
export class StockoutForecast {
  @Field(() => DateScalar, { nullable: true, description: `The day (UTC) by whose end forecast demand uses up what is available now; null when that is more than ${HORIZON_DAYS} days away (or nothing is issued).` })
  date!: string | null;

  @Field(() => Float, { description: 'Forecast units issued per day over the next week.' })
  dailyDemand!: number;

  @Field(() => Float, { description: `0 to 1: the share of the last ${HISTORY_DAYS} days with history, times how closely the smoothing followed it.` })
  confidence!: number;

  @Field(() => Int, { description: 'Units available now (on hand minus reserved, all warehouses): what the forecast runs down.' })
  available!: number;
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Stockout forecasts of products: their daily issues over the last eight weeks (exponential smoothing
 * with weekly seasonality, `forecastDemand`, or a hosted model when DEMAND_MODEL_ENDPOINT is set)
 * run down against what is available now. A page of products reads in two statements.
 */
export class StockoutForecastService {
  constructor(private readonly hosted: HostedModelClient | null = null) {}

  of(ctx: RequestContext, productId: string): Promise<StockoutForecast> {
    return ctx.loader<string, StockoutForecast>('Product:stockoutForecast', (ids) => this.forecast(ctx, ids)).load(productId);
  }

  private async forecast(ctx: RequestContext, productIds: readonly string[]): Promise<StockoutForecast[]> {
    const ids = `{${productIds.join(',')}}`;
    const today = Date.parse(dayOf(Date.now()));
    const [issues, levels] = await Promise.all([
      ctx.em.execute<{ product_id: string; day: string; quantity: number }[]>(
        `select "product_id", to_char(("created_at" at time zone 'UTC')::date, 'YYYY-MM-DD') as "day", sum(abs("quantity"))::int as "quantity"
           from "operations"."stock_movement"
          where "product_id" = any(?::uuid[]) and "type" = 'ISSUE' and "created_at" >= ?::timestamptz and "created_at" < ?::timestamptz
          group by 1, 2`,
        [ids, new Date(today - HISTORY_DAYS * DAY_MS).toISOString(), new Date(today).toISOString()],
      ),
      ctx.em.execute<{ product_id: string; available: number }[]>(
        `select "product_id", sum("on_hand" - "reserved")::int as "available" from "operations"."stock_level" where "product_id" = any(?::uuid[]) group by 1`,
        [ids],
      ),
    ]);
    const series = new Map(productIds.map((id) => [id, new Array<number>(HISTORY_DAYS).fill(0)]));
    for (const row of issues) series.get(row.product_id)![HISTORY_DAYS - (today - Date.parse(row.day)) / DAY_MS] = row.quantity;
    const available = new Map(levels.map((l) => [l.product_id, l.available]));
    // A hosted model gets the same history and answers the same shape: `{ daily: number[], confidence }`.
    const daily = this.hosted
      ? await this.hosted.predict<DemandForecast>(productIds.map((id) => ({ history: series.get(id), horizon: HORIZON_DAYS })))
      : productIds.map((id) => forecastDemand(series.get(id)!));
    return productIds.map((id, i) => {
      const days = daysUntilStockout(available.get(id) ?? 0, daily[i].daily);
      const week = daily[i].daily.slice(0, 7);
      return {
        date: days === null ? null : dayOf(today + days * DAY_MS),
        dailyDemand: Math.round((week.reduce((a, b) => a + b, 0) / week.length) * 100) / 100,
        confidence: daily[i].confidence,
        available: available.get(id) ?? 0,
      };
    });
  }
}
