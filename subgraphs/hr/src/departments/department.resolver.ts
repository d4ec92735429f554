import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, type RequestContext, toPayload } from '@prometric/core';
import { Department } from './department.entity';
import { DepartmentService } from './department.service';
import { CreateDepartmentInput, DepartmentConnection, DepartmentFilter, DepartmentPayload } from './department.inputs';

@ArgsType()
class DepartmentsArgs extends ConnectionArgs {
  @Field(() => DepartmentFilter, { nullable: true, description: 'Narrows the list.' })
  filter?: DepartmentFilter | null;
}

@Resolver(() => Department)
export class DepartmentResolver {
  constructor(private readonly departmentService: DepartmentService) {}

  @Query(() => Department, { nullable: true, description: 'A department of the workspace.' })
  department(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Department> {
    return this.departmentService.get(ctx, id);
  }

  @Query(() => DepartmentConnection, { description: 'Departments of the workspace by code, a page at a time.' })
  departments(@Args(() => DepartmentsArgs) args: DepartmentsArgs, @Ctx() ctx: RequestContext) {
    return this.departmentService.list(ctx, args, args.filter);
  }

  @Mutation(() => DepartmentPayload, { description: 'Adds a department.' })
  async createDepartment(@Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput, @Ctx() ctx: RequestContext): Promise<DepartmentPayload> {
    const result = await this.departmentService.create(ctx, input);
    return toPayload(result);
  }
}
