/**
 * Operation names as metric labels. Clients choose them, so they cannot go
 * into a label as sent: every distinct name is a new time series. Names the
 * service knows (the trusted documents at the gateway) are kept as they are;
 * the first `admitOthers` other names are kept too, in order of arrival, so
 * that an analyst's recurring query shows up; everything after is `other`,
 * and a request without a name is `anonymous`.
 */
export class OperationLabels {
  private readonly admitted = new Set<string>();

  constructor(
    private readonly known: ReadonlySet<string>,
    private readonly admitOthers: number,
  ) {}

  label(name: string | null): string {
    if (name === null || name === '') return 'anonymous';
    if (this.known.has(name) || this.admitted.has(name)) return name;
    if (this.admitted.size < this.admitOthers) {
      this.admitted.add(name);
      return name;
    }
    return 'other';
  }
}
