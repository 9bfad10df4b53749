/**
 * The steps of a trace in memory, as columns: a million-step run must not cost a million objects.
 * Each step is a span index, a depth and where its deltas start (12 bytes); threads are kept where
 * they change, events only for the steps that have some, and deltas as an integer stream whose
 * common case, a variable's or heap block's new value, is the record it repeats and the value's
 * text (Latin-1 bytes; other text is kept as a string), with a block's counts as integers. Only a
 * delta no opcode covers, or a first record (a new pointer-holding variable or block, or one whose
 * other fields changed), is kept whole. A block whose pointers changed keeps them as an edit of its
 * previous list (a push costs one pointer, not the vector's length). `at(i)` decodes one `Step` when a consumer needs it.
 *
 * Plain data underneath (typed arrays, arrays, numbers), so a table survives a worker boundary's
 * structured clone; the receiver restores the methods with `StepTable.revive`.
 */
import { applyPointsEdit, pointsEdit, sameExcept, samePoints } from './pointsEdit';
import type { FrameParts, FrameState, HeapBlockState, Pointer, StateDelta, Step, Trace, TraceEvent, VarState } from './trace';

/** Opcodes of the delta stream, each followed by its integer fields. */
const Op = {
  /** Any delta, whole: index into `objects`. */
  Object: 0,
  /** A variable without pointers or a move: frame, var id, name, type (string indexes), size, value. */
  SetVar: 1,
  /** The same variable as the SetVar record at a position, with a new value: position, value. */
  SetValue: 2,
  /** remove-var: frame, var id. */
  RemoveVar: 3,
  /** pop-frame: frame. */
  PopFrame: 4,
  /** free-block: block. */
  FreeBlock: 5,
  /** push-frame of a frame without variables yet: id, thread, fn (string index), call line, size, parts (index, or -1). */
  PushFrame: 6,
  /** A set-var equal to the object at an index of `objects` but for its value: index, value. */
  SetValueOf: 7,
  /**
   * A set-block equal to the object at an index of `objects` but for its value and counts: index,
   * value, then size, len, capacity, strong, weak, each only if the object has it.
   */
  SetBlockOf: 8,
  /**
   * A set-block equal to the object at an index of `objects` but for its value, counts and
   * pointers: as SetBlockOf, then the pointer list's node (`lists`), an edit of the block's
   * previous list (pointsEdit.ts).
   */
  SetBlockEdit: 9,
} as const;

/** The fields of a node of `lists`: its base list, the edit's prefix and suffix kept, and where its added pointers are in `listPointers`. */
const NODE = 5;

/** The block fields SetBlockOf carries as integers, in its order after the value. */
const BLOCK_COUNTS = ['size', 'len', 'capacity', 'strong', 'weak'] as const;

const NO_POINTERS: never[] = [];

function grow<T extends Uint32Array | Int32Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

/** Fits the integer stream (a size can pass 2 GiB: a huge array on the stack). */
function int32(n: number): boolean {
  return (n | 0) === n;
}

function isPlainVar(v: VarState): boolean {
  return v.moved === undefined && v.points.length === 0 && int32(v.size) && int32(v.id);
}

