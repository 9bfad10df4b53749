// `HashMap`, `HashSet`, `BTreeMap` and `BTreeSet` (storage in mapcore.ts). Hash maps and sets
// iterate in insertion order — a documented fixed order standing in for std's random one; B-tree
// maps and sets iterate in key order, as std does. Insert keeps the existing key and drops the new
// one, as std does; removed and replaced values go back to the caller.
import type { Interp } from '../interp/interp';
import { eqValues } from '../interp/ops';
import { argOf, type Ty } from '../types';
import { pairTy } from '../layout';
import { CapRef, END, HeapBlock, Int, Native, Ref, Tuple, UNIT, USIZE, VecV, type NativeClass, type Value } from '../values';
import { NONE, some } from './builtins';
import { debugList, debugMap } from './fmt';
import { collectItems, defineCollector, dropIter, intoIter, iterNext, listIter, makeIter, RANGE, sizeHint, type RangeData } from './iter';
import { collectVec } from './iterConsumers';
import { definePath, defineMethods, method, type Site, type StdMethod } from './registry';
import {
  cmpKeys, dropEntries, freeStorage, hashReserve, hashResize, mapAdd, mapEntries, mapFind, mapLen, mapRemove, mapTakeAll, newMapData,
  type Entry, type MapData, type MapName,
} from './mapcore';
import { dropTree, treeAppend, treeBulkFinish, treeBulkPush, treeBulkStart, treeClone, treeTakeAll } from './btreeMap';
import { keyPositions, nodeOf } from './btree';
import { defineNativeDefault } from './cell';
import { defaultOf } from './default';
import { describeBlocks } from '../trace/recorder';
import { summarize } from '../trace/summary';
import { heapPointers } from './pointers';
import type { HeapBlockState, Pointer } from '../../../../../protocol/trace';
import { nameTable } from '../../nameTable';

function mapClass(name: MapName): NativeClass {
  const set = name.endsWith('Set');
  return {
    name,
    // hashbrown's table (4 words) and RandomState (2 words); a B-tree's root, height and length.
    typeName: (d: MapData) => {
      const t = d.block.type;
      const inner = t.startsWith('[(') ? t.slice(2, -2) : t.startsWith('[') ? t.slice(1, -1) : set ? '_' : '_, _';
      return `${name}<${inner}>`;
    },
    needsDrop: () => true,
    drop: (d: MapData, path: string) => {
      if (d.tree) return dropTree(d.I, treeTakeAll(d), path, 'owner');
      dropEntries(d.I, mapTakeAll(d), path);
      freeStorage(d);
    },
    clone: (d: MapData): MapData => {
      const c = newMapData(d.I, d.name, d.keyTy, d.valTy);
      c.block.type = d.block.type;
      if (d.tree) {
        treeClone(d, c);
        return c;
      }
      // A hash table clones at its bucket count.
      if (d.buckets > 0) hashResize(c, d.buckets);
      for (const e of mapEntries(d)) mapAdd(c, d.I.clone(e[0]), set ? UNIT : d.I.clone(e[1]));
      return c;
    },
    debug: (d: MapData, item, pretty) =>
      set
        ? debugList(mapEntries(d).map((e) => item(e[0])), pretty, '{', '}')
        : debugMap(mapEntries(d).map((e) => [item(e[0]), item(e[1])] as [string, string]), pretty),
    summary: (d: MapData) => `${name} (${mapLen(d)} entr${mapLen(d) === 1 ? 'y' : 'ies'})`,
    pointers: (d: MapData) => (d.block.id !== 0 && !d.block.freed ? [{ block: d.block, kind: 'owner' as const, via: '' }] : []),
    eq: (a: MapData, b: MapData) => {
      if (mapLen(a) !== mapLen(b)) return false;
      for (const e of mapEntries(a)) {
        const o = mapFind(b, e[0]);
        if (!o || (!set && !eqValues(a.I, e[1], o[1]))) return false;
      }
      return true;
    },
    cmp: (a: MapData, b: MapData) => {
      const x = mapEntries(a);
      const y = mapEntries(b);
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = cmpKeys(a.I, x[i]![0], y[i]![0]);
        if (c !== 0) return c;
      }
      return x.length - y.length;
    },
    index: (d: MapData, key: Value) => {
      const e = mapFind(d, key);
      if (!e) return d.I.panic('no entry found for key');
      return new Ref(e, 1, false, d.block);
    },
    intoIter: (d: MapData, mode: 'value' | 'ref' | 'mut') => (mode === 'value' ? intoIterOf(d, 'IntoIter', 'both') : iterOf(d, mode === 'mut', 'both')),
  } as NativeClass;
}

