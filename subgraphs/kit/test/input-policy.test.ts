import { GraphQLError } from 'graphql';
import {
  boundedMultilineText,
  boundedText,
  formatPurpose,
  idNumberProblem,
  isIsoDate,
  makeIdNumber,
  maskUnexpectedError,
  purposeOf,
  requireDate,
  suzhouToday,
  textProblem,
} from '@governance/kit';
import { variableFieldOf } from '../src/errors';

/** The code and field of the BAD_USER_INPUT that `run` throws, or 'accepted'. */
function outcome(run: () => unknown): string {
  try {
    run();
    return 'accepted';
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return `${String(error.extensions['code'])} ${String(error.extensions['field'])}`;
  }
}

describe('the text policy', () => {
  it.each<[string, string]>([
    ['a NUL', 'name\u0000x'],
    ['a line feed', '张\n三'],
    ['a carriage return', '张\r三'],
    ['a tab', '张\t三'],
    ['a C1 control (NEL)', '张\u0085三'],
    ['DEL', '张\u007f三'],
    ['a right-to-left override', 'evil\u202Etxt.exe'],
    ['a right-to-left isolate', 'a\u2067b'],
    ['a left-to-right mark', 'a\u200eb'],
    ['a line separator', 'a\u2028b'],
    ['a lone high surrogate', 'a\ud842b'],
    ['a lone low surrogate', 'a\udfb7'],
    ['zero-width characters only', '\u200b\u200c\u200d\u2060'],
    ['combining marks only', '\u0301\u0308'],
    ['a byte-order mark only', '\ufeff'],
  ])('refuses a single-line text with %s', (_case, value) => {
    expect(outcome(() => boundedText('name', value, 50))).toBe('BAD_USER_INPUT name');
  });

  it.each<[string, string]>([
    ['Chinese with an astral character', '吉𠮷祥'],
    ['a CJK compatibility ideograph, unchanged', '\uF900'],
    ['a private-use character (rare names)', '王\uE000'],
    ['a zero-width joiner inside an emoji', '👩‍💻 李四'],
    ['quotes and apostrophes', 'O\'Brien "Bob"'],
    ['a Persian name with a zero-width non-joiner', 'می‌خواهم'],
  ])('accepts a single-line text with %s, as sent', (_case, value) => {
    expect(boundedText('name', value, 50)).toBe(value);
  });

  it('counts characters as code points, as MySQL does, and trims', () => {
    expect(boundedText('name', `  ${'𠮷'.repeat(50)}  `, 50)).toBe('𠮷'.repeat(50));
    expect(outcome(() => boundedText('name', '𠮷'.repeat(51), 50))).toBe('BAD_USER_INPUT name');
    expect(outcome(() => boundedText('name', '   ', 50))).toBe('BAD_USER_INPUT name');
  });

  it('lets multi-line text keep line feeds and tabs, normalising CR LF, and nothing else', () => {
    expect(boundedMultilineText('description', ' 第一行\r\n第二行\r第三\t行 ', 100)).toBe('第一行\n第二行\n第三\t行');
    expect(outcome(() => boundedMultilineText('description', 'a\u0000b', 100))).toBe('BAD_USER_INPUT description');
    expect(outcome(() => boundedMultilineText('description', 'a\u202eb', 100))).toBe('BAD_USER_INPUT description');
    expect(outcome(() => boundedMultilineText('description', '\n\u200b\n', 100))).toBe('BAD_USER_INPUT description');
  });

  it('says what is wrong', () => {
    expect(textProblem('a\u202eb')).toMatch(/bidirectional/);
    expect(textProblem('a\ud800')).toMatch(/lone surrogate/);
    expect(textProblem('\u200b')).toMatch(/visible/);
    expect(textProblem('a\nb')).toMatch(/one line/);
    expect(textProblem('a\nb', 'multi-line')).toBeNull();
  });
});