export class StepTable implements Iterable<Step> {
  /** How many steps. */
  length = 0;
  private spanOf = new Uint32Array(16);
  private depthOf = new Uint32Array(16);
  private deltaAt = new Uint32Array(16);
  /** `line, column, endLine, endColumn` of each distinct span. */
  private spans: number[] = [];
  /** `[step, thread]` where the thread changes. */
  private threads: number[] = [];
  private eventSteps: number[] = [];
  private eventLists: TraceEvent[][] = [];
  private ops = new Int32Array(64);
  private opsLength = 0;
  private text = new Uint8Array(256);
  private textLength = 0;
  /** End of each value's bytes in `text`. */
  private valueEnd = new Uint32Array(16);
  private valueCount = 0;
  /** Values that are not Latin-1 (referenced as `-1 - index`). */
  private wide: string[] = [];
  private strings: string[] = [];
  private objects: StateDelta[] = [];
  /** The frame layouts push-frame records name (one per function, shared by its frames). */
  private parts: FrameParts[] = [];
  /**
   * Pointer lists of SetBlockEdit, NODE integers each: base (`-1 - i`: the points of `objects[i]`,
   * else a node), keep, suffix, start and count in `listPointers`. A node whose chain would cost
   * more than twice its length to rebuild keeps its whole list instead (base the record, keep 0).
   */
  private lists = new Int32Array(0);
  private listCount = 0;
  private listPointers: Pointer[] = [];
  // Only while recording: dropped by `seal`, rebuilt when appending again.
  private spanIndex?: Map<string, number>;
  private stringIndex?: Map<string, number>;
  private lastSetVar?: Map<number, number>;
  /** The last whole set-var / set-block object of each variable / block id: its index in `objects`. */
  private lastVarObject?: Map<number, number>;
  private lastBlockObject?: Map<number, number>;
  /** The value reference last written for a variable id, or `-1 - id` for a block. */
  private lastValue?: Map<number, number>;
  private partsIndex?: Map<FrameParts, number>;
  /**
   * The last pointer list of each block whose last change was an edit: the list, its node and what
   * rebuilding it costs. Any other block's is its record's (no entry: a run can make 500,000 blocks).
   */
  private lastPoints?: Map<number, { points: Pointer[]; ref: number; cost: number }>;

  static of(steps: Iterable<Step>): StepTable {
    const t = new StepTable();
    for (const s of steps) t.push(s);
    return t.seal();
  }

  /** A table that crossed a structured clone (or a hand-written list of steps) with its methods back. */
  static revive(data: StepTable | readonly Step[]): StepTable {
    if (data instanceof StepTable) return data;
    if (Array.isArray(data)) return StepTable.of(data as readonly Step[]);
    return Object.assign(Object.create(StepTable.prototype) as StepTable, data);
  }

  // ---- recording ----------------------------------------------------------------------------

  /** The index of a span (1-based positions), for `begin`. */
  span(line: number, column: number, endLine: number, endColumn: number): number {
    const key = `${line},${column},${endLine},${endColumn}`;
    const index = (this.spanIndex ??= this.indexSpans());
    let i = index.get(key);
    if (i === undefined) {
      i = this.spans.length / 4;
      this.spans.push(line, column, endLine, endColumn);
      index.set(key, i);
    }
    return i;
  }

  /** Starts a step; events and deltas added from now on are its own. */
  begin(span: number, thread: number, depth: number): void {
    const i = this.length;
    if (i === this.spanOf.length) {
      this.spanOf = grow(this.spanOf, i + 1);
      this.depthOf = grow(this.depthOf, i + 1);
      this.deltaAt = grow(this.deltaAt, i + 1);
    }
    this.spanOf[i] = span;
    this.depthOf[i] = depth;
    this.deltaAt[i] = i === 0 ? 0 : this.opsLength;
    const t = this.threads;
    if (t.length === 0 || t[t.length - 1] !== thread) t.push(i, thread);
    this.length = i + 1;
  }

  /** Adds an event to the last step (before the first step: to the first). */
  event(e: TraceEvent): void {
    const at = Math.max(0, this.length - 1);
    const n = this.eventSteps.length;
    if (n > 0 && this.eventSteps[n - 1] === at) this.eventLists[n - 1]!.push(e);
    else {
      this.eventSteps.push(at);
      this.eventLists.push([e]);
    }
  }

  /** Adds a delta to the last step (before the first step: to the first). */
  delta(d: StateDelta): void {
    switch (d.op) {
      case 'set-var':
        if (isPlainVar(d.var)) return this.setVar(d.frame, d.var);
        if (this.setValueOf(d)) return;
        break;
      case 'set-block':
        if (this.setBlock(d)) return;
        break;
      case 'remove-var':
        return this.int3(Op.RemoveVar, d.frame, d.var);
      case 'pop-frame':
        return this.int3(Op.PopFrame, d.frame, -1, 2);
      case 'free-block':
        return this.int3(Op.FreeBlock, d.block, -1, 2);
      case 'push-frame':
        if (d.frame.vars.length === 0 && int32(d.frame.size) && int32(d.frame.id)) return this.pushFrame(d.frame);
        break;
      default:
        break;
    }
    this.objects.push(d);
    this.int3(Op.Object, this.objects.length - 1, -1, 2);
    if (d.op === 'set-var') (this.lastVarObject ??= new Map()).set(d.var.id, this.objects.length - 1);
    else if (d.op === 'set-block') {
      const record = this.objects.length - 1;
      (this.lastBlockObject ??= new Map()).set(d.block.id, record);
      this.lastPoints?.delete(d.block.id);
    }
  }

