/**
 * Records a run as protocol/trace.ts describes it: one `Step` per statement (and loop iteration,
 * block tail, scope end), the events that happened during it, and the memory changes as deltas —
 * variables of frames that changed (the running frame, or one written through a reference) and
 * heap blocks that were touched. A full `MemoryState` checkpoint every `CHECKPOINT_EVERY` steps
 * lets `replayState` start close to any step.
 */
import { declaredSlotTy, declaredSlotType, genericSlotType } from '../lower/scope';
import type {
  Checkpoint, FrameState, HeapBlockState, MemoryState, OutputChunk, Pointer, StateDelta, TraceEvent, VarState,
} from '../../../../../protocol/trace';
import { StepTable } from '../../../../../protocol/stepTable';
import { UNKNOWN_SIZE } from '../../../../../protocol/trace';
import type { Span } from '../ir';
import type { FrameObj } from '../interp/frame';
import type { Interp, Recorder } from '../interp/interp';
import { layoutOfTy } from '../layout';
import { CapRef, HeapBlock, Ref, Slice, Str, StringV, VecV, isCopyPrimitive, type Root, type Value } from '../values';
import { FREED_KIND, freedBlockOf, inspection, stillPointedAt } from '../ub';
import { blockPointers, cellPath, pointersOf, summarize } from './summary';

export const CHECKPOINT_EVERY = 1000;
/** A checkpoint waits for this many deltas per frame and heap block of the state it copies. */
const CHECKPOINT_STATE_FACTOR = 4;

const NO_POINTERS: Pointer[] = [];
/**
 * The type shown for a variable the checker gave no type the trace can spell (one whose type
 * names an unresolved inference variable or a parameter no instance substitutes): unknown, never
 * guessed from the value it holds.
 */
const UNNAMED_TYPE = '_';

/** Extra per-kind block fields (Rc counters, RefCell state) a std module can contribute. */
const blockDescribers = new Map<string, (b: HeapBlock) => Partial<HeapBlockState>>();

export function describeBlocks(kind: string, fn: (b: HeapBlock) => Partial<HeapBlockState>): void {
  blockDescribers.set(kind, fn);
}

interface FrameTrace {
  ids: number[];
  last: string[];
  types: string[];
  moved: ({ to: string; line: number } | undefined)[];
  /** The frame's push has been recorded (see `pushFrame`). */
  announced: boolean;
  /** The value object last summarised, per slot. */
  lastValue: Value[];
  /** Last known size per slot (a moved-out variable keeps showing it). */
  sizes: number[];
  /** A thread's first frame: its closure's captured values, shown as variables of the frame. */
  caps?: { id: number; last: string }[];
}

export class TraceRecorder implements Recorder {
  readonly steps = new StepTable();
  readonly chunks: OutputChunk[] = [];
  readonly checkpoints: Checkpoint[] = [];
  /** The table's index of each IR span (a loop passes the same few spans again and again). */
  private readonly spanIds = new WeakMap<Span, number>();
  private readonly dirtyFrames = new Set<FrameObj>();
  private readonly dirtyBlocks = new Set<HeapBlock>();
  readonly blocks = new Map<number, HeapBlock>();
  private readonly frameTrace = new WeakMap<FrameObj, FrameTrace>();
  private nextVar = 1;
  private lastCheckpoint = 0;
  private readonly unannounced: FrameObj[] = [];
  private deltaCount = 0;

  /** Undefined behaviour stopped the run (sim/ub.ts): what unwinds after it is not part of the run. */
  private halted = false;
  /** Freed memory drawn while a dangling pointer leads to it (a run as if accepted). */
  private readonly freedShown = new Set<HeapBlock>();

  constructor(private readonly I: Interp) {}

  halt(e: TraceEvent): void {
    this.event(e);
    this.flush();
    this.halted = true;
  }

