import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EntityReads,
  TENANT_FILTER,
  UserErrorCode,
  UserErrorsException,
  isUuid,
  lockAndLoad,
  userError,
  type RequestContext,
  type TenantParams,
  type UserError,
  childrenLoader,
  childLoader,
  withUserErrors,
} from '@prometric/core';
import { BillOfMaterials, BomLine } from './bill-of-materials.entity';
import { BillOfMaterialsStatus } from './bill-of-materials-status';
import type { CreateBillOfMaterialsInput } from './bill-of-materials.inputs';

type Result = { billOfMaterials: BillOfMaterials } | { errors: UserError[] };

const MAX_UNITS = 2_147_483_647;
const MAX_COMPONENTS = 500;
const DB_FIELDS = { bill_of_materials_active_unique: ['productId'], bill_of_materials_version_unique: ['productId'] };

/**
 * Serializes every change of the workspace's bills (creating and activating), so the version
 * numbers of a product never collide and two activations can never form a cycle the other did not
 * see. Bills change rarely; one lock per workspace is cheap.
 */
async function lockWorkspaceBills(em: EntityManager): Promise<void> {
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`production.bill_of_materials:${tenant.workspaceId}`]);
}

/**
 * The path from one of `components` back to `productId` through the active bills of the workspace
 * (ignoring the product's own active bill, which the new one replaces), or null when the product
 * would not contain itself. One query loads the whole active graph.
 */
async function cyclePath(em: EntityManager, productId: string, components: string[]): Promise<string[] | null> {
  const rows: { parent: string; child: string }[] = await em.execute(
    `select b."product_id" as parent, l."product_id" as child
       from "production"."bom_line" l join "production"."bill_of_materials" b on b."id" = l."bill_of_materials_id"
      where b."workspace_id" = ? and b."status" = 'ACTIVE' and b."deleted_at" is null and l."deleted_at" is null and b."product_id" <> ?`,
    [em.getFilterParams<TenantParams>(TENANT_FILTER).workspaceId, productId],
  );
  const children = new Map<string, string[]>();
  for (const r of rows) children.set(r.parent, [...(children.get(r.parent) ?? []), r.child]);
  // Breadth-first from the components; `from` rebuilds the path for the error message.
  const from = new Map<string, string | null>(components.map((c) => [c, null]));
  const queue = [...components];
  while (queue.length) {
    const node = queue.shift()!;
    if (node === productId) {
      const path = [node];
      for (let p = from.get(node); p != null; p = from.get(p)) path.unshift(p);
      return [productId, ...path];
    }
    for (const child of children.get(node) ?? []) {
      if (!from.has(child)) {
        from.set(child, node);
        queue.push(child);
      }
    }
  }
  return null;
}

function validate(input: CreateBillOfMaterialsInput): UserError[] {
  const errors: UserError[] = [];
  if (!isUuid(input.productId)) errors.push(userError(UserErrorCode.INVALID, 'Product id must be a UUID', ['productId']));
  if (!input.components.length) errors.push(userError(UserErrorCode.REQUIRED, 'A bill of materials needs at least one component', ['components']));
  if (input.components.length > MAX_COMPONENTS) errors.push(userError(UserErrorCode.INVALID, `A bill of materials is limited to ${MAX_COMPONENTS} components`, ['components']));
  const seen = new Set<string>();
  input.components.forEach((c, i) => {
    const at = ['components', String(i)];
    if (!isUuid(c.productId)) errors.push(userError(UserErrorCode.INVALID, 'Component product id must be a UUID', [...at, 'productId']));
    else if (c.productId === input.productId) errors.push(userError(UserErrorCode.CYCLE, 'A product cannot be a component of itself', [...at, 'productId']));
    else if (seen.has(c.productId)) errors.push(userError(UserErrorCode.INVALID, 'A component is listed once; add up its quantities', [...at, 'productId']));
    seen.add(c.productId);
    if (!Number.isInteger(c.quantity) || c.quantity <= 0 || c.quantity > MAX_UNITS) errors.push(userError(UserErrorCode.INVALID, 'Component quantity must be more than zero', [...at, 'quantity']));
  });
  return errors;
}

