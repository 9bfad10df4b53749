// The tree-sitter tree read straight from the WebAssembly module's memory: tree-sitter's own
// subtrees (lib/src/subtree.h) and the grammar's tables (tree_sitter/parser.h, ABI 14), walked in
// JavaScript the way its TreeCursor walks them (tree_cursor.c): invisible nodes are looked
// through, aliases rename and reveal nodes, a field comes from the parent's production or, for a
// node inside invisible ones, from the nearest of them that has one. No call crosses into
// WebAssembly during the walk, which cost about 200 ns a node through the cursor's exports.
//
// The layouts are tree-sitter's internals, so they are checked against the public API before the
// first walk (`memoryLayoutOf`); a runtime or grammar they do not fit is walked through the
// public cursor instead (flatTree.ts), and test/unit/parse/flatTree.test.ts holds every node of
// the corpus to the node API.
import type { Language, Tree } from 'web-tree-sitter';
import type { WasmBinding } from './parser';

/** The grammar's tables, copied once per language. */
export interface GrammarTables {
  /** Grammar symbol → the public type id (`nodeTypeId`). */
  publicSymbol: Uint16Array;
  /** `alias[production * maxAlias + structuralIndex]`, 0 for none. */
  alias: Uint16Array;
  maxAlias: number;
  /** `field[production * fieldWidth + structuralIndex]`: the field a child has, 0 for none. */
  field: Uint16Array;
  fieldWidth: number;
}

const ERROR_SYMBOL = 65535;

// Offsets in SubtreeHeapData (wasm32).
const H_PADDING_BYTES = 4;
const H_SIZE_BYTES = 16;
const H_CHILD_COUNT = 36;
const H_SYMBOL = 40;
const H_FLAGS = 44;
const H_VISIBLE_CHILD_COUNT = 48;
const H_VISIBLE_DESCENDANT_COUNT = 56;
const H_PRODUCTION_ID = 66;
// Flag bits: heap (visible 0, extra 2, is_missing 9), inline (is_inline 0, visible 1, extra 3, is_missing 5).
const H_VISIBLE = 1 << 0;
const H_EXTRA = 1 << 2;
const H_MISSING = 1 << 9;
const I_VISIBLE = 1 << 1;
const I_EXTRA = 1 << 3;
const I_MISSING = 1 << 5;

const tables = new WeakMap<Language, GrammarTables | null>();

/**
 * The grammar's tables, if the language's and the tree's memory look as this reader expects
 * (checked against the public API); null when they do not, and the tree is walked by the cursor.
 */
export function memoryLayoutOf(M: WasmBinding, tree: Tree): GrammarTables | null {
  const language = tree.language;
  let t = tables.get(language);
  if (t === undefined) {
    t = readTables(M, tree);
    tables.set(language, t);
  }
  return t;
}

function readTables(M: WasmBinding, tree: Tree): GrammarTables | null {
  const language = tree.language as Language & Record<0, number>;
  const l = language[0];
  const U16 = M.HEAPU16;
  const U32 = M.HEAPU32;
  const at32 = (offset: number) => U32[(l + offset) >> 2]!;
  const abi = at32(0);
  const symbols = at32(4);
  const aliases = at32(8);
  const productions = at32(28);
  const fieldCount = at32(32);
  const treeLanguage = U32[(((tree as unknown as Record<0, number>)[0] + 8) >> 2)];
  if (abi !== 14 || abi !== language.abiVersion || symbols + aliases !== language.nodeTypeCount || fieldCount !== language.fieldCount || treeLanguage !== l) return null;
  const maxAlias = U16[(l + 36) >> 1]!;
  const fieldSlices = at32(64);
  const fieldEntries = at32(68);
  const publicMap = at32(76);
  const aliasSeqs = at32(84);
  // Alias symbols are numbered after the grammar's own, and the map covers both.
  const publicSymbol = U16.slice(publicMap >> 1, (publicMap >> 1) + symbols + aliases);
  const alias = U16.slice(aliasSeqs >> 1, (aliasSeqs >> 1) + productions * maxAlias);
  // A field map entry: field id (u16), child index (u8), inherited (u8). Inherited entries are the
  // node API's business (a field of a hidden child's child); the cursor reads the direct ones.
  let fieldWidth = 1;
  const direct: [number, number, number][] = [];
  for (let p = 0; fieldCount > 0 && p < productions; p++) {
    const index = U16[(fieldSlices + 4 * p) >> 1]!;
    const length = U16[(fieldSlices + 4 * p + 2) >> 1]!;
    for (let k = 0; k < length; k++) {
      const e = fieldEntries + 4 * (index + k);
      const id = U16[e >> 1]!;
      const child = M.HEAPU8[e + 2]!;
      if (M.HEAPU8[e + 3]) continue;
      fieldWidth = Math.max(fieldWidth, child + 1);
      direct.push([p, child, id]);
    }
  }
  const field = new Uint16Array(productions * fieldWidth);
  // The first direct entry for a child wins, as the cursor's scan of the map finds it first.
  for (const [p, child, id] of direct) if (!field[p * fieldWidth + child]) field[p * fieldWidth + child] = id;
  for (const id of publicSymbol) if (id >= language.nodeTypeCount) return null;
  return { publicSymbol, alias, maxAlias, field, fieldWidth };
}

