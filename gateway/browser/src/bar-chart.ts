import { formatNumber, svg } from './dom.js';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** A CSS class for the bar's colour (licence statuses). */
  readonly tone?: string;
}

const HEIGHT = 180;
const TOP = 18;
const BOTTOM = 24;
const MIN_SLOT = 44;
/** Roughly the width of one 11px label character, so that labels do not run into each other. */
const CHARACTER_WIDTH = 7;

/**
 * A vertical bar chart as inline SVG: one <rect class="bar"> per value with
 * its figure above and its label below, scaled to the largest value. Drawn by
 * hand because the page loads no chart library (nothing may come from a CDN).
 */
export function barChart(title: string, bars: readonly Bar[]): SVGSVGElement {
  const slot = Math.max(MIN_SLOT, ...bars.map((bar) => bar.label.length * CHARACTER_WIDTH + 8));
  const barWidth = Math.min(slot - 16, 36);
  const width = Math.max(bars.length * slot, 120);
  const plot = HEIGHT - TOP - BOTTOM;
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const chart = svg('svg', { class: 'bar-chart', viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, role: 'img', 'aria-label': title });
  chart.append(svg('title', {}, title));
  chart.append(svg('line', { class: 'axis', x1: 0, x2: width, y1: HEIGHT - BOTTOM, y2: HEIGHT - BOTTOM }));
  bars.forEach((bar, index) => {
    const height = bar.value === 0 ? 0 : Math.max(2, Math.round((bar.value / largest) * plot));
    const x = index * slot + (slot - barWidth) / 2;
    const middle = x + barWidth / 2;
    const y = HEIGHT - BOTTOM - height;
    const rect = svg('rect', { class: `bar ${bar.tone ?? ''}`.trim(), x, y, width: barWidth, height, 'data-label': bar.label, 'data-value': bar.value });
    rect.append(svg('title', {}, `${bar.label}: ${formatNumber(bar.value)}`));
    chart.append(
      rect,
      svg('text', { class: 'value', x: middle, y: y - 4, 'text-anchor': 'middle' }, formatNumber(bar.value)),
      svg('text', { class: 'label', x: middle, y: HEIGHT - 8, 'text-anchor': 'middle' }, bar.label),
    );
  });
  return chart;
}
