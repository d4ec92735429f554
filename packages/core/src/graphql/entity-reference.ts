import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The stub of an entity another subgraph owns, as this subgraph returns it: its id only. */
export interface EntityReference {
  id: string;
}

export interface EntityReferenceType {
  /** The type-graphql class of the stub (`@Resolver(() => Type)`, `@FieldResolver(() => Type)`). */
  type: new () => EntityReference;
  /** The stub of an id. */
  of(id: string): EntityReference;
  /** The stub of an id, or null when there is none. */
  ofNullable(id: string | null | undefined): EntityReference | null;
}

/**
 * A federation stub of an entity another subgraph owns: the GraphQL type `name` with only its `@key`
 * id, which this subgraph may extend with fields of its own (an order's invoices) or merely point
 * at (`resolvable: false`: this subgraph cannot resolve the entity, only name it). The owner
 * resolves every other field; an id unknown to the owner comes back null there.
 */
export function entityReference(name: string, description: string, options: { resolvable?: boolean; idDescription?: string } = {}): EntityReferenceType {
  @Directive(options.resolvable === false ? '@key(fields: "id", resolvable: false)' : '@key(fields: "id")')
  @ObjectType(name, { description })
  class Reference implements EntityReference {
    @Field(() => ID, { description: options.idDescription ?? 'Globally unique id (UUID).' })
    id!: string;
  }
  Object.defineProperty(Reference, 'name', { value: `${name}Reference` });
  const of = (id: string) => Object.assign(new Reference(), { id });
  return { type: Reference, of, ofNullable: (id) => (id ? of(id) : null) };
}
