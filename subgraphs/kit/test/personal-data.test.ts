import { maskPersonalData } from '../src/auth/personal-data';

describe('maskPersonalData', () => {
  it('masks as the agencies print it', () => {
    expect(maskPersonalData('name', '张三')).toBe('张*');
    expect(maskPersonalData('name', '欧阳娜娜')).toBe('欧***');
    expect(maskPersonalData('phone', '13812345678')).toBe('138****5678');
    expect(maskPersonalData('idNumber', '32058219850312041X')).toBe('320***********041X');
  });

  it('counts characters, not UTF-16 units, and never fails on odd values', () => {
    expect(maskPersonalData('name', '𠮷野家')).toBe('𠮷**');
    expect(maskPersonalData('name', '王')).toBe('*');
    expect(maskPersonalData('name', '')).toBe('*');
    expect(maskPersonalData('phone', '110')).toBe('***');
    expect(maskPersonalData('idNumber', 'X')).toBe('*');
  });
});
