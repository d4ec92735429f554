import { DealStage } from '../deals/deal-stage';
import { predictLogistic, trainLogistic, type LogisticModel } from './logistic-regression';

/** Closed deals a workspace needs before its own model replaces the stage priors. */
export const MIN_CLOSED_DEALS = 30;

/** What a deal's win probability rests on. */
export enum WinBasis {
  CLOSED = 'CLOSED',
  MODEL = 'MODEL',
  HOSTED_MODEL = 'HOSTED_MODEL',
  STAGE_PRIOR = 'STAGE_PRIOR',
}

/** The usual share of deals won from each open stage, used until a workspace has its own model. */
export const STAGE_PRIORS: Record<string, number> = {
  [DealStage.LEAD]: 0.1,
  [DealStage.QUALIFIED]: 0.25,
  [DealStage.PROPOSAL]: 0.45,
  [DealStage.NEGOTIATION]: 0.65,
};

const OPEN_STAGES = [DealStage.LEAD, DealStage.QUALIFIED, DealStage.PROPOSAL, DealStage.NEGOTIATION] as string[];

/** What the model knows of a deal: the stage it is at (or last was, for a closed one), its size, its age, and its customer's record. */
export interface DealFacts {
  /** An open stage; null for a deal closed before stages were remembered. */
  stage: string | null;
  value: number;
  ageDays: number;
  /** The customer's deals closed before this one: how many, how many won. */
  customerClosed: number;
  customerWon: number;
}

/**
 * The model's inputs: stage rank, log value, age in quarters, the customer's smoothed win rate and log history length.
 * Age counts whole days: features are standardized, so hours or seconds between deals would otherwise be
 * scaled up into a pattern (deals that took more clicks to close looking "older") that says nothing of a sale.
 */
export function featuresOf(f: DealFacts): number[] {
  const rank = f.stage && OPEN_STAGES.includes(f.stage) ? OPEN_STAGES.indexOf(f.stage) / 3 : 0.5;
  return [rank, Math.log10(1 + Math.max(0, f.value)), Math.min(Math.floor(Math.max(0, f.ageDays)), 365) / 90, (f.customerWon + 1) / (f.customerClosed + 2), Math.log2(1 + f.customerClosed)];
}

/** A workspace's trained model, as stored. */
export interface StoredWinModel {
  model: LogisticModel;
  closedDeals: number;
  trainedAt: string;
}

/** Trains on closed deals (won = 1); null below MIN_CLOSED_DEALS or when only one outcome was ever seen. */
export function trainWinModel(closed: (DealFacts & { won: boolean })[]): LogisticModel | null {
  if (closed.length < MIN_CLOSED_DEALS) return null;
  const y = closed.map((d) => (d.won ? 1 : 0));
  if (y.every((v) => v === y[0])) return null;
  return trainLogistic(closed.map(featuresOf), y);
}

/** The probability of an open deal from the workspace's model, or the stage prior without one. */
export function winProbability(facts: DealFacts, model: LogisticModel | null): { probability: number; basis: WinBasis } {
  if (!model) return { probability: STAGE_PRIORS[facts.stage ?? DealStage.LEAD] ?? STAGE_PRIORS[DealStage.LEAD], basis: WinBasis.STAGE_PRIOR };
  return { probability: predictLogistic(model, featuresOf(facts)), basis: WinBasis.MODEL };
}
