import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '@prometric/core';
import { Workspace } from './workspace.entity';

@InputType({ description: "Changes to the caller's workspace: only the fields given change; null clears address and tax id." })
export class UpdateWorkspaceInput {
  @Field(() => String, { nullable: true, description: 'Display name, 1 to 100 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address for its documents, at most 500 characters (newlines separate lines).' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Tax id for its documents, at most 50 characters.' })
  taxId?: string | null;
}

@ObjectType({ description: 'Result of updateWorkspace.' })
export class UpdateWorkspacePayload {
  @Field(() => Workspace, { nullable: true, description: 'The workspace as changed.' })
  workspace?: Workspace | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}
