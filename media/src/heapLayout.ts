// Where each heap block goes, as a graph drawn left to right the way Python Tutor draws one: a
// block sits in the column after its first referrer (the stack is column -1), as close as it can to
// the height of the pointer that leads to it. Walking the referrers in the order their pointers
// appear (top to bottom) and stacking each column downwards keeps the arrows of a tree from
// crossing: the children of a block are placed in the order of its pointer slots, each below the
// previous one. A chain (`Box` list, `Rc` list, `Option<Box<Node>>`) therefore runs along one row.
// From one step to the next a block never moves up: it keeps at least the height it had (a block
// freed above it leaves a gap rather than pulling it up), and the trees keep the order they had,
// so a pointer that appears higher up does not reorder the blocks below it.
// Pure: sizes in, positions out, so it is measured by the bench script and tested without a DOM.

export interface LayoutBlock {
  id: number;
  width: number;
  height: number;
  /** The pointers this block holds, in the order of their slots: target block and the slot's y in the block. */
  out: readonly { to: number; dy: number }[];
}

export interface LayoutRoot {
  /** A block pointed to from the stack, and the y of that pointer (in heap coordinates). */
  to: number;
  y: number;
}

export interface LayoutResult {
  pos: Map<number, { x: number; y: number; column: number }>;
  width: number;
  height: number;
  /** The block that first points at each block (undefined: the stack or nothing). */
  parent: Map<number, number | undefined>;
}

export const COLUMN_GAP = 56;
export const ROW_GAP = 12;
/** An arrow ends a little below a block's top edge: the block is placed that much above its pointer. */
export const HEAD_OFFSET = 14;

/**
 * Lays out `blocks` (in allocation order). `roots` are the stack's pointers into the heap, in the
 * order of the stack rows. `minWidths` (per column, from the last step) keeps columns from
 * shrinking and jumping left while the program runs; it is updated in place. `previous` (each
 * block's y at the last step) keeps blocks from moving up and trees from changing order.
 */
export function layoutHeap(
  blocks: readonly LayoutBlock[],
  roots: readonly LayoutRoot[],
  minWidths: number[] = [],
  previous: ReadonlyMap<number, number> = new Map(),
): LayoutResult {
  const byId = new Map<number, LayoutBlock>();
  for (const b of blocks) byId.set(b.id, b);
  const column = new Map<number, number>();
  const parent = new Map<number, number | undefined>();
  // Each block's column: one more than its first referrer's, found breadth-first from the stack so
  // a block reached by a short path is not pushed far right by a long one.
  const order: number[] = [];
  const queue: number[] = [];
  let head = 0;
  // A tree that was there at the last step keeps its place in the order; a new one goes by its pointer.
  const key = (r: LayoutRoot) => previous.get(r.to) ?? r.y - HEAD_OFFSET;
  const sortedRoots = [...roots].sort((a, b) => key(a) - key(b) || a.y - b.y);
  for (const r of sortedRoots) {
    if (!byId.has(r.to) || column.has(r.to)) continue;
    column.set(r.to, 0);
    parent.set(r.to, undefined);
    queue.push(r.to);
  }
  for (const b of blocks) {
    // Unreached blocks (leaked, or held only by a value the stack no longer shows) start a row of their own.
    if (head === queue.length && !column.has(b.id)) {
      column.set(b.id, 0);
      parent.set(b.id, undefined);
      queue.push(b.id);
    }
    // An index into the queue, not shift(): shift is linear, and a list may have 100,000 nodes.
    while (head < queue.length) {
      const id = queue[head++]!;
      order.push(id);
      const c = column.get(id)!;
      for (const o of byId.get(id)!.out) {
        if (!byId.has(o.to) || column.has(o.to)) continue;
        column.set(o.to, c + 1);
        parent.set(o.to, id);
        queue.push(o.to);
      }
    }
  }
  // Column widths and x positions.
  const widths: number[] = minWidths;
  for (const b of blocks) {
    const c = column.get(b.id)!;
    widths[c] = Math.max(widths[c] ?? 0, b.width);
  }
  const xs: number[] = [];
  let x = 0;
  for (let c = 0; c < widths.length; c++) {
    xs[c] = x;
    x += (widths[c] ?? 0) + COLUMN_GAP;
  }
  // Rows: depth first from each root, children in slot order, each column filled downwards.
  const bottom: number[] = [];
  const pos = new Map<number, { x: number; y: number; column: number }>();
  const children = new Map<number, { to: number; dy: number }[]>();
  for (const b of blocks) {
    for (const o of b.out) {
      if (parent.get(o.to) !== b.id) continue;
      let list = children.get(b.id);
      if (!list) children.set(b.id, (list = []));
      // A block reached twice from the same parent is placed at its first slot.
      if (!list.some((e) => e.to === o.to)) list.push(o);
    }
  }
  let height = 0;
  const rootWant = new Map<number, number>();
  for (const r of sortedRoots) if (!rootWant.has(r.to)) rootWant.set(r.to, r.y);
  // Depth first with an explicit stack, so a list of 100,000 boxes does not overflow the JavaScript stack.
  const stack: [number, number][] = [];
  for (const start of order) {
    if (parent.get(start) !== undefined) continue;
    stack.push([start, rootWant.get(start) ?? 0]);
    while (stack.length > 0) {
      const [id, want] = stack.pop()!;
      if (pos.has(id)) continue;
      const b = byId.get(id)!;
      const c = column.get(id)!;
      const y = Math.max(bottom[c] ?? 0, want - HEAD_OFFSET, previous.get(id) ?? 0, 0);
      pos.set(id, { x: xs[c]!, y, column: c });
      bottom[c] = y + b.height + ROW_GAP;
      height = Math.max(height, y + b.height);
      const kids = children.get(id) ?? [];
      // First slot on top of the stack: it is placed first, the highest in the next column.
      // The first child shares its parent's row, so a chain reads along one line; the others sit
      // beside the slot that points at them.
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!.to, i === 0 ? y + HEAD_OFFSET : y + kids[i]!.dy]);
    }
  }
  return { pos, width: Math.max(0, x - COLUMN_GAP), height, parent };
}