  step(sp: Span, depth: number): void {
    if (this.halted) return;
    this.announce();
    this.flush();
    const index = this.steps.length;
    // A checkpoint costs the size of the state; take one when the deltas recorded since the last
    // one are several times that many, so a deep recursion's checkpoints cost a fraction of its
    // deltas (replaying to a step still reads at most that many deltas).
    if (index - this.lastCheckpoint >= CHECKPOINT_EVERY && this.deltaCount >= CHECKPOINT_STATE_FACTOR * (this.I.frames.length + this.blocks.size)) {
      this.checkpoints.push({ step: index, state: this.snapshot() });
      this.lastCheckpoint = index;
      this.deltaCount = 0;
    }
    let span = this.spanIds.get(sp);
    if (span === undefined) {
      span = this.steps.span(sp.l + 1, sp.c + 1, sp.el + 1, sp.ec + 1);
      this.spanIds.set(sp, span);
    }
    this.steps.begin(span, this.I.thread, depth);
  }

  /**
   * Makes the current step the one of a drop at `sp`: a drop of its own (`own`) starts a step
   * unless the step at `sp` has just begun with nothing in it (the scope's end); the rest of a
   * drop stays in its step, or returns to `sp` after a `Drop::drop` left it.
   */
  dropStep(sp: Span, depth: number, own: boolean): void {
    if (this.halted) return;
    const steps = this.steps;
    const c = steps.length - 1;
    const here = c >= 0 && steps.depth(c) === depth && steps.thread(c) === this.I.thread && steps.line(c) === sp.l + 1 && steps.column(c) === sp.c + 1;
    if (here && (!own || (steps.events(c).length === 0 && this.unannounced.length === 0))) return;
    this.step(sp, depth);
  }

  event(e: TraceEvent): void {
    if (this.halted) return;
    this.steps.event(e);
  }

  private delta(d: StateDelta): void {
    if (this.halted) return;
    this.deltaCount++;
    this.steps.delta(d);
  }

  /** Freed blocks nothing points at any more leave the picture. */
  private forgetFreed(): void {
    if (this.halted) return;
    for (const b of this.freedShown) {
      if (stillPointedAt(this.I, b)) continue;
      this.freedShown.delete(b);
      this.free(b);
    }
  }

  private ft(f: FrameObj): FrameTrace {
    let t = this.frameTrace.get(f);
    if (!t) {
      // Sized to the frame's slots: an array grown from empty by one store reserves 17 elements,
      // and a recursion 100,000 calls deep holds six of these per call until it returns.
      const n = f.slots.length;
      t = { ids: new Array(n), last: new Array(n), types: new Array(n), moved: new Array(n), announced: false, lastValue: new Array(n), sizes: new Array(n) };
      this.frameTrace.set(f, t);
    }
    return t;
  }

  /**
   * A frame enters the trace only when a step runs inside it: a call that starts and returns within
   * one step (a closure called a million times by `sum`, a `Drop::drop` with an expression body)
   * changes no state at any step boundary, so it is left out instead of flooding the step.
   */
  pushFrame(f: FrameObj): void {
    this.ft(f);
    this.unannounced.push(f);
  }

  /** Records the calls of frames that are running a step now (outermost first), in the step that called them. */
  private announce(): void {
    if (this.unannounced.length === 0) return;
    for (const f of this.unannounced) {
      const t = this.ft(f);
      t.announced = true;
      this.event({ kind: 'call', fn: f.name, frame: f.id, size: f.size });
      this.delta({ op: 'push-frame', frame: frameState(f, []) });
      // What a spawned thread starts with is what its closure captured: shown in its first frame.
      if (f.thread !== 0 && f.env && f.envNames && this.I.frames[this.I.threadBase] === f) {
        t.caps = f.envNames.map(() => ({ id: this.nextVar++, last: '' }));
      }
      this.dirtyFrames.add(f);
    }
    this.unannounced.length = 0;
  }