export const HASH_MAP = mapClass('HashMap');
export const HASH_SET = mapClass('HashSet');
export const BTREE_MAP = mapClass('BTreeMap');
export const BTREE_SET = mapClass('BTreeSet');
const CLASSES: Record<MapName, NativeClass> = { HashMap: HASH_MAP, HashSet: HASH_SET, BTreeMap: BTREE_MAP, BTreeSet: BTREE_SET };

/** How many entries of a table the trace describes (their values and the pointers they hold). */
const SHOWN_ENTRIES = 64;

function firstEntries(d: MapData, n: number): Entry[] {
  const out: Entry[] = [];
  for (const e of d.hash!.values()) {
    if (out.length >= n) break;
    out.push(e);
  }
  return out;
}

/** A hash table shows its first entries; a B-tree node its own keys, and its child nodes as edges. */
function describeTable(b: HeapBlock): Partial<HeapBlockState> {
  const d = b.data as MapData | undefined;
  if (!d || b.freed) return {};
  const node = d.tree ? nodeOf(b) : undefined;
  // A node a consuming iterator still holds no longer belongs to the map's entries.
  if (d.tree && (!node || !d.shape!.holds(node))) return {};
  // A table is redrawn at every step that touches it: look at its first entries only.
  const len = node ? node.len : mapLen(d);
  const entries = node ? keyPositions(node).map((i) => d.tree![i]!) : firstEntries(d, SHOWN_ENTRIES);
  const shown = entries.slice(0, 8).map((e) => (d.set ? summarize(e[0], 1) : `${summarize(e[0], 1)}: ${summarize(e[1], 1)}`));
  const value = `{${shown.join(', ')}${len > 8 ? `, … ${len - 8} more` : ''}}`;
  const points: Pointer[] = [];
  entries.forEach((e, i) => {
    for (const p of heapPointers(e[0], `[key ${i}]`)) if (p.block.id > 0 && !p.block.freed) points.push({ target: { kind: 'block', id: p.block.id }, kind: p.kind, via: p.via });
    for (const p of heapPointers(e[1], `[${i}]`)) if (p.block.id > 0 && !p.block.freed) points.push({ target: { kind: 'block', id: p.block.id }, kind: p.kind, via: p.via });
  });
  node?.edges?.forEach((c, i) => points.push({ target: { kind: 'block', id: c.block.id }, kind: 'owner', via: `edges[${i}]` }));
  return { value, len, ...(d.hash ? { capacity: b.cap } : {}), points };
}

for (const kind of ['hash-table', 'btree-nodes']) describeBlocks(kind, describeTable);

for (const cls of Object.values(CLASSES)) {
  defineNativeDefault(cls, (I, d: MapData) => new Native(cls, newMapData(I, d.name, d.keyTy, d.valTy)));
}

export function newMap(I: Interp, name: MapName, ty: Ty | null): Native {
  const keyTy = argOf(ty ?? undefined, 0) ?? null;
  const valTy = argOf(ty ?? undefined, 1) ?? null;
  return new Native(CLASSES[name], newMapData(I, name, keyTy && keyTy.k !== 'infer' ? keyTy : null, valTy && valTy.k !== 'infer' ? valTy : null));
}

