// The heap: one block per allocation, laid out as a graph (heapLayout.ts) on a canvas that scrolls
// inside its pane. The parts of Rust's model that live in a block are spelled out: a buffer's
// elements in their slots, with the unused capacity visible; Rc/Arc counts; a RefCell's borrow
// state; the concrete type behind a `Box<dyn Trait>`. Incremental like the stack view.
import type { FrameState, HeapBlockState, MemoryState, Pointer } from '../../../protocol/trace';
import { lentCells, type Anchors } from '../anchors';
import { CellInners } from './cellInner';
import { el, placeChildren, setText, toggle } from '../dom';
import { formatBytes, plural } from '../format';
import { blockNames, isBuffer, type BlockName } from '../heapNames';
import { layoutHeap, type LayoutBlock, type LayoutRoot } from '../heapLayout';
import { collapseBoxes, debugElements } from '../pretty';
import type { Changes, Realloc } from './changes';
import { PointerChips } from './pointers';
import { ValueText } from './valueText';

/** Beyond this many blocks the rest is summarised: a panel of thousands of boxes helps nobody. */
const MAX_BLOCKS = 300;
/** Up to this capacity each element slot is drawn; above it the first ones and a proportional bar. */
const MAX_SLOTS = 32;

interface Slot {
  root: HTMLElement;
  index: HTMLElement;
  value: ValueText;
  chips: PointerChips;
}

interface BlockBox {
  root: HTMLElement;
  type: HTMLElement;
  owner: HTMLElement;
  size: HTMLElement;
  line: HTMLButtonElement;
  badges: HTMLElement;
  value: ValueText;
  facts: HTMLElement;
  slots: HTMLElement;
  slotList: Slot[];
  capacity: HTMLElement;
  /** The old block of a reallocation at this step, freed, with its elements' move drawn. */
  old: HTMLElement;
  oldKey: string;
  chips: PointerChips;
  /** The value inside a cell of the block that a guard leads to. */
  cells: CellInners;
  data: HeapBlockState | undefined;
  name: string;
}

export interface BlockMarks {
  /** Blocks on a cycle of strong pointers at this step. */
  cycle: Set<number>;
  /** Blocks the trace reports as leaked (shown at the last step). */
  leaked: Set<number>;
}

export class HeapView {
  readonly root = el('section', 'heap');
  /** The blocks are placed on this canvas; the pane around it scrolls. */
  readonly canvas = el('div', 'heap-canvas');
  private readonly boxes = new Map<number, BlockBox>();
  private readonly empty = el('p', 'empty', 'The heap is empty.');
  private readonly more = el('p', 'empty heap-more');
  private shown: HeapBlockState[] = [];
  /** Column widths seen so far: columns never shrink, so blocks do not jump left and right. */
  private readonly widths: number[] = [];
  /** Each block's y at the last step: blocks do not move up, trees keep their order. */
  private lastY = new Map<number, number>();

  constructor(
    private readonly onLine: (line: number) => void,
    private readonly relayout: () => void,
  ) {
    this.root.setAttribute('aria-label', 'Heap');
    this.root.append(this.canvas);
    this.root.addEventListener('scroll', () => this.relayout(), { passive: true });
  }

  render(state: MemoryState, changes: Changes, marks: BlockMarks, anchors: Anchors): void {
    const children: HTMLElement[] = [];
    const seen = new Set<number>();
    const shown = state.blocks.length > MAX_BLOCKS ? state.blocks.slice(0, MAX_BLOCKS) : state.blocks;
    this.shown = shown;
    const names = blockNames(state.frames, shown);
    const targeted = elementTargets(state.frames, shown);
    const lent = lentCells(state);
    for (const b of shown) {
      seen.add(b.id);
      const box = this.box(b.id);
      const name = names.get(b.id)!;
      const key = `${name.title}|${name.owner}|${targeted.has(b.id)}`;
      if (box.data !== b || box.name !== key) this.fill(box, b, name, targeted.has(b.id));
      box.name = key;
      toggle(box.root, 'changed', changes.blocks.has(b.id));
      toggle(box.root, 'in-cycle', marks.cycle.has(b.id));
      toggle(box.root, 'leaked', marks.leaked.has(b.id));
      toggle(box.root, 'freed', b.freed === true);
      this.badges(box, b, marks);
      anchors.targets.set(`block:${b.id}`, box.root);
      box.cells.update(`block:${b.id}`, b.value, lent.get(`block:${b.id}`), box.root, anchors);
      box.slotList.forEach((s, i) => {
        // The index cell: in rows the slot itself is `display: contents` and has no box.
        anchors.targets.set(`block:${b.id}:${i}`, box.slots.classList.contains('rows') ? s.index : s.root);
        s.chips.register(anchors, b.id);
      });
      box.chips.register(anchors, b.id);
      this.oldBlock(box, b, changes.reallocs.get(b.id), anchors);
      children.push(box.root);
    }
    for (const [id, box] of this.boxes) if (!seen.has(id)) this.boxes.delete(id), box.root.remove();
    toggle(this.more, 'hidden', state.blocks.length <= MAX_BLOCKS);
    setText(this.more, `… and ${plural(state.blocks.length - MAX_BLOCKS, 'more block')}`);
    toggle(this.empty, 'hidden', children.length > 0);
    placeChildren(this.canvas, children);
    if (!this.root.contains(this.empty)) this.root.append(this.empty, this.more);
  }

