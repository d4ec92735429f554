import { z } from 'zod';

/** Field shapes the contracts share. */
export const id = z.uuid();
export const nullableId = z.uuid().nullable();
/** A decimal amount as a string (`"1250.00"`), never a float. */
export const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal string');
export const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code');
/** A calendar date, `YYYY-MM-DD`. */
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');
/** An instant, ISO 8601. */
export const instant = z.iso.datetime({ offset: true });
export const quantity = z.number().int();
