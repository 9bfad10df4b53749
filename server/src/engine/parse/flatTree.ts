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

const copies = new WeakMap<Tree, FlatTree>();

/**
 * The copy of `tree`, made once per tree: the lowering and the `// @mem` annotations read the same
 * copy. An analysed tree is never edited (IncrementalTree parses a new tree and deletes the old one),
 * so the copy stays true for as long as the tree lives.
 */
export function flatTreeOf(tree: Tree): FlatTree {
  let flat = copies.get(tree);
  if (!flat) {
    flat = flattenTree(tree);
    copies.set(tree, flat);
  }
  return flat;
}

/** The arrays, grown as the walk needs. */
class Builder {
  n = 0;
  private cap: number;
  type: Uint16Array;
  field: Uint16Array;
  start: Uint32Array;
  end: Uint32Array;
  parent: Int32Array;
  next: Int32Array;
  missing: Uint8Array;

  constructor(textLength: number) {
    // About one node per four characters of ordinary Rust; grown if a text has more.
    const cap = (this.cap = Math.max(64, (textLength >> 2) + 16));
    this.type = new Uint16Array(cap);
    this.field = new Uint16Array(cap);
    this.start = new Uint32Array(cap);
    this.end = new Uint32Array(cap);
    this.parent = new Int32Array(cap);
    this.next = new Int32Array(cap);
    this.missing = new Uint8Array(cap);
  }

  /** Makes room for one more node. */
  reserve(): void {
    if (this.n < this.cap) return;
    const cap = (this.cap *= 2);
    const grow = <T extends Uint16Array | Uint32Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.type = grow(this.type, (k) => new Uint16Array(k));
    this.field = grow(this.field, (k) => new Uint16Array(k));
    this.start = grow(this.start, (k) => new Uint32Array(k));
    this.end = grow(this.end, (k) => new Uint32Array(k));
    this.parent = grow(this.parent, (k) => new Int32Array(k));
    this.next = grow(this.next, (k) => new Int32Array(k));
    this.missing = grow(this.missing, (k) => new Uint8Array(k));
  }

  done(): FlatTree {
    const { n: count, type, field, start, end, parent, next, missing } = this;
    return { count, type, field, start, end, parent, next, missing };
  }
}

/** The cursor moves and reads the walk needs, from the binding or from web-tree-sitter's cursor. */
interface Walker {
  typeId(): number;
  fieldId(): number;
  startIndex(): number;
  endIndex(): number;
  isMissing(): boolean;
  firstChild(): boolean;
  nextSibling(): boolean;
  parent(): void;
}

/** Copies `tree` (the whole of it, from the root) into a `FlatTree`. */
export function flattenTree(tree: Tree): FlatTree {
  const root = tree.rootNode;
  const b = new Builder(root.endIndex);
  const withErrors = root.hasError;
  const cursor = tree.walk() as TreeCursor & Record<0 | 1 | 2 | 3, number>;
  const M = wasmBinding();
  try {
    if (!M) {
      walk(b, withErrors, {
        typeId: () => cursor.nodeTypeId,
        fieldId: () => cursor.currentFieldId,
        startIndex: () => cursor.startIndex,
        endIndex: () => cursor.endIndex,
        isMissing: () => cursor.nodeIsMissing,
        firstChild: () => cursor.gotoFirstChild(),
        nextSibling: () => cursor.gotoNextSibling(),
        parent: () => cursor.gotoParent(),
      });
      return b.done();
    }
    if (transferBuffer < 0) transferBuffer = M._ts_init() >> 2;
    const TB = transferBuffer;
    const t = (tree as unknown as Record<0, number>)[0];
    const H = M.HEAPU32;
    H[TB] = cursor[0];
    H[TB + 1] = cursor[1];
    H[TB + 2] = cursor[2];
    H[TB + 3] = cursor[3];
    try {
      walk(b, withErrors, {
        typeId: () => M._ts_tree_cursor_current_node_type_id_wasm(t),
        fieldId: () => M._ts_tree_cursor_current_field_id_wasm(t),
        startIndex: () => M._ts_tree_cursor_start_index_wasm(t),
        endIndex: () => M._ts_tree_cursor_end_index_wasm(t),
        isMissing: () => M._ts_tree_cursor_current_node_is_missing_wasm(t) === 1,
        firstChild: () => M._ts_tree_cursor_goto_first_child_wasm(t) === 1,
        nextSibling: () => M._ts_tree_cursor_goto_next_sibling_wasm(t) === 1,
        parent: () => void M._ts_tree_cursor_goto_parent_wasm(t),
      });
    } finally {
      // The walk may have moved the cursor's own memory: web-tree-sitter frees it from its copy.
      const after = M.HEAPU32;
      cursor[0] = after[TB]!;
      cursor[1] = after[TB + 1]!;
      cursor[2] = after[TB + 2]!;
      cursor[3] = after[TB + 3]!;
    }
    return b.done();
  } finally {
    cursor.delete();
  }
}

/** Pre-order over every node under the cursor's root, the cursor starting on the root. */
function walk(b: Builder, withErrors: boolean, w: Walker): void {
  // stack[d] is the node at depth d on the way down to the current one.
  const stack: number[] = [];
  let depth = 0;
  for (;;) {
    b.reserve();
    const n = b.n++;
    b.type[n] = w.typeId();
    b.field[n] = w.fieldId();
    b.start[n] = w.startIndex();
    b.end[n] = w.endIndex();
    if (withErrors) b.missing[n] = w.isMissing() ? 1 : 0;
    b.parent[n] = depth ? stack[depth - 1]! : -1;
    b.next[n] = -1;
    stack[depth] = n;
    if (w.firstChild()) {
      depth++;
      continue;
    }
    while (depth > 0 && !w.nextSibling()) {
      w.parent();
      depth--;
    }
    if (depth === 0) return;
    b.next[stack[depth]!] = b.n;
  }
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
