import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * One refresh token of a rotation family. The secret is stored only as a SHA-256 hash; a token
 * works once (`usedAt`), and presenting a used one revokes its whole family.
 */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  familyId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'uuid' })
  workspaceId!: string;

  @Property({ type: 'string' })
  secretHash!: string;

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'Date' })
  createdAt: Date & Opt = new Date();
}