/** The copy's arrays (a FlatTree's), as the walk fills them. */
export interface FlatArrays {
  count: number;
  /** The grammar's type id; 65535 for `ERROR`, as `TreeCursor.nodeTypeId` gives it. */
  type: Uint16Array;
  /** The field id under the parent, 0 for none. */
  field: Uint16Array;
  /** Offsets in UTF-16 code units of the parsed text. */
  start: Uint32Array;
  end: Uint32Array;
  /** -1 for the root. */
  parent: Int32Array;
  /** The next sibling, -1 for the last child. */
  next: Int32Array;
  /** 1 where tree-sitter inserted a node the text lacks. */
  missing: Uint8Array;
}

// A frame of the walk, one per subtree whose children are being visited: 8 numbers in `stack`.
const F_PTR = 0;
const F_COUNT = 1;
const F_NEXT = 2;
const F_STRUCTURAL = 3;
const F_PRODUCTION = 4;
/** The byte offset where the next child's padding starts. */
const F_POS = 5;
/** The visible node the children belong to in the copy. */
const F_OWNER = 6;
/** For a hidden subtree: the field it passes to its children that have none of their own. */
const F_CHAIN = 7;
const FRAME = 8;

/**
 * Every visible node of `tree`, the root first, in pre-order. Offsets are in UTF-16 code units
 * (the tree was parsed from a JavaScript string: its byte offsets are twice those). The arrays
 * are sized from the root's count of visible descendants, which tree-sitter keeps.
 */
/** Arrays for `cap` nodes, none of them filled. */
export function newFlatArrays(cap: number): FlatArrays {
  return {
    count: 0,
    type: new Uint16Array(cap),
    field: new Uint16Array(cap),
    start: new Uint32Array(cap),
    end: new Uint32Array(cap),
    parent: new Int32Array(cap),
    next: new Int32Array(cap),
    missing: new Uint8Array(cap),
  };
}

