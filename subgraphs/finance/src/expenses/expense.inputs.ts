import { Field, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, DecimalScalar, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { Expense } from './expense.entity';
import { ExpenseCategory, ExpenseStatus } from './expense-status';

@InputType({ description: "An expense to submit for approval, in the workspace's currency." })
export class SubmitExpenseInput {
  @Field(() => String, { description: 'What was spent on: 1–500 characters.' })
  description!: string;

  @Field(() => ExpenseCategory, { description: 'What it is for. PAYROLL is reserved for expenses created from payroll runs.' })
  category!: ExpenseCategory;

  @Field(() => DecimalScalar, { description: "Amount in the workspace's currency: more than zero, two decimals at most." })
  amount!: string;

  @Field(() => String, { description: 'The day the cost was incurred (YYYY-MM-DD), not in the future.' })
  incurredOn!: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first expense instead of submitting again.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of an expense mutation.' })
export class ExpensePayload {
  @Field(() => Expense, { nullable: true, description: 'The expense.' })
  expense?: Expense | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success. Nothing is written when refused.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows an expense list.' })
export class ExpenseFilter extends ListFilter {
  @Field(() => ExpenseStatus, { nullable: true, description: 'Only expenses in this status.' })
  status?: ExpenseStatus | null;

  @Field(() => ExpenseCategory, { nullable: true, description: 'Only expenses of this category.' })
  category?: ExpenseCategory | null;
  @Field(() => [ExpenseStatus], { nullable: true, description: 'Only expenses in one of these statuses.' })
  statusIn?: ExpenseStatus[] | null;

}

export const ExpenseConnection = ConnectionType(Expense, 'Expense', 'A page of expenses.');

export const ExpenseOrderBy = orderByInput('Expense', { ...TIMESTAMP_SORT_FIELDS, NUMBER: 'number', AMOUNT: 'amountValue', INCURRED_ON: 'incurredOn' }, 'expense');
export const ExpensesArgs = listArgs(ExpenseFilter, ExpenseOrderBy, 'newest first');