function dataOf(I: Interp, v: Value, what: string): MapData {
  for (let i = 0; i < 12; i++) {
    if (v instanceof Native && (v.data as MapData)?.hash !== undefined && CLASSES[(v.data as MapData).name] === v.cls) return v.data as MapData;
    if (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
    else break;
  }
  return I.unsupported(`\`${what}\` on \`${I.typeName(v)}\``);
}

function usize(n: number): Int {
  return new Int(USIZE, n);
}

// ------------------------------------------------------------------------------ iterators

type Yield = 'both' | 'keys' | 'values';

function refsOf(d: MapData, e: Entry, mut: boolean, what: Yield): Value {
  if (d.set || what === 'keys') return new Ref(e, 0, false, d.block);
  if (what === 'values') return new Ref(e, 1, mut, d.block);
  return new Tuple([new Ref(e, 0, false, d.block), new Ref(e, 1, mut, d.block)]);
}


function iterOf(d: MapData, mut: boolean, what: Yield): Native {
  const name = what === 'keys' ? 'Keys' : what === 'values' ? (mut ? 'ValuesMut' : 'Values') : mut ? 'IterMut' : 'Iter';
  // B-tree iterators are `TrustedLen`; hashbrown's only know their exact length.
  return listIter(d.I, name, mapEntries(d).map((e) => refsOf(d, e, mut, what)), !!d.tree);
}

/** Moves every entry out; entries not consumed drop with the iterator, which frees the storage. */
function intoIterOf(d: MapData, name: string, what: Yield, keepStorage = false): Native {
  const I = d.I;
  // A B-tree's nodes go as the iterator moves past them (std's dying iterator).
  const tree = d.tree ? treeTakeAll(d) : null;
  const list = tree ? tree.entries : mapTakeAll(d);
  let i = 0;
  let end = list.length;
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    if (tree) tree.nodes.end();
    else if (!keepStorage) freeStorage(d);
  };
  const out = (e: Entry): Value => {
    if (d.set || what === 'keys') {
      I.drop(e[1], 'owner', 'value');
      return e[0];
    }
    if (what === 'values') {
      I.drop(e[0], 'owner', 'key');
      return e[1];
    }
    return new Tuple([e[0], e[1]]);
  };
  return makeIter(I, name, {
    next: () => {
      if (i >= end) {
        if (tree) finish();
        return END;
      }
      tree?.nodes.front(i);
      return out(list[i++]!);
    },
    back: () => {
      if (i >= end) {
        if (tree) finish();
        return END;
      }
      tree?.nodes.back(end - 1);
      return out(list[--end]!);
    },
    hint: () => [end - i, end - i],
    trusted: !!d.tree,
    drop: () => {
      if (tree) {
        for (; i < end; i++) {
          tree.nodes.front(i);
          dropEntries(I, [list[i]!], 'remaining entry');
        }
      } else {
        dropEntries(I, list.slice(i, end), 'remaining entry');
        i = end;
      }
      finish();
    },
  });
}

// ------------------------------------------------------------------------------ construction

/** `t` when it is a `name` (the map a call makes), else null. */
function mapTy(t: Ty | null | undefined, name: MapName): Ty | null {
  return t && t.k === 'path' && t.name === name ? t : null;
}

