import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A user as sales knows it: only the id. The gateway resolves every other field from identity,
 * so `order { createdBy { name } }` spans both subgraphs.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User', { description: "A person who can log in, seen from the caller's workspace." })
export class UserReference {
  @Field(() => ID, { description: 'User id.' })
  id!: string;
}

export const userReference = (id: string | null | undefined): UserReference | null => (id ? Object.assign(new UserReference(), { id }) : null);