  /**
   * A variable holding pointers (a `String`, a `Vec`, a reference) or moved out, whose last whole
   * record differs only in its value: the record's index and the value's bytes, not an object.
   */
  private setValueOf(d: StateDelta & { op: 'set-var' }): boolean {
    const record = this.lastVarObject?.get(d.var.id);
    if (record === undefined) return false;
    const r = this.objects[record] as StateDelta & { op: 'set-var' };
    if (!sameExcept(d, r, 'var') || !sameExcept(d.var, r.var, 'value')) return false;
    const last = (this.lastValue ??= new Map());
    const value = this.value(d.var.value, last.get(d.var.id));
    last.set(d.var.id, value);
    this.int3(Op.SetValueOf, record, value);
    return true;
  }

  /**
   * A heap block whose last whole record differs only in its value and counts (SetBlockOf), or in
   * its pointers too (SetBlockEdit): integers, and the pointers that changed since the block's
   * previous list.
   */
  private setBlock(d: StateDelta & { op: 'set-block' }): boolean {
    const record = this.blockRecord(d, 'value', 'points', ...BLOCK_COUNTS);
    if (record === undefined) return false;
    const r = this.objects[record] as StateDelta & { op: 'set-block' };
    if (samePoints(d.block.points, r.block.points)) {
      this.blockCounts(Op.SetBlockOf, record, d.block, 0);
      this.lastPoints?.delete(d.block.id);
      return true;
    }
    const last = this.lastPoints?.get(d.block.id) ?? { points: r.block.points, ref: -1 - record, cost: r.block.points.length };
    const next = d.block.points;
    const { keep, suffix, added } = pointsEdit(last.points, next);
    // Rebuilding a list walks its chain of edits: an append, a truncation or a same-length
    // replacement costs what it adds, any other edit the whole list.
    let base = last.ref;
    let cost = last.cost + (suffix === 0 || next.length === last.points.length ? added.length + 1 : next.length);
    let from = keep;
    let to = next.length - suffix;
    if (cost > 2 * next.length + 16) {
      base = -1 - record;
      cost = next.length;
      from = 0;
      to = next.length;
    }
    const node = this.listCount++;
    this.lists = grow(this.lists, this.listCount * NODE);
    const at = node * NODE;
    this.lists[at] = base;
    this.lists[at + 1] = from === 0 && to === next.length ? 0 : keep;
    this.lists[at + 2] = from === 0 && to === next.length ? 0 : suffix;
    this.lists[at + 3] = this.listPointers.length;
    this.lists[at + 4] = to - from;
    for (let k = from; k < to; k++) this.listPointers.push(next[k]!);
    (this.lastPoints ??= new Map()).set(d.block.id, { points: next, ref: node, cost });
    this.blockCounts(Op.SetBlockEdit, record, d.block, 1);
    this.ops[this.opsLength++] = node;
    return true;
  }

  /** The index of the block's last whole record when `d` differs from it only in `fields` (counts as int32s). */
  private blockRecord(d: StateDelta & { op: 'set-block' }, ...fields: string[]): number | undefined {
    const record = this.lastBlockObject?.get(d.block.id);
    if (record === undefined) return undefined;
    const r = this.objects[record] as StateDelta & { op: 'set-block' };
    const b = d.block as unknown as Record<string, unknown>;
    if (!sameExcept(d, r, 'block') || !sameExcept(d.block, r.block, ...fields)) return undefined;
    // Same keys as the record, so a count is here exactly when the record has it.
    for (const k of BLOCK_COUNTS) if (k in b && !(typeof b[k] === 'number' && int32(b[k]))) return undefined;
    return record;
  }

