import type { PageConfig } from './page-config.js';

/**
 * The bearer token both pages send, kept for this browser tab only
 * (sessionStorage): a pasted token outlives a reload, not the session.
 */
const STORAGE_KEY = 'governance-graph.token';

export function initialToken(config: PageConfig): string {
  return sessionStorage.getItem(STORAGE_KEY) ?? config.token ?? '';
}

export function rememberToken(token: string): void {
  if (token.trim() === '') sessionStorage.removeItem(STORAGE_KEY);
  else sessionStorage.setItem(STORAGE_KEY, token.trim());
}

/** `Authorization: Bearer <token>`, or no header without a token; a pasted "Bearer ..." is not doubled. */
export function authorizationHeader(token: string): Record<string, string> {
  const bare = token.trim().replace(/^bearer\s+/i, '');
  return bare === '' ? {} : { Authorization: `Bearer ${bare}` };
}

/** A labelled token input; what is typed or pasted is remembered for the tab and read at each request. */
export function createTokenField(config: PageConfig): { readonly element: HTMLElement; readonly value: () => string } {
  const input = document.createElement('input');
  Object.assign(input, { id: 'token', type: 'password', autocomplete: 'off', spellcheck: false, placeholder: 'paste a token', value: initialToken(config) });
  input.addEventListener('input', () => rememberToken(input.value));
  const label = document.createElement('label');
  label.title = 'Sent as Authorization: Bearer <token>';
  label.append('Token ', input);
  // A form, so that the browser treats the password field as one; there is nothing to submit.
  const form = document.createElement('form');
  form.className = 'token-field';
  form.addEventListener('submit', (event) => event.preventDefault());
  form.append(label);
  return { element: form, value: () => input.value };
}
