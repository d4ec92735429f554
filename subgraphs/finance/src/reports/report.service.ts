import { BadUserInputError, Decimal, money, requirePrincipal, type Money, type RequestContext } from '@prometric/core';
import { customerReference } from '../customers/customer.reference';
import { productReference } from '../products/product.reference';
import type { ExpenseCategory } from '../expenses/expense-status';
import { AgingBuckets, ArAgingReport, CustomerAging, ExpenseCategoryTotal, ProfitAndLossReport, ReportPeriod, RevenueBreakdown, RevenueReport, RevenueRow } from './report.types';

/** Periods a revenue report may hold at most (a DAY report over about three years). */
const MAX_PERIODS = 1100;

const PERIOD_UNIT: Record<ReportPeriod, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter' };
/** One period's length as a PostgreSQL interval ('1 quarter' is not one). */
const PERIOD_STEP: Record<ReportPeriod, string> = { DAY: '1 day', WEEK: '1 week', MONTH: '1 month', QUARTER: '3 months' };

interface AgingRow {
  customer_id: string;
  current: string;
  d30: string;
  d60: string;
  d90: string;
  over: string;
  total: string;
}

interface RevenueSqlRow {
  period: string;
  key: string | null;
  net: string;
  tax: string;
}

/**
 * Finance's reports: read-only, each ONE SQL statement whatever the data size, in the request's
 * transaction (`em.execute`) (row-level security as for any read, and the workspace named again in the SQL). Dates
 * are UTC calendar days; "as of D" means at the end of D.
 */
export class ReportService {
  /**
   * Accounts receivable aging as of `asOf`: for each invoice issued by then (and not voided by then),
   * its total minus the payments and credit notes recorded by then — so an invoice paid after `asOf`
   * still counts as due — bucketed by days past its due date on `asOf`.
   */
  async arAging(ctx: RequestContext, asOf: string, currency?: string | null): Promise<ArAgingReport> {
    const principal = requirePrincipal(ctx);
    const cur = currency ?? principal.currency;
    const s = this.schema(ctx);
    const rows = await ctx.em.execute<AgingRow[]>(
      `with params as (select ?::uuid as ws, ?::date as as_of, ((?::date + 1)::timestamp at time zone 'UTC') as cutoff, ?::text as cur),
      due as (
        select i.customer_id, i.due_date,
          i.total
            - coalesce((select sum(p.amount) from ${s}.payment p where p.invoice_id = i.id and p.deleted_at is null and p.created_at < params.cutoff), 0)
            - coalesce((select sum(c.total) from ${s}.credit_note c where c.invoice_id = i.id and c.deleted_at is null and c.issued_at < params.cutoff), 0) as amount,
          params.as_of - i.due_date as late
        from ${s}.invoice i, params
        where i.workspace_id = params.ws and i.deleted_at is null and i.currency = params.cur
          and i.issued_at < params.cutoff and (i.voided_at is null or i.voided_at >= params.cutoff)
      )
      select customer_id,
        sum(case when late is null or late <= 0 then amount else 0 end) as current,
        sum(case when late between 1 and 30 then amount else 0 end) as d30,
        sum(case when late between 31 and 60 then amount else 0 end) as d60,
        sum(case when late between 61 and 90 then amount else 0 end) as d90,
        sum(case when late > 90 then amount else 0 end) as over,
        sum(amount) as total
      from due where amount > 0 group by customer_id order by customer_id`,
      [principal.workspaceId, asOf, asOf, cur],
    );
    const buckets = <T extends AgingBuckets>(target: T, r: Omit<AgingRow, 'customer_id'>): T =>
      Object.assign(target, { current: money(r.current, cur), days1To30: money(r.d30, cur), days31To60: money(r.d60, cur), days61To90: money(r.d90, cur), over90: money(r.over, cur), total: money(r.total, cur) });
    const sum = (key: keyof Omit<AgingRow, 'customer_id'>) => rows.reduce((acc, r) => acc.plus(r[key]), new Decimal(0)).toFixed(2);
    return Object.assign(new ArAgingReport(), {
      asOf,
      currency: cur,
      customers: rows.map((r) => buckets(Object.assign(new CustomerAging(), { customer: customerReference(r.customer_id) }), r)),
      total: buckets(new AgingBuckets(), { current: sum('current'), d30: sum('d30'), d60: sum('d60'), d90: sum('d90'), over: sum('over'), total: sum('total') }),
    });
  }