  /** Writes `op`, the record, the value and the counts, with room for `extra` more integers. */
  private blockCounts(op: number, record: number, block: HeapBlockState, extra: number): void {
    const b = block as unknown as Record<string, unknown>;
    const last = (this.lastValue ??= new Map());
    const value = this.value(block.value, last.get(-1 - block.id));
    last.set(-1 - block.id, value);
    const ops = (this.ops = grow(this.ops, this.opsLength + 3 + BLOCK_COUNTS.length + extra));
    ops[this.opsLength++] = op;
    ops[this.opsLength++] = record;
    ops[this.opsLength++] = value;
    for (const k of BLOCK_COUNTS) if (k in b) ops[this.opsLength++] = b[k] as number;
  }

  /** Appends a whole step. */
  push(s: Step): void {
    this.begin(this.span(s.line, s.column, s.endLine, s.endColumn), s.thread, s.depth);
    for (const e of s.events) this.event(e);
    for (const d of s.deltas) this.delta(d);
  }

  /** Frees what only recording needs and the columns' spare room. */
  seal(): this {
    const n = this.length;
    this.spanOf = this.spanOf.slice(0, n);
    this.depthOf = this.depthOf.slice(0, n);
    this.deltaAt = this.deltaAt.slice(0, n);
    this.ops = this.ops.slice(0, this.opsLength);
    this.text = this.text.slice(0, this.textLength);
    this.valueEnd = this.valueEnd.slice(0, this.valueCount);
    this.lists = this.lists.slice(0, this.listCount * NODE);
    this.spanIndex = undefined;
    this.stringIndex = undefined;
    this.lastSetVar = undefined;
    this.lastVarObject = undefined;
    this.lastBlockObject = undefined;
    this.lastPoints = undefined;
    this.lastValue = undefined;
    this.partsIndex = undefined;
    return this;
  }

  private int3(op: number, a: number, b: number, n = 3): void {
    this.ops = grow(this.ops, this.opsLength + n);
    this.ops[this.opsLength++] = op;
    this.ops[this.opsLength++] = a;
    if (n === 3) this.ops[this.opsLength++] = b;
  }

  private pushFrame(f: FrameState): void {
    let parts = -1;
    if (f.parts) {
      const index = (this.partsIndex ??= new Map(this.parts.map((p, i) => [p, i])));
      parts = index.get(f.parts) ?? -1;
      if (parts < 0) {
        parts = this.parts.length;
        this.parts.push(f.parts);
        index.set(f.parts, parts);
      }
    }
    const ops = (this.ops = grow(this.ops, this.opsLength + 7));
    ops[this.opsLength++] = Op.PushFrame;
    ops[this.opsLength++] = f.id;
    ops[this.opsLength++] = f.thread;
    ops[this.opsLength++] = this.string(f.fn);
    ops[this.opsLength++] = f.callLine;
    ops[this.opsLength++] = f.size;
    ops[this.opsLength++] = parts;
  }

  private setVar(frame: number, v: VarState): void {
    const last = (this.lastSetVar ??= new Map());
    const prev = last.get(v.id);
    const ops = (this.ops = grow(this.ops, this.opsLength + 7));
    if (prev !== undefined && ops[prev + 1] === frame && this.strings[ops[prev + 3]!] === v.name && this.strings[ops[prev + 4]!] === v.type && ops[prev + 5] === v.size) {
      ops[this.opsLength++] = Op.SetValue;
      ops[this.opsLength++] = prev;
      ops[this.opsLength++] = this.value(v.value);
      return;
    }
    last.set(v.id, this.opsLength);
    ops[this.opsLength++] = Op.SetVar;
    ops[this.opsLength++] = frame;
    ops[this.opsLength++] = v.id;
    ops[this.opsLength++] = this.string(v.name);
    ops[this.opsLength++] = this.string(v.type);
    ops[this.opsLength++] = v.size;
    ops[this.opsLength++] = this.value(v.value);
  }

