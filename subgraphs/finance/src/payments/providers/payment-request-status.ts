import { ProviderEventStatus } from './payment-provider';

/** Where a payment request stands. */
export enum PaymentRequestStatus {
  /** Sent to the provider; the customer has not paid yet. */
  REQUESTED = 'REQUESTED',
  /** Paid, and the payment is recorded on the invoice. */
  PAID = 'PAID',
  /** The provider reports the payment failed; nothing is recorded. */
  FAILED = 'FAILED',
  /** Nobody paid before the request expired. */
  EXPIRED = 'EXPIRED',
  /** The money went back to the payer. */
  REFUNDED = 'REFUNDED',
  /** Paid after the invoice stopped accepting payments (voided, or settled another way): the money is not applied and is owed back. */
  NEEDS_REFUND = 'NEEDS_REFUND',
}

/** What a verified callback does to a request, besides moving its status. */
export enum CallbackAction {
  /** Nothing to write but the status (or nothing at all). */
  NONE = 'NONE',
  /** Record the payment on the invoice, through the same rules as recordPayment. */
  RECORD_PAYMENT = 'RECORD_PAYMENT',
  /** The money arrived but the invoice takes no payment: keep it unapplied, owed back. */
  HOLD_FOR_REFUND = 'HOLD_FOR_REFUND',
  /** A refund made at the provider's side: record it against the recorded payment. */
  RECORD_REFUND = 'RECORD_REFUND',
}

/** The next status of a request and what to write. */
export interface CallbackOutcome {
  status: PaymentRequestStatus;
  action: CallbackAction;
}

const stay = (status: PaymentRequestStatus): CallbackOutcome => ({ status, action: CallbackAction.NONE });

/**
 * The state machine of a request under provider callbacks, which may come twice (the event id
 * catches exact duplicates before this) and in any order:
 * - PAID records the payment once, from REQUESTED, FAILED or EXPIRED (a late success still took
 *   the money); when the invoice no longer accepts payments it goes to NEEDS_REFUND instead and
 *   the invoice is never re-opened. PAID after PAID, REFUNDED or NEEDS_REFUND changes nothing.
 * - FAILED after PAID (out of order) is ignored: the money is in.
 * - REFUNDED after PAID records the refund; REFUNDED before any PAID ends the request with nothing
 *   recorded (the money came and went), and a PAID arriving after it changes nothing.
 */
export function nextRequestStatus(current: PaymentRequestStatus, event: ProviderEventStatus, invoicePayable: boolean): CallbackOutcome {
  const S = PaymentRequestStatus;
  switch (event) {
    case ProviderEventStatus.PAID:
      if (current === S.REQUESTED || current === S.FAILED || current === S.EXPIRED) {
        return invoicePayable ? { status: S.PAID, action: CallbackAction.RECORD_PAYMENT } : { status: S.NEEDS_REFUND, action: CallbackAction.HOLD_FOR_REFUND };
      }
      return stay(current);
    case ProviderEventStatus.FAILED:
      return current === S.REQUESTED || current === S.EXPIRED ? stay(S.FAILED) : stay(current);
    case ProviderEventStatus.REFUNDED:
      if (current === S.PAID) return { status: S.REFUNDED, action: CallbackAction.RECORD_REFUND };
      return current === S.REFUNDED ? stay(current) : stay(S.REFUNDED);
  }
}