export function walkTreeMemory(M: WasmBinding, tree: Tree, g: GrammarTables): FlatArrays {
  const U8 = M.HEAPU8;
  const U16 = M.HEAPU16;
  const U32 = M.HEAPU32;
  const { publicSymbol, alias, maxAlias, field, fieldWidth } = g;
  const root = (tree as unknown as Record<0, number>)[0];
  // The root Subtree is the first member of TSTree.
  const rootHeap = (U8[root]! & 1) === 0;
  const r = rootHeap ? U32[root >> 2]! : 0;
  const rootChildren = rootHeap ? U32[(r + H_CHILD_COUNT) >> 2]! : 0;
  const cap = 1 + (rootChildren > 0 ? U32[(r + H_VISIBLE_DESCENDANT_COUNT) >> 2]! : 0);
  const out = newFlatArrays(cap);
  out.next.fill(-1);
  const { type: T, field: FI, start: S, end: E, parent: P, next: N, missing: MI } = out;
  const lastChild = new Int32Array(cap).fill(-1);
  const rootSymbol = rootHeap ? U16[(r + H_SYMBOL) >> 1]! : U8[root + 1]!;
  const rootPad = rootHeap ? U32[(r + H_PADDING_BYTES) >> 2]! : U8[root + 6]!;
  const rootSize = rootHeap ? U32[(r + H_SIZE_BYTES) >> 2]! : U8[root + 7]!;
  T[0] = rootSymbol === ERROR_SYMBOL ? ERROR_SYMBOL : publicSymbol[rootSymbol]!;
  S[0] = rootPad >> 1;
  E[0] = (rootPad + rootSize) >> 1;
  P[0] = -1;
  MI[0] = (rootHeap ? (U16[(r + H_FLAGS) >> 1]! & H_MISSING) !== 0 : (U8[root]! & I_MISSING) !== 0) ? 1 : 0;
  let n = 1;
  if (rootChildren === 0) {
    out.count = n;
    return out;
  }
  let stack = new Int32Array(64 * FRAME);
  let sp = 0;
  stack[F_PTR] = r;
  stack[F_COUNT] = rootChildren;
  stack[F_NEXT] = 0;
  stack[F_STRUCTURAL] = 0;
  stack[F_PRODUCTION] = U16[(r + H_PRODUCTION_ID) >> 1]!;
  stack[F_POS] = 0;
  stack[F_OWNER] = 0;
  stack[F_CHAIN] = 0;
  while (sp >= 0) {
    const top = sp * FRAME;
    const k = stack[top + F_NEXT]!;
    const count = stack[top + F_COUNT]!;
    if (k === count) {
      sp--;
      continue;
    }
    stack[top + F_NEXT] = k + 1;
    // A heap subtree's children are stored just before it, 8 bytes each.
    const a = stack[top + F_PTR]! - 8 * (count - k);
    let symbol: number, pad: number, size: number, visible: boolean, extra: boolean, missing: boolean;
    let p = 0;
    let children = 0;
    const first = U8[a]!;
    if (first & 1) {
      symbol = U8[a + 1]!;
      pad = U8[a + 6]!;
      size = U8[a + 7]!;
      visible = (first & I_VISIBLE) !== 0;
      extra = (first & I_EXTRA) !== 0;
      missing = (first & I_MISSING) !== 0;
    } else {
      p = U32[a >> 2]!;
      const flags = U16[(p + H_FLAGS) >> 1]!;
      symbol = U16[(p + H_SYMBOL) >> 1]!;
      pad = U32[(p + H_PADDING_BYTES) >> 2]!;
      size = U32[(p + H_SIZE_BYTES) >> 2]!;
      visible = (flags & H_VISIBLE) !== 0;
      extra = (flags & H_EXTRA) !== 0;
      missing = (flags & H_MISSING) !== 0;
      children = U32[(p + H_CHILD_COUNT) >> 2]!;
    }
    const prePos = stack[top + F_POS]!;
    const start = prePos + pad;
    const end = start + size;
    stack[top + F_POS] = end;
    let aliasSymbol = 0;
    let fieldId = 0;
    if (!extra) {
      const production = stack[top + F_PRODUCTION]!;
      const s = stack[top + F_STRUCTURAL]!;
      stack[top + F_STRUCTURAL] = s + 1;
      if (production > 0 && s < maxAlias) aliasSymbol = alias[production * maxAlias + s]!;
      if (s < fieldWidth) fieldId = field[production * fieldWidth + s]!;
      if (fieldId === 0) fieldId = stack[top + F_CHAIN]!;
    }
    let owner = stack[top + F_OWNER]!;
    let chain = fieldId;
    if (visible || aliasSymbol !== 0) {
      if (n === T.length) throw new Error('tree-sitter counted fewer visible nodes than the tree holds');
      const sym = aliasSymbol || symbol;
      T[n] = sym === ERROR_SYMBOL ? ERROR_SYMBOL : publicSymbol[sym]!;
      FI[n] = fieldId;
      S[n] = start >> 1;
      E[n] = end >> 1;
      P[n] = owner;
      MI[n] = missing ? 1 : 0;
      const prev = lastChild[owner]!;
      if (prev >= 0) N[prev] = n;
      lastChild[owner] = n;
      owner = n++;
      chain = 0;
    } else if (children === 0 || U32[(p + H_VISIBLE_CHILD_COUNT) >> 2]! === 0) continue;
    if (children === 0) continue;
    if ((++sp + 1) * FRAME > stack.length) {
      const bigger = new Int32Array(stack.length * 2);
      bigger.set(stack);
      stack = bigger;
    }
    const f = sp * FRAME;
    stack[f + F_PTR] = p;
    stack[f + F_COUNT] = children;
    stack[f + F_NEXT] = 0;
    stack[f + F_STRUCTURAL] = 0;
    stack[f + F_PRODUCTION] = U16[(p + H_PRODUCTION_ID) >> 1]!;
    stack[f + F_POS] = prePos;
    stack[f + F_OWNER] = owner;
    stack[f + F_CHAIN] = chain;
  }
  out.count = n;
  return out;
}
