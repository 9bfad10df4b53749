// The heap: one block per allocation, in allocation order, with its type, size and value; the
// parts of Rust's model that live in a block are spelled out: a buffer's length against its
// capacity (the unused part visible), Rc/Arc counts, a RefCell's borrow state, the concrete type
// behind a `Box<dyn Trait>`. Incremental like the stack view.
import type { HeapBlockState, MemoryState } from '../../../protocol/trace';
import type { Anchors } from '../anchors';
import { el, placeChildren, setText, toggle } from '../dom';
import { formatBytes, plural, shorten } from '../format';
import type { Changes } from './changes';
import { PointerChips } from './pointers';

/** Beyond this many blocks the rest is summarised: a panel of thousands of boxes helps nobody. */
const MAX_BLOCKS = 300;
/** Up to this capacity each element slot is drawn; above it the bar is proportional. */
const MAX_SLOTS = 32;

interface BlockBox {
  root: HTMLElement;
  id: HTMLElement;
  type: HTMLElement;
  size: HTMLElement;
  line: HTMLButtonElement;
  badges: HTMLElement;
  value: HTMLElement;
  facts: HTMLElement;
  capacity: HTMLElement;
  chips: PointerChips;
  data: HeapBlockState | undefined;
}

export interface BlockMarks {
  /** Blocks on a cycle of strong pointers at this step. */
  cycle: Set<number>;
  /** Blocks the trace reports as leaked (shown at the last step). */
  leaked: Set<number>;
}

export class HeapView {
  readonly root = el('section', 'heap');
  private readonly boxes = new Map<number, BlockBox>();
  private readonly empty = el('p', 'empty', 'The heap is empty.');
  private readonly more = el('p', 'empty');

  constructor(private readonly onLine: (line: number) => void) {
    this.root.setAttribute('aria-label', 'Heap');
  }

  render(state: MemoryState, changes: Changes, marks: BlockMarks, anchors: Anchors): void {
    const children: HTMLElement[] = [];
    const seen = new Set<number>();
    const shown = state.blocks.length > MAX_BLOCKS ? state.blocks.slice(0, MAX_BLOCKS) : state.blocks;
    for (const b of shown) {
      seen.add(b.id);
      const box = this.box(b.id);
      if (box.data !== b) this.fill(box, b);
      toggle(box.root, 'changed', changes.blocks.has(b.id));
      toggle(box.root, 'in-cycle', marks.cycle.has(b.id));
      toggle(box.root, 'leaked', marks.leaked.has(b.id));
      this.badges(box, b, marks);
      anchors.targets.set(`block:${b.id}`, box.root);
      box.chips.register(anchors, b.id);
      children.push(box.root);
    }
    for (const [id, box] of this.boxes) if (!seen.has(id)) this.boxes.delete(id), box.root.remove();
    if (state.blocks.length > MAX_BLOCKS) {
      setText(this.more, `… and ${plural(state.blocks.length - MAX_BLOCKS, 'more block')}`);
      children.push(this.more);
    }
    if (children.length === 0) children.push(this.empty);
    placeChildren(this.root, children);
  }

  private box(id: number): BlockBox {
    let box = this.boxes.get(id);
    if (box) return box;
    const root = el('div', 'block');
    root.setAttribute('role', 'group');
    const head = el('div', 'block-head');
    const idEl = el('span', 'block-id', `#${id}`);
    const type = el('span', 'block-type');
    const size = el('span', 'block-size');
    const line = el('button', 'block-line link');
    line.type = 'button';
    line.addEventListener('click', () => this.onLine(Number(line.dataset['line'])));
    const badges = el('span', 'badges');
    head.append(idEl, type, badges, size, line);
    const value = el('div', 'block-value');
    const facts = el('div', 'block-facts');
    const capacity = el('div', 'capacity');
    const chips = new PointerChips();
    chips.root.classList.add('block-pointers');
    root.append(head, value, capacity, facts, chips.root);
    box = { root, id: idEl, type, size, line, badges, value, facts, capacity, chips, data: undefined };
    this.boxes.set(id, box);
    return box;
  }

  private fill(box: BlockBox, b: HeapBlockState): void {
    box.data = b;
    setText(box.type, b.type);
    setText(box.size, formatBytes(b.size));
    box.line.dataset['line'] = String(b.line);
    setText(box.line, `line ${b.line}`);
    box.line.title = `Allocated at line ${b.line}: show it in the editor`;
    setText(box.value, b.dropped ? `${shorten(b.value)} (value dropped)` : shorten(b.value, 200));
    box.value.title = b.value;
    toggle(box.root, 'dropped', b.dropped === true);
    this.fillCapacity(box.capacity, b);
    setText(box.facts, facts(b).join(' · '));
    toggle(box.facts, 'hidden', box.facts.textContent === '');
    box.chips.update(b.points);
    box.root.setAttribute('aria-label', `Heap block ${b.id}: ${b.type}, ${formatBytes(b.size)}`);
  }

  private fillCapacity(host: HTMLElement, b: HeapBlockState): void {
    const has = b.len !== undefined && b.capacity !== undefined;
    toggle(host, 'hidden', !has);
    if (!has) return host.replaceChildren();
    const len = b.len!;
    const cap = b.capacity!;
    const label = el('span', 'capacity-label', `len ${len} / capacity ${cap}${cap > len ? ` (${cap - len} unused)` : ''}`);
    const bar = el('span', 'capacity-bar');
    bar.setAttribute('aria-hidden', 'true');
    if (cap <= MAX_SLOTS) {
      for (let i = 0; i < cap; i++) bar.append(el('span', i < len ? 'slot used' : 'slot unused'));
    } else {
      const used = el('span', 'fill used');
      used.style.width = `${((len / cap) * 100).toFixed(2)}%`;
      bar.append(used, el('span', 'fill unused'));
      bar.classList.add('proportional');
    }
    host.replaceChildren(label, bar);
  }

  private badges(box: BlockBox, b: HeapBlockState, marks: BlockMarks): void {
    const want: string[] = [];
    if (marks.leaked.has(b.id)) want.push('leaked');
    if (marks.cycle.has(b.id)) want.push('cycle');
    if (b.dropped) want.push('dropped');
    const key = want.join(',');
    if (box.badges.dataset['key'] === key) return;
    box.badges.dataset['key'] = key;
    box.badges.replaceChildren(...want.map((w) => el('span', `badge badge-${w}`, w)));
  }
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