function defineConstructors(name: MapName): void {
  const set = name.endsWith('Set');
  const ctor = (I: Interp, site: Site): Native => newMap(I, name, mapTy(site.ty, name) ?? mapTy(site.expect, name));
  definePath(`${name}::new`, (I, _a, site) => ctor(I, site));
  definePath(`${name}::default`, (I, _a, site) => ctor(I, site));
  if (name.startsWith('Hash')) {
    definePath(`${name}::with_capacity`, (I, args, site) => {
      const m = ctor(I, site);
      const n = Number((args[0] as Int).v);
      if (n > 0) hashReserve(m.data as MapData, n);
      return m;
    });
  }
  const pairOf = (x: Value): [Value, Value] => (set ? [x, UNIT] : [(x as Tuple).items[0]!, (x as Tuple).items[1]!]);
  // hashbrown's `FromIterator` reserves the iterator's lower size bound, then inserts one by one.
  const hashFrom = (I: Interp, it: Value, m: Native): Native => {
    hashReserve(m.data as MapData, sizeHint(it)[0]);
    eachItem(I, it, (x) => insertPair(I, m.data as MapData, ...pairOf(x), true));
    return m;
  };
  // A B-tree collects into a `Vec`, sorts it (stably) and builds the tree from it; an array is sorted in place.
  const treeFrom = (I: Interp, it: Value | null, array: Value[] | null, m: Native): Native => {
    const d = m.data as MapData;
    // The Vec's element type, when the map's is written, sizes a `TrustedLen` buffer before its first element exists.
    const elemTy: Ty | undefined = set ? d.keyTy ?? undefined
      : d.keyTy && d.valTy ? pairTy(I.prog, d.keyTy, d.valTy) : undefined;
    const vec = it ? (collectVec(I, it, elemTy) as VecV) : null;
    const items = vec ? vec.block.items : array!;
    if (items.length > 0) {
      const sorted = stableSort(items, (a, b) => cmpKeys(I, pairOf(a)[0], pairOf(b)[0]));
      bulkBuild(I, m.data as MapData, sorted.map(pairOf));
    }
    if (vec && vec.block.id !== 0) {
      vec.block.items = [];
      I.free(vec.block);
    }
    return m;
  };
  const fromIter = (I: Interp, it: Value, m: Native): Native => (name.startsWith('Hash') ? hashFrom(I, it, m) : treeFrom(I, it, null, m));
  definePath(`${name}::from`, (I, args, site) => {
    const m = ctor(I, site);
    const items = collectItems(I, args[0]!);
    if (!name.startsWith('Hash')) return treeFrom(I, null, items, m);
    // `From<[_; N]>` goes through `FromIterator`: room for N, then N inserts.
    if (items.length > 0) {
      hashReserve(m.data as MapData, items.length);
    }
    for (const x of items) insertPair(I, m.data as MapData, ...pairOf(x), true);
    return m;
  });
  definePath(`${name}::from_iter`, (I, args, site) => fromIter(I, intoIter(I, args[0]!), ctor(I, site)));
  defineCollector(name, (I, it, target) => fromIter(I, it, newMap(I, name, target)));
}

/** Each item of an iterator as it comes, then the iterator dropped. */
function eachItem(I: Interp, it: Value, f: (x: Value) => void): void {
  try {
    for (;;) {
      const x = iterNext(I, it);
      if (x === END) return;
      f(x);
    }
  } finally {
    dropIter(I, it);
  }
}

function stableSort<T>(xs: T[], cmp: (a: T, b: T) => number): T[] {
  return xs.map((x, i) => [x, i] as const).sort((a, b) => cmp(a[0], b[0]) || a[1] - b[1]).map((p) => p[0]);
}

/**
 * std's bulk build from sorted pairs: the root leaf first, then the pairs in order; of equal keys
 * the last pair stays and the earlier ones drop as they are passed.
 */
function bulkBuild(I: Interp, d: MapData, pairs: [Value, Value][]): void {
  treeBulkStart(d, pairs[0]!);
  for (let i = 0; i < pairs.length; i++) {
    const [k, v] = pairs[i]!;
    const next = pairs[i + 1];
    if (next && cmpKeys(I, k, next[0]) === 0) {
      I.drop(k, 'temporary', 'key', 'a later equal key replaces it');
      I.drop(v, 'temporary', 'value', 'a later equal key replaces it');
      continue;
    }
    treeBulkPush(d, k, v);
  }
  treeBulkFinish(d);
}

for (const n of ['HashMap', 'HashSet', 'BTreeMap', 'BTreeSet'] as const) defineConstructors(n);

/** Inserts or replaces; returns the old value (maps) or whether the key was new (sets). */
function insertPair(I: Interp, d: MapData, key: Value, value: Value, dropOld: boolean): Value {
  // hashbrown's `insert` makes room for one more item before it looks the key up.
  if (d.hash) hashReserve(d, 1);
  const e = mapFind(d, key);
  if (!e) {
    mapAdd(d, key, value);
    return d.set ? true : NONE;
  }
  // The existing key stays; the new one is dropped (std's `insert` does not update keys).
  I.drop(key, 'explicit', 'key', 'the map already holds an equal key');
  if (d.set) return false;
  const old = e[1];
  e[1] = value;
  I.touch(d.block);
  if (dropOld) {
    I.drop(old, 'assign', 'old value', 'replaced in the map');
    return NONE;
  }
  return some(old);
}

// ------------------------------------------------------------------------------ methods shared by maps and sets

