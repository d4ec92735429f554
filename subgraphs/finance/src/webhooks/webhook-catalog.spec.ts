import { createHmac } from 'node:crypto';
import { EVENT_CONTRACTS } from '@prometric/contracts';
import { EVENT_READ_PERMISSION, entityQuery, readPermissionOf, selectionProblem } from './webhook-catalog';
import { isPublicAddress, secretProblem, generateSecret, signatureOf } from './webhook-http';

describe('webhook catalogue', () => {
  it('gives every event contract a read scope (an uncovered aggregate type would be unreadable)', () => {
    const uncovered = [...EVENT_CONTRACTS.values()].filter((c) => !EVENT_READ_PERMISSION[c.aggregateType]).map((c) => c.type);
    expect(uncovered).toEqual([]);
    expect(readPermissionOf('order.created')).toBe('orders:read');
    expect(readPermissionOf('invoice.issued')).toBe('invoices:read');
    expect(readPermissionOf('payroll.approved')).toBe('hr:salary');
    expect(readPermissionOf('no.such')).toBeNull();
  });

  it('accepts one block of fields and refuses anything else', () => {
    expect(selectionProblem('{ number status total { amount } }')).toBeNull();
    expect(selectionProblem('{ number( }')).toMatch(/Not a GraphQL selection set/);
    expect(selectionProblem('{ order(id: $x) { id } }')).toMatch(/variables/);
    expect(selectionProblem('{ id } fragment F on Order { id }')).toMatch(/one \{/);
    expect(selectionProblem('mutation { x }')).toMatch(/one \{/);
    expect(selectionProblem('{ number(')).toMatch(/one \{/);
    expect(entityQuery('Order', '{ number }')).toBe('query WebhookData($id: ID!) {\n  entity: order(id: $id) {\n    number\n  }\n}');
    expect(entityQuery('Reservation', '{ id }')).toBeNull();
  });
});

describe('webhook http rules', () => {
  it('tells public addresses from private, loopback, link-local and mapped ones', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111']) expect(isPublicAddress(address)).toBe(true);
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '224.0.0.1', 'not-an-ip']) {
      expect([address, isPublicAddress(address)]).toEqual([address, false]);
    }
  });

  it('generates secrets it accepts, refuses malformed ones, and signs id.timestamp.body', () => {
    const secret = generateSecret();
    expect(secretProblem(secret)).toBeNull();
    expect(secretProblem('plain')).toMatch(/whsec_/);
    expect(secretProblem('whsec_c2hvcnQ=')).toMatch(/24 to 64/);
    const key = Buffer.alloc(32, 7);
    const s = `whsec_${key.toString('base64')}`;
    const expected = createHmac('sha256', key).update('msg_1.1700000000.{"a":1}').digest('base64');
    expect(signatureOf(s, 'msg_1', 1700000000, '{"a":1}')).toBe(`v1,${expected}`);
  });
});
