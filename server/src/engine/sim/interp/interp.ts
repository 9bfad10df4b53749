/**
 * The interpreter's runtime: the call stack and its byte budget, the heap, output, steps, panics,
 * calls (user functions, closures, std functions) and method dispatch with auto-ref/auto-deref.
 * Std modules reach everything they need through this object (see std/registry.ts).
 */
import { placeDies } from '../dataRace';
import { retireBlock, retireBuffer, retireFrame, retireLocal, retireText, reviveBlock, stop } from '../ub';
import type { DropReason, PanicNote, TraceEvent } from '../../../../../protocol/trace';
import { RustPanic, ReturnSignal, StackOverflow, StepLimit, Unsupported } from '../errors';
import type { FnIR, Span } from '../ir';
import { mapParams, type Ty } from '../types';
import { findMethod, type Program } from '../items';
import { stdMethod, type Site, type StdMethod } from '../std/registry';
import { currentThreadName, panicText } from '../std/thread';
import {
  Arr, BoxV, CapRef, Char, Closure, Enum, Float, FnV, HeapBlock, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, VecV,
  type Root, type Value,
} from '../values';
import { userDeref, type Compiler, type CompiledClosure, type CompiledFn } from './compile';
import { copyValue, isCopy } from './copy';
import { setDerefHook } from './coerce';
import { dropValue, needsDrop } from './drop';
import { FrameObj } from './frame';
import type { InstanceArgs } from '../lower/instances';
import type { Ty as CheckedTy } from '../../typeck/ty';
import { scalarTypeName, typeNameOf } from './typename';
import { cloneValue } from '../std/any';
import { dropIter, intoIter, iterNext, sizeHint } from '../std/iter';
import { END } from '../values';
import { nameTable } from '../../nameTable';

/** What the trace recorder listens to; null when the run records no trace. */
export interface Recorder {
  step(sp: Span, depth: number): void;
  /** A drop's step at `sp` (see `Interp.dropStep`). */
  dropStep(sp: Span, depth: number, own: boolean): void;
  event(e: TraceEvent): void;
  pushFrame(f: FrameObj): void;
  popFrame(f: FrameObj): void;
  bind(f: FrameObj, slot: number): void;
  unbind(f: FrameObj, slot: number): void;
  /** Records `e` and nothing after it: the run stopped at undefined behaviour. */
  halt(e: TraceEvent): void;
  moved(f: FrameObj, slot: number, to: string, line: number): void;
  /** The type the trace shows for a frame's variable: the checker's, `_` where it has none. */
  slotType(f: FrameObj, slot: number): string;
  dirty(root: Root): void;
  alloc(b: HeapBlock): void;
  free(b: HeapBlock): void;
  touch(b: HeapBlock): void;
  output(stream: 'stdout' | 'stderr', text: string): void;
}

export interface InterpOptions {
  file: string;
  maxSteps: number;
  /** Wall-clock budget of the run, from the interpreter's creation (Infinity: none). */
  maxMillis: number;
  /** Budget of live heap bytes (Infinity: none). */
  maxHeapBytes: number;
  mainStackBytes: number;
  /** A program the borrow checker rejects, run anyway (sim/ub.ts): freed memory stays visible. */
  asIfAccepted?: boolean;
}

/** The clock is read once per this many steps: reading it every step would cost more than the step. */
const CLOCK_EVERY = 1024;
/**
 * Live heap blocks a run may hold. Each costs the simulator a few hundred bytes of its own (the
 * block, its trace state), so millions of one-byte `String`s fit the byte budget but not the
 * simulation worker's heap, and V8 may end a worker that runs out of heap by ending the process.
 */
export const MAX_LIVE_BLOCKS = 500_000;
/**
 * Elements one buffer may have. The simulator keeps every element as a value of its own (8 bytes
 * of the worker's heap at least, whatever the element's size), so `vec![0u8; 64 << 20]` fits the
 * program's byte budget but not the worker's heap, and V8 ends a process whose worker runs out of
 * heap while it fills one array.
 */
export const MAX_BUFFER_ELEMENTS = 16 * 1024 * 1024;

const NO_SITE: Site = { sp: { l: 0, c: 0, el: 0, ec: 0 }, generics: [], expect: null };

