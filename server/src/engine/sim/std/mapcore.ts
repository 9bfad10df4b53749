// The storage shared by the four map and set types. A hash map keeps its entries in a JS `Map`
// keyed by a canonical text of the key, which fixes its iteration order to insertion order (the
// real order depends on a random seed, so no program can rely on it); a B-tree map keeps a sorted
// array, and its nodes' shape (btree.ts) allocates and frees as std's nodes do. Each entry is a
// two-slot array `[key, value]`, so references to keys and values are ordinary places. Sets are
// maps whose values are `()`.
import type { Interp } from '../interp/interp';
import { cmpValues } from '../interp/ops';
import { layoutOfTy } from '../layout';
import type { Ty } from '../types';
import {
  Arr, BoxV, CapRef, Char, Enum, Float, HeapBlock, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, UNIT, VecV,
  type Value,
} from '../values';
import { BTreeShape, type NodeHeap } from './btree';

export type Entry = Value[];

export type MapName = 'HashMap' | 'HashSet' | 'BTreeMap' | 'BTreeSet';

export interface MapData {
  I: Interp;
  name: MapName;
  set: boolean;
  /** The table (hash) or the root node (B-tree); id 0 until the first insert allocates it. */
  block: HeapBlock;
  hash: Map<string, Entry> | null;
  tree: Entry[] | null;
  /** B-trees: the nodes, whose in-order key positions index `tree`. */
  shape: BTreeShape | null;
  /** B-trees: leaf and internal node sizes, from the key and value types. */
  nodeSizes: [number, number] | null;
  keyTy: Ty | null;
  valTy: Ty | null;
  /** Hash tables: bucket count (a power of two, or 0 before the first allocation). */
  buckets: number;
}

export function newMapData(I: Interp, name: MapName, keyTy: Ty | null, valTy: Ty | null): MapData {
  const hashed = name === 'HashMap' || name === 'HashSet';
  const set = name === 'HashSet' || name === 'BTreeSet';
  const block = I.dangling(hashed ? 'hash-table' : 'btree-nodes', '');
  const d: MapData = {
    I, name, set, block, hash: hashed ? new Map() : null, tree: hashed ? null : [], shape: null, nodeSizes: null,
    keyTy, valTy: set ? null : valTy, buckets: 0,
  };
  block.type = blockType(d);
  if (!hashed) d.shape = new BTreeShape(nodeHeap(d));
  return d;
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
  if ((v instanceof Struct || v instanceof Enum) && ownHashOrEq(v.def.traitImpls)) {
    // The canonical text is the derived `Hash`/`Eq`: a key type with its own would be found by the
    // wrong rule (two keys `==` by the user's `eq` are different texts).
    return I.unsupported(`a hash key of type \`${v.def.name}\` with its own \`Hash\` or \`PartialEq\` impl`);
  }
  if (v instanceof Struct) return `${v.def.name}{${v.f.map((x) => hashKey(I, x)).join(',')}}`;
  if (v instanceof Enum) return `${v.def.name}:${v.vi}{${v.f.map((x) => hashKey(I, x)).join(',')}}`;
  if (v instanceof Float) return I.unsupported('a float as a hash key (`f64` is not `Hash`)');
  return I.unsupported(`hashing a key of type \`${I.typeName(v)}\``);
}

function ownHashOrEq(impls: Map<string, unknown>): boolean {
  for (const name of impls.keys()) if (/^(Hash|PartialEq)\b/.test(name)) return true;
  return false;
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
  if (d.hash) {
    hashReserve(d, 1);
    d.hash.set(hashKey(d.I, key), e);
    d.I.touch(d.block);
  } else {
    const i = search(d, key);
    const at = i >= 0 ? i : -i - 1;
    d.tree!.splice(at, 0, e);
    learnNodeSizes(d);
    d.shape!.insertAt(at);
    shapeChanged(d);
  }
  return e;
}

export function mapRemove(d: MapData, key: Value): Entry | undefined {
  let e: Entry | undefined;
  if (d.hash) {
    const k = hashKey(d.I, key);
    e = d.hash.get(k);
    if (e) d.hash.delete(k);
    if (e) d.I.touch(d.block);
  } else {
    const i = search(d, key);
    if (i >= 0) {
      e = d.tree!.splice(i, 1)[0];
      d.shape!.removeAt(i);
      shapeChanged(d);
    }
  }
  return e;
}

