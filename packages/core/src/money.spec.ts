import { toMoneyString } from './money';

describe('toMoneyString', () => {
  it('renders any amount as cents, rounding half up, whatever shape it comes in', () => {
    const cases: [string | number, string][] = [
      ['12.30', '12.30'], ['1.005', '1.01'], ['012.30', '12.30'], ['-0.00', '0.00'], ['-0.004', '0.00'],
      ['7', '7.00'], ['0.10', '0.10'], ['-12.345', '-12.35'], [3.1, '3.10'], ['99999999999999.99', '99999999999999.99'],
    ];
    expect(cases.map(([input]) => toMoneyString(input))).toEqual(cases.map(([, want]) => want));
  });
});
