import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { Customer } from './customer.entity';
import { CustomerService } from './customer.service';
import { CreateCustomerInput, CustomerConnection, CustomerPayload, CustomersArgs } from './customer.inputs';

@Resolver(() => Customer)
export class CustomerResolver {
  constructor(private readonly customerService: CustomerService) {}

  @Query(() => Customer, { nullable: true, description: 'A customer of the workspace.' })
  customer(@Arg('id', () => ID, { description: 'The customer\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Customer> {
    return this.customerService.get(ctx, id);
  }

  @Query(() => CustomerConnection, { description: 'Customers of the workspace, by name.' })
  customers(@Args(() => CustomersArgs) args: InstanceType<typeof CustomersArgs>, @Ctx() ctx: RequestContext) {
    return this.customerService.list(ctx, args);
  }

  @Mutation(() => CustomerPayload, { description: 'Adds a customer.' })
  async createCustomer(@Arg('input', () => CreateCustomerInput, { description: 'A new customer.' }) input: CreateCustomerInput, @Ctx() ctx: RequestContext): Promise<CustomerPayload> {
    const result = await this.customerService.create(ctx, input);
    return toPayload(result);
  }
}
