/**
 * A run "as if accepted": a program rustc's borrow checker rejects, simulated anyway to show what
 * the rule prevents. Only such a run reaches this file. The consequences are made real in the
 * simulator's memory, so that the program itself runs into them wherever it touches the memory:
 *
 *   - a `Vec` buffer that grew while a reference pointed into it: the old buffer is freed, and the
 *     reference keeps pointing at it (drawn as a freed block, the arrow dangling);
 *   - a local whose scope ended while a reference pointed at it: the reference leads to a dead
 *     frame slot; a frame popped, or a heap block freed, is dead memory as a whole;
 *   - a value used after it was moved: a bitwise copy of the moved value, so dropping it again
 *     frees its memory a second time;
 *   - two threads that reach one place through captured references, with no `join` between them,
 *     one of them writing: a data race.
 *
 * Reading or writing freed memory, or freeing it again, is undefined behaviour: the run stops
 * there with `UndefinedBehaviour` (as Miri would) rather than make up a value.
 */
import type { Span } from './ir';
import type { Recorder } from './interp/interp';
import { Arr, CapRef, Closure, Enum, HeapBlock, Ref, Slice, Struct, Tuple, type Value } from './values';

export class UndefinedBehaviour extends Error {
  constructor(message: string, readonly span: Span) {
    super(message);
  }
}

/** Undefined behaviour here: the trace ends with it, at the step running now. */
export function stop(I: UbHost, message: string): UndefinedBehaviour {
  I.rec?.halt({ kind: 'ub', message });
  return new UndefinedBehaviour(message, I.lastSpan);
}

/** The freed block drawn for each freed array something still points into. */
const freedArrays = new WeakMap<Value[], HeapBlock>();

/** The kind of a block that stands for freed memory in the picture. */
export const FREED_KIND = 'freed';

/** Whether the freed block `b` (of `FREED_KIND`) is still pointed at: it leaves the picture when not. */
export function stillPointedAt(I: UbHost, b: HeapBlock): boolean {
  return holdersOf(I, b.data as Value[]).length > 0;
}

/** The freed block `arr` was part of, if it was freed while something pointed into it. */
export function freedBlockOf(arr: Value[]): HeapBlock | undefined {
  return freedArrays.get(arr);
}

/**
 * While the trace recorder looks at memory (to summarise it), freed slots read as what they last
 * held: only the program's own reads are undefined behaviour.
 */
export const inspection = { depth: 0 };

/** What the simulator needs from the interpreter here. */
export interface UbHost {
  lastSpan: Span;
  readonly frames: readonly { slots: Value[]; slotNames: readonly string[] }[];
  rec: Pick<Recorder, 'alloc' | 'event' | 'halt'> | null;
  newBlockId(): number;
}

/**
 * `b`, a `Vec` buffer, was just reallocated: its elements now live in a new array, and the old one
 * is freed memory. When a variable still points into it, the old buffer stays in the picture as a
 * freed block of `oldSize` bytes and each such variable's arrow dangles.
 */
export function retireBuffer(I: UbHost, b: HeapBlock, oldSize: number): void {
  const old = b.items;
  b.items = old.slice();
  const freed = new HeapBlock(I.newBlockId(), FREED_KIND, b.type, oldSize, b.line);
  freed.data = old;
  poison(I, old, `freed memory (block #${freed.id})`, freed);
  const holders = holdersOf(I, old);
  if (holders.length === 0 || !I.rec) return;
  I.rec.alloc(freed);
  for (const what of holders) I.rec.event({ kind: 'dangling', what, to: `the old buffer, freed (#${freed.id})`, block: freed.id });
}

/** What each freed array was, in words, for messages ("freed memory (block #2)", "the dead local `x`"). */
const deadArrays = new WeakMap<Value[], string>();

/** What `arr` was, when it is freed memory or a dead local something still points into. */
export function deadPlaceOf(arr: Value[]): string | undefined {
  return deadArrays.get(arr);
}

/**
 * Makes every slot of `arr` dead memory (`what` says what it was): the program's reads and writes
 * through it stop the run. The values stay readable for the trace (while `inspection.depth` is above 0).
 */
export function poison(I: UbHost, arr: Value[], what: string, block?: HeapBlock, slotWhat?: (i: number) => string): void {
  if (block) freedArrays.set(arr, block);
  deadArrays.set(arr, what);
  const held = arr.slice();
  for (let i = 0; i < held.length; i++) {
    Object.defineProperty(arr, i, {
      configurable: true,
      enumerable: true,
      get(): Value {
        if (inspection.depth > 0) return held[i];
        throw stop(I, `read of ${slotWhat?.(i) ?? what}`);
      },
      set(): void {
        throw stop(I, `write to ${slotWhat?.(i) ?? what}`);
      },
    });
  }
}

/** Frame `f` was popped: a reference into it (returned to one of its locals) leads to a dead frame. */
export function retireFrame(I: UbHost, f: { slots: Value[]; slotNames: readonly string[]; name: string }): void {
  const whose = `a local of \`${f.name}\`, whose frame was popped`;
  poison(I, f.slots, whose, undefined, (i) => (f.slotNames[i] ? `\`${f.slotNames[i]}\`, ${whose}` : whose));
}

