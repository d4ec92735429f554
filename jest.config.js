/** One jest project for the whole monorepo; integration tests boot the real supergraph per file. */
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
}];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  testMatch: ['<rootDir>/{packages,subgraphs,gateway,orchestrator,test}/**/*.spec.ts'],
  globalSetup: '<rootDir>/packages/testing/src/global-setup.ts',
  testTimeout: 30000,
  setupFiles: ['reflect-metadata'],
};
