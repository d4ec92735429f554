import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '@prometric/core';
import { User } from '../users/user.entity';
import { Organization } from '../tenants/organization.entity';
import { Workspace } from '../tenants/workspace.entity';

@InputType({ description: 'A new organization with its first workspace and owner.' })
export class SignUpInput {
  @Field(() => String, { description: 'Name of the company.' })
  organizationName!: string;

  @Field(() => String, { description: 'Name of the first workspace.' })
  workspaceName!: string;

  @Field(() => String, { description: "Owner's full name." })
  name!: string;

  @Field(() => String, { description: "Owner's login email." })
  email!: string;

  @Field(() => String, { description: 'At least 8 characters.' })
  password!: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of the workspace; USD when omitted.' })
  currency?: string | null;
}

@InputType({ description: 'Credentials.' })
export class LoginInput {
  @Field(() => String, { description: 'Login email.' })
  email!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;

  @Field(() => String, { nullable: true, description: 'Workspace to log into; the oldest membership when omitted.' })
  workspaceId?: string | null;
}

@ObjectType({ description: 'Result of signUp.' })
export class SignUpPayload {
  @Field(() => String, { nullable: true, description: 'Short-lived access token (JWT) for the Authorization header.' })
  accessToken?: string | null;

  @Field(() => String, { nullable: true, description: 'Single-use refresh token.' })
  refreshToken?: string | null;

  @Field(() => User, { nullable: true, description: 'The owner.' })
  user?: User | null;

  @Field(() => Organization, { nullable: true, description: 'The new organization.' })
  organization?: Organization | null;

  @Field(() => Workspace, { nullable: true, description: 'The new workspace.' })
  workspace?: Workspace | null;

  @Field(() => [UserError], { description: 'Why the sign-up was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of login.' })
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Short-lived access token (JWT).' })
  accessToken?: string | null;

  @Field(() => String, { nullable: true, description: 'Single-use refresh token.' })
  refreshToken?: string | null;

  @Field(() => User, { nullable: true, description: 'The user.' })
  user?: User | null;

  @Field(() => Workspace, { nullable: true, description: 'The workspace the tokens are for.' })
  workspace?: Workspace | null;

  @Field(() => [UserError], { description: 'INVALID_CREDENTIALS when email or password is wrong.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of refreshToken: a new pair; the old refresh token is spent.' })
export class RefreshTokenPayload {
  @Field(() => String, { nullable: true, description: 'New access token.' })
  accessToken?: string | null;

  @Field(() => String, { nullable: true, description: 'New refresh token; the one presented no longer works.' })
  refreshToken?: string | null;

  @Field(() => [UserError], { description: 'INVALID_TOKEN when unknown, expired, revoked or reused.' })
  errors!: UserError[];
}
