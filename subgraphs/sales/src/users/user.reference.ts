import { entityReference, type EntityReference } from '@prometric/core';

/**
 * A user as sales knows it: only the id. The gateway resolves every other field from identity,
 * so `order { createdBy { name } }` spans both subgraphs.
 */
export const { type: UserReference, ofNullable: userReference } = entityReference('User', "A person who can log in, seen from the caller's workspace.", { resolvable: false, idDescription: 'User id.' });
export type UserReference = EntityReference;
