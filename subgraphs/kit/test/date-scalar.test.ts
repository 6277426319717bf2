import { GraphQLError, graphql, GraphQLObjectType, GraphQLSchema, parseValue as parseValueLiteral } from 'graphql';
import { DateScalar, isIsoDate } from '@governance/kit';

/** The GraphQLError that `run` throws. */
function thrown(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a GraphQLError, nothing was thrown');
}

describe('isIsoDate', () => {
  it.each(['2011-07-01', '2012-02-29', '2000-02-29', '1949-12-31'])('accepts %p', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2011-02-30', '2011-02-29', '1900-02-29', '2011-13-01', '2011-00-10', '2011-04-31', '2011-7-1', '20110701', '2011-07-01T00:00:00Z', ' 2011-07-01'])(
    'rejects %p',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});

describe('DateScalar', () => {
  it('parses a calendar date from variables and from literals', () => {
    expect(DateScalar.parseValue('2011-07-01')).toBe('2011-07-01');
    expect(DateScalar.parseLiteral(parseValueLiteral('"2011-07-01"'))).toBe('2011-07-01');
  });

  it.each<unknown>(['2011-02-30', '2011-7-1', 20110701, null, ''])('rejects the variable %p as BAD_USER_INPUT', (value) => {
    const error = thrown(() => DateScalar.parseValue(value));
    expect(error.extensions['code']).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('YYYY-MM-DD');
  });

  it.each(['20110701', '"2011-02-30"', '"2011-7-1"', 'true'])('rejects the literal %s as BAD_USER_INPUT', (literal) => {
    expect(thrown(() => DateScalar.parseLiteral(parseValueLiteral(literal))).extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('serializes a Date as its UTC calendar date and a date string as itself', () => {
    expect(DateScalar.serialize(new Date(Date.UTC(2011, 6, 1)))).toBe('2011-07-01');
    expect(DateScalar.serialize(new Date('1999-12-31T23:59:59.999Z'))).toBe('1999-12-31');
    expect(DateScalar.serialize('2011-07-01')).toBe('2011-07-01');
  });

  it('refuses to serialize a string that is not a calendar date', () => {
    expect(() => DateScalar.serialize('2011-02-30')).toThrow(GraphQLError);
  });

  it('rejects a bad argument in a real query before any resolver runs', async () => {
    let calls = 0;
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          echo: {
            type: DateScalar,
            args: { on: { type: DateScalar } },
            resolve: (_: unknown, args: { on: string }) => {
              calls += 1;
              return args.on;
            },
          },
        },
      }),
    });
    const good = await graphql({ schema, source: '{ echo(on: "2011-07-01") }' });
    expect(good).toEqual({ data: { echo: '2011-07-01' } });
    const bad = await graphql({ schema, source: 'query ($on: Date) { echo(on: $on) }', variableValues: { on: '2011-02-30' } });
    expect(bad.data).toBeUndefined();
    expect(bad.errors?.[0].message).toContain('2011-02-30');
    expect(calls).toBe(1);
  });
});