  /**
   * Revenue per period from `from` to `to` (inclusive, UTC days) in the workspace currency: invoices
   * count when issued; a credit note subtracts when issued; a voided invoice subtracts when voided.
   * Every period of the range is present, zero when empty (times every customer or product that has
   * revenue in the range, with a breakdown). By product, each invoice line is its quantity × unit
   * price with its tax rounded half-up per line, as the invoice computed it.
   */
  async revenue(ctx: RequestContext, from: string, to: string, groupBy: ReportPeriod, by: RevenueBreakdown): Promise<RevenueReport> {
    const principal = requirePrincipal(ctx);
    if (from > to) throw new BadUserInputError('`from` must not be after `to`', { argumentName: 'from' });
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
    const periods = { DAY: days + 1, WEEK: days / 7 + 1, MONTH: days / 28 + 1, QUARTER: days / 90 + 1 }[groupBy];
    if (periods > MAX_PERIODS) throw new BadUserInputError(`At most ${MAX_PERIODS} periods: choose a longer period or a shorter range`, { argumentName: 'groupBy' });
    const cur = principal.currency;
    const s = this.schema(ctx);
    // What each invoice billed (whole, or per line by product), counted when issued and taken back
    // when voided; then each credit note (or credit-note line), taken back when issued.
    const billed =
      by === RevenueBreakdown.PRODUCT
        ? `select i.issued_at, i.voided_at, l->>'productId' as key, round((l->>'quantity')::numeric * (l->>'unitPrice')::numeric, 2) as net, (l->>'taxRate')::numeric as rate
             from ${s}.invoice i cross join jsonb_array_elements(i.lines) l, params
            where i.workspace_id = params.ws and i.deleted_at is null and i.currency = params.cur`
        : `select i.issued_at, i.voided_at, ${by === RevenueBreakdown.CUSTOMER ? 'i.customer_id::text' : 'null::text'} as key, i.subtotal as net, i.tax
             from ${s}.invoice i, params
            where i.workspace_id = params.ws and i.deleted_at is null and i.currency = params.cur`;
    const credited =
      by === RevenueBreakdown.PRODUCT
        ? `select c.issued_at, (select il->>'productId' from ${s}.invoice i cross join jsonb_array_elements(i.lines) il where i.id = c.invoice_id and il->>'id' = cl->>'invoiceLineId') as key,
                  (cl->>'subtotal')::numeric as net, (cl->>'tax')::numeric as tax
             from ${s}.credit_note c cross join jsonb_array_elements(c.lines) cl, params
            where c.workspace_id = params.ws and c.deleted_at is null and c.currency = params.cur`
        : `select c.issued_at, ${by === RevenueBreakdown.CUSTOMER ? 'c.customer_id::text' : 'null::text'} as key, c.subtotal as net, c.tax
             from ${s}.credit_note c, params
            where c.workspace_id = params.ws and c.deleted_at is null and c.currency = params.cur`;
    // By product, a line's tax is rounded half-up on the line, as the invoice computed it.
    const tax = by === RevenueBreakdown.PRODUCT ? 'round(b.net * b.rate, 2)' : 'b.tax';
    const documents = `select b.issued_at as at, b.key, b.net, ${tax} as tax from billed b where b.issued_at is not null
           union all select b.voided_at, b.key, -b.net, -${tax} from billed b where b.voided_at is not null
           union all select c.issued_at, c.key, -c.net, -c.tax from credited c`;
    const rows = await ctx.em.execute<RevenueSqlRow[]>(
      `with params as (select ?::uuid as ws, ?::text as cur, ?::text as unit, ?::interval as step, ?::date as from_d, ?::date as to_d),
      billed as (${billed}),
      credited as (${credited}),
      documents as (${documents}),
      counted as (
        select date_trunc(params.unit, d.at at time zone 'UTC')::date as period, d.key, d.net, d.tax
        from documents d, params
        where d.at >= (params.from_d::timestamp at time zone 'UTC') and d.at < ((params.to_d + 1)::timestamp at time zone 'UTC')
      ),
      periods as (
        select generate_series(date_trunc(params.unit, params.from_d::timestamp), date_trunc(params.unit, params.to_d::timestamp), params.step)::date as period
        from params
      ),
      keys as (select distinct key from counted union select null::text where not exists (select 1 from counted))
      select to_char(p.period, 'YYYY-MM-DD') as period, k.key, coalesce(sum(c.net), 0) as net, coalesce(sum(c.tax), 0) as tax
      from periods p cross join keys k left join counted c on c.period = p.period and c.key is not distinct from k.key
      group by p.period, k.key order by p.period, k.key nulls last`,
      [principal.workspaceId, cur, PERIOD_UNIT[groupBy], PERIOD_STEP[groupBy], from, to],
    );
    const line = (r: RevenueSqlRow): RevenueRow =>
      Object.assign(new RevenueRow(), {
        period: r.period,
        customer: by === RevenueBreakdown.CUSTOMER && r.key ? customerReference(r.key) : null,
        product: by === RevenueBreakdown.PRODUCT && r.key ? productReference.of(r.key) : null,
        net: money(r.net, cur),
        tax: money(r.tax, cur),
        total: money(new Decimal(r.net).plus(r.tax), cur),
      });
    const result = rows.map(line);
    const total = (pick: (r: RevenueRow) => Money) => money(result.reduce((acc, r) => acc.plus(pick(r).amount), new Decimal(0)), cur);
    return Object.assign(new RevenueReport(), { from, to, groupBy, currency: cur, rows: result, net: total((r) => r.net), tax: total((r) => r.tax), total: total((r) => r.total) });
  }