  private string(s: string): number {
    const index = (this.stringIndex ??= new Map(this.strings.map((x, i) => [x, i])));
    let i = index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      index.set(s, i);
    }
    return i;
  }

  /**
   * The reference of a value's text: `again` (an earlier value's reference) or the last value stored
   * when it reads the same, else a new one. A `String` shown shortened reads the same step after
   * step, and its variable and its block show the same text.
   */
  private value(s: string, again?: number): number {
    if (again !== undefined && this.sameText(again, s)) return again;
    if (this.valueCount > 0 && this.sameText(this.valueCount - 1, s)) return this.valueCount - 1;
    const start = this.textLength;
    const text = (this.text = grow(this.text, start + s.length));
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c > 255) {
        this.wide.push(s);
        return -this.wide.length;
      }
      text[start + k] = c;
    }
    this.textLength = start + s.length;
    this.valueEnd = grow(this.valueEnd, this.valueCount + 1);
    this.valueEnd[this.valueCount] = this.textLength;
    return this.valueCount++;
  }

  private sameText(ref: number, s: string): boolean {
    if (ref < 0) return this.wide[-1 - ref] === s;
    const start = ref === 0 ? 0 : this.valueEnd[ref - 1]!;
    if (this.valueEnd[ref]! - start !== s.length) return false;
    for (let k = 0; k < s.length; k++) if (this.text[start + k] !== s.charCodeAt(k)) return false;
    return true;
  }

  private indexSpans(): Map<string, number> {
    const m = new Map<string, number>();
    for (let i = 0; i < this.spans.length; i += 4) m.set(`${this.spans[i]},${this.spans[i + 1]},${this.spans[i + 2]},${this.spans[i + 3]}`, i / 4);
    return m;
  }

  // ---- reading ------------------------------------------------------------------------------

  line(i: number): number {
    return this.spans[this.spanOf[i]! * 4]!;
  }

  column(i: number): number {
    return this.spans[this.spanOf[i]! * 4 + 1]!;
  }

  depth(i: number): number {
    return this.depthOf[i]!;
  }

  thread(i: number): number {
    const t = this.threads;
    // The last change at or before step i (pairs sorted by step).
    let lo = 0;
    let hi = t.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t[mid * 2]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return t[lo * 2 + 1] ?? 0;
  }

  /** The events of step i (a fresh empty list when it has none). */
  events(i: number): TraceEvent[] {
    const s = this.eventSteps;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = s[mid]!;
      if (v === i) return this.eventLists[mid]!;
      if (v < i) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }

  deltas(i: number): StateDelta[] {
    const out: StateDelta[] = [];
    const end = i + 1 < this.length ? this.deltaAt[i + 1]! : this.opsLength;
    const ops = this.ops;
    let at = this.deltaAt[i]!;
    while (at < end) {
      switch (ops[at]) {
        case Op.Object:
          out.push(this.objects[ops[at + 1]!]!);
          at += 2;
          break;
        case Op.SetVar:
          out.push(this.varAt(at, ops[at + 6]!));
          at += 7;
          break;
        case Op.SetValue:
          out.push(this.varAt(ops[at + 1]!, ops[at + 2]!));
          at += 3;
          break;
        case Op.SetValueOf: {
          const r = this.objects[ops[at + 1]!] as StateDelta & { op: 'set-var' };
          out.push({ ...r, var: { ...r.var, value: this.valueText(ops[at + 2]!) } });
          at += 3;
          break;
        }
        case Op.SetBlockOf:
        case Op.SetBlockEdit: {
          const edit = ops[at] === Op.SetBlockEdit;
          const r = this.objects[ops[at + 1]!] as StateDelta & { op: 'set-block' };
          // Spread from the record: the fields come back in the order they were recorded in.
          const block = { ...r.block, value: this.valueText(ops[at + 2]!) } as Record<string, unknown>;
          at += 3;
          for (const k of BLOCK_COUNTS) if (k in block) block[k] = ops[at++]!;
          if (edit) block.points = this.pointsOf(ops[at++]!);
          out.push({ ...r, block: block as unknown as HeapBlockState });
          break;
        }
        case Op.RemoveVar:
          out.push({ op: 'remove-var', frame: ops[at + 1]!, var: ops[at + 2]! });
          at += 3;
          break;
        case Op.PopFrame:
          out.push({ op: 'pop-frame', frame: ops[at + 1]! });
          at += 2;
          break;
        case Op.FreeBlock:
          out.push({ op: 'free-block', block: ops[at + 1]! });
          at += 2;
          break;
        case Op.PushFrame: {
          const frame: FrameState = { id: ops[at + 1]!, thread: ops[at + 2]!, fn: this.strings[ops[at + 3]!]!, callLine: ops[at + 4]!, size: ops[at + 5]!, vars: [] };
          const parts = ops[at + 6]!;
          if (parts >= 0) frame.parts = this.parts[parts]!;
          out.push({ op: 'push-frame', frame });
          at += 7;
          break;
        }
        default:
          throw new Error(`step ${i}: an unknown delta in the step table`);
      }
    }
    return out;
  }

  /** Step i as an object of its own, or undefined outside the table. */
  at(i: number): Step | undefined {
    if (i < 0) i += this.length;
    if (!(i >= 0 && i < this.length)) return undefined;
    const k = this.spanOf[i]! * 4;
    const sp = this.spans;
    return {
      line: sp[k]!, column: sp[k + 1]!, endLine: sp[k + 2]!, endColumn: sp[k + 3]!,
      thread: this.thread(i), depth: this.depthOf[i]!, events: this.events(i), deltas: this.deltas(i),
    };
  }

  *[Symbol.iterator](): IterableIterator<Step> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }

  *entries(): IterableIterator<[number, Step]> {
    for (let i = 0; i < this.length; i++) yield [i, this.at(i)!];
  }

  forEach(fn: (s: Step, i: number) => void): void {
    for (let i = 0; i < this.length; i++) fn(this.at(i)!, i);
  }

  findIndex(fn: (s: Step, i: number) => boolean): number {
    for (let i = 0; i < this.length; i++) if (fn(this.at(i)!, i)) return i;
    return -1;
  }

  find(fn: (s: Step, i: number) => boolean): Step | undefined {
    const i = this.findIndex(fn);
    return i < 0 ? undefined : this.at(i);
  }

  /** Steps `from` to `to` (exclusive) as a table of their own. */
  slice(from = 0, to = this.length): StepTable {
    const t = new StepTable();
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) t.push(this.at(i)!);
    return t.seal();
  }

  /** The steps one object each, as JSON shows them (what a test compares; the wire uses traceColumns.ts). */
  toJSON(): Step[] {
    return [...this];
  }

  /** Appends every step of `other`. */
  append(other: StepTable): void {
    for (const s of other) this.push(s);
  }

  private varAt(record: number, value: number): StateDelta {
    const ops = this.ops;
    const v: VarState = {
      id: ops[record + 2]!, name: this.strings[ops[record + 3]!]!, type: this.strings[ops[record + 4]!]!, size: ops[record + 5]!,
      value: this.valueText(value), points: NO_POINTERS,
    };
    return { op: 'set-var', frame: ops[record + 1]!, var: v };
  }

  /** The pointer list of a node of `lists`: its chain's base, then each edit from the oldest. */
  private pointsOf(node: number): Pointer[] {
    const chain: number[] = [];
    let ref = node;
    while (ref >= 0) {
      chain.push(ref);
      ref = this.lists[ref * NODE]!;
    }
    const r = this.objects[-1 - ref] as StateDelta & { op: 'set-block' };
    const list = r.block.points.slice();
    for (let c = chain.length - 1; c >= 0; c--) {
      const at = chain[c]! * NODE;
      const l = this.lists;
      applyPointsEdit(list, l[at + 1]!, l[at + 2]!, this.listPointers, l[at + 3]!, l[at + 4]!);
    }
    return list;
  }

  private valueText(ref: number): string {
    if (ref < 0) return this.wide[-1 - ref]!;
    const start = ref === 0 ? 0 : this.valueEnd[ref - 1]!;
    const end = this.valueEnd[ref]!;
    let s = '';
    for (let a = start; a < end; a += 4096) s += String.fromCharCode.apply(null, this.text.subarray(a, Math.min(end, a + 4096)) as unknown as number[]);
    return s;
  }
}

/** A trace received from a worker (structured clone) with its step table's methods back. */
export function reviveTrace(trace: Trace): Trace {
  trace.steps = StepTable.revive(trace.steps);
  return trace;
}
