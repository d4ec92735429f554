import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { Expense } from './expense.entity';
import { ExpenseService } from './expense.service';
import { ExpenseConnection, ExpensePayload, ExpensesArgs, SubmitExpenseInput } from './expense.inputs';

@Resolver(() => Expense)
export class ExpenseResolver {
  constructor(private readonly expenseService: ExpenseService) {}

  @Query(() => Expense, { nullable: true, description: 'An expense of the workspace. Needs finance:read, except for the member who submitted it.' })
  expense(@Arg('id', () => ID, { description: 'The expense\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Expense> {
    return this.expenseService.get(ctx, id);
  }

  @Query(() => ExpenseConnection, { description: 'Expenses of the workspace, newest first, a page at a time.' })
  expenses(@Args(() => ExpensesArgs) args: InstanceType<typeof ExpensesArgs>, @Ctx() ctx: RequestContext) {
    return this.expenseService.list(ctx, args);
  }

  @Mutation(() => ExpensePayload, {
    description: "Submits an expense (any member): numbered EXP-YYYY-NNNNNN, in the workspace's currency, SUBMITTED until someone else approves or rejects it. A retry with the same idempotencyKey returns the first expense.",
  })
  async submitExpense(@Arg('input', () => SubmitExpenseInput, { description: 'An expense to submit for approval, in the workspace\'s currency.' }) input: SubmitExpenseInput, @Ctx() ctx: RequestContext): Promise<ExpensePayload> {
    return toPayload(await this.expenseService.submit(ctx, input));
  }

  @Mutation(() => ExpensePayload, { description: 'SUBMITTED → APPROVED. FORBIDDEN (in errors) for the member who submitted it; INVALID_TRANSITION from any other status.' })
  async approveExpense(@Arg('id', () => ID, { description: 'The expense.' }) id: string, @Ctx() ctx: RequestContext): Promise<ExpensePayload> {
    return toPayload(await this.expenseService.approve(ctx, id));
  }

  @Mutation(() => ExpensePayload, { description: 'SUBMITTED → REJECTED, with a reason (required). INVALID_TRANSITION from any other status.' })
  async rejectExpense(
    @Arg('id', () => ID, { description: 'The expense.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is rejected.' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ExpensePayload> {
    return toPayload(await this.expenseService.reject(ctx, id, reason));
  }

  @Mutation(() => ExpensePayload, { description: 'APPROVED → PAID on the day given (YYYY-MM-DD, not before it was incurred nor in the future). INVALID_TRANSITION from any other status.' })
  async markExpensePaid(
    @Arg('id', () => ID, { description: 'The expense.' }) id: string,
    @Arg('paidOn', () => String, { description: 'The day it was paid out (YYYY-MM-DD).' }) paidOn: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ExpensePayload> {
    return toPayload(await this.expenseService.markPaid(ctx, id, paidOn));
  }
}