/** Kinds whose missing methods are looked up on what they deref to (`String` → `str`, `Vec` → slice). */
const DEREF_KIND: Record<string, string> = nameTable({ String: 'str', Vec: 'slice', array: 'slice' });

export class Interp {
  rec: Recorder | null = null;
  steps = 0;
  /** Bytes of heap the program holds now (allocations less frees), against `maxHeapBytes`. */
  heapBytes = 0;
  private readonly deadline: number;
  stdout = '';
  stderr = '';
  readonly frames: FrameObj[] = [];
  stackUsed = 0;
  /** The call site of the std function running now (panic locations, expected types). */
  site: Site = NO_SITE;
  /** The receiver place of the std method running now. */
  recv: Ref | null = null;
  /** The step's source position, for step-limit messages. */
  lastSpan: Span = NO_SITE.sp;
  /** Where the drops running now belong (a scope's end, a statement), for the frame depth `dropDepth`. */
  private dropAt: Span | null = null;
  private dropDepth = -1;
  private nextBlock = 1;
  /** A fresh block id (for a block the interpreter does not allocate, as sim/ub.ts's freed buffers). */
  newBlockId(): number {
    return this.nextBlock++;
  }

  private nextFrame = 1;
  readonly statics = new Map<string, Value[]>();
  /** The panic being unwound (set by whoever first catches it), for `reportPanic`. */
  pendingPanic: RustPanic | null = null;
  compiler!: Compiler;
  /** Whether a value's trait impls were looked up for a foreign type (`impl Trait for i32`). */
  /** The running thread (std/thread.ts switches it, with the stack budget, while a spawned thread runs). */
  thread = 0;
  /** Bytes of stack the running thread may use. */
  stackBudget: number;
  /** Frames below the running thread's first one (a spawned thread runs on top of its spawner's). */
  threadBase = 0;

  constructor(readonly prog: Program, readonly opts: InterpOptions) {
    this.stackBudget = opts.mainStackBytes;
    this.deadline = performance.now() + opts.maxMillis;
    setDerefHook((v) => ((v instanceof Struct || v instanceof Enum) && !v.def.builtin ? userDeref(this, v, false) : null));
  }

  // ------------------------------------------------------------------ steps, output, errors

  step(sp: Span): void {
    this.lastSpan = sp;
    this.tick(sp);
    if (this.rec) this.rec.step(sp, this.frames.length - this.threadBase);
  }

  /**
   * Counts work against the step and time budgets without recording a step: an iteration of a
   * loop whose body recorded none (`loop {}`) must still end at the limits.
   */
  tick(sp: Span): void {
    if (++this.steps > this.opts.maxSteps) throw new StepLimit('steps', this.opts.maxSteps, sp);
    if (this.steps % CLOCK_EVERY === 0 && performance.now() > this.deadline) throw new StepLimit('time', this.opts.maxMillis, sp);
  }

  private liveBlocks = 0;

  private holdBlock(): void {
    if (++this.liveBlocks > MAX_LIVE_BLOCKS) this.unsupported(`a program holding more than ${MAX_LIVE_BLOCKS.toLocaleString('en-US')} heap allocations at once`, this.lastSpan);
  }

  /** A buffer is about to hold `n` elements: past what the simulator can hold, the run ends `unsupported` first. */
  holdElements(n: number, sp?: Span): void {
    if (n > MAX_BUFFER_ELEMENTS) this.unsupported(`a buffer of more than ${MAX_BUFFER_ELEMENTS.toLocaleString('en-US')} elements (the simulator keeps each element as a value of its own)`, sp ?? this.lastSpan);
  }

  /** The heap grows by `bytes` (negative: shrinks); past the budget the run stops before it grows. */
  private holdHeap(bytes: number): void {
    if (bytes > 0 && this.heapBytes + bytes > this.opts.maxHeapBytes) throw new StepLimit('heap', this.opts.maxHeapBytes, this.lastSpan);
    this.heapBytes += bytes;
  }

  write(stream: 'stdout' | 'stderr', text: string): void {
    if (stream === 'stdout') this.stdout += text;
    else this.stderr += text;
    if (this.rec) this.rec.output(stream, text);
  }

  /** `notes`: places that explain the panic beyond its message (see `PanicNote`). */
  panic(message: string, sp?: Span, notes?: PanicNote[]): never {
    throw new RustPanic(message, sp ?? this.site.sp, notes);
  }

