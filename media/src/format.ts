// How sizes and counts read in the panel. Pure, shared by every view.

/** `24 B`, `1.5 KiB`, `8 MiB`: binary units, as Rust's documentation and `ulimit` speak of stacks. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = v >= 100 || Number.isInteger(v) ? 0 : 1;
  return `${v.toFixed(digits).replace(/\.0$/, '')} ${units[i]}`;
}

/** `1 item`, `2 items`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Long values are cut in the middle of the panel's cells; the full text stays in the tooltip. */
export function shorten(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
