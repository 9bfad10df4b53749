// Threads: `thread::spawn`, `thread::Builder` (name, stack_size), `JoinHandle::join`,
// `thread::scope`, `thread::current`.
//
// Scheduling rule: a spawned thread runs to completion at the moment it is spawned, then the
// spawning thread continues. A program that synchronises properly (joins before it reads what a
// thread produced, or locks the data) prints what rustc's build prints; a program whose output
// depends on a race gets one of its possible outputs. A thread that would have to wait for a lock
// still held by the thread that spawned it cannot be run this way and is reported as unsupported.
//
// Each thread has its own stack budget: 8 MiB for main, 2 MiB for a spawned thread, or the
// `stack_size` given to its builder. A panic ends only its thread: its stack unwinds, std's
// message goes to stderr, and `join` returns `Err` with the panic's payload.
import type { Interp } from '../interp/interp';
import { RustPanic, StackOverflow } from '../errors';
import { Closure, CapRef, Int, Native, Ref, Str, StringV, USIZE, num, type NativeClass, type Value } from '../values';
import { NONE, err, ok, some } from './builtins';
import { definePath, defineMethods, method, type Site } from './registry';
import type { Ty } from '../types';
import { closureLabel } from '../trace/placeNames';
import { checkRace, scopeEnded, sharedPlaces, threadStarted } from '../dataRace';

/** The spawned closure, named where it is written. */
function threadClosure(f: Value): string {
  return f instanceof Closure ? `the ${closureLabel(f.def.name, f.def.line)}` : 'the thread\'s closure';
}

export const MAIN_STACK = 8 * 1024 * 1024;
export const SPAWNED_STACK = 2 * 1024 * 1024;

export interface ThreadCtx {
  id: number;
  /** `null` for an unnamed spawned thread. */
  name: string | null;
  budget: number;
}

interface ThreadsState {
  current: ThreadCtx;
  nextId: number;
  all: { id: number; name: string; stackBudget: number }[];
  /** std prints the `RUST_BACKTRACE` note with the first panic of the process only. */
  notedBacktrace: boolean;
}

const states = new WeakMap<Interp, ThreadsState>();

export function threadsOf(I: Interp): ThreadsState {
  let s = states.get(I);
  if (!s) {
    const main: ThreadCtx = { id: 0, name: 'main', budget: I.opts.mainStackBytes ?? MAIN_STACK };
    s = { current: main, nextId: 1, all: [{ id: 0, name: 'main', stackBudget: main.budget }], notedBacktrace: false };
    states.set(I, s);
  }
  return s;
}

/** The name std's messages use for the running thread. */
export function currentThreadName(I: Interp, forOverflow = false): string {
  const c = threadsOf(I).current;
  return c.name ?? (forOverflow ? '<unknown>' : '<unnamed>');
}

/**
 * std's panic message for the running thread: `thread 'NAME' panicked at FILE:LINE:COL:`, the
 * message, and with the first panic of the process the note about `RUST_BACKTRACE`.
 */
export function panicText(I: Interp, file: string, p: RustPanic): string {
  const s = threadsOf(I);
  let text = `\nthread '${currentThreadName(I)}' panicked at ${file}:${p.span.l + 1}:${p.span.c + 1}:\n${p.message}\n`;
  if (!s.notedBacktrace) {
    s.notedBacktrace = true;
    text += 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n';
  }
  return text;
}

// ------------------------------------------------------------------------------ running a thread

interface Outcome {
  value: Value;
  panic: RustPanic | null;
}

/** Runs `f` as a new thread, to completion, on its own stack budget. */
function runThread(I: Interp, f: Value, name: string | null, budget: number): Outcome {
  const s = threadsOf(I);
  const ctx: ThreadCtx = { id: s.nextId++, name, budget };
  s.all.push({ id: ctx.id, name: name ?? '<unnamed>', stackBudget: budget });
  if (I.rec) I.rec.event({ kind: 'spawn', thread: ctx.id, name: name ?? '<unnamed>', stackBudget: budget });
  const saved = { ctx: s.current, used: I.stackUsed, budget: I.stackBudget, thread: I.thread, base: I.threadBase };
  s.current = ctx;
  I.stackUsed = 0;
  I.stackBudget = budget;
  I.thread = ctx.id;
  I.threadBase = I.frames.length;
  try {
    const value = I.callValue(f, []);
    I.drop(f, 'scope-end', threadClosure(f), 'the thread finished');
    return { value, panic: null };
  } catch (e) {
    if (e instanceof RustPanic) {
      I.reportPanic(e);
      I.drop(f, 'unwind', threadClosure(f), 'panic unwinding the thread');
      return { value: undefined, panic: e };
    }
    if (e instanceof StackOverflow && e.thread === undefined) e.thread = currentThreadName(I, true);
    throw e;
  } finally {
    s.current = saved.ctx;
    I.stackUsed = saved.used;
    I.stackBudget = saved.budget;
    I.thread = saved.thread;
    I.threadBase = saved.base;
  }
}

