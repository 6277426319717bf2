/** The subgraphs, as the dashboard names them to people. */
export const AGENCIES = {
  'community-committees': 'Community committees (社区居委会)',
  'public-security': 'Public security (公安)',
  'industry-associations': 'Industry associations (行业协会)',
  'commerce-bureau': 'Commerce bureau (工商局)',
} as const;

export type AgencyName = keyof typeof AGENCIES;

export interface ErrorLike {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Why an agency's part of an answer is missing or wrong, in words for the page. */
export type AgencyNotices = Map<AgencyName, string>;

const AGENCY_NAMES = Object.keys(AGENCIES) as AgencyName[];

function agencyOf(error: ErrorLike): AgencyName | undefined {
  const serviceName = error.extensions?.serviceName;
  const named = AGENCY_NAMES.find((agency) => agency === serviceName);
  return named ?? AGENCY_NAMES.find((agency) => error.message.includes(agency));
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
        ? `${AGENCIES[agency]} did not answer in time; its part of this overview is missing.`
        : code === 'SUBGRAPH_UNAVAILABLE' || /unavailable|ECONNREFUSED|fetch failed/i.test(error.message)
          ? `${AGENCIES[agency]} is unavailable; its part of this overview is missing.`
          : `${AGENCIES[agency]} answered with an error: ${error.message}`;
    notices.set(agency, notice);
  }
  return notices;
}

/** Errors that name no agency (a bad variable, a gateway problem). */
export function otherErrors<T extends ErrorLike>(errors: readonly T[] | undefined): T[] {
  return (errors ?? []).filter((error) => agencyOf(error) === undefined);
}
