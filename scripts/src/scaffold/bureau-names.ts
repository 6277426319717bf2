/** The spellings of a new bureau's and its first entity's names that the generated files use. */
export interface BureauNames {
  /** `water-resources`: package folder, subgraph, token agency, compose service. */
  readonly bureau: string;
  /** `waterResources`: the SubgraphDefinition's export. */
  readonly bureauCamel: string;
  /** `WaterResources`: type prefixes (WaterResourcesContext). */
  readonly bureauPascal: string;
  /** `Reservoir`: the entity type. */
  readonly entity: string;
  /** `reservoir`: the single-record query and loader. */
  readonly entityCamel: string;
  /** `reservoir`: the file stem. */
  readonly entityKebab: string;
  /** `reservoir`: the table. */
  readonly table: string;
  /** `reservoirs`: the list query. */
  readonly plural: string;
  /** `reservoirs`: the list's file stem. */
  readonly pluralKebab: string;
  readonly zh: string;
  readonly en: string;
}

const words = (kebab: string) => kebab.split('-');
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

export const BUREAU_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const ENTITY_NAME = /^[A-Z][a-z0-9]+([A-Z][a-z0-9]+)*$/;

export function bureauNames(bureau: string, entity: string, zh: string, en: string): BureauNames {
  const pascal = words(bureau).map(capital).join('');
  const entityWords = entity.split(/(?=[A-Z])/).map((word) => word.toLowerCase());
  const entityCamel = entity.charAt(0).toLowerCase() + entity.slice(1);
  return {
    bureau,
    bureauCamel: pascal.charAt(0).toLowerCase() + pascal.slice(1),
    bureauPascal: pascal,
    entity,
    entityCamel,
    entityKebab: entityWords.join('-'),
    table: entityWords.join('_'),
    plural: pluralOf(entityCamel),
    pluralKebab: pluralOf(entityWords.join('-')),
    zh,
    en,
  };
}
