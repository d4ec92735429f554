import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../context';
import { byIdLoader } from '../db/loaders';

/**
 * A field beside a raw id (`employeeId` → `employee`): a resolver class adding `field` to `Parent`,
 * loaded with the request's batch loader of `Target` (N parents, one query). Null when there is no
 * id, or the row is not visible (another tenant, deleted).
 */
export function linkResolver<P extends object, T extends { id: string }>(
  Parent: ClassType<P>,
  field: string,
  Target: ClassType<T>,
  idOf: (parent: P) => string | null | undefined,
  description: string,
) {
  @Resolver(() => Parent)
  class LinkResolver {
    @FieldResolver(() => Target, { name: field, nullable: true, description })
    async link(@Root() parent: P, @Ctx() ctx: RequestContext): Promise<T | null> {
      const id = idOf(parent);
      return id ? byIdLoader(ctx, Target).load(id) : null;
    }
  }
  Object.defineProperty(LinkResolver, 'name', { value: `${Parent.name}${field[0].toUpperCase()}${field.slice(1)}Link` });
  return LinkResolver;
}

/** A field beside a raw id of an entity another subgraph owns: the federation stub of `reference`. */
export function referenceLinkResolver<P extends object>(
  Parent: ClassType<P>,
  field: string,
  reference: { type: ClassType<{ id: string }>; ofNullable(id: string | null | undefined): { id: string } | null },
  idOf: (parent: P) => string | null | undefined,
  description: string,
) {
  @Resolver(() => Parent)
  class ReferenceLinkResolver {
    @FieldResolver(() => reference.type, { name: field, nullable: true, description })
    link(@Root() parent: P): { id: string } | null {
      return reference.ofNullable(idOf(parent));
    }
  }
  Object.defineProperty(ReferenceLinkResolver, 'name', { value: `${Parent.name}${field[0].toUpperCase()}${field.slice(1)}Link` });
  return ReferenceLinkResolver;
}