  popFrame(f: FrameObj): void {
    const t = this.ft(f);
    if (!t.announced) {
      const i = this.unannounced.lastIndexOf(f);
      if (i >= 0) this.unannounced.splice(i, 1);
      this.dirtyFrames.delete(f);
      return;
    }
    this.flushFrame(f);
    this.dirtyFrames.delete(f);
    this.event({ kind: 'return', fn: f.name, frame: f.id });
    this.delta({ op: 'pop-frame', frame: f.id });
  }

  bind(f: FrameObj, slot: number): void {
    if (!f.slotNames[slot]) return;
    const t = this.ft(f);
    t.lastValue[slot] = undefined;
    if (t.ids[slot] === undefined) {
      t.ids[slot] = this.nextVar++;
      t.last[slot] = '';
      (f.varIds ??= new Array<number>(f.slots.length))[slot] = t.ids[slot]!;
    }
    t.moved[slot] = undefined;
    this.dirtyFrames.add(f);
  }

  unbind(f: FrameObj, slot: number): void {
    const t = this.ft(f);
    const id = t.ids[slot];
    if (id === undefined) return;
    if (t.announced) this.delta({ op: 'remove-var', frame: f.id, var: id });
    t.ids[slot] = undefined as unknown as number;
    t.moved[slot] = undefined;
    if (f.varIds) f.varIds[slot] = undefined as unknown as number;
  }

  moved(f: FrameObj, slot: number, to: string, line: number): void {
    const t = this.ft(f);
    if (t.ids[slot] === undefined) return;
    t.moved[slot] = { to, line };
    this.dirtyFrames.add(f);
  }

  dirty(root: Root): void {
    if (!root) return;
    if (root instanceof HeapBlock) this.dirtyBlocks.add(root);
    else this.dirtyFrames.add(root as FrameObj);
  }

  alloc(b: HeapBlock): void {
    this.blocks.set(b.id, b);
    this.dirtyBlocks.add(b);
    if (b.kind === FREED_KIND) this.freedShown.add(b);
  }

  free(b: HeapBlock): void {
    this.blocks.delete(b.id);
    this.dirtyBlocks.delete(b);
    this.delta({ op: 'free-block', block: b.id });
  }

  touch(b: HeapBlock): void {
    if (b.id > 0) this.dirtyBlocks.add(b);
  }

  output(stream: 'stdout' | 'stderr', text: string): void {
    this.chunks.push({ step: Math.max(0, this.steps.length - 1), stream, text });
    this.event({ kind: 'output', stream, text });
  }

  /** Emits the deltas of the step that just finished. */
  flush(): void {
    if (this.freedShown.size > 0) this.forgetFreed();
    const top = this.I.frames[this.I.frames.length - 1];
    if (top) this.flushFrame(top);
    for (const f of this.dirtyFrames) if (f !== top) this.flushFrame(f);
    this.dirtyFrames.clear();
    for (const b of this.dirtyBlocks) {
      if (b.freed || b.id === 0) continue;
      this.delta({ op: 'set-block', block: this.inspectBlock(b) });
    }
    this.dirtyBlocks.clear();
  }

  private flushFrame(f: FrameObj): void {
    inspection.depth++;
    try {
      this.flushFrameNow(f);
    } finally {
      inspection.depth--;
    }
  }

  private flushFrameNow(f: FrameObj): void {
    const t = this.frameTrace.get(f);
    if (!t || !t.announced) return;
    for (let s = 0; s < t.ids.length; s++) {
      const id = t.ids[s];
      if (id === undefined) continue;
      const v = f.slots[s];
      // Immutable values (numbers, chars, &str, references) change only by being replaced.
      // (A `&str` whose buffer was freed, as if accepted, is drawn again: it dangles now.)
      if (v !== undefined && v === t.lastValue[s] && isCopyPrimitive(v) && !t.moved[s] && !(v instanceof Str && v.buf?.freed)) continue;
      t.lastValue[s] = v;
      const summary = v === undefined ? '(moved)' : summarize(v);
      const key = summary + (t.moved[s] ? '|m' : '');
      if (key === t.last[s]) continue;
      t.last[s] = key;
      this.delta({ op: 'set-var', frame: f.id, var: this.varState(f, t, s) });
    }
    if (t.caps) {
      t.caps.forEach((c, i) => {
        const st = this.captureState(f, c.id, i);
        if (st.value === c.last) return;
        c.last = st.value;
        this.delta({ op: 'set-var', frame: f.id, var: st });
      });
    }
  }

