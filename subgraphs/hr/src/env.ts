import { createHash } from 'node:crypto';
import { z } from 'zod';
import { attachmentsEnvShape, domainEnvSchema, loadEnvOrExit, parseEncryptionKeys } from '@prometric/core';

/** Key id of the development/test key, derived from a fixed phrase: never valid in production. */
export const DEV_ENCRYPTION_KEY_ID = 'dev';

/** The development/test key: deterministic so every local process (and test) reads what another wrote. */
export function devEncryptionKey(): Buffer {
  return createHash('sha256').update('prometric-hr-development-key (not a secret)').digest();
}

/** Configuration of the hr subgraph. */
export const hrEnvSchema = domainEnvSchema
  .extend({
    HR_PORT: z.coerce.number().int().min(0).max(65535).default(4006),
    /** Files on employees. */
    ...attachmentsEnvShape,
    /**
     * AES-256-GCM keys for salaries and bank details: `id:<base64 of 32 bytes>` separated by commas.
     * Every listed key can decrypt (rotation); only HR_ENCRYPTION_KEY_ID encrypts. Required in
     * production; elsewhere a fixed development key (`dev`) is used when absent.
     */
    HR_ENCRYPTION_KEYS: z.string().optional(),
    /** Id of the key new values are written with; defaults to the last key listed. */
    HR_ENCRYPTION_KEY_ID: z.string().optional(),
    /** Annual leave days accrued per year (a twelfth each month). */
    HR_ANNUAL_LEAVE_DAYS_PER_YEAR: z.coerce.number().min(0).max(366).default(24),
    /**
     * How often the current month's ANNUAL leave is credited in every workspace without a person, in
     * ms (default an hour); 0 turns the sweep off (the accrueLeave mutation still works).
     */
    HR_LEAVE_ACCRUAL_SWEEP_MS: z.coerce.number().int().min(0).default(3_600_000),
    /** Income tax rate, applied to gross minus pension. */
    HR_INCOME_TAX_RATE: z.string().regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, 'a fraction between 0 and 1, e.g. 0.10').default('0.10'),
    /** Employee pension contribution rate, applied to gross. */
    HR_PENSION_RATE: z.string().regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, 'a fraction between 0 and 1, e.g. 0.10').default('0.10'),
  })
  .transform((env, ctx) => {
    let keys = env.HR_ENCRYPTION_KEYS ? parseEncryptionKeys(env.HR_ENCRYPTION_KEYS, 'HR_ENCRYPTION_KEYS', ctx) : new Map<string, Buffer>();
    if (!env.HR_ENCRYPTION_KEYS) {
      if (env.NODE_ENV === 'production') {
        ctx.addIssue({ code: 'custom', path: ['HR_ENCRYPTION_KEYS'], message: 'is required in production (id:<base64 of 32 bytes>, comma-separated)' });
      } else {
        keys = new Map([[DEV_ENCRYPTION_KEY_ID, devEncryptionKey()]]);
      }
    }
    const currentKeyId = env.HR_ENCRYPTION_KEY_ID ?? [...keys.keys()].pop() ?? '';
    if (keys.size && !keys.has(currentKeyId)) {
      ctx.addIssue({ code: 'custom', path: ['HR_ENCRYPTION_KEY_ID'], message: `names no key of HR_ENCRYPTION_KEYS (${[...keys.keys()].join(', ')})` });
    }
    return { ...env, encryption: { keys, currentKeyId } };
  });

export type HrEnv = z.infer<typeof hrEnvSchema>;

/** What the hr services need from the configuration. */
export type HrConfig = Pick<HrEnv, 'encryption' | 'HR_ANNUAL_LEAVE_DAYS_PER_YEAR' | 'HR_INCOME_TAX_RATE' | 'HR_PENSION_RATE'>;

export const loadHrEnv = (): HrEnv => loadEnvOrExit(hrEnvSchema);
