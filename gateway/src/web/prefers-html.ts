/**
 * Whether an Accept header asks for HTML before JSON, as a browser's address
 * bar does (`text/html,...,*\/*;q=0.8`). GraphQL clients send JSON types or
 * nothing; `*\/*` alone is not a request for a page.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const quality = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [type = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    if (type !== '' && Number.isFinite(value)) quality.set(type, Math.max(quality.get(type) ?? 0, value));
  }
  const html = quality.get('text/html') ?? 0;
  const json = Math.max(quality.get('application/json') ?? 0, quality.get('application/graphql-response+json') ?? 0);
  return html > 0 && html >= json;
}