describe('x-purpose', () => {
  it.each<[string, string]>([
    ['UTF-8 Chinese as Node reads it (Latin-1)', Buffer.from('案件', 'utf8').toString('latin1')],
    ['a C1 control', 'case\u0085 42'],
    ['a NUL', 'case\u000042'],
    ['201 characters', 'x'.repeat(201)],
    ['free text instead of a purpose code', 'case 2011-0042'],
    ['an upper-case code', 'Patrol-Vetting'],
    ['a code of 65 characters', `a${'-b'.repeat(32)}`],
    ['a second parameter other than case', 'patrol-vetting; file=42'],
    ['an empty case reference', 'patrol-vetting; case='],
    ['a case reference with a space', 'patrol-vetting; case=SZ 2011'],
    ['a case reference of 65 characters', `patrol-vetting; case=${'9'.repeat(65)}`],
    ['two purposes', 'patrol-vetting, case-handling'],
  ])('refuses %s with 400 naming x-purpose', (_case, header) => {
    expect(outcome(() => purposeOf(header))).toBe('BAD_USER_INPUT x-purpose');
  });

  it('reads a purpose code and an optional case reference, trimmed, and writes them back in one form', () => {
    expect(purposeOf('  patrol-vetting  ')).toEqual({ code: 'patrol-vetting', caseReference: null });
    expect(purposeOf('case-handling;case=SZ-2011-0042')).toEqual({ code: 'case-handling', caseReference: 'SZ-2011-0042' });
    expect(purposeOf('case-handling ;  case = 2011/42:a.b_c')).toEqual({ code: 'case-handling', caseReference: '2011/42:a.b_c' });
    expect(formatPurpose(purposeOf('case-handling ;  case = SZ-1')!)).toBe('case-handling; case=SZ-1');
    expect(purposeOf('   ')).toBeNull();
    expect(purposeOf(undefined)).toBeNull();
  });
});

describe('the date policy', () => {
  it.each(['2011-02-30', '2011-13-01', '2011-00-10', '0000-01-01', '+275760-09-13', '2011-07-01T00:00:00Z', '2011-7-1', '１９９９-01-01'])(
    'the Date scalar refuses %p',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it.each(['0001-01-01', '0099-12-31', '2000-02-29', '2012-02-29', '9999-12-31'])('the Date scalar accepts %p (no Date.UTC year quirk)', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it("keeps a date within its field's range, naming the field", () => {
    expect(requireDate('heldOn', '2011-11-11', { earliest: '2009-01-01' })).toBe('2011-11-11');
    expect(outcome(() => requireDate('heldOn', '2008-12-31', { earliest: '2009-01-01' }))).toBe('BAD_USER_INPUT heldOn');
    expect(outcome(() => requireDate('heldOn', '2099-01-01', { earliest: '2009-01-01' }))).toBe('BAD_USER_INPUT heldOn');
    expect(outcome(() => requireDate('endsOn', '2101-01-01', { earliest: '2011-01-01', latest: '2100-12-31' }))).toBe('BAD_USER_INPUT endsOn');
    expect(outcome(() => requireDate('heldOn', suzhouToday(), { earliest: '2009-01-01' }))).toBe('accepted');
    expect(() => requireDate('closedOn', '2011-01-01', { earliest: { date: '2011-06-01', what: 'the case was opened (2011-06-01)' } })).toThrow(
      'closedOn: must not be before the case was opened (2011-06-01) (got 2011-01-01)',
    );
  });

  it('refuses an ID number whose birth date lies in the future', () => {
    expect(idNumberProblem(makeIdNumber('320571', '20990101', 1))).toMatch(/birth date 2099-01-01 .* lies in the future/);
    expect(idNumberProblem(makeIdNumber('320571', '19900101', 1))).toBeNull();
  });
});

describe('variable-coercion errors', () => {
  it.each([
    ['Variable "$input" got invalid value "2011-02-30" at "input.heldOn"; Date must be a calendar date', 'heldOn'],
    ['Variable "$input" got invalid value "x" at "input.concerns[0].resolvedOn"; Date must be', 'concerns[0].resolvedOn'],
    ['Variable "$on" got invalid value "2011-13-01"; Date must be', 'on'],
    ['Variable "$days" got invalid value "x" at "days[1]"; Date must be', 'days[1]'],
  ])('name the field: %s', (message, field) => {
    expect(variableFieldOf(message)).toBe(field);
    expect(maskUnexpectedError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message))).toEqual({ message, extensions: { code: 'BAD_USER_INPUT', field } });
  });
});