/** Removes every entry of a hash map, returning them in iteration order; the table stays (as `clear` keeps capacity). */
export function mapTakeAll(d: MapData): Entry[] {
  const all = mapEntries(d);
  d.hash!.clear();
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

/** The table's or nodes' type as the trace draws it, from the map's key and value types (the checker's). */
function blockType(d: MapData): string {
  const k = d.keyTy ? d.keyTy.text : '_';
  return d.set ? `[${k}]` : `[(${k}, ${d.valTy ? d.valTy.text : '_'})]`;
}

/**
 * The key's and value's layouts (a set's value is `()`), from the map's types: a map whose key or
 * value type is not known here cannot be sized, and the run stops as `unsupported`.
 */
export function entryLayouts(d: MapData): [{ size: number; align: number }, { size: number; align: number }] {
  const ks = d.keyTy && layoutOfTy(d.keyTy, d.I.prog);
  const vs = d.set ? { size: 0, align: 1 } : d.valTy && layoutOfTy(d.valTy, d.I.prog);
  if (!ks || !vs) {
    const which = !ks ? (d.keyTy ? `\`${d.keyTy.text}\`` : 'a key type not known here') : d.valTy ? `\`${d.valTy.text}\`` : 'a value type not known here';
    return d.I.unsupported(`the entries of a \`${d.name}\` of ${which}`);
  }
  return [ks, vs];
}

export const roundUp = (n: number, align: number): number => Math.ceil(n / align) * align;

/** hashbrown's bucket: the `(K, V)` tuple, and its alignment. */
function bucketLayout(d: MapData): { size: number; align: number } {
  const kv = entryLayouts(d);
  const align = Math.max(kv[0].align, kv[1].align);
  return { size: roundUp(kv[0].size + kv[1].size, align), align };
}

/**
 * hashbrown's bucket count for `cap` items: below 15, 4, 8 or 16 — at least 16 for 1-byte
 * buckets and 8 for 2- and 3-byte ones, so the data is not smaller than the 16-byte control
 * alignment —, else the power of two at or above cap × 8/7.
 */
export function bucketsFor(cap: number, bucketSize: number): number {
  if (cap === 0) return 0;
  if (cap < 15) {
    const c = Math.max(cap, bucketSize <= 1 ? 14 : bucketSize <= 3 ? 7 : 3);
    return c < 4 ? 4 : c < 8 ? 8 : 16;
  }
  let b = 1;
  const need = Math.floor((cap * 8) / 7);
  while (b < need) b *= 2;
  return b;
}

export function hashCapacity(buckets: number): number {
  if (buckets === 0) return 0;
  return buckets < 8 ? buckets - 1 : (buckets / 8) * 7;
}

/**
 * hashbrown's `reserve`: when `additional` more items do not fit beside the present ones, a new
 * table for max(len + additional, capacity + 1) items, the entries moved over, the old one freed.
 * (Removals give their slot back: the tombstones a crowded large table keeps depend on the random
 * hash seed.)
 */
export function hashReserve(d: MapData, additional: number): void {
  const len = mapLen(d);
  const cap = hashCapacity(d.buckets);
  if (additional <= cap - len) return;
  hashResize(d, bucketsFor(Math.max(len + additional, cap + 1), bucketLayout(d).size));
}

/** A new table of `buckets` (data buckets, then one control byte each plus a 16-byte group), the old one freed. */
export function hashResize(d: MapData, buckets: number): void {
  const I = d.I;
  const bucket = bucketLayout(d);
  const size = roundUp(buckets * bucket.size, Math.max(bucket.align, 16)) + buckets + 16;
  const old = d.block;
  const b = I.alloc('hash-table', old.type, size);
  b.cap = hashCapacity(buckets);
  b.data = d;
  if (old.id !== 0) I.free(old);
  d.block = b;
  d.buckets = buckets;
}

/**
 * std's B-tree leaf node: parent pointer, parent index and length (u16 each), then 11 keys and 11
 * values, fields reordered by alignment so only the end pads. An internal node adds 12 edges.
 */
export function learnNodeSizes(d: MapData): void {
  if (d.nodeSizes) return;
  const [k, v] = entryLayouts(d);
  const align = Math.max(8, k.align, v.align);
  const leaf = roundUp(8 + 2 + 2 + 11 * k.size + 11 * v.size, align);
  d.nodeSizes = [leaf, roundUp(leaf + 12 * 8, align)];
}

function nodeHeap(d: MapData): NodeHeap {
  return {
    alloc: (internal) => {
      const b = d.I.alloc('btree-nodes', d.block.type, d.nodeSizes![internal ? 1 : 0]);
      b.data = d;
      return b;
    },
    free: (block) => d.I.free(block),
  };
}

/** The map's block follows the root; redrawn nodes are touched. */
export function shapeChanged(d: MapData): void {
  const shape = d.shape!;
  const root = shape.root;
  if (root && root.block !== d.block) d.block = root.block;
  else if (!root && d.block.id !== 0) {
    const type = d.block.type;
    d.block = d.I.dangling('btree-nodes', type);
  }
  for (const n of shape.touched) if (!n.block.freed) d.I.touch(n.block);
  shape.touched.clear();
}

/** A hash map's table. */
export function freeStorage(d: MapData): void {
  if (d.block.id !== 0) d.I.free(d.block);
}