  /** The panic hook: prints the message once, where the panic happened, before unwinding drops anything. */
  reportPanic(e: RustPanic): void {
    if (e.reported) return;
    e.reported = true;
    // The running thread's name and std's once-per-process backtrace note come from std/thread.ts.
    if (this.rec) this.rec.event({ kind: 'panic', message: e.message, thread: currentThreadName(this), ...(e.notes?.length ? { notes: e.notes } : {}) });
    this.write('stderr', panicText(this, this.opts.file, e));
  }

  unsupported(what: string, sp?: Span): never {
    throw new Unsupported(what, sp ?? (this.site === NO_SITE ? this.lastSpan : this.site.sp));
  }

  // ------------------------------------------------------------------ heap

  alloc(kind: string, type: string, size: number): HeapBlock {
    this.holdHeap(size);
    this.holdBlock();
    const b = new HeapBlock(this.nextBlock++, kind, type, size, this.lastSpan.l + 1);
    if (this.rec) {
      this.rec.alloc(b);
      this.rec.event({ kind: 'alloc', block: b.id, type, size });
    }
    return b;
  }

  /** A buffer that owns no memory yet (`Vec::new()`); `resize` allocates it. */
  dangling(kind: string, type: string): HeapBlock {
    return new HeapBlock(0, kind, type, 0, this.lastSpan.l + 1);
  }

  /** (Re)allocates a buffer to `cap` elements of `elemSize` bytes; a capacity of 0 frees it. */
  resize(b: HeapBlock, cap: number, elemSize: number): void {
    const old = b.cap;
    b.cap = cap;
    const size = cap * Math.max(elemSize, 0);
    if (b.id === 0 || b.freed) {
      if (cap === 0 || elemSize === 0) return;
      this.holdHeap(size);
      this.holdBlock();
      b.id = this.nextBlock++;
      if (b.freed && this.opts.asIfAccepted) reviveBlock(b);
      b.freed = false;
      b.size = size;
      b.line = this.lastSpan.l + 1;
      if (this.rec) {
        this.rec.alloc(b);
        this.rec.event({ kind: 'alloc', block: b.id, type: b.type, size });
      }
      return;
    }
    if (cap === 0) {
      this.free(b);
      b.id = 0;
      b.size = 0;
      return;
    }
    this.holdHeap(size - b.size);
    const oldSize = b.size;
    b.size = size;
    if (this.rec) {
      const moved = b.kind === 'string' ? b.bytes : Math.min(b.items.length, old);
      this.rec.event({ kind: 'realloc', block: b.id, fromCapacity: old, toCapacity: cap, size, moved });
      this.rec.touch(b);
    }
    if (this.opts.asIfAccepted && b.kind === 'vec') retireBuffer(this, b, oldSize);
    if (this.opts.asIfAccepted && b.kind === 'string') retireText(this, b, oldSize);
  }

  free(b: HeapBlock): void {
    if (b.freed && b.id !== 0 && this.opts.asIfAccepted) throw stop(this, `double free: block #${b.id} (${b.type}) was already freed`);
    if (b.freed || b.id === 0) return;
    b.freed = true;
    this.holdHeap(-b.size);
    this.liveBlocks--;
    if (this.rec) {
      this.rec.event({ kind: 'free', block: b.id });
      this.rec.free(b);
    }
    // A reference that outlived the owner still leads here: its reads are undefined behaviour.
    if (this.opts.asIfAccepted) retireBlock(this, b);
  }

  touch(b: HeapBlock): void {
    if (this.rec) this.rec.touch(b);
  }

  /**
   * The allocation now belongs to a value of another type (`String::from_utf8` takes the `Vec`'s
   * buffer): no allocator call, the same block drawn as its new type from this step on.
   */
  retype(b: HeapBlock, kind: string, type: string): void {
    b.kind = kind;
    b.type = type;
    this.touch(b);
  }

  // ------------------------------------------------------------------ values

  typeName(v: Value): string {
    return typeNameOf(v);
  }

  /**
   * The source position of the drop running now: the scope's end or statement that dropped it,
   * never a line inside a `Drop::drop` that ran before it.
   */
  dropSite(): Span {
    return this.dropAt !== null && this.dropDepth === this.frames.length ? this.dropAt : this.lastSpan;
  }

