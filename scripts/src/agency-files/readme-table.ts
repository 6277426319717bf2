import type { AgencyManifest } from '@governance/kit/agencies';

const BEGIN = '<!-- agencies:begin (generated from agencies.json by `npm run sync:agencies`) -->';
const END = '<!-- agencies:end -->';

/** The README's table of bureaus, between its markers, as the manifest says. */
export function withAgencyTable(readme: string, manifest: AgencyManifest): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md has no agency table: put the lines\n${BEGIN}\n${END}\nwhere it belongs`);
  const rows = manifest.agencies.map(
    (agency) => `| \`${agency.name}\` | ${agency.displayName.en} | ${agency.displayName.zh} | \`${agency.package}/\` | ${agency.defaultPort} | ${agency.entities.join(', ')} |`,
  );
  const gateway = `| (gateway) | the Apollo gateway | 网关 | \`gateway/\` | ${manifest.gateway.defaultPort} | the supergraph |`;
  const table = ['| agency (token, service) | bureau | 中文 | package | port | owns |', '|---|---|---|---|---|---|', ...rows, gateway].join('\n');
  return `${readme.slice(0, start)}${BEGIN}\n${table}\n${readme.slice(end)}`;
}
