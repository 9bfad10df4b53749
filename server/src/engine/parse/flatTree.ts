// The tree-sitter tree copied into JavaScript typed arrays in one cursor walk, so the lowering
// reads a node's type, field and offsets from an array instead of crossing into WebAssembly for
// each (web-tree-sitter's cursor copies itself into the module's memory and back on every call,
// which cost the lowering several times the parse). The walk calls the module's exported cursor
// functions directly: the cursor stays in the binding's transfer buffer for the whole walk, and
// nothing else runs in between to move it.
import type { Tree, TreeCursor } from 'web-tree-sitter';
import { wasmBinding } from './parser';

/** Nodes in pre-order (a node's first child, if any, is the next index). */
export interface FlatTree {
  readonly count: number;
  /** The grammar's type id; 65535 for `ERROR`, as `TreeCursor.nodeTypeId` gives it. */
  readonly type: Uint16Array;
  /** The field id under the parent, 0 for none. */
  readonly field: Uint16Array;
  /** Offsets in UTF-16 code units of the parsed text. */
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** -1 for the root. */
  readonly parent: Int32Array;
  /** The next sibling, -1 for the last child. */
  readonly next: Int32Array;
  /** 1 where tree-sitter inserted a node the text lacks (only read when the tree has errors). */
  readonly missing: Uint8Array;
}

let transferBuffer = -1;

/** Copies `tree` (the whole of it, from the root) into a `FlatTree`. */
export function flattenTree(tree: Tree): FlatTree {
  const M = wasmBinding();
  if (transferBuffer < 0) transferBuffer = M._ts_init() >> 2;
  const TB = transferBuffer;
  const withErrors = tree.rootNode.hasError;
  // About one node per four characters of ordinary Rust; grown if a text has more.
  let cap = Math.max(64, (tree.rootNode.endIndex >> 2) + 16);
  let type = new Uint16Array(cap);
  let field = new Uint16Array(cap);
  let start = new Uint32Array(cap);
  let end = new Uint32Array(cap);
  let parent = new Int32Array(cap);
  let next = new Int32Array(cap);
  let missing = new Uint8Array(cap);
  const grow = () => {
    cap *= 2;
    const g16 = (a: Uint16Array) => { const b = new Uint16Array(cap); b.set(a); return b; };
    const g32 = (a: Uint32Array) => { const b = new Uint32Array(cap); b.set(a); return b; };
    const gi32 = (a: Int32Array) => { const b = new Int32Array(cap); b.set(a); return b; };
    type = g16(type);
    field = g16(field);
    start = g32(start);
    end = g32(end);
    parent = gi32(parent);
    next = gi32(next);
    const m = new Uint8Array(cap);
    m.set(missing);
    missing = m;
  };

  const cursor = tree.walk() as TreeCursor & Record<0 | 1 | 2 | 3, number>;
  const t = (tree as unknown as Record<0, number>)[0];
  const H = M.HEAPU32;
  H[TB] = cursor[0];
  H[TB + 1] = cursor[1];
  H[TB + 2] = cursor[2];
  H[TB + 3] = cursor[3];
  // stack[d] is the node at depth d on the way down to the current one.
  const stack: number[] = [];
  let depth = 0;
  let n = 0;
  try {
    for (;;) {
      if (n === cap) grow();
      type[n] = M._ts_tree_cursor_current_node_type_id_wasm(t);
      field[n] = M._ts_tree_cursor_current_field_id_wasm(t);
      start[n] = M._ts_tree_cursor_start_index_wasm(t);
      end[n] = M._ts_tree_cursor_end_index_wasm(t);
      if (withErrors) missing[n] = M._ts_tree_cursor_current_node_is_missing_wasm(t);
      parent[n] = depth ? stack[depth - 1]! : -1;
      next[n] = -1;
      stack[depth] = n;
      n++;
      if (M._ts_tree_cursor_goto_first_child_wasm(t)) {
        depth++;
        continue;
      }
      while (depth > 0 && !M._ts_tree_cursor_goto_next_sibling_wasm(t)) {
        M._ts_tree_cursor_goto_parent_wasm(t);
        depth--;
      }
      if (depth === 0) break;
      next[stack[depth]!] = n;
    }
  } finally {
    // The walk may have moved the cursor's own memory: web-tree-sitter frees it from its copy.
    const after = M.HEAPU32;
    cursor[0] = after[TB]!;
    cursor[1] = after[TB + 1]!;
    cursor[2] = after[TB + 2]!;
    cursor[3] = after[TB + 3]!;
    cursor.delete();
  }
  return { count: n, type, field, start, end, parent, next, missing };
}

/** A cursor over a `FlatTree` with the moves of tree-sitter's `TreeCursor`. */
export class FlatCursor {
  /** The node under the cursor. */
  i = 0;

  constructor(readonly tree: FlatTree) {}

  gotoFirstChild(): boolean {
    const j = this.i + 1;
    if (j < this.tree.count && this.tree.parent[j] === this.i) {
      this.i = j;
      return true;
    }
    return false;
  }

  gotoNextSibling(): boolean {
    const j = this.tree.next[this.i]!;
    if (j < 0) return false;
    this.i = j;
    return true;
  }

  gotoParent(): boolean {
    const j = this.tree.parent[this.i]!;
    if (j < 0) return false;
    this.i = j;
    return true;
  }

  get nodeTypeId(): number {
    return this.tree.type[this.i]!;
  }
  get currentFieldId(): number {
    return this.tree.field[this.i]!;
  }
  get startIndex(): number {
    return this.tree.start[this.i]!;
  }
  get endIndex(): number {
    return this.tree.end[this.i]!;
  }
  get nodeIsMissing(): boolean {
    return this.tree.missing[this.i] === 1;
  }
}
