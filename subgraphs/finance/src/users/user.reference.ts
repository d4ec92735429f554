import { entityReference, type EntityReference } from '@prometric/core';

/** A user as finance knows it: only the id (who made an audited change); identity resolves the rest. */
export const { type: UserReference, ofNullable: userReference } = entityReference('User', "A person who can log in, seen from the caller's workspace.", { resolvable: false, idDescription: 'User id.' });
export type UserReference = EntityReference;
