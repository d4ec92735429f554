import { registerEnumType } from 'type-graphql';

/** Pipeline stages of a deal. */
export enum DealStage {
  LEAD = 'LEAD',
  QUALIFIED = 'QUALIFIED',
  PROPOSAL = 'PROPOSAL',
  NEGOTIATION = 'NEGOTIATION',
  WON = 'WON',
  LOST = 'LOST',
}

registerEnumType(DealStage, {
  name: 'DealStage',
  description: 'Where a deal is in the pipeline. WON and LOST are final.',
});

const OPEN = [DealStage.LEAD, DealStage.QUALIFIED, DealStage.PROPOSAL, DealStage.NEGOTIATION];

/**
 * The deal state machine. Open stages move one step forward or back; a deal can be won or lost from
 * any open stage; WON and LOST are final.
 */
export const DEAL_TRANSITIONS: Readonly<Record<DealStage, readonly DealStage[]>> = Object.fromEntries(
  Object.values(DealStage).map((stage) => {
    const i = OPEN.indexOf(stage);
    if (i < 0) return [stage, []];
    const neighbours = [OPEN[i - 1], OPEN[i + 1]].filter((s): s is DealStage => !!s);
    return [stage, [...neighbours, DealStage.WON, DealStage.LOST]];
  }),
) as Record<DealStage, DealStage[]>;

export function canMoveDeal(from: DealStage, to: DealStage): boolean {
  return DEAL_TRANSITIONS[from].includes(to);
}
