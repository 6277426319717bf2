import {
  communityCodeProblem,
  creditCodeCheckCharacter,
  creditCodeProblem,
  idNumberCheckCharacter,
  idNumberProblem,
  makeCreditCode,
  makeIdNumber,
  organisationCodeCheckCharacter,
  personPseudonym,
} from '@governance/kit';

/** The worked example of GB 11643-1999. */
const STANDARD_ID = '11010519491231002X';
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const replaceAt = (text: string, index: number, character: string) => `${text.slice(0, index)}${character}${text.slice(index + 1)}`;

describe('ID numbers (GB 11643)', () => {
  it('accepts the standard example', () => {
    expect(idNumberProblem(STANDARD_ID)).toBeNull();
    expect(idNumberCheckCharacter(STANDARD_ID.slice(0, 17))).toBe('X');
  });

  it('rejects every change of a single character of the standard example', () => {
    const accepted: string[] = [];
    for (let index = 0; index < 18; index += 1) {
      for (const character of '0123456789X') {
        if (character === STANDARD_ID[index]) continue;
        const changed = replaceAt(STANDARD_ID, index, character);
        if (idNumberProblem(changed) === null) accepted.push(changed);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('names the expected check character', () => {
    expect(idNumberProblem(replaceAt(STANDARD_ID, 17, '7'))).toBe('check character is "7", expected "X"');
  });

  it.each(['11010519491231002x', '11010519491231002', '11010519491231002X0', '1101051949123100X2', ''])('rejects the malformed %p', (idNumber) => {
    expect(idNumberProblem(idNumber)).toMatch(/17 digits/);
  });

  it('computes the ISO 7064 MOD 11-2 check character for every possible remainder', () => {
    // The standard's own definition: with X = 10, the sum of a_i * 2^(18-i) over all 18 characters is 1 mod 11.
    const mod11Two = (idNumber: string) => [...idNumber].reduce((sum, character, i) => sum + (character === 'X' ? 10 : Number(character)) * 2 ** (17 - i), 0) % 11;
    const made = Array.from({ length: 40 }, (_, sequence) => makeIdNumber('320571', '19850214', sequence));
    expect(new Set(made.map((idNumber) => idNumber[17])).size).toBe(11);
    for (const idNumber of made) expect(mod11Two(idNumber)).toBe(1);
    expect(mod11Two(STANDARD_ID)).toBe(1);
  });

  it('makes valid numbers from their parts', () => {
    expect(makeIdNumber('110105', '19491231', 2)).toBe(STANDARD_ID);
    const made = ['320571', '320506', '110105'].flatMap((division) => [0, 7, 42, 999].map((sequence) => makeIdNumber(division, '19850214', sequence)));
    expect(new Set(made).size).toBe(made.length);
    for (const idNumber of made) {
      expect(idNumber).toHaveLength(18);
      expect(idNumberProblem(idNumber)).toBeNull();
    }
    expect(made[1]).toMatch(/^32057119850214007[\dX]$/);
  });
});

describe('unified social credit codes (GB 32100)', () => {
  const codes = [makeCreditCode('91', '320571', 'MA1MY5PQ'), makeCreditCode('92', '320506', '12345678'), makeCreditCode('51', '110105', 'ABCDEFGH')];

  it('accepts the widely published example code', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('makes codes that validate', () => {
    for (const code of codes) {
      expect(code).toHaveLength(18);
      expect(creditCodeProblem(code)).toBeNull();
    }
    expect(codes[0].slice(0, 16)).toBe('91320571MA1MY5PQ');
  });

  it('rejects every wrong check character, naming the expected one', () => {
    for (const code of codes) {
      const expected = code[17];
      const wrong = [...CREDIT_ALPHABET].filter((character) => character !== expected);
      expect(wrong).toHaveLength(30);
      for (const character of wrong) {
        expect(creditCodeProblem(replaceAt(code, 17, character))).toBe(`check character is "${character}", expected "${expected}"`);
      }
    }
  });

  it('rejects lowercase', () => {
    expect(creditCodeProblem(codes[0].toLowerCase())).toMatch(/capital letters/);
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the letter %s anywhere', (letter) => {
    for (const index of [0, 9, 17]) expect(creditCodeProblem(replaceAt(codes[0], index, letter))).toMatch(/except I, O, S, V and Z/);
  });

  it('rejects a wrong length', () => {
    expect(creditCodeProblem(codes[0].slice(0, 17))).toBe('must be 18 characters (got 17)');
    expect(creditCodeProblem(`${codes[0]}0`)).toBe('must be 18 characters (got 19)');
    expect(creditCodeProblem('')).toBe('must be 18 characters (got 0)');
  });
});

describe('community codes', () => {
  it('accepts exactly 12 digits', () => {
    expect(communityCodeProblem('320571001001')).toBeNull();
    expect(communityCodeProblem('32057100100')).toMatch(/12-digit/);
    expect(communityCodeProblem('32057100100A')).toMatch(/12-digit/);
  });
});

describe('personPseudonym', () => {
  const key = 'a-test-key-of-some-length';

  it('is deterministic for one key and ID number', () => {
    expect(personPseudonym(STANDARD_ID, key)).toBe(personPseudonym(STANDARD_ID, key));
  });

  it('fits the 24-character Person id column', () => {
    expect(personPseudonym(STANDARD_ID, key)).toMatch(/^P[0-9A-F]{23}$/);
  });

  it('differs across keys and across ID numbers', () => {
    const other = makeIdNumber('110105', '19491231', 3);
    const pseudonyms = [personPseudonym(STANDARD_ID, key), personPseudonym(STANDARD_ID, `${key}!`), personPseudonym(other, key)];
    expect(new Set(pseudonyms).size).toBe(3);
  });

  it('does not contain the ID number or its birth date', () => {
    for (const idNumber of [STANDARD_ID, makeIdNumber('320571', '19850214', 7)]) {
      const pseudonym = personPseudonym(idNumber, key);
      expect(pseudonym).not.toContain(idNumber);
      expect(pseudonym).not.toContain(idNumber.slice(0, 17));
      expect(pseudonym).not.toContain(idNumber.slice(6, 14));
    }
  });
});

describe('organisationCodeCheckCharacter (GB 11714, the 17th character of a credit code)', () => {
  it('weights 3,7,9,10,5,8,4,2 and values letters A=10 ... Z=35', () => {
    expect(organisationCodeCheckCharacter('12345678')).toBe('8');
    expect(organisationCodeCheckCharacter('J0000000')).toBe('9');
    expect(organisationCodeCheckCharacter('MA1M1111')).toBe('1');
  });
});

describe('idNumberProblem checks the birth date', () => {
  it('refuses a number whose check digit is right but whose birth date does not exist', () => {
    const impossible = makeIdNumber('110105', '19490231', 2);
    expect(idNumberProblem(impossible)).toMatch(/birth date 1949-02-31/);
    expect(idNumberProblem(makeIdNumber('110105', '19490228', 2))).toBeNull();
  });
});
