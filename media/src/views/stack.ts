// The stack: one column per thread, frames innermost on top, each variable with its name, type,
// size and value; moved-out variables greyed with where they went. Incremental: elements are kept
// per frame and per variable id and only rewritten when their data changed.
import { UNKNOWN_SIZE, type FrameState, type HeapBlockState, type MemoryState, type ThreadInfo, type VarState } from '../../../protocol/trace';
import { Anchors, lentCells } from '../anchors';
import { CellInners } from './cellInner';
import { appendSegments, el, placeChildren, setText, toggle } from '../dom';
import { codeSpans } from '../../../protocol/events';
import { formatBytes } from '../format';
import type { Changes } from './changes';
import { PointerChips } from './pointers';
import { ValueText } from './valueText';
import { collapseBoxes } from '../pretty';
import { frameComposition } from '../frameBytes';

interface VarRow {
  root: HTMLElement;
  name: HTMLElement;
  type: HTMLElement;
  size: HTMLElement;
  value: HTMLElement;
  valueText: ValueText;
  note: HTMLElement;
  chips: PointerChips;
  cells: CellInners;
  data: VarState | undefined;
}

interface FrameBox {
  root: HTMLElement;
  fn: HTMLElement;
  meta: HTMLButtonElement;
  /** The frame's bytes by part, and its share of the thread's stack budget. */
  bytes: HTMLElement;
  bytesKey: string;
  vars: HTMLElement;
  empty: HTMLElement;
  rows: Map<number, VarRow>;
}

interface ThreadColumn {
  root: HTMLElement;
  title: HTMLElement;
  usage: HTMLElement;
  fill: HTMLElement;
  frames: HTMLElement;
  boxes: Map<number, FrameBox>;
}

export class StackView {
  readonly root = el('section', 'stack');
  private readonly columns = new Map<number, ThreadColumn>();
  private readonly threads: Map<number, ThreadInfo>;

  private blocks = new Map<number, HeapBlockState>();
  /** The cells inside variables that guards lead into, by `var:ID`. */
  private lent = new Map<string, Set<string>>();

  constructor(
    threads: readonly ThreadInfo[],
    private readonly relayout: () => void,
  ) {
    this.root.setAttribute('aria-label', 'Stack');
    this.threads = new Map(threads.map((t) => [t.id, t]));
  }

  render(state: MemoryState, changes: Changes, anchors: Anchors, onLine: (line: number) => void): void {
    this.blocks = new Map(state.blocks.map((b) => [b.id, b]));
    this.lent = lentCells(state);
    const byThread = new Map<number, FrameState[]>();
    for (const f of state.frames) {
      let list = byThread.get(f.thread);
      if (!list) byThread.set(f.thread, (list = []));
      list.push(f);
    }
    const threadIds = [...byThread.keys()].sort((a, b) => a - b);
    const columns: HTMLElement[] = [];
    for (const tid of threadIds) {
      const col = this.column(tid);
      this.renderThread(col, tid, byThread.get(tid)!, changes, anchors, onLine);
      columns.push(col.root);
    }
    for (const [tid, col] of this.columns) if (!byThread.has(tid)) this.columns.delete(tid), col.root.remove();
    if (columns.length === 0) columns.push(this.emptyNote());
    placeChildren(this.root, columns);
  }

  private emptyStack?: HTMLElement;
  private emptyNote(): HTMLElement {
    return (this.emptyStack ??= el('p', 'empty', 'No frames: the program has not started or has ended.'));
  }

  private column(tid: number): ThreadColumn {
    let col = this.columns.get(tid);
    if (col) return col;
    const root = el('div', 'thread');
    const head = el('div', 'thread-head');
    const title = el('h3', 'thread-title');
    const usage = el('span', 'thread-usage');
    const bar = el('div', 'stack-bar');
    bar.setAttribute('role', 'meter');
    bar.setAttribute('aria-valuemin', '0');
    const fill = el('div', 'stack-bar-fill');
    bar.append(fill);
    head.append(title, usage);
    const frames = el('div', 'frames');
    root.append(head, bar, frames);
    col = { root, title, usage, fill, frames, boxes: new Map() };
    this.columns.set(tid, col);
    return col;
  }

