import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar, TenantEntity } from '@prometric/core';

/**
 * A credential for an integration: a name, the scopes it may use (a subset of its creator's) and an
 * optional expiry. Only the SHA-256 of the key is kept; the key itself is shown once, at creation.
 */
@ObjectType({ description: 'An API key of the workspace, as its creator and the workspace admins see it (never the key itself).' })
@Entity({ tableName: 'api_key' })
export class ApiKey extends TenantEntity {
  @Field(() => String, { description: 'What the key is for, e.g. "Webshop sync".' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'The key\'s visible beginning (`pk_` and 16 hex digits), how logs and lists name it.' })
  @Unique({ name: 'api_key_prefix_unique' })
  @Property({ type: 'string' })
  prefix!: string;

  @Property({ type: 'string', hidden: true, lazy: true })
  secretHash!: string;

  @Field(() => [String], { description: 'Permissions (resource:action) the key may use; never more than its creator\'s role grants.' })
  @Property({ type: 'json' })
  scopes!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'From when the key is refused; null: it does not expire.' })
  @Property({ type: 'Date', nullable: true })
  expiresAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the gateway last exchanged the key for an access token (to within the token\'s lifetime, 5 minutes by default); null: never used.' })
  @Property({ type: 'Date', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the key was revoked; a revoked key is refused at once.' })
  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  revokedBy?: string | null;
}