  /**
   * Each drop is its own step of the trace, at its drop site: `own` for a value a drop rule
   * applied to (or one with its own `Drop`), which starts a step unless the step at the site has
   * just begun; otherwise the rest of a drop (its parts, its buffer freed), which returns to the
   * site after a `Drop::drop` ran elsewhere. Trace-only: the step budget does not count these.
   */
  dropStep(own: boolean): void {
    if (this.rec) this.rec.dropStep(this.dropSite(), this.frames.length - this.threadBase, own);
  }

  drop(v: Value, reason: DropReason, what: string, detail = ''): void {
    if (v !== undefined && needsDrop(v)) dropValue(this, v, reason, what, detail);
  }

  /** Reads a place for use by value: copies `Copy` values, moves others out (clearing the place). */
  take(arr: Value[], idx: number): Value {
    const v = arr[idx];
    if (isCopy(v)) return copyValue(v);
    arr[idx] = undefined;
    return v;
  }

  // ------------------------------------------------------------------ frames and calls

  pushFrame(name: string, nslots: number, slotNames: readonly string[], env: Value[] | null, size: number, sp: Span | null): FrameObj {
    const f = new FrameObj(this.nextFrame++, name, nslots, slotNames, env, size, sp, this.thread);
    this.stackUsed += size;
    if (this.stackUsed > this.stackBudget) {
      throw new StackOverflow(sp ?? this.lastSpan, size, this.frames.length + 1 - this.threadBase, this.stackBudget);
    }
    this.frames.push(f);
    if (this.rec) {
      this.rec.pushFrame(f);
    }
    return f;
  }

  popFrame(f: FrameObj): void {
    this.frames.pop();
    this.stackUsed -= f.size;
    // Back in the caller, at the call: what happens next (a `Box::new` of the result) belongs to its line.
    if (f.callSpan) this.lastSpan = f.callSpan;
    if (this.rec) {
      this.rec.popFrame(f);
    }
    // A reference that outlived the call (returned to a local of it) now leads into a dead frame.
    if (this.opts.asIfAccepted) retireFrame(this, f);
  }

  /** Calls a user function with evaluated arguments (receiver first for methods). */
  /** `sp`: the call site, null for a thread's first function (its frame has no call line). */
  callUser(fn: FnIR, args: Value[], sp: Span | null, instance?: InstanceArgs): Value {
    const cf = this.compiler.fn(fn);
    return this.invoke(cf, args, sp, instance);
  }

  /**
   * `instance`: the generic arguments the call runs the body with, when the caller knows them (a
   * generic fn named as a value); otherwise the type checker's instance of the call at `sp`.
   */
  invoke(cf: CompiledFn, args: Value[], sp: Span | null, instance?: InstanceArgs): Value {
    // A generic function's frame is its instance's: the instance's types, the instance's size.
    if (!instance && cf.typeParams && sp) instance = this.prog.instances.at(sp, cf.key, this.frames[this.frames.length - 1]?.instance ?? null);
    // A call std makes (`Drop::drop`, `Display::fmt`): the impl's arguments are the receiver's type's.
    if (!instance && cf.implMethod) instance = receiverInstance(this, cf.key, args[0]);
    const frame = instance && this.prog.frames.of(cf.key, instance);
    const f = this.pushFrame(cf.name, cf.nslots, cf.slotNames, null, frame ? frame.size : cf.frameSize, sp);
    f.parts = frame ? frame.parts : cf.frameParts;
    if (instance) {
      f.instance = instance;
      f.typeParams = cf.typeParams ?? null;
    }
    let result: Value;
    try {
      for (let i = 0; i < cf.params.length; i++) cf.params[i]!(f, args[i]);
      try {
        result = cf.body(f);
      } catch (e) {
        if (!(e instanceof ReturnSignal)) throw e;
        result = e.value;
      }
      if (f.temps.length) this.dropTemps(f, 0, 'temporary');
      // Whether a parameter needs a drop is asked once: it decides both the closing brace's step
      // and whether the parameters' slots are only cleared (dropLocals asks the same).
      if (slotsNeedDrop(f.slots, cf.paramSlots)) {
        if (cf.endSp) this.step(cf.endSp);
        this.dropEachLocal(f, cf.paramSlots, 'scope-end', cf.paramsDropDetail, this.lastSpan);
      } else if (this.rec !== null || this.opts.asIfAccepted) {
        this.dropEachLocal(f, cf.paramSlots, 'scope-end', cf.paramsDropDetail, this.lastSpan);
      } else {
        clearSlots(f.slots, cf.paramSlots);
      }
    } catch (e) {
      if (e instanceof RustPanic) {
        this.reportPanic(e);
        this.dropTemps(f, 0, 'unwind');
        this.dropLocals(f, cf.paramSlots, 'unwind', `panic unwinding \`${cf.name}\``, cf.endSp ?? this.lastSpan);
      }
      if (this.frames[this.frames.length - 1] === f) this.popFrame(f);
      throw e;
    }
    this.popFrame(f);
    return result;
  }

