import { DEAL_TRANSITIONS, DealStage, canMoveDeal } from './deal-stage';

describe('deal state machine', () => {
  it('moves one step forward or back between open stages', () => {
    expect(canMoveDeal(DealStage.LEAD, DealStage.QUALIFIED)).toBe(true);
    expect(canMoveDeal(DealStage.PROPOSAL, DealStage.QUALIFIED)).toBe(true);
    expect(canMoveDeal(DealStage.LEAD, DealStage.PROPOSAL)).toBe(false);
    expect(canMoveDeal(DealStage.LEAD, DealStage.LEAD)).toBe(false);
  });

  it('wins or loses from any open stage', () => {
    for (const stage of [DealStage.LEAD, DealStage.QUALIFIED, DealStage.PROPOSAL, DealStage.NEGOTIATION]) {
      expect(canMoveDeal(stage, DealStage.WON)).toBe(true);
      expect(canMoveDeal(stage, DealStage.LOST)).toBe(true);
    }
  });

  it('treats WON and LOST as final', () => {
    expect(DEAL_TRANSITIONS[DealStage.WON]).toEqual([]);
    expect(DEAL_TRANSITIONS[DealStage.LOST]).toEqual([]);
  });
});
