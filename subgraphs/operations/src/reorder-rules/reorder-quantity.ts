/** What the reorder check knows of one product × warehouse. */
export interface ReorderPosition {
  /** onHand − reserved now. */
  available: number;
  /** Units ordered but not yet received on open (DRAFT, SENT, PARTIALLY_RECEIVED) purchase orders for the warehouse. */
  open: number;
  min: number;
  max: number;
  multiple: number;
}

/**
 * Units to draft for one rule: nothing unless available is below min and the open purchase
 * quantity does not lift it to min; otherwise the smallest multiple of `multiple` that brings
 * available + open to max or more. Drafting it lifts available + open to ≥ max ≥ min, so a second
 * check drafts nothing.
 */
export function reorderQuantity(p: ReorderPosition): number {
  if (p.available >= p.min || p.available + p.open >= p.min) return 0;
  const missing = p.max - p.available - p.open;
  if (missing <= 0) return 0;
  return Math.ceil(missing / p.multiple) * p.multiple;
}