function common(what: string): Record<string, StdMethod> {
  return {
    len: method('ref', (I, self) => usize(mapLen(dataOf(I, self, 'len')))),
    is_empty: method('ref', (I, self) => mapLen(dataOf(I, self, 'is_empty')) === 0),
    clear: method('mut', (I, self) => {
      const d = dataOf(I, self, 'clear');
      // A B-tree frees its nodes too; a hash table keeps its capacity.
      if (d.tree) dropTree(I, treeTakeAll(d), what, 'explicit');
      else dropEntries(I, mapTakeAll(d), what, 'explicit');
      return UNIT;
    }),
    iter: method('ref', (I, self) => iterOf(dataOf(I, self, 'iter'), false, 'both')),
    into_iter: method('value', (I, self) => intoIterOf(dataOf(I, self, 'into_iter'), 'IntoIter', 'both')),
    drain: method('mut', (I, self) => intoIterOf(dataOf(I, self, 'drain'), 'Drain', 'both', true)),
    extend: method('mut', (I, self, args) => {
      const d = dataOf(I, self, 'extend');
      const it = intoIter(I, args[0]!);
      // hashbrown reserves the lower size bound into an empty table, half of it (rounded up) otherwise.
      if (d.hash) hashReserve(d, mapLen(d) === 0 ? sizeHint(it)[0] : Math.ceil(sizeHint(it)[0] / 2));
      eachItem(I, it, (x) => {
        const [k, v] = d.set ? [x, UNIT] : [(x as Tuple).items[0]!, (x as Tuple).items[1]!];
        insertPair(I, d, k, v, true);
      });
      return UNIT;
    }),
    capacity: method('ref', (I) => I.unsupported(`\`${what}::capacity\` (its growth depends on the hasher's table layout)`)),
  };
}

function retainWith(I: Interp, d: MapData, f: Value): void {
  for (const e of mapEntries(d)) {
    const keep = d.set ? I.callValue(f, [new Ref(e, 0, false, d.block)]) : I.callValue(f, [new Ref(e, 0, false, d.block), new Ref(e, 1, true, d.block)]);
    if (keep !== true) {
      mapRemove(d, e[0]);
      dropEntries(I, [e], 'removed entry', 'explicit');
    }
  }
}

const mapMethods: Record<string, StdMethod> = nameTable({
  insert: method('mut', (I, self, args) => insertPair(I, dataOf(I, self, 'insert'), args[0], args[1], false)),
  get: method('ref', (I, self, args) => {
    const d = dataOf(I, self, 'get');
    const e = mapFind(d, args[0]);
    return e ? some(new Ref(e, 1, false, d.block)) : NONE;
  }),
  get_mut: method('mut', (I, self, args) => {
    const d = dataOf(I, self, 'get_mut');
    const e = mapFind(d, args[0]);
    return e ? some(new Ref(e, 1, true, d.block)) : NONE;
  }),
  get_key_value: method('ref', (I, self, args) => {
    const d = dataOf(I, self, 'get_key_value');
    const e = mapFind(d, args[0]);
    return e ? some(new Tuple([new Ref(e, 0, false, d.block), new Ref(e, 1, false, d.block)])) : NONE;
  }),
  contains_key: method('ref', (I, self, args) => mapFind(dataOf(I, self, 'contains_key'), args[0]) !== undefined),
  remove: method('mut', (I, self, args) => {
    const e = mapRemove(dataOf(I, self, 'remove'), args[0]);
    if (!e) return NONE;
    I.drop(e[0], 'explicit', 'removed key');
    return some(e[1]);
  }),
  remove_entry: method('mut', (I, self, args) => {
    const e = mapRemove(dataOf(I, self, 'remove_entry'), args[0]);
    return e ? some(new Tuple([e[0], e[1]])) : NONE;
  }),
  keys: method('ref', (I, self) => iterOf(dataOf(I, self, 'keys'), false, 'keys')),
  values: method('ref', (I, self) => iterOf(dataOf(I, self, 'values'), false, 'values')),
  values_mut: method('mut', (I, self) => iterOf(dataOf(I, self, 'values_mut'), true, 'values')),
  iter_mut: method('mut', (I, self) => iterOf(dataOf(I, self, 'iter_mut'), true, 'both')),
  into_keys: method('value', (I, self) => intoIterOf(dataOf(I, self, 'into_keys'), 'IntoKeys', 'keys')),
  into_values: method('value', (I, self) => intoIterOf(dataOf(I, self, 'into_values'), 'IntoValues', 'values')),
  retain: method('mut', (I, self, args) => {
    retainWith(I, dataOf(I, self, 'retain'), args[0]);
    return UNIT;
  }),
  entry: method('mut', (I, self, args) => {
    const d = dataOf(I, self, 'entry');
    // hashbrown makes room for the key when it is absent, before the entry is handed out.
    if (d.hash && !mapFind(d, args[0]!)) hashReserve(d, 1);
    return new Native(ENTRY, { d, key: args[0], e: mapFind(d, args[0]) ?? null } satisfies EntryData);
  }),
});

