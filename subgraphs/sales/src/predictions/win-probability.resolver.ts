import { Ctx, FieldResolver, Float, Resolver, Root, registerEnumType } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { Deal } from '../deals/deal.entity';
import { WinBasis, MIN_CLOSED_DEALS } from './win-probability';
import { WinModelService } from './win-model.service';

registerEnumType(WinBasis, {
  name: 'WinProbabilityBasis',
  description: 'What a deal’s win probability rests on.',
  valuesConfig: {
    CLOSED: { description: 'The deal is closed: 1 when WON, 0 when LOST.' },
    MODEL: { description: `The workspace's own model: a logistic regression over its closed deals (stage, value, age, the customer's record), retrained by a sweep.` },
    HOSTED_MODEL: { description: 'The hosted model configured by WIN_MODEL_ENDPOINT, given the same inputs.' },
    STAGE_PRIOR: { description: `The usual win rate of the deal's stage: the workspace has fewer than ${MIN_CLOSED_DEALS} closed deals (or never saw both outcomes).` },
  },
});

@Resolver(() => Deal)
export class DealWinProbabilityResolver {
  constructor(private readonly model: WinModelService) {}

  @FieldResolver(() => Float, { nullable: true, description: 'How likely the deal is to be won, 0 to 1 (see winProbabilityBasis). Null when the hosted model could not answer.' })
  async winProbability(@Root() deal: Deal, @Ctx() ctx: RequestContext): Promise<number> {
    return Math.round((await this.model.estimate(ctx, deal)).probability * 1000) / 1000;
  }

  @FieldResolver(() => WinBasis, { nullable: true, description: 'What winProbability rests on: the deal being closed, the workspace model, a hosted model, or stage priors.' })
  async winProbabilityBasis(@Root() deal: Deal, @Ctx() ctx: RequestContext): Promise<WinBasis> {
    return (await this.model.estimate(ctx, deal)).basis;
  }
}