  /**
   * Places the blocks (after the stack has been drawn: its pointers say where each tree starts).
   * One read of every size, then one write of every position.
   */
  arrange(anchors: Anchors): { blocks: number; ms: number } {
    const t0 = performance.now();
    const top = this.canvas.getBoundingClientRect().top;
    const roots: LayoutRoot[] = [];
    for (const s of anchors.sources) {
      if (s.fromBlock !== undefined || s.pointer.target.kind !== 'block') continue;
      const r = s.from.getBoundingClientRect();
      roots.push({ to: s.pointer.target.id, y: r.top + r.height / 2 - top });
    }
    const blocks: LayoutBlock[] = [];
    for (const b of this.shown) {
      const box = this.boxes.get(b.id)!;
      const rect = box.root.getBoundingClientRect();
      const out: { to: number; dy: number }[] = [];
      const sources = [...box.slotList.map((s) => s.chips), box.chips];
      for (const chips of sources) {
        chips.dots().forEach((dot, i) => {
          const p = chips.pointer(i);
          if (p.target.kind !== 'block') return;
          const d = dot.getBoundingClientRect();
          out.push({ to: p.target.id, dy: d.top + d.height / 2 - rect.top });
        });
      }
      blocks.push({ id: b.id, width: Math.ceil(rect.width), height: Math.ceil(rect.height), out });
    }
    const result = layoutHeap(blocks, roots, this.widths, this.lastY);
    this.lastY = new Map([...result.pos].map(([id, p]) => [id, p.y]));
    for (const b of this.shown) {
      const p = result.pos.get(b.id)!;
      const style = this.boxes.get(b.id)!.root.style;
      const t = `translate(${p.x}px, ${p.y}px)`;
      if (style.transform !== t) style.transform = t;
    }
    this.canvas.style.setProperty('--heap-width', `${result.width}px`);
    this.canvas.style.setProperty('--heap-height', `${result.height}px`);
    return { blocks: blocks.length, ms: performance.now() - t0 };
  }

  private box(id: number): BlockBox {
    let box = this.boxes.get(id);
    if (box) return box;
    const root = el('div', 'block');
    root.setAttribute('role', 'group');
    root.dataset['block'] = String(id);
    const head = el('div', 'block-head');
    const idEl = el('span', 'block-id', `#${id}`);
    const type = el('span', 'block-type');
    const owner = el('span', 'block-owner');
    const size = el('span', 'block-size');
    const line = el('button', 'block-line link');
    line.type = 'button';
    line.addEventListener('click', () => this.onLine(Number(line.dataset['line'])));
    const badges = el('span', 'badges');
    head.append(idEl, type, owner, badges, size, line);
    const value = new ValueText(this.relayout);
    value.root.classList.add('block-value');
    const facts = el('div', 'block-facts');
    const slots = el('div', 'slots');
    const capacity = el('div', 'capacity');
    const chips = new PointerChips();
    chips.root.classList.add('block-pointers');
    const old = el('div', 'realloc-old hidden');
    const cells = new CellInners();
    root.append(head, old, value.root, cells.root, slots, capacity, facts, chips.root);
    box = { root, type, owner, size, line, badges, value, facts, slots, slotList: [], capacity, old, oldKey: '', chips, cells, data: undefined, name: '' };
    this.boxes.set(id, box);
    return box;
  }

