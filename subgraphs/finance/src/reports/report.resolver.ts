import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { DateScalar, type RequestContext } from '@prometric/core';
import { ReportService } from './report.service';
import { ArAgingReport, ProfitAndLossReport, ReportPeriod, RevenueBreakdown, RevenueReport } from './report.types';

@Resolver()
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => ArAgingReport, { nullable: true, description: 'Accounts receivable aging as of a date: per customer and in total, what was due in buckets current / 1–30 / 31–60 / 61–90 / 90+ days past due (payments and credit notes after that date not counted).' })
  arAging(
    @Arg('asOf', () => DateScalar, { description: 'The date (UTC); the report counts everything up to the end of that day.' }) asOf: string,
    @Arg('currency', () => String, { nullable: true, description: "Only invoices in this currency (default: the workspace's)." }) currency: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ArAgingReport> {
    return this.reports.arAging(ctx, asOf, currency);
  }

  @Query(() => RevenueReport, { nullable: true, description: 'Revenue per period (invoiced minus credited and voided, before and after tax) in the workspace currency, optionally by customer or product.' })
  revenue(
    @Arg('from', () => DateScalar, { description: 'First day (UTC).' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day (UTC), inclusive.' }) to: string,
    @Arg('groupBy', () => ReportPeriod, { defaultValue: ReportPeriod.MONTH, description: 'The length of each period.' }) groupBy: ReportPeriod,
    @Arg('by', () => RevenueBreakdown, { defaultValue: RevenueBreakdown.NONE, description: 'What each period is broken down by.' }) by: RevenueBreakdown,
    @Ctx() ctx: RequestContext,
  ): Promise<RevenueReport> {
    return this.reports.revenue(ctx, from, to, groupBy, by);
  }

  @Query(() => ProfitAndLossReport, {
    nullable: true,
    description:
      'Profit and loss between two dates in the workspace currency: revenue net of credit notes, cost of goods sold, gross margin, approved and paid expenses by category (payroll included), net result. One SQL statement whatever the data size.',
  })
  profitAndLoss(
    @Arg('from', () => DateScalar, { description: 'First day (UTC).' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day (UTC), inclusive.' }) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ProfitAndLossReport> {
    return this.reports.profitAndLoss(ctx, from, to);
  }
}
