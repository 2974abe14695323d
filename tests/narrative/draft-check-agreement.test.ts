import fc from 'fast-check';
import { Money } from '../../src/domain/money';
import { checkNarrativeText, draftNarrative, type NarrativeInputs } from '../../src/domain/narrative';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { seed000, seed003, seedWorkbook } from '../fixtures/seeds/build';

const docs = [recognizeWorkbook(seedWorkbook(seed000, 'sheets')), recognizeWorkbook(seedWorkbook(seed003, 'sheets'))];
const cents = fc.integer({ min: 0, max: 400_000 }).map((c) => new Money(c).div(100));
const neutral = '人员结构调整';

const inputs: fc.Arbitrary<NarrativeInputs> = fc
  .record({
    revenueTotal: cents,
    expenditureTotal: cents,
    generalBudgetAppropriation: cents,
    fundBudgetAppropriation: cents,
    operatingCosts: cents,
    overseas: fc.integer({ min: 0, max: 300 }).map((c) => new Money(c).div(100)),
    reception: fc.integer({ min: 0, max: 300 }).map((c) => new Money(c).div(100)),
    vehiclePurchase: fc.integer({ min: 0, max: 300 }).map((c) => new Money(c).div(100)),
    vehicleOperation: fc.integer({ min: 0, max: 300 }).map((c) => new Money(c).div(100)),
    goods: cents,
    works: cents,
    services: cents,
  })
  .map((r) => ({
    revenueTotal: r.revenueTotal,
    expenditureTotal: r.expenditureTotal,
    generalBudgetAppropriation: r.generalBudgetAppropriation,
    fundBudgetAppropriation: r.fundBudgetAppropriation,
    operatingCosts: r.operatingCosts,
    threePublic: {
      total: r.overseas.plus(r.reception).plus(r.vehiclePurchase).plus(r.vehicleOperation),
      overseas: r.overseas,
      reception: r.reception,
      vehiclePurchase: r.vehiclePurchase,
      vehicleOperation: r.vehicleOperation,
    },
    procurement: { total: r.goods.plus(r.works).plus(r.services), goods: r.goods, works: r.works, services: r.services },
    reasons: { 一: neutral, 四: neutral, 五: neutral, 七: neutral, 八: neutral },
  }));

describe('the checker agrees with the generator', () => {
  it('a draft from any prior-year figures checks clean against its tables and those figures', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), inputs, fc.boolean(), (which, given, thousands) => {
        const doc = docs[which];
        const draft = draftNarrative(doc, given, { thousands });
        expect(draft.placeholders).toEqual([]);
        const findings = checkNarrativeText(doc, draft.text, { inputs: given }).filter((f) => f.rule !== 'N.section');
        expect(findings).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