  private renderThread(
    col: ThreadColumn,
    tid: number,
    frames: FrameState[],
    changes: Changes,
    anchors: Anchors,
    onLine: (line: number) => void,
  ): void {
    const info = this.threads.get(tid);
    const budget = info?.stackBudget ?? 8 * 1024 * 1024;
    const used = frames.reduce((sum, f) => sum + f.size, 0);
    setText(col.title, `Thread ${info ? `'${info.name}'` : tid}`);
    setText(col.usage, `${formatBytes(used)} of ${formatBytes(budget)} stack`);
    const ratio = Math.min(1, used / budget);
    col.fill.style.width = `max(2px, ${(ratio * 100).toFixed(3)}%)`;
    const bar = col.fill.parentElement!;
    bar.setAttribute('aria-valuemax', String(budget));
    bar.setAttribute('aria-valuenow', String(used));
    bar.setAttribute('aria-label', `Stack use of thread ${info?.name ?? tid}`);
    bar.setAttribute('aria-valuetext', `${formatBytes(used)} of ${formatBytes(budget)}`);
    toggle(bar, 'warn', ratio > 0.75);

    const seen = new Set<number>();
    const boxes: HTMLElement[] = [];
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]!;
      seen.add(f.id);
      const box = this.frameBox(col, f.id, onLine);
      this.renderFrame(box, f, i === frames.length - 1, changes, anchors);
      this.renderBytes(box, f, budget);
      boxes.push(box.root);
    }
    for (const [id, box] of col.boxes) if (!seen.has(id)) col.boxes.delete(id), box.root.remove();
    placeChildren(col.frames, boxes);
  }

  private frameBox(col: ThreadColumn, id: number, onLine: (line: number) => void): FrameBox {
    let box = col.boxes.get(id);
    if (box) return box;
    const root = el('div', 'frame');
    root.setAttribute('role', 'group');
    const head = el('div', 'frame-head');
    const fn = el('span', 'frame-fn');
    const meta = el('button', 'frame-meta link');
    meta.type = 'button';
    meta.addEventListener('click', () => {
      const line = Number(meta.dataset['line']);
      if (line > 0) onLine(line);
    });
    const name = el('span', 'frame-name');
    name.append(fn, el('span', 'frame-parens', '()'));
    head.append(name, meta);
    const vars = el('div', 'vars');
    const empty = el('div', 'empty', 'no variables yet');
    const bytes = el('div', 'frame-bytes');
    root.append(head, vars, bytes);
    box = { root, fn, meta, bytes, bytesKey: '', vars, empty, rows: new Map() };
    col.boxes.set(id, box);
    return box;
  }

  private renderFrame(box: FrameBox, f: FrameState, innermost: boolean, changes: Changes, anchors: Anchors): void {
    const closure = /^(.*)::\{closure#\d+\}$/.exec(f.fn);
    setText(box.fn, closure ? `closure in ${closure[1]}` : f.fn);
    box.fn.title = f.fn;
    toggle(box.fn.nextElementSibling!, 'hidden', closure !== null);
    box.meta.dataset['line'] = String(f.callLine);
    setText(box.meta, f.callLine > 0 ? `called at line ${f.callLine} · ${formatBytes(f.size)}` : `${formatBytes(f.size)}`);
    box.meta.disabled = f.callLine <= 0;
    box.meta.title = f.callLine > 0 ? `Show line ${f.callLine} in the editor` : 'The thread’s first frame';
    box.root.setAttribute('aria-label', `Frame ${f.fn}, ${formatBytes(f.size)}`);
    toggle(box.root, 'innermost', innermost);
    toggle(box.root, 'changed', changes.frames.has(f.id));

    const rows: HTMLElement[] = [];
    const seen = new Set<number>();
    for (const v of f.vars) {
      seen.add(v.id);
      const row = this.varRow(box, v.id);
      if (row.data !== v) this.fillVar(row, v);
      row.valueText.set(v.value, containerWords(v, this.blocks) ?? collapseBoxes(v.value));
      toggle(row.root, 'changed', changes.vars.has(v.id));
      anchors.targets.set(`var:${v.id}`, row.value);
      row.cells.update(`var:${v.id}`, v.value, v.moved ? undefined : this.lent.get(`var:${v.id}`), row.value, anchors);
      row.chips.register(anchors, undefined);
      rows.push(row.root);
    }
    for (const [id, row] of box.rows) if (!seen.has(id)) box.rows.delete(id), row.root.remove();
    if (rows.length === 0) rows.push(box.empty);
    placeChildren(box.vars, rows);
  }

  /** A bar of the frame's parts in proportion, and each part in bytes beside the thread's budget. */
  private renderBytes(box: FrameBox, f: FrameState, budget: number): void {
    const parts = frameComposition(f);
    const key = parts ? `${f.size}|${budget}|${parts.map((p) => `${p.key}${p.bytes}`).join()}` : '';
    if (key === box.bytesKey) return;
    box.bytesKey = key;
    toggle(box.bytes, 'hidden', !parts);
    if (!parts) return box.bytes.replaceChildren();
    const bar = el('div', 'frame-parts');
    bar.setAttribute('aria-hidden', 'true');
    const legend = el('div', 'frame-legend');
    for (const p of parts) {
      const seg = el('span', `frame-part part-${p.key}`);
      seg.style.flexGrow = String(p.bytes);
      seg.title = `${p.label}: ${formatBytes(p.bytes)}`;
      bar.append(seg);
      const item = el('span', `frame-legend-item part-${p.key}`);
      item.dataset['part'] = p.key;
      item.append(el('span', 'swatch'), `${p.label} ${formatBytes(p.bytes)}`);
      legend.append(item);
    }
    const share = (f.size / budget) * 100;
    const budgetText = el('span', 'frame-budget', `${formatBytes(f.size)} of the thread's ${formatBytes(budget)} stack (${share < 0.01 ? '<0.01' : share.toFixed(2)}%)`);
    box.bytes.replaceChildren(bar, legend, budgetText);
    box.bytes.setAttribute('aria-label', `Frame bytes: ${parts.map((p) => `${p.label} ${formatBytes(p.bytes)}`).join(', ')}`);
  }

  private varRow(box: FrameBox, id: number): VarRow {
    let row = box.rows.get(id);
    if (row) return row;
    const root = el('div', 'var');
    const name = el('span', 'var-name');
    const type = el('span', 'var-type');
    const size = el('span', 'var-size');
    const value = el('span', 'var-value');
    const valueText = new ValueText(this.relayout);
    const note = el('span', 'var-note');
    const chips = new PointerChips();
    const cells = new CellInners();
    value.append(valueText.root, chips.root, cells.root);
    root.append(name, type, size, value, note);
    row = { root, name, type, size, value, valueText, note, chips, cells, data: undefined };
    box.rows.set(id, row);
    return row;
  }

  private fillVar(row: VarRow, v: VarState): void {
    row.data = v;
    setText(row.name, v.name);
    setText(row.type, v.type);
    setText(row.size, v.size === UNKNOWN_SIZE ? 'size unknown' : formatBytes(v.size));
    toggle(row.root, 'moved', v.moved !== undefined);
    // `moved.to` may mark names with backticks (`` `t` ``, `` a field of `p` ``): set them as code.
    row.note.replaceChildren();
    if (v.moved) appendSegments(row.note, ['moved to ', ...codeSpans(v.moved.to), ` at line ${v.moved.line}`]);
    row.chips.update(v.moved ? [] : v.points);
  }
}

/**
 * A `Vec`, `String` or `Box` is a pointer (with a length and capacity) on the stack: its row says
 * that much, and the elements are read in the heap block the pointer leads to.
 */
export function containerWords(v: VarState, blocks: ReadonlyMap<number, HeapBlockState>): string | undefined {
  if (v.moved || !/^(Vec|String|Box|VecDeque)\b/.test(v.type)) return undefined;
  const own = v.points.find((p) => p.via === '' && p.kind === 'owner' && p.target.kind === 'block');
  if (!own) return v.type.startsWith('Box') ? undefined : v.value === '[]' || v.value === '""' ? 'len 0, capacity 0 (no heap block)' : undefined;
  const b = blocks.get(own.target.id);
  if (!b) return undefined;
  if (b.len === undefined || b.capacity === undefined) return 'ptr';
  return `ptr, len ${b.len}, capacity ${b.capacity}`;
}
