/** An agency's name as the gateway reports it (a subgraph's name, kebab-case). */
export type AgencyName = string;

/** The agencies, as pages name them to people; the gateway sends them from agencies.json in the page configuration. */
let labels: Readonly<Record<AgencyName, string>> = {};

/** Called once per page with the page configuration's labels. */
export function setAgencyLabels(next: Readonly<Record<AgencyName, string>>): void {
  labels = next;
}

/** `Commerce bureau (工商局)`, or the name itself for an agency the page was not told about. */
export function agencyLabel(agency: AgencyName): string {
  return labels[agency] ?? agency;
}

export interface ErrorLike {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Why an agency's part of an answer is missing or wrong, in words for the page. */
export type AgencyNotices = Map<AgencyName, string>;

function agencyOf(error: ErrorLike): AgencyName | undefined {
  const names = Object.keys(labels);
  const serviceName = error.extensions?.serviceName;
  const named = names.find((agency) => agency === serviceName);
  return named ?? names.find((agency) => error.message.includes(agency));
}

/**
 * Which agencies an answer's errors name (extensions.serviceName, or the
 * subgraph's name in the message), with a notice for each: "unavailable" when
 * the gateway could not reach it or it did not answer in time, its own
 * message otherwise. Errors that name no agency are not the agencies' fault
 * and are left to the caller.
 */
export function agencyNotices(errors: readonly ErrorLike[] | undefined): AgencyNotices {
  const notices: AgencyNotices = new Map();
  for (const error of errors ?? []) {
    const agency = agencyOf(error);
    if (agency === undefined || notices.has(agency)) continue;
    const code = error.extensions?.code;
    const notice =
      code === 'SUBGRAPH_TIMEOUT'
        ? `${agencyLabel(agency)} did not answer in time; its part of this overview is missing.`
        : code === 'SUBGRAPH_UNAVAILABLE' || /unavailable|ECONNREFUSED|fetch failed/i.test(error.message)
          ? `${agencyLabel(agency)} is unavailable; its part of this overview is missing.`
          : `${agencyLabel(agency)} answered with an error: ${error.message}`;
    notices.set(agency, notice);
  }
  return notices;
}

/** Errors that name no agency (a bad variable, a gateway problem). */
export function otherErrors<T extends ErrorLike>(errors: readonly T[] | undefined): T[] {
  return (errors ?? []).filter((error) => agencyOf(error) === undefined);
}
