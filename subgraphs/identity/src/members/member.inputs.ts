import { Field, ID, InputType } from 'type-graphql';
import { ConnectionType, ListFilter, Role, TIMESTAMP_SORT_FIELDS, listArgs, orderByInput } from '@prometric/core';
import { Membership } from './membership.entity';

@InputType({ description: 'Narrows the list of members.' })
export class MemberFilter extends ListFilter {
  @Field(() => [Role], { nullable: true, description: 'Only members holding one of these roles.' })
  roleIn?: Role[] | null;

  @Field(() => ID, { nullable: true, description: 'Only the membership of this user.' })
  userId?: string | null;
}

export const MemberConnection = ConnectionType(Membership, 'Member', 'A page of the workspace\'s members.');

export const MemberOrderBy = orderByInput('Member', { ...TIMESTAMP_SORT_FIELDS, ROLE: 'role' }, 'member');
export const MembersArgs = listArgs(MemberFilter, MemberOrderBy, 'oldest first');