  callClosure(c: Closure, args: Value[], sp: Span): Value {
    const cc = this.compiler.closure(c.def as CompiledClosure);
    const frame = c.instance && this.prog.frames.of(cc.key, c.instance);
    const f = this.pushFrame(cc.name, cc.nslots, cc.slotNames, c.env, frame ? frame.size : cc.frameSize, sp);
    f.parts = frame ? frame.parts : cc.frameParts;
    f.instance = c.instance;
    f.typeParams = cc.typeParams ?? null;
    f.envNames = cc.captureNames;
    f.envTypes = cc.captureTypes;
    let result: Value;
    try {
      for (let i = 0; i < cc.params.length; i++) cc.params[i]!(f, args[i]);
      try {
        result = cc.body(f);
      } catch (e) {
        if (!(e instanceof ReturnSignal)) throw e;
        result = e.value;
      }
      if (f.temps.length) this.dropTemps(f, 0, 'temporary');
      this.dropLocals(f, cc.paramSlots, 'scope-end', `end of closure`);
    } catch (e) {
      if (e instanceof RustPanic) {
        this.reportPanic(e);
        this.dropTemps(f, 0, 'unwind');
        this.dropLocals(f, cc.paramSlots, 'unwind', 'panic unwinding a closure');
      }
      if (this.frames[this.frames.length - 1] === f) this.popFrame(f);
      throw e;
    }
    this.popFrame(f);
    return result;
  }

  /** Calls anything callable: a closure, a fn item, or a reference/Box to one. */
  callValue(fv: Value, args: Value[], sp?: Span, ret?: Ty): Value {
    const at = sp ?? this.site.sp;
    for (;;) {
      if (fv instanceof Closure) return this.callClosure(fv, args, at);
      if (fv instanceof FnV) return fv.fn.call(args, ret);
      if (fv instanceof Ref) fv = fv.arr[fv.idx];
      else if (fv instanceof BoxV) fv = fv.block.items[0];
      else if (fv instanceof CapRef) fv = fv.arr[fv.idx];
      else return this.unsupported(`calling a value of type ${this.typeName(fv)}`, at);
    }
  }

  // ------------------------------------------------------------------ scopes

  /** Drops the given slots of a frame in reverse order (a scope's end). `site`: the scope's end, where the trace shows these drops (the current step's position by default). */
  dropLocals(f: FrameObj, slots: readonly number[], reason: DropReason, detail: string, site: Span = this.lastSpan): void {
    // Without a trace or a run as if accepted, a scope whose locals need no drop only clears them
    // (small enough for V8 to inline into the loops and calls that end scopes).
    if (this.rec === null && reason !== 'unwind' && !this.opts.asIfAccepted && !slotsNeedDrop(f.slots, slots)) {
      clearSlots(f.slots, slots);
      return;
    }
    this.dropEachLocal(f, slots, reason, detail, site);
  }

  private dropEachLocal(f: FrameObj, slots: readonly number[], reason: DropReason, detail: string, site: Span): void {
    if (reason === 'unwind' && this.pendingPanic) this.reportPanic(this.pendingPanic);
    const outerAt = this.dropAt;
    const outerDepth = this.dropDepth;
    this.dropAt = site;
    this.dropDepth = this.frames.length;
    try {
      for (let i = slots.length - 1; i >= 0; i--) {
        const s = slots[i]!;
        if (this.opts.asIfAccepted) placeDies(f.slots, s);
        const v = f.slots[s];
        if (this.opts.asIfAccepted) retireLocal(this, f, s, site.el + 1);
        if (v === undefined) {
          if (this.rec && f.varIds?.[s] !== undefined) this.rec.unbind(f, s);
          continue;
        }
        if (typeof v === 'object' && needsDrop(v)) {
          // The local keeps its value while it drops: `Drop::drop`'s `self` refers to its slot.
          try {
            dropValue(this, v, reason, f.slotNames[s] || 'temporary', detail, true, new Ref(f.slots, s, true, f, s));
          } finally {
            f.slots[s] = undefined;
          }
        } else f.slots[s] = undefined;
        if (this.rec && f.varIds?.[s] !== undefined) this.rec.unbind(f, s);
      }
    } finally {
      this.dropAt = outerAt;
      this.dropDepth = outerDepth;
    }
  }

