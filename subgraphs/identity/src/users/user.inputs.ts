import { Field, InputType, ObjectType } from 'type-graphql';
import { Role, UserError } from '@prometric/core';
import { User } from './user.entity';

@InputType({ description: 'A person to add to the caller\'s workspace.' })
export class AddMemberInput {
  @Field(() => String, { description: 'Login email; an existing user is added as is.' })
  email!: string;

  @Field(() => Role, { description: 'Role in this workspace. Only an OWNER may grant OWNER.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Full name; required for a new user.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Initial password (at least 8 characters); required for a new user.' })
  password?: string | null;
}

@ObjectType({ description: 'Result of addMember.' })
export class AddMemberPayload {
  @Field(() => User, { nullable: true, description: 'The member, with their role in this workspace.' })
  user?: User | null;

  @Field(() => [UserError], { description: 'Why the member was not added; empty on success.' })
  errors!: UserError[];
}
