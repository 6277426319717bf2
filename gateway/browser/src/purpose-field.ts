/**
 * Why this dashboard's user needs personal data: a purpose the data owner
 * registered and, optionally, the case it is for. Sent with every request as
 * `x-purpose: <code>[; case=<reference>]`; without one, personal fields come
 * back masked. Kept for the tab, like the token.
 */
const STORAGE_KEY = 'governance-graph.purpose';
/** The gateway's syntax for a case reference: checked here so that a typo is said at once, not by a 400. */
const CASE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;

export interface RegisteredPurposeOption {
  readonly code: string;
  readonly descriptionEn: string;
  readonly descriptionZh: string;
}

export interface StoredPurpose {
  readonly code: string;
  readonly caseReference: string;
}

/** The x-purpose header for a choice, or none; a malformed case reference is left out (the field says so). */
export function purposeHeader(choice: StoredPurpose): Record<string, string> {
  if (choice.code === '') return {};
  const reference = choice.caseReference.trim();
  return { 'x-purpose': reference !== '' && CASE_REFERENCE.test(reference) ? `${choice.code}; case=${reference}` : choice.code };
}

export function isCaseReference(value: string): boolean {
  return value.trim() === '' || CASE_REFERENCE.test(value.trim());
}

function stored(): StoredPurpose {
  try {
    const value = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<StoredPurpose>;
    return { code: typeof value.code === 'string' ? value.code : '', caseReference: typeof value.caseReference === 'string' ? value.caseReference : '' };
  } catch {
    return { code: '', caseReference: '' };
  }
}

/** A purpose picker and a case-reference field; `onChange` runs when either settles. */
export function createPurposeField(onChange: () => void): {
  readonly element: HTMLElement;
  setPurposes(purposes: readonly RegisteredPurposeOption[]): void;
  header(): Record<string, string>;
} {
  const initial = stored();
  const select = document.createElement('select');
  Object.assign(select, { id: 'purpose' });
  select.setAttribute('aria-label', 'Purpose');
  const none = new Option('No purpose: personal data masked', '');
  select.append(none);
  const reference = document.createElement('input');
  Object.assign(reference, { id: 'case-reference', type: 'text', placeholder: 'case reference', maxLength: 64, spellcheck: false, value: initial.caseReference });
  reference.setAttribute('aria-label', 'Case reference');
  const choice = (): StoredPurpose => ({ code: select.value, caseReference: reference.value });
  const save = () => {
    const valid = isCaseReference(reference.value);
    reference.setAttribute('aria-invalid', String(!valid));
    reference.title = valid ? 'Sent with the purpose: x-purpose: <purpose>; case=<reference>' : 'Letters, digits and . _ : / - only (at most 64): not sent';
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(choice()));
  };
  const changed = () => {
    save();
    onChange();
  };
  select.addEventListener('change', changed);
  reference.addEventListener('change', changed);
  const label = document.createElement('label');
  label.title = 'Sent as x-purpose: only purposes the data owner registered, for which it has an agreement with your agency, unmask personal data';
  label.append('Purpose ', select, ' ', reference);
  const element = document.createElement('span');
  element.className = 'purpose-field';
  element.append(label);
  return {
    element,
    setPurposes(purposes) {
      select.replaceChildren(none, ...purposes.map((purpose) => new Option(`${purpose.code} · ${purpose.descriptionEn}`, purpose.code)));
      select.value = purposes.some((purpose) => purpose.code === initial.code) ? initial.code : '';
      save();
    },
    header: () => purposeHeader(choice()),
  };
}
