import { Directive, Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { NODE_TYPES, type NodeTypeName } from '@prometric/core';

/** What `node` returns: the type found for the id; the owning subgraph resolves every other field. */
export interface NodeRef {
  __typename: NodeTypeName;
  id: string;
}

@Directive('@key(fields: "id")')
@InterfaceType('Node', {
  description:
    'An object with a globally unique id (a UUID), refetchable with `node(id:)` (Relay global object identification; normalized caches key on `id`).',
  resolveType: (value: NodeRef) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique id (UUID).' })
  id!: string;
}

/**
 * The types implementing Node, as identity declares them: only the id (the interface's subgraph must
 * name every implementation); the owners resolve everything else.
 */
export const NODE_IMPLEMENTATIONS = Object.keys(NODE_TYPES).map((name) => {
  @Directive('@key(fields: "id")')
  @ObjectType(name, { implements: Node, description: `A ${name}; its owner (${NODE_TYPES[name as NodeTypeName].owner}) resolves its fields.` })
  class Implementation extends Node {}
  Object.defineProperty(Implementation, 'name', { value: `${name}Node` });
  return Implementation;
});
