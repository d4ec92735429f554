export { startGateway, gatewayContext, type GatewayContext, type GatewayOptions, type RunningGateway } from './gateway';
export { gatewayEnvSchema, subgraphUrlOverrides, type GatewayEnv } from './env';
export { subgraphsOf, checkSubgraphs } from './health';
export { AuthorizedGateway, supergraphForEnforcingGateway, type AuthorizationMode } from './authorization/authorized-gateway';
export { DEFAULT_RATE_LIMITS, RateLimitedError, type RateLimitSettings } from './edge/rate-limits';
export { operationDocuments, readTrustedDocuments, sha256, type TrustedDocuments, type TrustedDocumentsMode } from './edge/trusted-documents';