  /** Drops the temporaries created since `mark`, newest first. */
  dropTemps(f: FrameObj, mark: number, reason: DropReason): void {
    if (reason === 'unwind' && this.pendingPanic) this.reportPanic(this.pendingPanic);
    const t = f.temps;
    const outerAt = this.dropAt;
    const outerDepth = this.dropDepth;
    this.dropAt = this.lastSpan;
    this.dropDepth = this.frames.length;
    try {
      while (t.length > mark) {
        const holder = t.pop()!;
        const v = holder[0];
        if (v !== undefined) {
          holder[0] = undefined;
          if (needsDrop(v)) dropValue(this, v, reason, 'temporary', reason === 'unwind' ? 'panic unwinding' : 'end of statement');
        }
      }
    } finally {
      this.dropAt = outerAt;
      this.dropDepth = outerDepth;
    }
  }

  // ------------------------------------------------------------------ methods

  /**
   * `place.name(args)`: probes the receiver type, then what it derefs to, as rustc does. A method
   * found for a type is called with the receiver by value, `&` or `&mut` as the method declares.
   */
  callMethod(place: Ref, name: string, args: Value[], site: Site): Value {
    let arr = place.arr;
    let idx = place.idx;
    let root = place.root;
    let rootSlot = place.rootSlot;
    for (let depth = 0; depth < 10; depth++) {
      const v = arr[idx];
      if (v instanceof Ref) {
        // `&mut I` is an iterator itself: by-value adapters on it (`it.by_ref().take(3)`) consume
        // the reference, not the iterator behind it.
        if (v.mut && isIterator(v.arr[v.idx])) {
          const im = stdMethod('Iterator', name);
          if (im && im.self === 'value') return this.callStdMethod(im, arr, idx, root, rootSlot, args, site);
        }
        arr = v.arr; idx = v.idx; root = v.root; rootSlot = v.rootSlot;
        continue;
      }
      if ((v instanceof Struct || v instanceof Enum) && !v.def.builtin) {
        const m = findMethod(this.prog, v.def, name);
        if (m) return this.callUserMethod(m, arr, idx, root, rootSlot, args, site);
      }
      const kind = kindOf(v);
      let sm = stdMethod(kind, name);
      if (!sm && v instanceof Native) sm = v.cls.name !== kind ? stdMethod(v.cls.name, name) : undefined;
      if (sm) return this.callStdMethod(sm, arr, idx, root, rootSlot, args, site);
      const foreign = this.foreignMethod(v, name);
      if (foreign) return this.callUserMethod(foreign, arr, idx, root, rootSlot, args, site);
      const derefKind = DEREF_KIND[kind];
      if (derefKind) {
        const dm = stdMethod(derefKind, name);
        if (dm) {
          const view = derefView(v, dm.self === 'mut', root, rootSlot);
          return this.callStdMethod(dm, [view], 0, root, rootSlot, args, site);
        }
      }
      if (isIterator(v)) {
        const im = stdMethod('Iterator', name);
        if (im) return this.callStdMethod(im, arr, idx, root, rootSlot, args, site);
      }
      const any = stdMethod('*', name);
      if (any) return this.callStdMethod(any, arr, idx, root, rootSlot, args, site);
      const blanket = this.blanketMethod(name);
      if (blanket) return this.callUserMethod(blanket, arr, idx, root, rootSlot, args, site);
      if (v instanceof BoxV) {
        arr = v.block.items; idx = 0; root = v.block; rootSlot = -1;
        continue;
      }
      if (v instanceof CapRef) {
        arr = v.arr; idx = v.idx; root = v.root; rootSlot = v.rootSlot;
        continue;
      }
      if (v instanceof Native && v.cls.deref) {
        const t = v.cls.deref(v.data);
        arr = t.arr; idx = t.idx; root = t.root; rootSlot = t.rootSlot;
        continue;
      }
      if ((v instanceof Struct || v instanceof Enum) && !v.def.builtin) {
        // A user smart pointer (`impl Deref for MyBox<T>`): look at what it derefs to.
        const t = userDeref(this, v, false);
        if (t) {
          arr = t.arr; idx = t.idx; root = t.root; rootSlot = t.rootSlot;
          continue;
        }
      }
      if (v === undefined) return this.unsupported(`method \`${name}\` on a moved-out value`, site.sp);
      return this.unsupported(`method \`${name}\` on \`${this.typeName(v)}\``, site.sp);
    }
    return this.unsupported(`method \`${name}\``, site.sp);
  }

