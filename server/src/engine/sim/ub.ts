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
 *     one of them writing: a data race (dataRace.ts).
 *
 * Reading or writing freed memory, or freeing it again, is undefined behaviour: the run stops
 * there with `UndefinedBehaviour` (as Miri would) rather than make up a value.
 */
import type { Span } from './ir';
import type { Recorder } from './interp/interp';
import { Arr, BoxV, CapRef, Closure, Enum, type Frame, HeapBlock, Ref, Slice, Str, StringV, Struct, Tuple, VecV, type Value } from './values';

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

/** The freed block drawn for each freed heap block something still leads to (a `&str` into it, a `&String` owning it). */
const freedBlocks = new WeakMap<HeapBlock, HeapBlock>();

/** Whether any run of this process drew freed memory: until then the trace need not look for it. */
let drawnAny = false;

/** What a drawn freed block stands for: the freed elements, and the freed block itself when it was freed whole. */
interface FreedMemory {
  arr: Value[];
  block?: HeapBlock;
}

/** The kind of a block that stands for freed memory in the picture. */
export const FREED_KIND = 'freed';

/** Whether the freed block `b` (of `FREED_KIND`) is still pointed at: it leaves the picture when not. */
export function stillPointedAt(I: UbHost, b: HeapBlock): boolean {
  return holdersOf(I, b.data as FreedMemory).length > 0;
}

/** The freed block `arr` was part of, if it was freed while something pointed into it. */
export function freedBlockOf(arr: Value[]): HeapBlock | undefined {
  return freedArrays.get(arr);
}

/**
 * The freed block drawn where the pointer `v` leads: into a freed array, a `&str` into a freed
 * `String` buffer, or a reference to a value whose buffer was freed (a moved-out `String` whose bits
 * still lead there). Read while the trace looks (`inspection`), so poisoned slots answer.
 */
export function freedTargetOf(v: Ref | Slice | Str | CapRef): HeapBlock | undefined {
  if (!drawnAny) return undefined;
  if (v instanceof Str) return v.buf?.freed ? freedBlocks.get(v.buf) : undefined;
  const direct = freedArrays.get(v.arr);
  if (direct || v instanceof Slice) return direct;
  const held = inspected(() => v.arr[v.idx]);
  return held instanceof StringV || held instanceof VecV || held instanceof BoxV ? (held.block.freed ? freedBlocks.get(held.block) : undefined) : undefined;
}

/**
 * While the trace recorder looks at memory (to summarise it), freed slots read as what they last
 * held: only the program's own reads are undefined behaviour.
 */
export const inspection = { depth: 0 };

/** Runs `look` as the simulator's own look at memory, not the program's access. */
export function inspected<T>(look: () => T): T {
  inspection.depth++;
  try {
    return look();
  } finally {
    inspection.depth--;
  }
}

/** What the simulator needs from the interpreter here. */
export interface UbHost {
  lastSpan: Span;
  readonly frames: readonly { slots: Value[]; slotNames: readonly string[] }[];
  rec: Pick<Recorder, 'alloc' | 'dirty' | 'event' | 'halt'> | null;
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
  const memory: FreedMemory = { arr: old };
  freed.data = memory;
  poison(I, old, `freed memory (block #${freed.id})`, freed);
  const holders = holdersOf(I, memory);
  if (holders.length === 0 || !I.rec) return;
  drawnAny = true;
  I.rec.alloc(freed);
  for (const what of holders) I.rec.event({ kind: 'dangling', what, to: `the old buffer, freed (#${freed.id})`, block: freed.id });
}

/**
 * `b`, a `String` buffer, was just reallocated while `&str`s borrowed from it: the text they see is
 * in the old buffer, now freed memory. Each such `&str` moves onto a freed copy of it (`oldSize`
 * bytes), drawn as a freed block while they live.
 */
export function retireText(I: UbHost, b: HeapBlock, oldSize: number): void {
  const held: { holder: string; str: Str }[] = [];
  inspected(() => {
    for (const f of I.frames) {
      f.slots.forEach((v, s) => {
        const name = f.slotNames[s];
        if (!name || v === undefined) return;
        for (const str of strsIn(v, 0)) {
          if (str.buf !== b) continue;
          held.push({ holder: name, str });
          I.rec?.dirty(f as unknown as Frame);
        }
      });
    }
  });
  if (held.length === 0) return;
  const old = new HeapBlock(I.newBlockId(), b.kind, b.type, oldSize, b.line);
  old.setText(b.text);
  old.freed = true;
  for (const { str } of held) str.buf = old;
  const what = `freed memory (block #${old.id})`;
  poisonText(I, old, what);
  if (!I.rec) return;
  const freed = new HeapBlock(old.id, FREED_KIND, b.type, oldSize, b.line);
  freed.data = { arr: old.items, block: old } satisfies FreedMemory;
  freedBlocks.set(old, freed);
  drawnAny = true;
  I.rec.alloc(freed);
  for (const holder of new Set(held.map((h) => h.holder))) I.rec.event({ kind: 'dangling', what: holder, to: `the old buffer, freed (#${old.id})`, block: old.id });
}

