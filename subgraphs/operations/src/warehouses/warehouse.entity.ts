import { Entity } from '@mikro-orm/core';
import { Directive, ObjectType } from 'type-graphql';
import { CodedEntity } from '@prometric/core';

/** A place that holds stock. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A place that holds stock: a warehouse, a shop floor store, a van.' })
@Entity({ tableName: 'warehouse' })
export class Warehouse extends CodedEntity {}