/**
 * Slot `slot` of frame `f` is about to die (its scope ends, or its function returns) while a
 * variable still refers to it: each such reference is moved onto a dead copy of the slot, so that
 * the frame can reuse the slot and a read through the reference is still caught.
 */
export function retireLocal(I: UbHost, f: { slots: Value[]; slotNames: readonly string[] }, slot: number, endLine: number): void {
  const found: { holder: string; ref: Ref }[] = [];
  for (const g of I.frames) {
    g.slots.forEach((v, s) => {
      const name = g.slotNames[s];
      if (!name || v === undefined || (g === f && s === slot)) return;
      for (const r of refsIn(v, 0)) if (r.arr === f.slots && r.idx === slot) found.push({ holder: name, ref: r });
    });
  }
  if (found.length === 0) return;
  const dead: Value[] = new Array<Value>(slot + 1).fill(undefined);
  dead[slot] = f.slots[slot];
  const name = f.slotNames[slot] || 'a temporary';
  poison(I, dead, `the dead local \`${name}\` (its scope ended at line ${endLine})`);
  for (const { holder, ref } of found) {
    ref.arr = dead;
    I.rec?.event({ kind: 'dangling', what: holder, to: `the dead local \`${name}\`` });
  }
}

function refsIn(v: Value, depth: number, out: Ref[] = []): Ref[] {
  if (depth > 4 || typeof v !== 'object' || v === undefined) return out;
  if (v instanceof Ref) out.push(v);
  else if (v instanceof Struct || v instanceof Enum) v.f.forEach((x) => refsIn(x, depth + 1, out));
  else if (v instanceof Tuple || v instanceof Arr) v.items.forEach((x) => refsIn(x, depth + 1, out));
  return out;
}

/** The variables (with the field path) that hold a reference into `arr`, innermost frame last. */
export function holdersOf(I: UbHost, arr: Value[]): string[] {
  const out: string[] = [];
  for (const f of I.frames) {
    f.slots.forEach((v, s) => {
      const name = f.slotNames[s];
      if (name && v !== undefined && pointsInto(v, arr, 0)) out.push(name);
    });
  }
  return out;
}

function pointsInto(v: Value, arr: Value[], depth: number): boolean {
  if (depth > 4 || typeof v !== 'object' || v === undefined) return false;
  if (v instanceof Ref || v instanceof Slice || v instanceof CapRef) return v.arr === arr;
  if (v instanceof Struct || v instanceof Enum) return v.f.some((x) => pointsInto(x, arr, depth + 1));
  if (v instanceof Tuple || v instanceof Arr) return v.items.some((x) => pointsInto(x, arr, depth + 1));
  if (v instanceof Closure) return v.env.some((x) => pointsInto(x, arr, depth + 1));
  return false;
}

/** The bits a moved-out local still holds, per frame: moving copies them and leaves them behind. */
const staleCopies = new WeakMap<object, Map<number, Value>>();

/**
 * `v` was moved out of slot `slot` of frame `f`. The bits stay in the slot: a later use of the
 * local, or a reference to it that outlived the move, still finds them.
 */
export function keepStaleCopy(I: UbHost, f: { slots: Value[] }, slot: number, v: Value): void {
  let m = staleCopies.get(f);
  if (!m) staleCopies.set(f, (m = new Map()));
  m.set(slot, v);
  for (const g of I.frames) {
    for (const held of g.slots) {
      for (const r of refsIn(held, 0)) {
        if (r.arr !== f.slots || r.idx !== slot) continue;
        const stale: Value[] = new Array<Value>(slot + 1).fill(undefined);
        stale[slot] = v;
        r.arr = stale;
      }
    }
  }
}

/**
 * A use of a moved-out local: the bits are still in its slot, so the use gets a copy of the value
 * that was moved away, sharing its heap memory with the new owner (the double free to come).
 */
export function staleCopy(I: UbHost, f: object, slot: number, name: string): Value {
  const v = staleCopies.get(f)?.get(slot);
  if (v !== undefined) I.rec?.event({ kind: 'dangling', what: name, to: 'heap memory it gave away when it was moved (its bits still lead there)' });
  return v;
}

/** A place a thread's closure reaches through a captured reference, and whether it may write it. */
interface SharedPlace {
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

const unjoined = new WeakMap<object, RunningThread[]>();

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
    if (t.handle.joined) continue;
    for (const p of places) {
      const q = t.places.find((x) => x.arr === p.arr && x.idx === p.idx && (x.mut || p.mut));
      if (!q) continue;
      const how = p.mut && q.mut ? 'both write' : 'one writes while the other reads';
      throw stop(I, `data race: threads ${t.id} and ${id} ${how} \`${p.name}\` with nothing ordering their accesses`);
    }
  }
}

export function threadStarted(I: object, id: number, handle: { joined: boolean }, places: SharedPlace[]): void {
  if (places.length === 0) return;
  let list = unjoined.get(I);
  if (!list) unjoined.set(I, (list = []));
  list.push({ id, handle, places });
}