const setMethods: Record<string, StdMethod> = nameTable({
  insert: method('mut', (I, self, args) => insertPair(I, dataOf(I, self, 'insert'), args[0], UNIT, false)),
  contains: method('ref', (I, self, args) => mapFind(dataOf(I, self, 'contains'), args[0]) !== undefined),
  get: method('ref', (I, self, args) => {
    const d = dataOf(I, self, 'get');
    const e = mapFind(d, args[0]);
    return e ? some(new Ref(e, 0, false, d.block)) : NONE;
  }),
  remove: method('mut', (I, self, args) => {
    const e = mapRemove(dataOf(I, self, 'remove'), args[0]);
    if (e) I.drop(e[0], 'explicit', 'removed element');
    return e !== undefined;
  }),
  take: method('mut', (I, self, args) => {
    const e = mapRemove(dataOf(I, self, 'take'), args[0]);
    return e ? some(e[0]) : NONE;
  }),
  replace: method('mut', (I, self, args) => {
    const d = dataOf(I, self, 'replace');
    const e = mapFind(d, args[0]);
    if (!e) {
      mapAdd(d, args[0], UNIT);
      return NONE;
    }
    const old = e[0];
    e[0] = args[0];
    return some(old);
  }),
  retain: method('mut', (I, self, args) => {
    retainWith(I, dataOf(I, self, 'retain'), args[0]);
    return UNIT;
  }),
  union: method('ref', (I, self, args) => setOp(I, self, args[0], 'union')),
  intersection: method('ref', (I, self, args) => setOp(I, self, args[0], 'intersection')),
  difference: method('ref', (I, self, args) => setOp(I, self, args[0], 'difference')),
  symmetric_difference: method('ref', (I, self, args) => setOp(I, self, args[0], 'symmetric_difference')),
  is_subset: method('ref', (I, self, args) => subset(I, dataOf(I, self, 'is_subset'), dataOf(I, args[0], 'is_subset'))),
  is_superset: method('ref', (I, self, args) => subset(I, dataOf(I, args[0], 'is_superset'), dataOf(I, self, 'is_superset'))),
  is_disjoint: method('ref', (I, self, args) => {
    const a = dataOf(I, self, 'is_disjoint');
    const b = dataOf(I, args[0], 'is_disjoint');
    return mapEntries(a).every((e) => !mapFind(b, e[0]));
  }),
});

function subset(_I: Interp, a: MapData, b: MapData): boolean {
  return mapEntries(a).every((e) => mapFind(b, e[0]) !== undefined);
}

/**
 * Set algebra yielding references. Hash sets follow std's choice of which set to walk (the smaller
 * one for `intersection`) in insertion order; B-tree sets yield in key order, as std does.
 */
