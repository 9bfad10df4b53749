// The storage shared by the four map and set types. A hash map keeps its entries in a JS `Map`
// keyed by a canonical text of the key, which fixes its iteration order to insertion order (the
// real order depends on a random seed, so no program can rely on it); a B-tree map keeps a sorted
// array. Each entry is a two-slot array `[key, value]`, so references to keys and values are
// ordinary places. Sets are maps whose values are `()`.
import type { Interp } from '../interp/interp';
import { cmpValues } from '../interp/ops';
import { layoutOfTy, layoutOfValue } from '../layout';
import type { Ty } from '../types';
import {
  Arr, BoxV, CapRef, Char, Enum, Float, HeapBlock, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, UNIT, VecV,
  type Value,
} from '../values';
import { typeNameOf } from '../interp/typename';

export type Entry = Value[];

export type MapName = 'HashMap' | 'HashSet' | 'BTreeMap' | 'BTreeSet';

export interface MapData {
  I: Interp;
  name: MapName;
  set: boolean;
  /** The table (hash) or node storage (B-tree); id 0 until the first insert allocates it. */
  block: HeapBlock;
  hash: Map<string, Entry> | null;
  tree: Entry[] | null;
  keyTy: Ty | null;
  valTy: Ty | null;
  /** Hash tables: bucket count (a power of two, or 0 before the first allocation). */
  buckets: number;
}

export function newMapData(I: Interp, name: MapName, keyTy: Ty | null, valTy: Ty | null): MapData {
  const hashed = name === 'HashMap' || name === 'HashSet';
  const set = name === 'HashSet' || name === 'BTreeSet';
  const block = I.dangling(hashed ? 'hash-table' : 'btree-nodes', '');
  return { I, name, set, block, hash: hashed ? new Map() : null, tree: hashed ? null : [], keyTy, valTy: set ? null : valTy, buckets: 0 };
}

// ------------------------------------------------------------------------------ keys