// ------------------------------------------------------------------------------ JoinHandle and payloads

interface HandleData {
  I: Interp;
  out: Outcome;
  joined: boolean;
  name: string | null;
  id: number;
  /** The thread's result type, the checker's (`T` of `JoinHandle<T>`); null where it could not spell it. */
  ty: Ty | null;
}

export const JOIN_HANDLE: NativeClass = {
  name: 'JoinHandle',
  typeName: (d: HandleData) => `JoinHandle<${d.ty ? d.ty.text : '_'}>`,
  needsDrop: (d: HandleData) => !d.joined && d.out.value !== undefined,
  // A handle dropped without `join` detaches the thread; its result is dropped with the handle.
  drop: (d: HandleData) => {
    if (!d.joined) d.I.drop(d.out.value, 'owner', 'thread result', 'the JoinHandle was dropped');
  },
  summary: (d: HandleData) => `JoinHandle(${d.name ?? '<unnamed>'})`,
};

function handle(I: Interp, out: Outcome, name: string | null, ty: Ty | null): Native {
  return new Native(JOIN_HANDLE, { I, out, joined: false, name, id: threadsOf(I).nextId - 1, ty } satisfies HandleData);
}

/** The `T` of the `JoinHandle<T>` (or `ScopedJoinHandle<T>`, or either in an `io::Result`) a spawning call returns, as the checker typed it. */
function resultTyOf(t: Ty | null | undefined): Ty | null {
  if (t?.k !== 'path') return null;
  if (t.name === 'JoinHandle' || t.name === 'ScopedJoinHandle') return t.args[0] ?? null;
  return t.name === 'Result' ? resultTyOf(t.args[0]) : null;
}

interface PayloadData {
  I: Interp;
  message: string;
  /** `&'static str` for a constant message, `String` for a formatted one. */
  kind: 'str' | 'String';
  /** The formatted message's buffer (std/panicMessage.ts), owned by the payload. */
  string?: StringV;
}

const PAYLOAD: NativeClass = {
  name: 'PanicPayload',
  typeName: () => 'Box<dyn Any + Send>',
  debug: () => 'Any { .. }',
  summary: () => 'Box<dyn Any + Send>',
  needsDrop: (d: PayloadData) => d.string !== undefined,
  drop: (d: PayloadData) => {
    const s = d.string;
    d.string = undefined;
    if (s) d.I.drop(s, 'owner', 'panic message', 'the panic payload was dropped');
  },
};

/**
 * std's own panics with a constant message hand over `&'static str`; its other panics in the
 * simulated std (index out of bounds, `expect`, `Result::unwrap`, RefCell conflicts, missing map
 * keys) format their message into a `String`. The panic macros record their payload themselves.
 */
const CONSTANT_STD_MESSAGES = new Set([
  'attempt to divide by zero',
  'attempt to calculate the remainder with a divisor of zero',
  'called `Option::unwrap()` on a `None` value',
]);

function payloadKind(p: RustPanic): 'str' | 'String' {
  if (p.payload) return p.payload;
  return CONSTANT_STD_MESSAGES.has(p.message) || /^attempt to [a-z ]+ with overflow$/.test(p.message) ? 'str' : 'String';
}

function payloadOf(I: Interp, p: RustPanic): Native {
  const string = p.messageString;
  p.messageString = undefined;
  return new Native(PAYLOAD, { I, message: p.message, kind: payloadKind(p), ...(string ? { string } : {}) } satisfies PayloadData);
}

function join(I: Interp, self: Value): Value {
  const d = (self as Native).data as HandleData;
  d.joined = true;
  if (d.out.panic) return err(payloadOf(I, d.out.panic));
  return ok(d.out.value);
}