  /**
   * A captured value of a thread's closure, as a variable of its first frame: named by the
   * checker's type of the captured variable (a by-reference capture is a reference to it, 8 bytes);
   * `_` where the checker gave that variable no type the trace can show (a generic body's).
   */
  private captureState(f: FrameObj, id: number, i: number): VarState {
    const v = f.env![i];
    const name = f.envNames![i] ?? `capture ${i}`;
    const declared = f.envTypes?.[i];
    if (v === undefined) return { id, name, type: declared?.name ?? UNNAMED_TYPE, size: 0, value: '(moved)', points: NO_POINTERS };
    if (v instanceof CapRef) {
      return { id, name, type: `&${v.mut ? 'mut ' : ''}${declared?.name ?? UNNAMED_TYPE}`, size: 8, value: summarize(v), points: pointersOf(v, this.target) };
    }
    const l = declared?.ty && layoutOfTy(declared.ty, this.I.prog);
    return { id, name, type: declared?.name ?? UNNAMED_TYPE, size: l ? l.size : UNKNOWN_SIZE, value: summarize(v), points: isCopyPrimitive(v) ? NO_POINTERS : pointersOf(v, this.target) };
  }

  /** A generic body's binding as the frame's instance names its type (`Option<i32>` for `Option<T>`). */
  private instanceSlotType(f: FrameObj, s: number): string | undefined {
    const generic = f.instance && genericSlotType(f.slotNames, s);
    return generic ? this.I.prog.instances.typeNameIn(generic, f.instance!) : undefined;
  }

  /**
   * A variable's size: its type's (the checker's, through the frame's instance in a generic body),
   * from the layout engine; `UNKNOWN_SIZE` where the type cannot be spelled (a closure) or sized.
   */
  private slotSize(f: FrameObj, s: number): number {
    let ty = declaredSlotTy(f.slotNames, s);
    if (!ty && f.instance) {
      const generic = genericSlotType(f.slotNames, s);
      ty = generic && this.I.prog.instances.simTyIn(generic, f.instance);
    }
    const l = ty && layoutOfTy(ty, this.I.prog);
    return l ? l.size : UNKNOWN_SIZE;
  }

  slotType(f: FrameObj, s: number): string {
    return declaredSlotType(f.slotNames, s) ?? this.instanceSlotType(f, s) ?? UNNAMED_TYPE;
  }

  private varState(f: FrameObj, t: FrameTrace, s: number): VarState {
    const v = f.slots[s];
    if (v !== undefined) {
      t.types[s] ??= this.slotType(f, s);
      t.sizes[s] ??= this.slotSize(f, s);
    } else if (t.types[s] === undefined) {
      // Moved out before its first step: the checker's type still names it.
      const declared = declaredSlotType(f.slotNames, s) ?? this.instanceSlotType(f, s);
      if (declared !== undefined) t.types[s] = declared;
    }
    const st: VarState = {
      id: t.ids[s]!, name: f.slotNames[s]!, type: t.types[s] ?? '?', size: t.sizes[s] ?? UNKNOWN_SIZE,
      value: v === undefined ? '(moved)' : summarize(v), points: v === undefined || (isCopyPrimitive(v) && !(v instanceof Str && v.buf?.freed)) ? NO_POINTERS : pointersOf(v, this.target),
    };
    const m = t.moved[s];
    if (m && v === undefined) st.moved = m;
    return st;
  }

