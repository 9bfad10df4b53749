/**
 * Data races in a run as if accepted (sim/ub.ts): a thread's closure reaches a place through a
 * captured reference, and another thread touches that place, one of the two writing it, with no
 * `join` (or the end of a `thread::scope`) ordering the two.
 *
 * The simulator runs a spawned thread to completion at its spawn, so "at the same time" means
 * "before the spawner joins it": what the spawned thread reached is remembered, and a later spawn
 * reaching the same place, or the spawner's own access to it, is the race.
 */
import { inspected, inspection, stop, type UbHost } from './ub';
import { CapRef, Closure, Ref, type Value } from './values';

/** A place a thread's closure reaches through a captured reference, and whether it may write it. */
export interface SharedPlace {
  arr: Value[];
  idx: number;
  name: string;
  mut: boolean;
}

interface RunningThread {
  id: number;
  /** Its `JoinHandle`'s state: once joined, what the thread did happens before what follows. */
  handle: { joined: boolean };
  places: SharedPlace[];
}

/** What a host running threads adds: which thread runs now (0 is `main`). */
export interface ThreadHost extends UbHost {
  readonly thread: number;
}

const unjoined = new WeakMap<object, RunningThread[]>();

/** Handles whose `thread::scope` ended: the scope joined them, whatever the program did with them. */
const scopeJoined = new WeakSet<object>();

function ordered(t: RunningThread): boolean {
  return t.handle.joined || scopeJoined.has(t.handle);
}

function threadName(id: number): string {
  return id === 0 ? 'main' : `thread ${id}`;
}

/** The places a thread's closure reaches through the references it captured. */
export function sharedPlaces(f: Value): SharedPlace[] {
  if (!(f instanceof Closure)) return [];
  const out: SharedPlace[] = [];
  f.env.forEach((v, i) => {
    const name = f.def.captureNames?.[i] ?? `capture ${i}`;
    if (v instanceof CapRef || v instanceof Ref) out.push({ arr: v.arr, idx: v.idx, name, mut: v.mut });
  });
  return out;
}

/**
 * A thread `id` is spawned reaching `places`: a data race when an earlier thread that nobody has
 * joined yet reaches one of them too, and one of the two may write it. Threads run one after the
 * other in the simulator; in the real program nothing orders the two accesses.
 */
export function checkRace(I: UbHost & object, id: number, places: SharedPlace[]): void {
  for (const t of unjoined.get(I) ?? []) {
    if (ordered(t)) continue;
    for (const p of places) {
      const q = t.places.find((x) => x.arr === p.arr && x.idx === p.idx && (x.mut || p.mut));
      if (!q) continue;
      const how = p.mut && q.mut ? 'both write' : 'one writes while the other reads';
      throw stop(I, `data race: threads ${t.id} and ${id} ${how} \`${p.name}\` with nothing ordering their accesses`);
    }
  }
}

/** Per watched slot, the finished but unjoined threads that reached it. */
const watchers = new WeakMap<Value[], Map<number, { t: RunningThread; place: SharedPlace }[]>>();

/**
 * Thread `id` ran to its end having reached `places`: until it is joined, any other thread's access
 * to one of them that conflicts (either side writing) is a data race, caught at the access itself.
 */
export function threadStarted(I: ThreadHost, id: number, handle: { joined: boolean }, places: SharedPlace[]): void {
  if (places.length === 0) return;
  let list = unjoined.get(I);
  if (!list) unjoined.set(I, (list = []));
  const t: RunningThread = { id, handle, places };
  list.push(t);
  for (const p of places) watch(I, t, p);
}

function watch(I: ThreadHost, t: RunningThread, place: SharedPlace): void {
  const { arr, idx } = place;
  let slots = watchers.get(arr);
  if (!slots) watchers.set(arr, (slots = new Map()));
  const seen = slots.get(idx);
  if (seen) {
    seen.push({ t, place });
    return;
  }
  // A slot already made dead memory (sim/ub.ts) stops any access anyway.
  if (Object.getOwnPropertyDescriptor(arr, idx)?.get) return;
  const list = [{ t, place }];
  slots.set(idx, list);
  let value = arr[idx];
  const check = (write: boolean): void => {
    if (inspection.depth > 0) return;
    for (const w of list) {
      if (ordered(w.t) || w.t.id === I.thread || !(write || w.place.mut)) continue;
      const by = threadName(I.thread);
      const other = threadName(w.t.id);
      const name = w.place.name;
      // Writing a place reads it first here (its old value is dropped), so the getter cannot tell
      // main's read from its write: against a writing thread, both are the race.
      throw stop(I, w.place.mut
        ? `data race: ${other} writes \`${name}\` and ${by} accesses it, with nothing ordering the two`
        : `data race: ${by} writes \`${name}\` while ${other} reads it, with nothing ordering the two`);
    }
  };
  Object.defineProperty(arr, idx, {
    configurable: true,
    enumerable: true,
    get(): Value {
      check(false);
      return value;
    },
    set(v: Value): void {
      check(true);
      value = v;
    },
  });
}

/**
 * Slot `idx` of `arr` dies (its local's scope ended): a later local that reuses the slot is a
 * different place, which no thread reached.
 */
export function placeDies(arr: Value[], idx: number): void {
  const slots = watchers.get(arr);
  if (!slots?.delete(idx)) return;
  Object.defineProperty(arr, idx, { configurable: true, enumerable: true, writable: true, value: inspected(() => arr[idx]) });
}

/** A `thread::scope` ended: it joined every thread spawned in it. */
export function scopeEnded(handles: readonly object[]): void {
  for (const h of handles) scopeJoined.add(h);
}