defineMethods('JoinHandle', {
  join: method('value', (I, self) => join(I, self)),
  is_finished: method('ref', () => true),
  thread: method('ref', (I, self) => {
    const d = deref(self).data as HandleData;
    return threadValue(I, d.name, d.id);
  }),
});

function deref(v: Value): Native {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v as Native;
}

/** The type named by `downcast_ref::<T>()` / `is::<T>()`: `str` for `&str`, `String`, or something else. */
function payloadTarget(site: Site): 'str' | 'String' | 'other' {
  const t: Ty | undefined = site.generics[0];
  if (!t) return 'other';
  if (t.k === 'ref' && t.inner.k === 'path' && t.inner.name === 'str') return 'str';
  if (t.k === 'path' && t.name === 'String') return 'String';
  return 'other';
}

function payloadMatch(I: Interp, self: Value, site: Site): PayloadData | null {
  const d = deref(self).data as PayloadData;
  const want = payloadTarget(site);
  if (want === 'other') return null;
  return d.kind === want ? d : null;
}

function payloadValue(I: Interp, d: PayloadData): Value {
  if (d.kind === 'str') return new Str(d.message);
  if (d.string) return d.string;
  const { newString } = require('./string') as typeof import('./string');
  return newString(I, d.message, null);
}

defineMethods('PanicPayload', {
  downcast_ref: method('ref', (I, self, _a, site) => {
    const d = payloadMatch(I, self, site);
    return d ? some(new Ref([payloadValue(I, d)], 0, false, null)) : NONE;
  }),
  is: method('ref', (I, self, _a, site) => payloadMatch(I, self, site) !== null),
  downcast: method('value', (I, self, _a, site) => {
    const d = payloadMatch(I, self, site);
    if (!d) return err(self);
    const { boxValue } = require('./boxed') as typeof import('./boxed');
    const v = payloadValue(I, d);
    // The message moves into the box `downcast` returns.
    d.string = undefined;
    // The type asked for (`downcast::<String>()`), which the payload matched.
    return ok(boxValue(I, v, site.generics[0]));
  }),
});

// ------------------------------------------------------------------------------ catch_unwind

/**
 * `panic::catch_unwind(f)`: a panic inside `f` is reported by the panic hook as usual, unwinds
 * `f`'s frames, and comes back as `Err(payload)` instead of ending the thread.
 */
definePath('panic::catch_unwind', (I, args) => {
  const f = args[0];
  try {
    const v = I.callValue(f, []);
    I.drop(f, 'scope-end', 'closure', 'catch_unwind finished');
    return ok(v);
  } catch (e) {
    if (!(e instanceof RustPanic)) throw e;
    I.reportPanic(e);
    I.drop(f, 'unwind', 'closure', 'the panic was caught');
    return err(payloadOf(I, e));
  }
});
// `AssertUnwindSafe(f)` only tells the compiler `f` may be observed after a panic.
definePath('panic::AssertUnwindSafe', (_I, args) => args[0]);

// ------------------------------------------------------------------------------ spawn, Builder

definePath('thread::spawn', (I, args) => spawned(I, args[0], null, SPAWNED_STACK));

/**
 * Spawns `f` as a thread and returns its `JoinHandle`. A run as if accepted first checks the places
 * `f` reaches against the threads not yet joined (sim/ub.ts): a data race stops the run.
 */
function spawned(I: Interp, f: Value, name: string | null, budget: number): Native {
  const places = I.opts.asIfAccepted ? sharedPlaces(f) : [];
  if (places.length) checkRace(I, threadsOf(I).nextId, places);
  const ty = resultTyOf(I.site.ty);
  const h = handle(I, runThread(I, f, name, budget), name, ty);
  if (places.length) threadStarted(I, (h.data as HandleData).id, h.data as HandleData, places);
  return h;
}

interface BuilderData {
  name: string | null;
  stack: number | null;
}

const BUILDER: NativeClass = {
  name: 'thread::Builder',
  typeName: () => 'Builder',
  summary: (d: BuilderData) => `Builder { name: ${d.name ?? 'None'}, stack_size: ${d.stack ?? 'None'} }`,
};

definePath('thread::Builder::new', () => new Native(BUILDER, { name: null, stack: null } satisfies BuilderData));
definePath('Builder::new', () => new Native(BUILDER, { name: null, stack: null } satisfies BuilderData));