  private readonly target = (r: Ref | Slice | CapRef, cell?: object): Pointer['target'] | null => {
    const t = this.placeTarget(r);
    if (!t || cell === undefined) return t;
    // A guard leads to the value inside its cell: the cell's path in the block's or variable's value.
    const root = r.root;
    let path: string | undefined;
    if (root instanceof HeapBlock) {
      if (root.kind === 'vec') for (let i = 0; i < root.items.length && path === undefined; i++) path = cellPath(root.items[i], cell, `[${i}]`);
      else path = cellPath(root.items[0], cell);
    } else if (r instanceof Ref && r.rootSlot >= 0) path = cellPath((root as FrameObj).slots[r.rootSlot], cell);
    return path === undefined ? t : { ...t, cell: path };
  };

  private placeTarget(r: Ref | Slice | CapRef): Pointer['target'] | null {
    const root = r.root;
    if (!root) return null;
    if (root instanceof HeapBlock) {
      const freed = r instanceof Slice || r instanceof Ref ? freedBlockOf(r.arr) : undefined;
      // The freed block is drawn whole (its elements are gone): the arrow ends on the block.
      if (freed) return { kind: 'block', id: freed.id };
      if (root.id <= 0 || root.freed) return null;
      // A reference to one element of a buffer (`&words[0]`) leads to that element's slot.
      if (r instanceof Ref && root.kind === 'vec' && r.arr === root.items) return { kind: 'block', id: root.id, index: r.idx };
      return { kind: 'block', id: root.id };
    }
    const f = root as FrameObj;
    const rs = r instanceof Slice ? -1 : r.rootSlot;
    const id = rs >= 0 ? this.frameTrace.get(f)?.ids[rs] : undefined;
    return id !== undefined ? { kind: 'var', id } : null;
  }

  blockState(b: HeapBlock): HeapBlockState {
    if (b.kind === FREED_KIND) return { id: b.id, type: b.type, size: b.size, line: b.line, value: 'freed', freed: true, points: NO_POINTERS };
    const st: HeapBlockState = { id: b.id, type: b.type, size: b.size, line: b.line, value: blockSummary(b), points: blockPointers(b, this.target) };
    if (b.kind === 'vec') {
      st.len = b.items.length;
      st.capacity = b.cap;
    } else if (b.kind === 'string') {
      st.len = b.bytes;
      st.capacity = b.cap;
    }
    if (b.dyn && b.valueTy) st.concrete = b.valueTy.text;
    const extra = blockDescribers.get(b.kind);
    if (extra) Object.assign(st, extra(b));
    return st;
  }

  snapshot(): MemoryState {
    inspection.depth++;
    try {
      return this.snapshotNow();
    } finally {
      inspection.depth--;
    }
  }

  private inspectBlock(b: HeapBlock): HeapBlockState {
    inspection.depth++;
    try {
      return this.blockState(b);
    } finally {
      inspection.depth--;
    }
  }

  private snapshotNow(): MemoryState {
    const frames: FrameState[] = this.I.frames.map((f) => {
      const t = this.ft(f);
      const vars: VarState[] = [];
      for (let s = 0; s < t.ids.length; s++) if (t.ids[s] !== undefined) vars.push(this.varState(f, t, s));
      t.caps?.forEach((c, i) => vars.push(this.captureState(f, c.id, i)));
      return frameState(f, vars);
    });
    const blocks = [...this.blocks.values()].filter((b) => !b.freed).map((b) => this.blockState(b));
    return { frames, blocks };
  }
}

function frameState(f: FrameObj, vars: VarState[]): FrameState {
  const st: FrameState = { id: f.id, thread: f.thread, fn: f.name, callLine: f.callSpan ? f.callSpan.l + 1 : 0, size: f.size, vars };
  if (f.parts) st.parts = f.parts;
  return st;
}

function blockSummary(b: HeapBlock): string {
  if (b.kind === 'string') return summarize(new StringV(b));
  if (b.kind === 'vec') return summarize(new VecV(b));
  if (b.kind === 'box') return summarize(b.items[0]);
  return summarize(b.items[0] as Value);
}
