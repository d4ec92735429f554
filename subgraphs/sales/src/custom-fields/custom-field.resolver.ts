import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { CustomFieldDefinition, CustomFieldEntity } from './custom-field.entity';
import { CustomFieldService } from './custom-field.service';
import { CustomFieldPayload, DefineCustomFieldInput, UpdateCustomFieldInput } from './custom-field.inputs';

@Resolver(() => CustomFieldDefinition)
export class CustomFieldResolver {
  constructor(private readonly customFieldService: CustomFieldService) {}

  @Query(() => [CustomFieldDefinition], { description: 'The custom fields the workspace defined for one type, by key (at most 100).' })
  customFields(@Arg('entity', () => CustomFieldEntity, { description: 'The type.' }) entity: CustomFieldEntity, @Ctx() ctx: RequestContext): Promise<CustomFieldDefinition[]> {
    return this.customFieldService.list(ctx, entity);
  }

  @Mutation(() => CustomFieldPayload, { description: 'Defines a custom field of one type: its values are checked on every create and update, and lists filter on it.' })
  defineCustomField(@Arg('input', () => DefineCustomFieldInput, { description: 'The new custom field.' }) input: DefineCustomFieldInput, @Ctx() ctx: RequestContext): Promise<CustomFieldPayload> {
    return this.customFieldService.define(ctx, input).then(toPayload);
  }

  @Mutation(() => CustomFieldPayload, { description: 'Changes the label, options or required flag of a custom field (never its key or type).' })
  updateCustomField(@Arg('input', () => UpdateCustomFieldInput, { description: 'Changes to a custom field.' }) input: UpdateCustomFieldInput, @Ctx() ctx: RequestContext): Promise<CustomFieldPayload> {
    return this.customFieldService.update(ctx, input).then(toPayload);
  }

  @Mutation(() => CustomFieldPayload, { description: 'Removes a custom field definition; values already stored stay in the objects but are no longer checked or filterable.' })
  deleteCustomField(@Arg('id', () => ID, { description: "The custom field's id." }) id: string, @Ctx() ctx: RequestContext): Promise<CustomFieldPayload> {
    return this.customFieldService.delete(ctx, id).then(toPayload);
  }
}