function setOp(I: Interp, self: Value, other: Value, op: string): Native {
  const a = dataOf(I, self, op);
  const b = dataOf(I, other, op);
  const ref = (d: MapData, e: Entry): Value => new Ref(e, 0, false, d.block);
  // Each item with whether it counts as still to come from `a` and from `b` (for `union`'s size hint).
  let out: { key: Value; ref: Value; inA: boolean; inB: boolean }[] = [];
  const push = (d: MapData, e: Entry, inA: boolean, inB: boolean) => out.push({ key: e[0], ref: ref(d, e), inA, inB });
  if (op === 'union') {
    for (const e of mapEntries(a)) push(a, e, true, mapFind(b, e[0]) !== undefined);
    for (const e of mapEntries(b)) if (!mapFind(a, e[0])) push(b, e, false, true);
  } else if (op === 'intersection') {
    const [small, big] = mapLen(a) <= mapLen(b) ? [a, b] : [b, a];
    for (const e of mapEntries(small)) if (mapFind(big, e[0])) push(small, e, false, false);
  } else if (op === 'difference') {
    for (const e of mapEntries(a)) if (!mapFind(b, e[0])) push(a, e, false, false);
  } else {
    for (const e of mapEntries(a)) if (!mapFind(b, e[0])) push(a, e, false, false);
    for (const e of mapEntries(b)) if (!mapFind(a, e[0])) push(b, e, false, false);
  }
  if (a.tree) out = out.sort((x, y) => cmpKeys(I, x.key, y.key));
  const name = op === 'union' ? 'Union' : op === 'intersection' ? 'Intersection' : op === 'difference' ? 'Difference' : 'SymmetricDifference';
  // Their lower size bounds: a B-tree union has at least the larger side's remaining items, a hash
  // union `a`'s remaining ones (then `b`'s difference, unknown); the others may yield nothing.
  const lower = (from: number): number => {
    if (op !== 'union') return 0;
    const rest = out.slice(from);
    const inA = rest.filter((x) => x.inA).length;
    return a.tree ? Math.max(inA, rest.filter((x) => x.inB).length) : inA;
  };
  let i = 0;
  let end = out.length;
  return makeIter(I, name, {
    next: () => (i < end ? out[i++]!.ref : END),
    back: () => (i < end ? out[--end]!.ref : END),
    hint: () => [lower(i), end - i],
  });
}

// ------------------------------------------------------------------------------ B-tree only

function edge(d: MapData, first: boolean): Entry | undefined {
  const t = d.tree!;
  return first ? t[0] : t[t.length - 1];
}

function btreeMapExtras(): Record<string, StdMethod> {
  const kv = (d: MapData, e: Entry | undefined): Value => (e ? some(new Tuple([new Ref(e, 0, false, d.block), new Ref(e, 1, false, d.block)])) : NONE);
  const pop = (I: Interp, self: Value, first: boolean): Value => {
    const d = dataOf(I, self, first ? 'pop_first' : 'pop_last');
    const e = edge(d, first);
    if (!e) return NONE;
    mapRemove(d, e[0]);
    return some(d.set ? e[0] : new Tuple([e[0], e[1]]));
  };
  return {
    first_key_value: method('ref', (I, self) => kv(dataOf(I, self, 'first_key_value'), edge(dataOf(I, self, ''), true))),
    last_key_value: method('ref', (I, self) => kv(dataOf(I, self, 'last_key_value'), edge(dataOf(I, self, ''), false))),
    pop_first: method('mut', (I, self) => pop(I, self, true)),
    pop_last: method('mut', (I, self) => pop(I, self, false)),
    range: method('ref', (I, self, args) => rangeIter(I, dataOf(I, self, 'range'), args[0], false)),
    range_mut: method('mut', (I, self, args) => rangeIter(I, dataOf(I, self, 'range_mut'), args[0], true)),
    append: method('mut', (I, self, args) => {
      treeAppend(dataOf(I, self, 'append'), dataOf(I, args[0]!, 'append'));
      return UNIT;
    }),
  };
}

function btreeSetExtras(): Record<string, StdMethod> {
  const one = (d: MapData, e: Entry | undefined): Value => (e ? some(new Ref(e, 0, false, d.block)) : NONE);
  return {
    first: method('ref', (I, self) => {
      const d = dataOf(I, self, 'first');
      return one(d, edge(d, true));
    }),
    last: method('ref', (I, self) => {
      const d = dataOf(I, self, 'last');
      return one(d, edge(d, false));
    }),
    pop_first: btreeMapExtras().pop_first!,
    pop_last: btreeMapExtras().pop_last!,
    range: btreeMapExtras().range!,
    append: btreeMapExtras().append!,
  };
}

