import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, DateTimeScalar, ListFilter, TIMESTAMP_SORT_FIELDS, UserError, listArgs, orderByInput } from '@prometric/core';
import { ApiKey } from './api-key.entity';

@InputType({ description: 'A new API key for an integration.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for (1–255 characters), e.g. "Webshop sync".' })
  name!: string;

  @Field(() => [String], { description: 'Permissions (resource:action, e.g. "orders:read") the key may use: at least one, each held by the caller.' })
  scopes!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'From when the key is refused (in the future); null: it does not expire.' })
  expiresAt?: Date | null;
}

@ObjectType({ description: 'Result of createApiKey.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The new key, without its secret.' })
  apiKey?: ApiKey | null;

  @Field(() => String, { nullable: true, description: 'The whole key (`pk_…`), shown this once and never again: Prometric keeps only its hash.' })
  key?: string | null;

  @Field(() => [UserError], { description: 'Why the key was not created: INVALID or REQUIRED input, SCOPE_NOT_HELD for a scope the caller lacks, FORBIDDEN when an API key asks.' })
  errors!: UserError[];
}

@InputType({ description: 'The API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key\'s id.' })
  id!: string;
}

@ObjectType({ description: 'Result of revokeApiKey.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The revoked key.' })
  apiKey?: ApiKey | null;

  @Field(() => [UserError], { description: 'NOT_FOUND when the key is not one the caller may revoke; INVALID_TRANSITION when already revoked.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a list of API keys.' })
export class ApiKeyFilter extends ListFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: only revoked keys; false: only keys not revoked.' })
  revoked?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only keys this member created.' })
  createdBy?: string | null;
}

export const ApiKeyConnection = ConnectionType(ApiKey, 'ApiKey', 'A page of API keys.');

export const ApiKeyOrderBy = orderByInput('ApiKey', { ...TIMESTAMP_SORT_FIELDS, NAME: 'name' }, 'API key');
export const ApiKeysArgs = listArgs(ApiKeyFilter, ApiKeyOrderBy, 'newest first');
