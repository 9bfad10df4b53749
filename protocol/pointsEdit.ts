/**
 * A heap block's pointer list as an edit of its previous one. A `Vec<String>` pushed in a loop
 * holds one pointer per element; writing the whole list at every step made its trace grow with the
 * square of its length. An edit keeps a prefix and a suffix of the old list and puts `added`
 * between them, so a push, a pop or one replaced element costs the pointers that changed.
 */
import type { Pointer } from './trace';

/**
 * Whether two records are the same but for the named fields: the same keys in the same order (a
 * decoded record is the stored one's copy, and `--json` writes keys in order) and equal values.
 */
export function sameExcept(a: object, b: object, ...except: string[]): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let k = 0; k < ka.length; k++) {
    const key = ka[k]!;
    if (key !== kb[k]) return false;
    if (!except.includes(key) && !same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Deep equality of plain data (pointers, `moved`, `borrow`), keys in the same order. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  return sameExcept(a, b);
}

/**
 * Whether two pointers are equal, field by field (a `Pointer` has no other fields). Not `same`:
 * a vector's list is compared at every step it changes, and listing each pointer's keys made
 * that most of a `Vec<String>` loop's time.
 */
export function samePointer(a: Pointer, b: Pointer): boolean {
  if (a === b) return true;
  const ta = a.target;
  const tb = b.target;
  return a.kind === b.kind && a.via === b.via && a.dangling === b.dangling && ta.kind === tb.kind && ta.id === tb.id && ta.cell === tb.cell &&
    (ta.kind === 'block' ? ta.index : undefined) === (tb.kind === 'block' ? tb.index : undefined);
}

/** Whether two pointer lists are equal. */
export function samePoints(a: readonly Pointer[], b: readonly Pointer[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!samePointer(a[k]!, b[k]!)) return false;
  return true;
}

export interface PointsEdit {
  /** How many pointers at the start of the old list stay. */
  keep: number;
  /** How many pointers at the end of the old list stay (not overlapping `keep`). */
  suffix: number;
  /** The new pointers between them. */
  added: Pointer[];
}

/** The edit that turns `old` into `next`: the longest common prefix, then the longest common suffix. */
export function pointsEdit(old: readonly Pointer[], next: readonly Pointer[]): PointsEdit {
  const n = Math.min(old.length, next.length);
  let keep = 0;
  while (keep < n && samePointer(old[keep]!, next[keep]!)) keep++;
  let suffix = 0;
  while (suffix < n - keep && samePointer(old[old.length - 1 - suffix]!, next[next.length - 1 - suffix]!)) suffix++;
  return { keep, suffix, added: next.slice(keep, next.length - suffix) };
}

/**
 * Applies an edit to `list` in place: a push or a truncation (no suffix) and a replacement of
 * as many pointers as it removes cost the pointers added; only an insertion or removal inside
 * the list moves its tail.
 */
export function applyPointsEdit(list: Pointer[], keep: number, suffix: number, added: ArrayLike<Pointer>, from = 0, count = added.length): void {
  const old = list.length;
  if (keep + suffix > old) throw new Error('a pointer edit keeps more pointers than the list has');
  if (suffix === 0) {
    list.length = keep;
    for (let k = 0; k < count; k++) list.push(added[from + k]!);
  } else if (keep + count + suffix === old) {
    for (let k = 0; k < count; k++) list[keep + k] = added[from + k]!;
  } else {
    // Not `splice(…, ...items)`: a long spread overflows the stack.
    const tail = list.slice(old - suffix);
    list.length = keep;
    for (let k = 0; k < count; k++) list.push(added[from + k]!);
    for (const p of tail) list.push(p);
  }
}
