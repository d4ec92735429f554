import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { WarehouseService } from '../warehouses/warehouse.service';
import { Reservation } from '../reservations/reservation.entity';
import { ProductReference, productReference } from '../products/product.reference';
import { OrderReference, orderReference } from '../orders/order.reference';
import { Shipment, ShipmentLine } from './shipment.entity';
import { ShipmentService } from './shipment.service';
import { CreateShipmentInput, ShipmentConnection, ShipmentPayload, ShipmentsArgs } from './shipment.inputs';

@Resolver(() => Shipment)
export class ShipmentResolver {
  constructor(
    private readonly shipmentService: ShipmentService,
    private readonly warehouseService: WarehouseService,
  ) {}

  @Query(() => Shipment, { nullable: true, description: 'A shipment of the workspace.' })
  shipment(@Arg('id', () => ID, { description: 'The shipment\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Shipment> {
    return this.shipmentService.get(ctx, id);
  }

  @Query(() => ShipmentConnection, { description: 'Shipments of the workspace, newest first, a page at a time.' })
  shipments(@Args(() => ShipmentsArgs) args: InstanceType<typeof ShipmentsArgs>, @Ctx() ctx: RequestContext) {
    return this.shipmentService.list(ctx, args);
  }

  @Mutation(() => ShipmentPayload, { description: 'Creates a PENDING shipment of reserved stock of an order from one warehouse, numbered SH-YYYY-NNNNNN.' })
  async createShipment(@Arg('input', () => CreateShipmentInput, { description: 'A new shipment of reserved stock of a sales order from one warehouse.' }) input: CreateShipmentInput, @Ctx() ctx: RequestContext): Promise<ShipmentPayload> {
    return toPayload(await this.shipmentService.create(ctx, input));
  }

  @Mutation(() => ShipmentPayload, { description: 'PENDING → PICKED. Any other status is an INVALID_TRANSITION error.' })
  async pickShipment(@Arg('id', () => ID, { description: 'The shipment.' }) id: string, @Ctx() ctx: RequestContext): Promise<ShipmentPayload> {
    return toPayload(await this.shipmentService.pick(ctx, id));
  }

  @Mutation(() => ShipmentPayload, {
    description: 'PICKED → SHIPPED: issues every reservation of the shipment (ISSUE movements: onHand and reserved fall) and records shipment.shipped, in one transaction.',
  })
  async shipShipment(
    @Arg('id', () => ID, { description: 'The shipment.' }) id: string,
    @Arg('trackingNumber', () => String, { description: "The carrier's tracking number." }) trackingNumber: string,
    @Arg('carrier', () => String, { description: 'Who carries it.' }) carrier: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ShipmentPayload> {
    return toPayload(await this.shipmentService.ship(ctx, id, trackingNumber, carrier));
  }

  @Mutation(() => ShipmentPayload, { description: 'SHIPPED → DELIVERED, recording shipment.delivered.' })
  async deliverShipment(@Arg('id', () => ID, { description: 'The shipment.' }) id: string, @Ctx() ctx: RequestContext): Promise<ShipmentPayload> {
    return toPayload(await this.shipmentService.deliver(ctx, id));
  }

  @Mutation(() => ShipmentPayload, { description: 'PENDING or PICKED → CANCELLED. Its reservations stay RESERVED and may ship in another shipment.' })
  async cancelShipment(@Arg('id', () => ID, { description: 'The shipment.' }) id: string, @Ctx() ctx: RequestContext): Promise<ShipmentPayload> {
    return toPayload(await this.shipmentService.cancel(ctx, id));
  }

  @FieldResolver(() => Warehouse, { description: 'The warehouse the goods leave from.' })
  warehouse(@Root() shipment: Shipment, @Ctx() ctx: RequestContext): Promise<Warehouse> {
    return this.warehouseService.get(ctx, shipment.warehouse.id);
  }

  @FieldResolver(() => OrderReference, { description: 'The sales order shipped. Needs orders:read.' })
  order(@Root() shipment: Shipment): OrderReference {
    return orderReference(shipment.orderId);
  }

  @FieldResolver(() => [ShipmentLine], { description: 'What is shipped: one line per reservation.' })
  lines(@Root() shipment: Shipment, @Ctx() ctx: RequestContext): Promise<ShipmentLine[]> {
    return this.shipmentService.linesOf(ctx, shipment.id);
  }
}

@Resolver(() => ShipmentLine)
export class ShipmentLineResolver {
  constructor(private readonly shipmentService: ShipmentService) {}

  @FieldResolver(() => ProductReference, { description: 'The product shipped. Needs products:read.' })
  product(@Root() line: ShipmentLine): ProductReference {
    return productReference(line.productId);
  }

  @FieldResolver(() => Reservation, { nullable: true, description: 'The reservation shipped.' })
  reservation(@Root() line: ShipmentLine, @Ctx() ctx: RequestContext): Promise<Reservation | null> {
    return this.shipmentService.reservationLoader(ctx).load(line.reservation.id);
  }
}

/** Operations' shipments field on sales' Order. */
@Resolver(() => OrderReference)
export class OrderShipmentsResolver {
  constructor(private readonly shipmentService: ShipmentService) {}

  @FieldResolver(() => [Shipment], { description: 'Shipments of this order in every status, oldest first. Needs stock:read.' })
  shipments(@Root() order: OrderReference, @Ctx() ctx: RequestContext): Promise<Shipment[]> {
    return this.shipmentService.ofOrder(ctx, order.id);
  }
}
