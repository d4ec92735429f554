import { z } from 'zod';
import { EnvError, baseEnvSchema, parseEnv } from './env';

describe('env', () => {
  it('has defaults that work on a developer machine', () => {
    const env = parseEnv(baseEnvSchema, {});
    expect(env).toMatchObject({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/prometric', REDIS_URL: 'redis://127.0.0.1:6379', NODE_ENV: 'development' });
  });

  it('reports every invalid key at once', () => {
    const schema = baseEnvSchema.extend({ PORT: z.coerce.number().int() });
    try {
      parseEnv(schema, { DATABASE_URL: 'not a url', LOG_LEVEL: 'loud', PORT: 'abc' });
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(EnvError);
      expect((e as EnvError).problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
    }
  });
});