  /**
   * Profit and loss from `from` to `to` (inclusive, UTC days) in the workspace currency, in ONE
   * statement: revenue as `revenue` counts it (invoices before tax when issued, taken back when voided,
   * credit notes before tax when issued), cost of goods sold (the `cost_of_goods` rows recorded from
   * operations' stock issues for sales orders, by when the units left), approved and paid expenses
   * by the day they were incurred, per category (payroll runs post theirs as PAYROLL).
   */
  async profitAndLoss(ctx: RequestContext, from: string, to: string): Promise<ProfitAndLossReport> {
    const principal = requirePrincipal(ctx);
    if (from > to) throw new BadUserInputError('`from` must not be after `to`', { argumentName: 'from' });
    const cur = principal.currency;
    const s = this.schema(ctx);
    const rows = await ctx.em.execute<{ kind: string; category: ExpenseCategory | null; amount: string }[]>(
      `with params as (select ?::uuid as ws, ?::text as cur, ?::date as from_d, ?::date as to_d,
          (?::date::timestamp at time zone 'UTC') as start_at, ((?::date + 1)::timestamp at time zone 'UTC') as end_at)
      select 'invoiced' as kind, null as category,
          coalesce(sum(i.subtotal) filter (where i.issued_at >= params.start_at and i.issued_at < params.end_at), 0)
        - coalesce(sum(i.subtotal) filter (where i.voided_at >= params.start_at and i.voided_at < params.end_at), 0) as amount
        from ${s}.invoice i, params
        where i.workspace_id = params.ws and i.deleted_at is null and i.currency = params.cur
          and ((i.issued_at >= params.start_at and i.issued_at < params.end_at) or (i.voided_at >= params.start_at and i.voided_at < params.end_at))
      union all
      select 'credited', null, coalesce(sum(c.subtotal), 0)
        from ${s}.credit_note c, params
        where c.workspace_id = params.ws and c.deleted_at is null and c.currency = params.cur and c.issued_at >= params.start_at and c.issued_at < params.end_at
      union all
      select 'cogs', null, coalesce(sum(g.amount), 0)
        from ${s}.cost_of_goods g, params
        where g.workspace_id = params.ws and g.deleted_at is null and g.issued_at >= params.start_at and g.issued_at < params.end_at
      union all
      (select 'expense', e.category, sum(e.amount)
        from ${s}.expense e, params
        where e.workspace_id = params.ws and e.deleted_at is null and e.currency = params.cur and e.status in ('APPROVED', 'PAID')
          and e.incurred_on between params.from_d and params.to_d
        group by e.category order by e.category)`,
      [principal.workspaceId, cur, from, to, from, to],
    );
    const pick = (kind: string) => new Decimal(rows.find((r) => r.kind === kind)?.amount ?? 0);
    const invoiced = pick('invoiced');
    const credited = pick('credited');
    const revenue = invoiced.minus(credited);
    const cogs = pick('cogs');
    const grossMargin = revenue.minus(cogs);
    const expenses = rows.filter((r) => r.kind === 'expense').sort((a, b) => (a.category! < b.category! ? -1 : 1)).map((r) => Object.assign(new ExpenseCategoryTotal(), { category: r.category!, amount: money(r.amount, cur) }));
    const totalExpenses = expenses.reduce((acc, e) => acc.plus(e.amount.amount), new Decimal(0));
    return Object.assign(new ProfitAndLossReport(), {
      from,
      to,
      currency: cur,
      invoiced: money(invoiced, cur),
      credited: money(credited, cur),
      revenue: money(revenue, cur),
      costOfGoodsSold: money(cogs, cur),
      grossMargin: money(grossMargin, cur),
      grossMarginPercent: revenue.isZero() ? null : grossMargin.dividedBy(revenue).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
      expenses,
      totalExpenses: money(totalExpenses, cur),
      netResult: money(grossMargin.minus(totalExpenses), cur),
    });
  }

  private schema(ctx: RequestContext): string {
    return `"${ctx.em.config.get('schema')}"`;
  }
}