function rangeIter(I: Interp, d: MapData, r: Value, mut: boolean): Native {
  let rv = r;
  while (rv instanceof Ref) rv = rv.arr[rv.idx];
  if (!(rv instanceof Native) || rv.cls !== RANGE) return I.unsupported(`\`range\` with bounds of type \`${I.typeName(rv)}\``);
  const rd = rv.data as RangeData;
  const list = d.tree!.filter((e) => {
    if (rd.start !== null && cmpKeys(I, e[0], rd.start) < 0) return false;
    if (rd.end !== null) {
      const c = cmpKeys(I, e[0], rd.end);
      if (rd.inclusive ? c > 0 : c >= 0) return false;
    }
    return true;
  });
  if (rd.start !== null && rd.end !== null) {
    const c = cmpKeys(I, rd.start, rd.end);
    if (c > 0 || (c === 0 && !rd.inclusive && false)) I.panic('range start is greater than range end in BTreeMap');
  }
  return listIter(I, 'Range', list.map((e) => refsOf(d, e, mut, 'both')), false);
}

defineMethods('HashMap', { ...common('HashMap'), ...mapMethods });
defineMethods('BTreeMap', { ...common('BTreeMap'), ...mapMethods, ...btreeMapExtras() });
defineMethods('HashSet', { ...common('HashSet'), ...setMethods });
defineMethods('BTreeSet', { ...common('BTreeSet'), ...setMethods, ...btreeSetExtras() });

// ------------------------------------------------------------------------------ the entry API

interface EntryData {
  d: MapData;
  key: Value;
  e: Entry | null;
}

const ENTRY: NativeClass = {
  name: 'Entry',
  typeName: (x: EntryData) => `Entry<${x.d.name}>`,
  needsDrop: () => true,
  drop: (x: EntryData) => x.d.I.drop(x.key, 'owner', 'entry key'),
};

function entryOf(I: Interp, v: Value): EntryData {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  if (v instanceof Native && v.cls === ENTRY) return v.data as EntryData;
  return I.unsupported(`entry method on \`${I.typeName(v)}\``);
}

/** Consumes the entry: its value place, inserting `make()` when vacant. */
function orInsert(I: Interp, x: EntryData, make: () => Value): Value {
  if (x.e) {
    // An occupied entry drops the key it was given.
    I.drop(x.key, 'explicit', 'entry key', 'the map already holds an equal key');
    x.key = undefined;
    return new Ref(x.e, 1, true, x.d.block);
  }
  const key = x.key;
  x.key = undefined;
  const v = make();
  x.e = mapAdd(x.d, key, v);
  return new Ref(x.e, 1, true, x.d.block);
}

function defaultValue(I: Interp, d: MapData, site: Site): Value {
  if (d.valTy) return defaultOf(I, d.valTy, site.sp);
  return I.unsupported(`\`or_default\` on a \`${d.name}\` whose value type is not known here`);
}

defineMethods('Entry', {
  or_insert: method('value', (I, self, args) => orInsert(I, entryOf(I, self), () => args[0])),
  or_insert_with: method('value', (I, self, args) => {
    const x = entryOf(I, self);
    if (x.e) I.drop(args[0], 'explicit', 'closure');
    return orInsert(I, x, () => I.callValue(args[0], [], undefined, x.d.valTy ?? undefined));
  }),
  or_insert_with_key: method('value', (I, self, args) => {
    const x = entryOf(I, self);
    return orInsert(I, x, () => I.callValue(args[0], [new Ref([x.key], 0, false, null)], undefined, x.d.valTy ?? undefined));
  }),
  or_default: method('value', (I, self, _a, site) => {
    const x = entryOf(I, self);
    return orInsert(I, x, () => defaultValue(I, x.d, site));
  }),
  and_modify: method('value', (I, self, args) => {
    const x = entryOf(I, self);
    if (x.e) I.callValue(args[0], [new Ref(x.e, 1, true, x.d.block)]);
    else I.drop(args[0], 'explicit', 'closure');
    return self;
  }),
  key: method('ref', (I, self) => {
    const x = entryOf(I, self);
    return new Ref(x.e ?? [x.key], 0, false, null);
  }),
});
