import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { Department } from './department.entity';
import { DepartmentService } from './department.service';
import { CreateDepartmentInput, DepartmentConnection, DepartmentPayload, DepartmentsArgs } from './department.inputs';

@Resolver(() => Department)
export class DepartmentResolver {
  constructor(private readonly departmentService: DepartmentService) {}

  @Query(() => Department, { nullable: true, description: 'A department of the workspace.' })
  department(@Arg('id', () => ID, { description: 'The department\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Department> {
    return this.departmentService.get(ctx, id);
  }

  @Query(() => DepartmentConnection, { description: 'Departments of the workspace by code, a page at a time.' })
  departments(@Args(() => DepartmentsArgs) args: InstanceType<typeof DepartmentsArgs>, @Ctx() ctx: RequestContext) {
    return this.departmentService.list(ctx, args);
  }

  @Mutation(() => DepartmentPayload, { description: 'Adds a department.' })
  async createDepartment(@Arg('input', () => CreateDepartmentInput, { description: 'A new department.' }) input: CreateDepartmentInput, @Ctx() ctx: RequestContext): Promise<DepartmentPayload> {
    const result = await this.departmentService.create(ctx, input);
    return toPayload(result);
  }
}
