import { el, formatNumber } from './dom.js';
import type { SubDistrictChoice } from './overview-types.js';

export interface SubDistrictPicker {
  /** The search box and the select, to place in the page. */
  readonly elements: readonly HTMLElement[];
  readonly select: HTMLSelectElement;
  /** Replaces the choices (grouped by city and district, in the register's order within a group). */
  setChoices(choices: readonly SubDistrictChoice[]): void;
}

/** What a search matches: the name, the district or city, or the start of the code. */
function matches(choice: SubDistrictChoice, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return needle === '' || choice.code.startsWith(needle) || [choice.name, choice.district, choice.city].some((text) => text.toLowerCase().includes(needle));
}

/**
 * The sub-district picker: over eighty sub-districts are too many for a flat
 * list (Huxi would be 77th), so they are grouped by city and district and a
 * search box narrows them as the analyst types; a single match is chosen at once.
 */
export function createSubDistrictPicker(onChoose: () => void): SubDistrictPicker {
  const search = el('input', { id: 'sub-district-search', type: 'search', placeholder: 'Search sub-districts', 'aria-label': 'Search sub-districts', autocomplete: 'off' });
  const select = el('select', { id: 'sub-district', 'aria-label': 'Sub-district' });
  const count = el('span', { id: 'sub-district-count', className: 'muted' });
  let choices: readonly SubDistrictChoice[] = [];

  const render = () => {
    const chosen = select.value;
    const shown = choices.filter((choice) => matches(choice, search.value));
    const groups = new Map<string, SubDistrictChoice[]>();
    for (const choice of shown) {
      const group = `${choice.city} · ${choice.district}`;
      groups.set(group, [...(groups.get(group) ?? []), choice]);
    }
    select.replaceChildren(
      el('option', { value: '' }, shown.length === 0 ? 'No sub-district matches' : 'Choose a sub-district'),
      ...[...groups].map(([label, members]) =>
        el('optgroup', { label }, ...members.map((choice) => el('option', { value: choice.code }, `${choice.name} (${formatNumber(choice.communities.totalCount)} communities)`))),
      ),
    );
    count.textContent = search.value.trim() === '' ? `${formatNumber(choices.length)} sub-districts` : `${formatNumber(shown.length)} of ${formatNumber(choices.length)}`;
    if (shown.some((choice) => choice.code === chosen)) select.value = chosen;
    else if (shown.length === 1 && search.value.trim() !== '') {
      select.value = shown[0].code;
      onChoose();
    }
  };

  search.addEventListener('input', render);
  select.addEventListener('change', onChoose);
  return {
    elements: [el('label', {}, 'Sub-district ', search), select, count],
    select,
    setChoices(next) {
      choices = next;
      render();
    },
  };
}