  private foreignMethod(v: Value, name: string): FnIR | undefined {
    const key = foreignKey(v);
    if (!key) return undefined;
    const adt = this.prog.adts.get('#' + key);
    return adt ? findMethod(this.prog, adt, name) : undefined;
  }

  private blanketMethod(name: string): FnIR | undefined {
    for (const [trait, methods] of this.prog.blanket) {
      const m = methods.get(name) ?? this.prog.traits.get(trait)?.defaults.get(name);
      if (m) return m;
    }
    return undefined;
  }

  callUserMethod(m: FnIR, arr: Value[], idx: number, root: Root, rootSlot: number, args: Value[], site: Site): Value {
    let self: Value;
    if (m.self === 'value' || m.self === null) self = this.take(arr, idx);
    else {
      self = new Ref(arr, idx, m.self === 'mut', root, rootSlot);
      if (m.self === 'mut' && this.rec && root) this.rec.dirty(root);
    }
    if (m.self === null) return this.unsupported(`\`${m.qual}\` called as a method`, site.sp);
    // Built at its length: a literal `[self]` pushed onto grows into a new backing store on each call.
    const n = args.length;
    const all: Value[] = n === 0 ? [self] : n === 1 ? [self, args[0]] : n === 2 ? [self, args[0], args[1]] : [self, ...args];
    return this.callUser(m, all, site.sp);
  }

  callStdMethod(sm: StdMethod, arr: Value[], idx: number, root: Root, rootSlot: number, args: Value[], site: Site): Value {
    const savedSite = this.site;
    const savedRecv = this.recv;
    this.site = site;
    let self: Value;
    if (sm.self === 'value') {
      self = this.take(arr, idx);
      this.recv = null;
    } else {
      self = arr[idx];
      this.recv = new Ref(arr, idx, sm.self === 'mut', root, rootSlot);
      if (sm.self === 'mut' && this.rec && root) this.rec.dirty(root);
    }
    try {
      return sm.fn(this, self, args, site);
    } finally {
      this.site = savedSite;
      this.recv = savedRecv;
    }
  }

  // ------------------------------------------------------------------ std services

  clone(v: Value): Value {
    return cloneValue(this, v);
  }

  /** An element taken from an iterator of references into a collection of values: copied out (`Extend<&T>`). */
  cloneIfRef(x: Value, into?: VecV): Value {
    if (!(x instanceof Ref)) return x;
    if (into && (into.elemTy?.k === 'ref' || into.block.items[0] instanceof Ref)) return x;
    return cloneValue(this, x.arr[x.idx]);
  }

  intoIter(v: Value): Value {
    return intoIter(this, v);
  }

  next(it: Value): Value | typeof END {
    return iterNext(this, it);
  }

  sizeHint(it: Value): [number, number | null] {
    return sizeHint(it);
  }

  dropIter(it: Value): void {
    dropIter(this, it);
  }

  /**
   * What the generic parameter `name` of the running body stands for in this call: the argument
   * the type checker's instance of the call gives it (lower/instances.ts); undefined when the call
   * has no known instance (std called the body) or the simulator cannot spell the type.
   */
  typeArg(name: string): Ty | undefined {
    const f = this.frames[this.frames.length - 1];
    if (!f || !f.instance || !f.typeParams) return undefined;
    const i = f.typeParams.lastIndexOf(name);
    const t = i >= 0 ? f.instance[i] : undefined;
    return t && this.prog.instances.simTyOf(t);
  }