export function derefKey(v: Value): Value {
  for (let i = 0; i < 12; i++) {
    if (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
    else if (v instanceof BoxV) v = v.block.items[0];
    else if (v instanceof Native && v.cls.deref) v = v.cls.deref(v.data).get();
    else break;
  }
  return v;
}

/**
 * A canonical text for a key: equal keys (by `Eq`, across `String`/`&str` and through references,
 * as `Borrow` allows) give equal texts. Keys that cannot be hashed this way are reported.
 */
export function hashKey(I: Interp, v: Value): string {
  v = derefKey(v);
  if (v instanceof Int) return typeof v.v === 'number' ? String(v.v) : v.v.toString();
  if (v instanceof Str) return JSON.stringify(v.s);
  if (v instanceof StringV) return JSON.stringify(v.block.text);
  if (v instanceof Char) return `'${v.cp}`;
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  if (v instanceof Tuple) return `(${v.items.map((x) => hashKey(I, x)).join(',')})`;
  if (v instanceof Arr) return `[${v.items.map((x) => hashKey(I, x)).join(',')}]`;
  if (v instanceof VecV) return `[${v.block.items.map((x) => hashKey(I, x)).join(',')}]`;
  if (v instanceof Slice) return `[${v.arr.slice(v.start, v.start + v.len).map((x) => hashKey(I, x)).join(',')}]`;
  if (v instanceof Struct) return `${v.def.name}{${v.f.map((x) => hashKey(I, x)).join(',')}}`;
  if (v instanceof Enum) return `${v.def.name}:${v.vi}{${v.f.map((x) => hashKey(I, x)).join(',')}}`;
  if (v instanceof Float) return I.unsupported('a float as a hash key (`f64` is not `Hash`)');
  return I.unsupported(`hashing a key of type \`${I.typeName(v)}\``);
}

export function cmpKeys(I: Interp, a: Value, b: Value): number {
  a = derefKey(a);
  b = derefKey(b);
  if (a instanceof StringV) a = new Str(a.block.text);
  if (b instanceof StringV) b = new Str(b.block.text);
  return cmpValues(I, a, b);
}

/** Index of `key` in a sorted entry array, or `-(insertion point) - 1`. */
function search(d: MapData, key: Value): number {
  const t = d.tree!;
  // Keys often arrive in increasing order: check the end first.
  if (t.length > 0) {
    const c = cmpKeys(d.I, t[t.length - 1]![0], key);
    if (c < 0) return -t.length - 1;
    if (c === 0) return t.length - 1;
  }
  let lo = 0;
  let hi = t.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cmpKeys(d.I, t[mid]![0], key);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}

// ------------------------------------------------------------------------------ operations

export function mapLen(d: MapData): number {
  return d.hash ? d.hash.size : d.tree!.length;
}

export function mapFind(d: MapData, key: Value): Entry | undefined {
  if (d.hash) return d.hash.get(hashKey(d.I, key));
  const i = search(d, key);
  return i >= 0 ? d.tree![i] : undefined;
}

/** All entries in iteration order (a snapshot: iterators hold it while the map is borrowed). */
export function mapEntries(d: MapData): Entry[] {
  return d.hash ? [...d.hash.values()] : d.tree!.slice();
}

/** Adds a key known to be absent. */
export function mapAdd(d: MapData, key: Value, value: Value): Entry {
  const e: Entry = [key, d.set ? UNIT : value];
  learnTypes(d, key, value);
  if (d.hash) {
    d.hash.set(hashKey(d.I, key), e);
    growHash(d);
  } else {
    const i = search(d, key);
    d.tree!.splice(i >= 0 ? i : -i - 1, 0, e);
    sizeTree(d);
  }
  d.I.touch(d.block);
  return e;
}

export function mapRemove(d: MapData, key: Value): Entry | undefined {
  let e: Entry | undefined;
  if (d.hash) {
    const k = hashKey(d.I, key);
    e = d.hash.get(k);
    if (e) d.hash.delete(k);
  } else {
    const i = search(d, key);
    if (i >= 0) e = d.tree!.splice(i, 1)[0];
  }
  if (e) d.I.touch(d.block);
  return e;
}

/** Removes every entry, returning them in iteration order; the allocation stays (as `clear` keeps capacity). */
export function mapTakeAll(d: MapData): Entry[] {
  const all = mapEntries(d);
  if (d.hash) d.hash.clear();
  else d.tree!.length = 0;
  d.I.touch(d.block);
  return all;
}

export function dropEntries(I: Interp, entries: Entry[], path: string, reason: 'owner' | 'explicit' = 'owner'): void {
  for (const e of entries) {
    I.drop(e[0], reason, `${path} key`);
    I.drop(e[1], reason, `${path} value`);
  }
}

// ------------------------------------------------------------------------------ memory

function learnTypes(d: MapData, key: Value, value: Value): void {
  if (d.block.type) return;
  const k = d.keyTy ? d.keyTy.text : typeNameOf(key);
  const v = d.set ? '' : d.valTy ? d.valTy.text : typeNameOf(value);
  d.block.type = d.set ? `[${k}]` : `[(${k}, ${v})]`;
}

function entrySize(d: MapData, e: Entry | undefined): number {
  const ks = (d.keyTy && layoutOfTy(d.keyTy, d.I.prog)) || (e && layoutOfValue(e[0], d.I.prog));
  const vs = d.set ? { size: 0, align: 1 } : (d.valTy && layoutOfTy(d.valTy, d.I.prog)) || (e && layoutOfValue(e[1], d.I.prog));
  if (!ks || !vs) return 16;
  const align = Math.max(ks.align, vs.align);
  return Math.ceil((ks.size + vs.size) / align) * align;
}

/** hashbrown's table for `cap` items: 4 or 8 buckets when small, else the power of two above cap × 8/7. */
export function bucketsFor(cap: number): number {
  if (cap === 0) return 0;
  if (cap < 8) return cap < 4 ? 4 : 8;
  let b = 1;
  const need = Math.ceil((cap * 8) / 7);
  while (b < need) b *= 2;
  return b;
}

export function hashCapacity(buckets: number): number {
  if (buckets === 0) return 0;
  return buckets < 8 ? buckets - 1 : (buckets / 8) * 7;
}

/**
 * Grows a hash table the way hashbrown does when it is full: a new table for at least one more
 * item (or the requested capacity), the entries moved over, the old table freed.
 */
export function growHash(d: MapData, want = 0): void {
  const n = Math.max(mapLen(d), want);
  if (n <= hashCapacity(d.buckets)) return;
  const buckets = bucketsFor(Math.max(n, hashCapacity(d.buckets) + 1));
  const I = d.I;
  const first = d.hash!.values().next().value as Entry | undefined;
  const es = entrySize(d, first);
  // Data buckets, then one control byte per bucket plus a 16-byte group (SSE2).
  const size = Math.ceil((buckets * es) / 16) * 16 + buckets + 16;
  const old = d.block;
  const b = I.alloc('hash-table', old.type || `[${d.name}]`, size);
  b.cap = hashCapacity(buckets);
  b.data = d;
  if (old.id !== 0) I.free(old);
  d.block = b;
  d.buckets = buckets;
}

/** B-tree storage: allocated with the first entry as one leaf node of 11 slots; larger trees are sized by node count. */
function sizeTree(d: MapData): void {
  const I = d.I;
  const n = d.tree!.length;
  const es = entrySize(d, d.tree![0]);
  const nodes = Math.max(1, Math.ceil(n / 11));
  const size = nodes * (8 + 11 * es + 4);
  if (d.block.id === 0 || d.block.freed) {
    if (n === 0) return;
    const b = I.alloc('btree-nodes', d.block.type, Math.ceil(size / 8) * 8);
    b.data = d;
    d.block = b;
    return;
  }
  I.setBlockSize(d.block, Math.ceil(size / 8) * 8);
}

export function freeStorage(d: MapData): void {
  if (d.block.id !== 0) d.I.free(d.block);
}

