import { predictLogistic, trainLogistic } from './logistic-regression';
import { MIN_CLOSED_DEALS, STAGE_PRIORS, WinBasis, trainWinModel, winProbability, type DealFacts } from './win-probability';

const deal = (over: Partial<DealFacts>): DealFacts => ({ stage: 'LEAD', value: 1000, ageDays: 10, customerClosed: 0, customerWon: 0, ...over });

describe('win probability', () => {
  it('logistic regression separates a separable pattern and is deterministic', () => {
    const x = Array.from({ length: 40 }, (_, i) => [i % 2, (i * 7) % 5]);
    const y = x.map(([a]) => a);
    const model = trainLogistic(x, y);
    expect(predictLogistic(model, [1, 2])).toBeGreaterThan(0.9);
    expect(predictLogistic(model, [0, 2])).toBeLessThan(0.1);
    expect(trainLogistic(x, y)).toEqual(model);
  });

  it('falls back to stage priors below the minimum of closed deals, or with one outcome only', () => {
    const few = Array.from({ length: MIN_CLOSED_DEALS - 1 }, (_, i) => ({ ...deal({}), won: i % 2 === 0 }));
    expect(trainWinModel(few)).toBeNull();
    const oneOutcome = Array.from({ length: MIN_CLOSED_DEALS + 5 }, () => ({ ...deal({}), won: true }));
    expect(trainWinModel(oneOutcome)).toBeNull();
    expect(winProbability(deal({ stage: 'NEGOTIATION' }), null)).toEqual({ probability: STAGE_PRIORS.NEGOTIATION, basis: WinBasis.STAGE_PRIOR });
  });

  it('learns that a customer who always buys at negotiation wins, and one who never does loses', () => {
    const history: (DealFacts & { won: boolean })[] = [];
    for (let i = 0; i < 20; i++) history.push({ ...deal({ stage: 'NEGOTIATION', value: 5000 + i * 10, customerClosed: i, customerWon: i }), won: true });
    for (let i = 0; i < 20; i++) history.push({ ...deal({ stage: 'LEAD', value: 800 + i * 10, customerClosed: i, customerWon: 0 }), won: false });
    const model = trainWinModel(history)!;
    const loyal = winProbability(deal({ stage: 'NEGOTIATION', value: 5200, customerClosed: 20, customerWon: 20 }), model);
    const cold = winProbability(deal({ stage: 'LEAD', value: 900, customerClosed: 20, customerWon: 0 }), model);
    expect(loyal.basis).toBe(WinBasis.MODEL);
    expect(loyal.probability).toBeGreaterThan(0.8);
    expect(cold.probability).toBeLessThan(0.2);
  });

  it('takes a deal\'s age in whole days: seconds between deals are not a pattern to learn', () => {
    const SECOND = 1 / 86_400;
    const history: (DealFacts & { won: boolean })[] = [];
    // Won deals went through four steps and closed seconds later than lost ones, which closed in one.
    for (let i = 0; i < 20; i++) history.push({ ...deal({ stage: 'NEGOTIATION', value: 5000 + i * 10, ageDays: 4 * SECOND, customerClosed: i, customerWon: i }), won: true });
    for (let i = 0; i < 20; i++) history.push({ ...deal({ stage: 'LEAD', value: 800 + i * 10, ageDays: 1 * SECOND, customerClosed: i, customerWon: 0 }), won: false });
    const model = trainWinModel(history)!;
    const coldFresh = winProbability(deal({ stage: 'LEAD', value: 750, ageDays: 0, customerClosed: 20, customerWon: 0 }), model);
    const coldSecondsOld = winProbability(deal({ stage: 'LEAD', value: 750, ageDays: 9 * SECOND, customerClosed: 20, customerWon: 0 }), model);
    expect(coldSecondsOld.probability).toBeLessThan(0.2);
    expect(coldSecondsOld).toEqual(coldFresh);
  });
});
