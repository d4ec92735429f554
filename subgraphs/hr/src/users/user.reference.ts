import { entityReference, type EntityReference } from '@prometric/core';

/**
 * A user as hr knows it: only the id, extended with the employee record linked to it. Identity owns
 * the user and resolves every other field.
 */
export const { type: UserReference, of: userReference } = entityReference('User', "A person who can log in, seen from the caller's workspace.", { idDescription: 'User id.' });
export type UserReference = EntityReference;
