// How sizes and counts read in the panel. Pure, shared by every view.

export { formatBytes } from '../../protocol/events';

/** `1 item`, `2 items`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Long values are cut in the middle of the panel's cells; the full text stays in the tooltip. */
export function shorten(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
