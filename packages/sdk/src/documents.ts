/**
 * The typed documents of the public contract: every operation of schema/operations/*.graphql as a
 * TypedDocumentNode (`LoginDocument`, `WinDealDocument`, `OrderUpdatedDocument`, …), with its result
 * and variables types (`WinDealMutation`, `WinDealMutationVariables`) and the schema's enums and
 * inputs. `pnpm codegen` (codegen.yml, the client preset) is their single generator; this module
 * re-exports its output so the SDK never carries a second, drifting copy.
 */
export * from '../../../schema/generated/graphql';
export { graphql } from '../../../schema/generated/gql';