/**
 * Bills of materials: versions of what a product is made of. Each new bill of a product gets the
 * next version number; at most one is ACTIVE, and activating one archives the previous. A bill whose
 * components contain the product itself, directly or through the components' own active bills, is
 * refused (INVALID on `components`) when created and again when activated.
 */
export class BillOfMaterialsService extends EntityReads(BillOfMaterials, 'Bill of materials') {
  async create(ctx: RequestContext, input: CreateBillOfMaterialsInput): Promise<Result> {
    const errors = validate(input);
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      const bill = await ctx.em.transactional(async (em) => {
        await lockWorkspaceBills(em);
        await this.refuseCycle(em, input.productId, input.components.map((c) => c.productId));
        const [{ last }]: { last: number }[] = await em.execute(
          `select coalesce(max("version"), 0)::int as last from "production"."bill_of_materials" where "workspace_id" = ? and "product_id" = ?`,
          [em.getFilterParams<TenantParams>(TENANT_FILTER).workspaceId, input.productId],
        );
        const created = em.create(BillOfMaterials, { productId: input.productId, version: last + 1, status: BillOfMaterialsStatus.DRAFT });
        input.components.forEach((c, position) => em.create(BomLine, { billOfMaterials: created, position, productId: c.productId, quantity: c.quantity }));
        await em.flush();
        if (input.activate) await this.makeActive(em, created);
        return created;
      });
      return { billOfMaterials: bill };
    }, DB_FIELDS);
  }

  /** DRAFT or ARCHIVED → ACTIVE, archiving the product's active bill. Activating the active bill changes nothing. */
  async activate(ctx: RequestContext, id: string): Promise<Result> {
    return withUserErrors(async () => {
      const bill = await ctx.em.transactional(async (em) => {
        await lockWorkspaceBills(em);
        const found = await lockAndLoad(em, BillOfMaterials, id);
        if (!found) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Bill of materials not found', ['id'])]);
        if (found.status === BillOfMaterialsStatus.ACTIVE) return found;
        const lines = await em.find(BomLine, { billOfMaterials: found.id });
        await this.refuseCycle(em, found.productId, lines.map((l) => l.productId));
        await this.makeActive(em, found);
        return found;
      });
      return { billOfMaterials: bill };
    }, DB_FIELDS);
  }

  private async refuseCycle(em: EntityManager, productId: string, components: string[]): Promise<void> {
    const path = await cyclePath(em, productId, components);
    if (path) {
      throw new UserErrorsException([
        userError(UserErrorCode.CYCLE, `The product would contain itself: ${path.join(' → ')}`, ['components']),
      ]);
    }
  }

  /** Archives the product's active bill first (the partial unique index allows one ACTIVE), then activates `bill`. */
  private async makeActive(em: EntityManager, bill: BillOfMaterials): Promise<void> {
    const now = new Date();
    await em.nativeUpdate(
      BillOfMaterials,
      { productId: bill.productId, status: BillOfMaterialsStatus.ACTIVE, id: { $ne: bill.id } },
      { status: BillOfMaterialsStatus.ARCHIVED, archivedAt: now, updatedAt: now },
    );
    bill.status = BillOfMaterialsStatus.ACTIVE;
    bill.activatedAt = now;
    await em.flush();
  }

  /** Lines of many bills in one query, in position order. */
  linesOf(ctx: RequestContext, billId: string): Promise<BomLine[]> {
    return childrenLoader(ctx, BomLine, 'billOfMaterials', { orderBy: { position: 'asc' } }).load(billId);
  }

  /** The active bill of many products in one query (Product.billOfMaterials); null when a product has none. */
  activeOf(ctx: RequestContext, productId: string): Promise<BillOfMaterials | null> {
    return childLoader(ctx, BillOfMaterials, 'productId', { where: { status: BillOfMaterialsStatus.ACTIVE }, name: 'active' }).load(productId);
  }

  /** The product's active bill and its lines, read inside the caller's transaction (what releasing a production order snapshots). */
  async activeWithLines(em: EntityManager, productId: string): Promise<{ bill: BillOfMaterials; lines: BomLine[] } | null> {
    const bill = await em.findOne(BillOfMaterials, { productId, status: BillOfMaterialsStatus.ACTIVE });
    if (!bill) return null;
    return { bill, lines: await em.find(BomLine, { billOfMaterials: bill.id }, { orderBy: { position: 'asc' } }) };
  }
}
