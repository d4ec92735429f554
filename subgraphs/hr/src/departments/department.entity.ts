import { Entity } from '@mikro-orm/core';
import { Directive, ObjectType } from 'type-graphql';
import { CodedEntity } from '@prometric/core';

/** A unit of the organisation. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A unit of the organisation employees belong to.' })
@Entity({ tableName: 'department' })
export class Department extends CodedEntity {}