function strsIn(v: Value, depth: number, out: Str[] = []): Str[] {
  if (depth > 4 || typeof v !== 'object' || v === undefined) return out;
  if (v instanceof Str) out.push(v);
  else if (v instanceof Struct || v instanceof Enum) v.f.forEach((x) => strsIn(x, depth + 1, out));
  else if (v instanceof Tuple || v instanceof Arr) v.items.forEach((x) => strsIn(x, depth + 1, out));
  else if (v instanceof Closure) v.env.forEach((x) => strsIn(x, depth + 1, out));
  return out;
}

/**
 * `b` was just freed (its owner dropped): its elements and its text are dead memory. While a
 * variable still leads to it (a reference into it, a `&str` borrowed from it, a reference to the
 * moved-out owner whose bits still point here), it stays in the picture, freed, under its own id,
 * and each such variable's arrow dangles.
 */
export function retireBlock(I: UbHost, b: HeapBlock): void {
  const what = `freed memory (block #${b.id})`;
  poison(I, b.items, what);
  if (b.kind === 'string') poisonText(I, b, what);
  const memory: FreedMemory = { arr: b.items, block: b };
  const holders = holdersOf(I, memory, I.rec);
  if (holders.length === 0 || !I.rec) return;
  const freed = new HeapBlock(b.id, FREED_KIND, b.type, b.size, b.line);
  freed.data = memory;
  freedArrays.set(b.items, freed);
  freedBlocks.set(b, freed);
  drawnAny = true;
  I.rec.alloc(freed);
  for (const holder of holders) I.rec.event({ kind: 'dangling', what: holder, to: `freed memory (#${b.id})`, block: b.id });
}

/** A `String` buffer's text, freed: the program's reads and writes of it stop the run. */
function poisonText(I: UbHost, b: HeapBlock, what: string): void {
  const held = b.text;
  Object.defineProperty(b, 'text', {
    configurable: true,
    enumerable: true,
    get(): string {
      if (inspection.depth > 0) return held;
      throw stop(I, `read of ${what}`);
    },
    set(): void {
      throw stop(I, `write to ${what}`);
    },
  });
}

/** `b`, freed before, is allocated again (a `String` emptied to no capacity, then grown): its text is live memory once more. */
export function reviveBlock(b: HeapBlock): void {
  if (Object.getOwnPropertyDescriptor(b, 'text')?.get) Object.defineProperty(b, 'text', { configurable: true, enumerable: true, writable: true, value: '' });
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
  const held = inspected(() => arr.slice());
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
  inspected(() => {
    for (const g of I.frames) {
      g.slots.forEach((v, s) => {
        const name = g.slotNames[s];
        if (!name || v === undefined || (g === f && s === slot)) return;
        for (const r of refsIn(v, 0)) if (r.arr === f.slots && r.idx === slot) found.push({ holder: name, ref: r });
      });
    }
  });
  if (found.length === 0) return;
  const dead: Value[] = new Array<Value>(slot + 1).fill(undefined);
  dead[slot] = inspected(() => f.slots[slot]);
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

/**
 * The variables that lead into the freed `memory`, innermost frame last. With `rec`, their frames
 * are drawn again: their arrows now dangle.
 */
function holdersOf(I: UbHost, memory: FreedMemory, rec?: UbHost['rec']): string[] {
  const out: string[] = [];
  inspected(() => {
    for (const f of I.frames) {
      f.slots.forEach((v, s) => {
        const name = f.slotNames[s];
        if (!name || v === undefined || !pointsInto(v, memory, 0)) return;
        out.push(name);
        rec?.dirty(f as unknown as Frame);
      });
    }
  });
  return out;
}

function pointsInto(v: Value, memory: FreedMemory, depth: number): boolean {
  if (depth > 4 || typeof v !== 'object' || v === undefined) return false;
  if (v instanceof Str) return memory.block !== undefined && v.buf === memory.block;
  if (v instanceof Slice) return v.arr === memory.arr;
  if (v instanceof Ref || v instanceof CapRef) {
    if (v.arr === memory.arr) return true;
    // A reference to the owner whose buffer this was (a `&String` to a moved-out local) leads here too.
    const held = memory.block && v.arr[v.idx];
    return (held instanceof StringV || held instanceof VecV || held instanceof BoxV) && held.block === memory.block;
  }
  if (v instanceof Struct || v instanceof Enum) return v.f.some((x) => pointsInto(x, memory, depth + 1));
  if (v instanceof Tuple || v instanceof Arr) return v.items.some((x) => pointsInto(x, memory, depth + 1));
  if (v instanceof Closure) return v.env.some((x) => pointsInto(x, memory, depth + 1));
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
  inspected(() => {
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
  });
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
