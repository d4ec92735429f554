import { registerEnumType } from 'type-graphql';

/** How a payment was made. */
export enum PaymentMethod {
  CASH = 'CASH',
  BANK_TRANSFER = 'BANK_TRANSFER',
  CARD = 'CARD',
  KASPI = 'KASPI',
}

registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How a payment was made.',
  valuesConfig: {
    CASH: { description: 'Cash.' },
    BANK_TRANSFER: { description: 'Bank transfer.' },
    CARD: { description: 'Card payment.' },
    KASPI: { description: 'Kaspi.kz payment.' },
  },
});
