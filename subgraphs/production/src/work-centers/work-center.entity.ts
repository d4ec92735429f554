import { Entity } from '@mikro-orm/core';
import { Directive, ObjectType } from 'type-graphql';
import { CodedEntity } from '@prometric/core';

/** A place where production steps run. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A place where production work is done: a machine, a line, an assembly bench.' })
@Entity({ tableName: 'work_center' })
export class WorkCenter extends CodedEntity {}
