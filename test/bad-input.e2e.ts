import { makeCreditCode } from '@governance/kit';
import { startStack, type Stack } from './support/stack';

describe('bad input through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('refuses a malformed community code, naming the argument', async () => {
    const result = await stack.query(`{ community(code: "32057") { name } }`);
    expect(result.data).toEqual({ community: null });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(result.errors![0].message).toMatch(/12-digit/);
  });

  it('says an unknown community code is not found', async () => {
    const result = await stack.query(`{ community(code: "320571999999") { name } }`);
    expect(result.data).toEqual({ community: null });
    expect(result.errors![0].extensions?.code).toBe('NOT_FOUND');
    expect(result.errors![0].message).toContain('320571999999');
  });

  it('refuses a credit code whose check character is wrong, and says which it should be', async () => {
    const valid = makeCreditCode('91', '320571', 'MA1MXXXX'.replace(/X/g, '1'));
    const wrong = `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`;
    const result = await stack.query(`query ($c: ID!) { enterprise(creditCode: $c) { name } }`, { c: wrong });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
    expect(result.errors![0].message).toContain(`expected "${valid[17]}"`);
  });

  it('refuses a credit code of the wrong length', async () => {
    const result = await stack.query(`{ enterprise(creditCode: "9132") { name } }`);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
  });

  it('refuses a page larger than 500 and a forged cursor', async () => {
    const tooMany = await stack.query(`{ enterprises(first: 501) { totalCount } }`);
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await stack.query(`{ enterprises(after: "not-a-cursor") { totalCount } }`);
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reports a malformed date argument with a code', async () => {
    const result = await stack.query(`{ enterprises(first: "x") { totalCount } }`);
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
