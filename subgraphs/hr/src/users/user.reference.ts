import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A user as hr knows it: only the id, extended with the employee record linked to it. Identity owns
 * the user and resolves every other field.
 */
@Directive('@key(fields: "id")')
@ObjectType('User', { description: "A person who can log in, seen from the caller's workspace." })
export class UserReference {
  @Field(() => ID, { description: 'User id.' })
  id!: string;
}

export const userReference = (id: string): UserReference => Object.assign(new UserReference(), { id });