function text(v: Value): string {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  if (v instanceof StringV) return v.block.text;
  if (v instanceof Str) return v.s;
  return String(v);
}

/** std rounds a requested stack up to whole 4 KiB pages and at least PTHREAD_STACK_MIN (16 KiB). */
export function stackBudgetFor(requested: number): number {
  return Math.max(16384, Math.ceil(requested / 4096) * 4096);
}

defineMethods('thread::Builder', {
  name: method('value', (I, self, args) => {
    const d = (self as Native).data as BuilderData;
    d.name = text(args[0]);
    I.drop(args[0], 'explicit', 'name', 'copied into the thread');
    return self;
  }),
  stack_size: method('value', (_I, self, args) => {
    ((self as Native).data as BuilderData).stack = num(args[0] as Int);
    return self;
  }),
  spawn: method('value', (I, self, args) => {
    const d = (self as Native).data as BuilderData;
    const budget = d.stack !== null ? stackBudgetFor(d.stack) : SPAWNED_STACK;
    return ok(spawned(I, args[0], d.name, budget));
  }),
  spawn_scoped: method('value', (I, self, args) => {
    const d = (self as Native).data as BuilderData;
    const budget = d.stack !== null ? stackBudgetFor(d.stack) : SPAWNED_STACK;
    const sc = deref(args[0]).data as ScopeData;
    const h = spawned(I, args[1], d.name, budget);
    sc.handles.push(h.data as HandleData);
    return ok(h);
  }),
});

// ------------------------------------------------------------------------------ scope

interface ScopeData {
  handles: HandleData[];
}

const SCOPE: NativeClass = { name: 'thread::Scope', typeName: () => 'Scope', summary: () => 'Scope' };

definePath('thread::scope', (I, args, site) => {
  const sc: ScopeData = { handles: [] };
  const scope = new Native(SCOPE, sc);
  const r = I.callValue(args[0], [new Ref([scope], 0, false, null)]);
  I.drop(args[0], 'scope-end', 'scope closure');
  if (I.opts.asIfAccepted) scopeEnded(sc.handles);
  // Every scoped thread has finished (they ran at spawn). A panic in one that was not joined
  // makes `scope` panic once the closure returns.
  if (sc.handles.some((h) => !h.joined && h.out.panic)) I.panic('a scoped thread panicked', site.sp);
  return r;
});

defineMethods('thread::Scope', {
  spawn: method('ref', (I, self, args) => {
    const sc = deref(self).data as ScopeData;
    const h = spawned(I, args[0], null, SPAWNED_STACK);
    sc.handles.push(h.data as HandleData);
    return h;
  }),
});

// ------------------------------------------------------------------------------ current, sleep

interface ThreadValueData {
  name: string | null;
  id: number;
}

const THREAD: NativeClass = {
  name: 'thread::Thread',
  typeName: () => 'Thread',
  debug: (d: ThreadValueData) => `Thread { id: ThreadId(${d.id + 1}), name: ${d.name === null ? 'None' : `Some(${JSON.stringify(d.name)})`}, .. }`,
  summary: (d: ThreadValueData) => `Thread(${d.name ?? '<unnamed>'})`,
};

function threadValue(_I: Interp, name: string | null, id: number): Native {
  return new Native(THREAD, { name, id } satisfies ThreadValueData);
}

definePath('thread::current', (I) => {
  const c = threadsOf(I).current;
  return threadValue(I, c.name, c.id);
});
// Sleeping takes no simulated time: the scheduling rule above already orders the threads.
definePath('thread::sleep', () => UNIT_VALUE);
definePath('thread::yield_now', () => UNIT_VALUE);

const THREAD_ID: NativeClass = { name: 'ThreadId', typeName: () => 'ThreadId', copy: true, debug: (d: number) => `ThreadId(${d})`, eq: (a: number, b: number) => a === b };

defineMethods('thread::Thread', {
  name: method('ref', (_I, self) => {
    const d = deref(self).data as ThreadValueData;
    return d.name === null ? NONE : some(new Str(d.name));
  }),
  // std numbers threads from 1 in creation order (main is 1).
  id: method('ref', (_I, self) => new Native(THREAD_ID, (deref(self).data as ThreadValueData).id + 1)),
});

import { UNIT as UNIT_VALUE } from '../values';
export { Closure, USIZE };
