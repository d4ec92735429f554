/**
 * The saga's operations: schema/operations/saga.graphql, checked against the supergraph and typed by
 * `pnpm codegen` (codegen's client preset). Regenerate after editing that file.
 */
export {
  SagaCancelOrderDocument,
  SagaCancelProductionOrderDocument,
  SagaCreateCreditNoteDocument,
  SagaCreateInvoiceDocument,
  SagaCreateProductionOrderDocument,
  SagaFirstWarehouseDocument,
  SagaIssueInvoiceDocument,
  SagaMarkOrderReadyDocument,
  SagaOrderDocumentsDocument,
  SagaReleaseReservationsDocument,
  SagaReserveStockDocument,
  SagaStartOrderProductionDocument,
  SagaVoidInvoiceDocument,
  type SagaOrderDocumentsQuery,
} from '../../../schema/generated/graphql';