  private fill(box: BlockBox, b: HeapBlockState, name: BlockName, targeted: boolean): void {
    box.data = b;
    setText(box.type, name.title);
    box.type.title = name.title === b.type ? b.type : `${name.title}: the allocation of a ${b.type === 'str' ? 'String' : `Vec<${b.type.slice(1, -1)}>`}`;
    setText(box.owner, name.owner);
    box.owner.title = name.owner;
    setText(box.size, formatBytes(b.size));
    box.line.dataset['line'] = String(b.line);
    setText(box.line, `line ${b.line}`);
    box.line.title = `Allocated at line ${b.line}: show it in the editor`;
    toggle(box.root, 'dropped', b.dropped === true);
    const buffer = isBuffer(b) && b.type !== 'str';
    toggle(box.value.root, 'hidden', buffer);
    if (!buffer) box.value.set(b.dropped ? `${b.value} (value dropped)` : b.value, b.dropped ? `${collapseBoxes(b.value)} (value dropped)` : collapseBoxes(b.value));
    this.fillSlots(box, b, buffer, targeted);
    this.fillCapacity(box.capacity, b, buffer);
    setText(box.facts, facts(b).join(' · '));
    toggle(box.facts, 'hidden', box.facts.textContent === '');
    // Pointers held by elements are drawn from their slots; the rest from the block.
    box.chips.update(buffer ? b.points.filter((p) => !p.via.startsWith('[')) : b.points);
    box.root.setAttribute('aria-label', `Heap block ${b.id}: ${name.title}${name.owner ? ` ${name.owner}` : ''}, ${formatBytes(b.size)}`);
  }

  /**
   * A buffer's elements, one slot each: in rows (index, value, the pointers it holds) when
   * elements hold pointers or are pointed at, so each arrow leaves or ends at its own slot; else
   * in a row of cells. Unused capacity is drawn as empty slots.
   */
  private fillSlots(box: BlockBox, b: HeapBlockState, buffer: boolean, targeted: boolean): void {
    const len = b.len ?? 0;
    const cap = b.capacity ?? 0;
    const elements = buffer ? (debugElements(b.value) ?? []) : [];
    const perSlot = new Map<number, Pointer[]>();
    for (const p of buffer ? b.points : []) {
      const m = /^\[(\d+)\]\.?(.*)$/.exec(p.via);
      if (!m) continue;
      const i = Number(m[1]);
      let list = perSlot.get(i);
      if (!list) perSlot.set(i, (list = []));
      list.push({ ...p, via: m[2]! });
    }
    const rows = perSlot.size > 0 || targeted;
    toggle(box.slots, 'hidden', !buffer);
    toggle(box.slots, 'rows', rows);
    const count = buffer ? Math.min(len, MAX_SLOTS) : 0;
    while (box.slotList.length > count) box.slotList.pop()!.root.remove();
    while (box.slotList.length < count) {
      const root = el('div', 'slot used');
      const index = el('span', 'slot-index');
      const value = new ValueText(this.relayout);
      const chips = new PointerChips();
      root.append(index, value.root, chips.root);
      box.slots.append(root);
      box.slotList.push({ root, index, value, chips });
    }
    box.slotList.forEach((s, i) => {
      setText(s.index, `[${i}]`);
      // The trace shortens long lists: an element it left out reads `…`.
      const text = elements[i] !== undefined && !elements[i]!.startsWith('… ') ? elements[i]! : '…';
      s.value.set(text, collapseBoxes(text));
      s.chips.update(perSlot.get(i) ?? []);
      s.root.dataset['index'] = String(i);
    });
    const spare = box.slots.querySelectorAll(':scope > .slot.unused, :scope > .slot-more');
    spare.forEach((e) => e.remove());
    if (!buffer) return;
    if (len > MAX_SLOTS) box.slots.append(el('div', 'slot-more', `… ${plural(len - MAX_SLOTS, 'more element')}`));
    const unused = cap - len;
    if (unused > 0 && cap <= MAX_SLOTS) {
      if (rows) box.slots.append(el('div', 'slot unused', `${plural(unused, 'unused slot')}`));
      else for (let i = 0; i < unused; i++) box.slots.append(el('div', 'slot unused'));
    }
  }

  private fillCapacity(host: HTMLElement, b: HeapBlockState, buffer: boolean): void {
    const has = b.len !== undefined && b.capacity !== undefined;
    toggle(host, 'hidden', !has);
    if (!has) return host.replaceChildren();
    const len = b.len!;
    const cap = b.capacity!;
    const unit = b.type === 'str' ? ' bytes' : '';
    const label = el('span', 'capacity-label', `len ${len} / capacity ${cap}${unit}${cap > len ? ` (${cap - len} unused)` : ''}`);
    if (buffer && cap <= MAX_SLOTS) return host.replaceChildren(label);
    const bar = el('span', 'capacity-bar');
    bar.setAttribute('aria-hidden', 'true');
    if (cap <= MAX_SLOTS) {
      for (let i = 0; i < cap; i++) bar.append(el('span', i < len ? 'cell used' : 'cell unused'));
    } else {
      const used = el('span', 'fill used');
      used.style.width = `${((len / cap) * 100).toFixed(2)}%`;
      bar.append(used, el('span', 'fill unused'));
      bar.classList.add('proportional');
    }
    host.replaceChildren(label, bar);
  }

