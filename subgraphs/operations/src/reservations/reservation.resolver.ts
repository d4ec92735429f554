import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { WarehouseService } from '../warehouses/warehouse.service';
import { ProductReference, productReference } from '../products/product.reference';
import { OrderReference, orderReference } from '../orders/order.reference';
import { Reservation } from './reservation.entity';
import { ReservationService } from './reservation.service';
import {
  IssueReservationPayload,
  ReleaseOrderReservationsPayload,
  ReservationConnection,
  ReservationPayload,
  ReservationsArgs,
  ReserveStockInput,
  ReserveStockPayload,
} from './reservation.inputs';
import { toPayload } from '@prometric/core';

@Resolver(() => Reservation)
export class ReservationResolver {
  constructor(
    private readonly reservationService: ReservationService,
    private readonly warehouseService: WarehouseService,
  ) {}

  @Query(() => ReservationConnection, { description: 'Stock reservations of the workspace, a page at a time (newest first unless orderBy says otherwise).' })
  reservations(@Args(() => ReservationsArgs) args: InstanceType<typeof ReservationsArgs>, @Ctx() ctx: RequestContext) {
    return this.reservationService.list(ctx, args);
  }

  @Mutation(() => ReserveStockPayload, {
    description:
      'Promises available units (onHand − reserved) of a product to a sales order, never more than are available. What is not available is reported as shortage, not as an error. Not a stock movement: nothing physically moves.',
  })
  async reserveStock(@Arg('input', () => ReserveStockInput, { description: 'Units of a product to promise to a sales order.' }) input: ReserveStockInput, @Ctx() ctx: RequestContext): Promise<ReserveStockPayload> {
    const result = await this.reservationService.reserve(ctx, input);
    return toPayload(result, { reservations: [], shortage: 0 });
  }

  @Mutation(() => ReservationPayload, { description: 'Gives the units of a RESERVED reservation back (RESERVED → RELEASED). Any other status is an INVALID_TRANSITION error.' })
  async releaseReservation(@Arg('id', () => ID, { description: 'The reservation.' }) id: string, @Ctx() ctx: RequestContext): Promise<ReservationPayload> {
    const result = await this.reservationService.release(ctx, id);
    return toPayload(result);
  }

  @Mutation(() => ReleaseOrderReservationsPayload, { description: 'Releases every RESERVED reservation of a sales order. Idempotent: calling it again releases nothing more.' })
  async releaseOrderReservations(
    @Arg('orderId', () => ID, { description: "The sales order (sales' order id)." }) orderId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReleaseOrderReservationsPayload> {
    const result = await this.reservationService.releaseOrder(ctx, orderId);
    return toPayload(result, { released: [] });
  }

  @Mutation(() => IssueReservationPayload, {
    description: 'Ships the units of a RESERVED reservation (RESERVED → ISSUED): an ISSUE movement lowers onHand and reserved together. Any other status is an INVALID_TRANSITION error.',
  })
  async issueReservation(@Arg('id', () => ID, { description: 'The reservation.' }) id: string, @Ctx() ctx: RequestContext): Promise<IssueReservationPayload> {
    const result = await this.reservationService.issue(ctx, id);
    return toPayload(result);
  }

  @FieldResolver(() => ProductReference, { description: 'The product reserved. Needs products:read.' })
  product(@Root() reservation: Reservation): ProductReference {
    return productReference(reservation.productId);
  }

  @FieldResolver(() => Warehouse, { description: 'The warehouse the units are held in.' })
  warehouse(@Root() reservation: Reservation, @Ctx() ctx: RequestContext): Promise<Warehouse> {
    return this.warehouseService.get(ctx, reservation.warehouse.id);
  }

  @FieldResolver(() => OrderReference, { nullable: true, description: 'The sales order the units are promised to; null for a production order\'s components. Needs orders:read.' })
  order(@Root() reservation: Reservation): OrderReference | null {
    return reservation.orderId ? orderReference(reservation.orderId) : null;
  }
}

/** Operations' field on sales' Order. */
@Resolver(() => OrderReference)
export class OrderReservationsResolver {
  constructor(private readonly reservationService: ReservationService) {}

  @FieldResolver(() => [Reservation], { description: 'Stock reserved for this order, in every status (RESERVED, RELEASED, ISSUED), oldest first. Needs stock:read.' })
  reservations(@Root() order: OrderReference, @Ctx() ctx: RequestContext): Promise<Reservation[]> {
    return this.reservationService.ofOrder(ctx, order.id);
  }
}
