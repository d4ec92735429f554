// Codegen schema loader: the API schema clients see (the supergraph minus join__/link machinery
// and @inaccessible elements), exported as printed SDL so codegen parses it with its own `graphql`.
// Used by codegen.yml and test/codegen.spec.ts; regenerate with `pnpm codegen`.
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

// pnpm is strict: @apollo/federation-internals (and the graphql it was built against) are reached
// through @apollo/gateway, a dependency of the gateway package.
const gatewayRequire = createRequire(require.resolve('@apollo/gateway', { paths: [path.join(__dirname, '..', 'gateway')] }));
const { Supergraph } = gatewayRequire('@apollo/federation-internals');
const { printSchema } = gatewayRequire('graphql');

const supergraphSdl = fs.readFileSync(path.join(__dirname, 'supergraph.graphql'), 'utf8');
const apiSchema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();

module.exports = printSchema(apiSchema);