  /** `ty` with the running body's generic parameters replaced by what they stand for in this call (left as they are when not known). */
  concreteTy(ty: Ty): Ty {
    return mapParams(ty, this.typeArgOf, this.checkedOf);
  }

  private readonly typeArgOf = (name: string): Ty | undefined => this.typeArg(name);

  /** The checker's type of a generic body's type in the running call's instance (what sizes it). */
  private readonly checkedOf = (generic: CheckedTy): CheckedTy | undefined => {
    const args = this.frames[this.frames.length - 1]?.instance;
    return args ? this.prog.instances.checkedIn(generic, args) : undefined;
  };

  /**
   * A call site in a generic body whose types name the body's parameters (`Vec::new()` expected
   * to be a `Vec<T>`, `size_of::<T>()`), with what they stand for in the running call.
   */
  siteIn(site: Site): Site {
    return { sp: site.sp, generics: site.generics.map((t) => this.concreteTy(t)), expect: site.expect && this.concreteTy(site.expect), ty: site.ty && this.concreteTy(site.ty) };
  }

  /** Calls a method on an already-evaluated value (used by std code: `clone`, `fmt`, `next`, `eq` ...). */
  methodOn(v: Value, name: string, args: Value[], site?: Site): Value {
    const holder: Value[] = [v];
    return this.callMethod(new Ref(holder, 0, true, null), name, args, site ?? this.site);
  }
}

/** The instance of a generic impl's method for the receiver `self`, from the type the checker gave the value where it was built. */
function receiverInstance(I: Interp, fn: string, self: Value): InstanceArgs | undefined {
  let v = self;
  for (let i = 0; i < 8; i++) {
    if (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
    else if (v instanceof BoxV) v = v.block.items[0];
    else break;
  }
  return (v instanceof Struct || v instanceof Enum) && v.typed ? I.prog.instances.forReceiver(fn, v.typed) : undefined;
}

/** Ends the slots' locals that need no drop (in reverse order, as their scope ends). */
function clearSlots(values: Value[], slots: readonly number[]): void {
  for (let i = slots.length - 1; i >= 0; i--) values[slots[i]!] = undefined;
}

function slotsNeedDrop(values: Value[], slots: readonly number[]): boolean {
  for (let i = 0; i < slots.length; i++) if (needsDrop(values[slots[i]!])) return true;
  return false;
}

function isIterator(v: Value): boolean {
  if (v instanceof Native) return !!v.cls.next;
  if (v instanceof Struct || v instanceof Enum) {
    for (const k of v.def.traitImpls.keys()) if (k === 'Iterator') return true;
  }
  return false;
}

/** The method-table key of a value (see std/registry.ts). */
export function kindOf(v: Value): string {
  if (v instanceof Int) return 'int';
  if (v instanceof Float) return 'float';
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof Char) return 'char';
  if (v instanceof Str) return 'str';
  if (v instanceof StringV) return 'String';
  if (v instanceof VecV) return 'Vec';
  if (v instanceof Slice) return 'slice';
  if (v instanceof Arr) return 'array';
  if (v instanceof Tuple) return 'tuple';
  if (v instanceof BoxV) return 'Box';
  if (v instanceof Enum) return v.def.builtin ? v.def.name : 'adt';
  if (v instanceof Struct) return 'adt';
  if (v instanceof Native) return v.cls.name;
  if (v instanceof Closure || v instanceof FnV) return 'fn';
  return '?';
}

function foreignKey(v: Value): string | null {
  const scalar = scalarTypeName(v);
  if (scalar !== undefined) return scalar;
  if (v instanceof VecV) return 'Vec';
  if (v instanceof Tuple) return v.items.length === 0 ? '()' : null;
  if (v instanceof Enum && v.def.builtin) return v.def.name;
  return null;
}

/** `String` seen as `str`, `Vec`/array seen as a slice, for methods defined on the deref target. */
function derefView(v: Value, mut: boolean, root: Root, rootSlot: number): Value {
  if (v instanceof StringV) return new Str(v.block.text, v.block);
  if (v instanceof VecV) return new Slice(v.block.items, 0, v.block.items.length, mut, v.block);
  if (v instanceof Arr) return new Slice(v.items, 0, v.items.length, mut, root);
  void rootSlot;
  return v;
}
