import { Catalog, EXPENDITURE_CLASSES_2023, EXPENDITURE_CLASSES_2024, matchExpenditureClass } from '../../src/domain/catalog';

describe('EXPENDITURE_CLASSES_2023 / 2024', () => {
  it('are the 30 表1 names, 一般公共服务支出 … 抗疫特别国债安排的支出', () => {
    for (const list of [EXPENDITURE_CLASSES_2023, EXPENDITURE_CLASSES_2024]) {
      expect(list).toHaveLength(30);
      expect(new Set(list).size).toBe(30);
      expect(list[0]).toBe('一般公共服务支出');
      expect(list[14]).toBe('资源勘探工业信息等支出');
      expect(list[15]).toBe('商业服务业等支出');
      expect(list[18]).toBe('自然资源海洋气象等支出');
      expect(list[23]).toBe('预备费');
      expect(list[29]).toBe('抗疫特别国债安排的支出');
    }
    expect(EXPENDITURE_CLASSES_2024).toEqual(EXPENDITURE_CLASSES_2023);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(EXPENDITURE_CLASSES_2023)).toBe(true);
  });
});

describe('matchExpenditureClass', () => {
  it('strips the ordinal and gives the 功能 code where the catalogue knows the 类', () => {
    expect(matchExpenditureClass('一、一般公共服务支出')).toEqual({ ordinal: 1, name: '一般公共服务支出', code: '201' });
    expect(matchExpenditureClass('八、社会保障和就业支出')).toEqual({ ordinal: 8, name: '社会保障和就业支出', code: '208' });
    expect(matchExpenditureClass('二十、住房保障支出')).toEqual({ ordinal: 20, name: '住房保障支出', code: '221' });
    expect(matchExpenditureClass('二十三、灾害防治及应急管理支出')).toEqual({ ordinal: 23, name: '灾害防治及应急管理支出', code: '224' });
  });

  it('accepts the 表4 spelling without 等 and returns the 表1 spelling', () => {
    expect(matchExpenditureClass('十五、资源勘探工业信息支出')).toEqual({ ordinal: 15, name: '资源勘探工业信息等支出', code: '215' });
    expect(matchExpenditureClass('十五、资源勘探工业信息等支出')).toEqual({ ordinal: 15, name: '资源勘探工业信息等支出', code: '215' });
    expect(matchExpenditureClass('十六、商业服务业支出')).toEqual({ ordinal: 16, name: '商业服务业等支出' });
    expect(matchExpenditureClass('十九、自然资源海洋气象支出')).toEqual({ ordinal: 19, name: '自然资源海洋气象等支出' });
  });

  it('leaves the code out for a 类 the shipped catalogue does not hold', () => {
    expect(matchExpenditureClass('二、外交支出')).toEqual({ ordinal: 2, name: '外交支出' });
    expect(matchExpenditureClass('三十、抗疫特别国债安排的支出')).toEqual({ ordinal: 30, name: '抗疫特别国债安排的支出' });
  });

  it('takes the code from an imported catalogue when given one', () => {
    const imported = Catalog.builtIn().withImported([{ code: '202', name: '外交支出' }]);
    expect(matchExpenditureClass('二、外交支出', imported)).toEqual({ ordinal: 2, name: '外交支出', code: '202' });
  });

  it('works without an ordinal, with other ordinal styles and with stray spaces', () => {
    expect(matchExpenditureClass('卫生健康支出')).toEqual({ ordinal: 10, name: '卫生健康支出', code: '210' });
    expect(matchExpenditureClass(' 十二 、城乡社区支出 ')?.code).toBe('212');
    expect(matchExpenditureClass('12.城乡社区支出')?.ordinal).toBe(12);
    expect(matchExpenditureClass('（十二）城乡社区 支出')?.ordinal).toBe(12);
  });

  it('the name decides, not the printed ordinal', () => {
    expect(matchExpenditureClass('三、卫生健康支出')?.ordinal).toBe(10);
  });

  it('returns undefined for anything else', () => {
    expect(matchExpenditureClass('一、一般公共预算')).toBeUndefined();
    expect(matchExpenditureClass('本年支出合计')).toBeUndefined();
    expect(matchExpenditureClass('')).toBeUndefined();
    expect(matchExpenditureClass('一般公共服务')).toBeUndefined();
  });
});
