// Where arrows start and end: the views register the element that stands for each variable,
// heap block, element slot and pointer, and the arrow layer looks them up after the views have rendered.
import type { MemoryState, Pointer } from '../../protocol/trace';

export type TargetKey =
  | `var:${number}`
  | `block:${number}`
  | `block:${number}:${number}`
  | `${'var' | 'block'}:${number}:cell:${string}`;

/**
 * The element slot when the pointer leads to one element (`&words[0]`), the value inside a cell
 * when a guard leads to it, else the block or variable.
 */
export function targetKey(t: Pointer['target']): TargetKey {
  if (t.cell !== undefined) return `${t.kind}:${t.id}:cell:${t.cell}`;
  if (t.kind === 'var') return `var:${t.id}`;
  return t.index !== undefined ? `block:${t.id}:${t.index}` : `block:${t.id}`;
}

/** For each variable or block (`var:1`, `block:4`), the paths of the cells that guards lead into. */
export function lentCells(state: MemoryState): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (p: Pointer) => {
    if (p.target.cell === undefined) return;
    const key = `${p.target.kind}:${p.target.id}`;
    let paths = out.get(key);
    if (!paths) out.set(key, (paths = new Set()));
    paths.add(p.target.cell);
  };
  for (const f of state.frames) for (const v of f.vars) v.points.forEach(add);
  for (const b of state.blocks) b.points.forEach(add);
  return out;
}

/** One arrow source: the element the arrow leaves from, and the pointer it draws. */
export interface ArrowSource {
  from: Element;
  /** The source is a heap block (arrows leave on its right and may loop back to another block). */
  fromBlock: number | undefined;
  pointer: Pointer;
}

/** A reallocation's move: from an element of the old (freed) block to its place in the new one. */
export interface MoveArrow {
  from: Element;
  to: Element;
  /** Where the arrow enters `to`: from above (a slot in a row of cells) or from its right (a slot in rows). */
  enter: 'top' | 'right';
}

export class Anchors {
  readonly targets = new Map<TargetKey, Element>();
  sources: ArrowSource[] = [];
  moves: MoveArrow[] = [];
}