  /**
   * A reallocation: the old block, freed, above the new one, its elements in cells with an arrow
   * from each to its slot in the new block (a `String`'s bytes: one arrow to the text).
   */
  private oldBlock(box: BlockBox, b: HeapBlockState, r: Realloc | undefined, anchors: Anchors): void {
    const key = r ? `${r.fromCapacity}|${r.moved}|${r.oldSize}|${b.value}` : '';
    toggle(box.root, 'reallocated', r !== undefined);
    toggle(box.old, 'hidden', r === undefined);
    if (!r) {
      if (box.oldKey !== '') box.old.replaceChildren();
      box.oldKey = '';
      return;
    }
    const buffer = isBuffer(b) && b.type !== 'str';
    if (box.oldKey !== key) {
      box.oldKey = key;
      const title = el('div', 'realloc-title', `old block · capacity ${r.fromCapacity} · ${formatBytes(r.oldSize)} · freed`);
      title.title = `The buffer outgrew (or was shrunk from) capacity ${r.fromCapacity}: a new block was allocated, the contents moved into it, and the old block freed.`;
      const cells = el('div', 'realloc-cells');
      const elements = buffer ? (debugElements(b.value) ?? []) : [];
      const n = buffer ? Math.min(r.moved, MAX_SLOTS) : 1;
      for (let i = 0; i < n; i++) {
        const text = buffer ? (elements[i] !== undefined && !elements[i]!.startsWith('… ') ? elements[i]! : '…') : `${plural(r.moved, 'byte')}`;
        const cell = el('span', 'realloc-cell', text);
        cell.title = buffer ? `[${i}] moved to [${i}] of the new block` : 'the bytes moved to the new block';
        cells.append(cell);
      }
      box.old.replaceChildren(title, cells);
    }
    const cells = box.old.querySelectorAll('.realloc-cell');
    const rows = box.slots.classList.contains('rows');
    cells.forEach((cell, i) => {
      const slot = box.slotList[i];
      if (!buffer) anchors.moves.push({ from: cell, to: box.value.root, enter: 'top' });
      else if (slot) anchors.moves.push({ from: cell, to: rows ? slot.index : slot.root, enter: rows ? 'right' : 'top' });
    });
  }

  private badges(box: BlockBox, b: HeapBlockState, marks: BlockMarks): void {
    const want: string[] = [];
    if (marks.leaked.has(b.id)) want.push('leaked');
    if (marks.cycle.has(b.id)) want.push('cycle');
    if (b.dropped) want.push('dropped');
    if (b.freed) want.push('freed');
    const key = want.join(',');
    if (box.badges.dataset['key'] === key) return;
    box.badges.dataset['key'] = key;
    box.badges.replaceChildren(...want.map((w) => el('span', `badge badge-${w}`, w)));
  }
}

/** Blocks one of whose elements a pointer leads to (`&words[0]`): their slots are drawn in rows. */
function elementTargets(frames: readonly FrameState[], blocks: readonly HeapBlockState[]): Set<number> {
  const out = new Set<number>();
  const add = (p: Pointer) => {
    if (p.target.kind === 'block' && p.target.index !== undefined) out.add(p.target.id);
  };
  for (const f of frames) for (const v of f.vars) v.points.forEach(add);
  for (const b of blocks) b.points.forEach(add);
  return out;
}

/** The counters and states of a block, in words. */
export function facts(b: HeapBlockState): string[] {
  const out: string[] = [];
  if (b.strong !== undefined) out.push(`strong ${b.strong}, weak ${b.weak ?? 0}`);
  if (b.borrow !== undefined) {
    out.push(
      b.borrow === 'unborrowed'
        ? 'RefCell: not borrowed'
        : b.borrow === 'mutable'
          ? 'RefCell: borrowed mutably'
          : `RefCell: ${plural(b.borrow.shared, 'shared borrow')}`,
    );
  }
  if (b.concrete !== undefined) out.push(`concrete type: ${b.concrete}`);
  return out;
}
