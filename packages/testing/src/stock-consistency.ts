import type { Client } from 'pg';

/** One stock level as `expectStockConsistent` read it, with what its ledger and reservations add up to. */
export interface CheckedStockLevel {
  productId: string;
  warehouseId: string;
  onHand: number;
  reserved: number;
  /** Sum of the level's movements (operations.stock_movement). */
  ledger: number;
  /** Sum of the level's RESERVED reservations. */
  promised: number;
}

/**
 * Asserts operations' stock invariants for `productIds`, read with an owner connection (past RLS):
 * every stock level equals the sum of its ledger and its last movement's `quantity_after`, every
 * movement's `quantity_after` is the running sum of its level's ledger, `reserved` equals the sum of
 * the level's RESERVED reservations, and nothing is negative or reserved beyond what is on hand.
 *
 * It refuses to pass on nothing: every product must have at least one level (`levels` asks for an
 * exact count), so a wrong id or a level never written fails instead of checking no rows.
 * Returns the levels and the number of movements it checked.
 */
export async function expectStockConsistent(
  pg: Pick<Client, 'query'>,
  productIds: string | readonly string[],
  options: { levels?: number } = {},
): Promise<{ levels: CheckedStockLevel[]; movements: number }> {
  const ids = typeof productIds === 'string' ? [productIds] : [...productIds];
  if (ids.length === 0) throw new Error('expectStockConsistent: no products to check');
  const { rows } = await pg.query(
    `select l.product_id, l.warehouse_id, l.on_hand, l.reserved,
       (select coalesce(sum(m.quantity), 0)::int from operations.stock_movement m where m.product_id = l.product_id and m.warehouse_id = l.warehouse_id) as ledger,
       coalesce((select m.quantity_after from operations.stock_movement m where m.product_id = l.product_id and m.warehouse_id = l.warehouse_id order by m.seq desc limit 1), 0) as last_after,
       l.average_cost::text as average_cost,
       (select m.average_cost_after::text from operations.stock_movement m where m.product_id = l.product_id and m.warehouse_id = l.warehouse_id order by m.seq desc limit 1) as last_average,
       (select coalesce(sum(r.quantity), 0)::int from operations.reservation r where r.product_id = l.product_id and r.warehouse_id = l.warehouse_id and r.status = 'RESERVED') as promised
     from operations.stock_level l where l.product_id = any($1) order by l.product_id, l.warehouse_id`,
    [ids],
  );
  const unchecked = ids.filter((id) => !rows.some((r) => r.product_id === id));
  if (unchecked.length) throw new Error(`expectStockConsistent: no stock level to check for ${unchecked.join(', ')}`);
  if (options.levels !== undefined) expect(rows).toHaveLength(options.levels);

  const levels: CheckedStockLevel[] = [];
  for (const row of rows) {
    // Each value is paired with its level, so a failure names the level that broke.
    const at = `${row.product_id} @ ${row.warehouse_id}`;
    expect([at, 'on hand = ledger', row.on_hand]).toEqual([at, 'on hand = ledger', row.ledger]);
    expect([at, 'on hand = last quantityAfter', row.on_hand]).toEqual([at, 'on hand = last quantityAfter', row.last_after]);
    // Levels moved before costs were recorded have no average on their last movement.
    if (row.last_average !== null) expect([at, 'average cost = last averageCostAfter', row.average_cost]).toEqual([at, 'average cost = last averageCostAfter', row.last_average]);
    expect([at, 'reserved = RESERVED reservations', row.reserved]).toEqual([at, 'reserved = RESERVED reservations', row.promised]);
    expect([at, 'on hand ≥ reserved ≥ 0', row.on_hand >= row.reserved && row.reserved >= 0]).toEqual([at, 'on hand ≥ reserved ≥ 0', true]);
    levels.push({ productId: row.product_id, warehouseId: row.warehouse_id, onHand: row.on_hand, reserved: row.reserved, ledger: row.ledger, promised: row.promised });
  }

  // Every quantityAfter is the running sum of its level's ledger, never negative.
  const { rows: chain } = await pg.query(
    `select product_id, warehouse_id, seq, quantity_after, running from (
       select product_id, warehouse_id, seq, quantity_after, sum(quantity) over (partition by product_id, warehouse_id order by seq)::int as running
       from operations.stock_movement where product_id = any($1)) m
     order by product_id, warehouse_id, seq`,
    [ids],
  );
  const broken = chain.filter((m) => m.quantity_after !== m.running || m.quantity_after < 0);
  expect(broken).toEqual([]);
  return { levels, movements: chain.length };
}
