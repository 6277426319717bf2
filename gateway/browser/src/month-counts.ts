const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Events per month of one year, from their ISO dates (`2011-07-01`): twelve entries, empty months included. */
export function countByMonth(dates: readonly string[], year: number): Array<{ label: string; value: number }> {
  const counts = new Array<number>(12).fill(0);
  for (const date of dates) {
    if (Number(date.slice(0, 4)) !== year) continue;
    const month = Number(date.slice(5, 7));
    if (month >= 1 && month <= 12) counts[month - 1] += 1;
  }
  return counts.map((value, index) => ({ label: MONTHS[index], value }));
}
