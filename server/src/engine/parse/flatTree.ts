// The tree-sitter tree copied into JavaScript typed arrays in one walk, so the lowering reads a
// node's type, field and offsets from an array instead of crossing into WebAssembly for each. The
// walk reads tree-sitter's subtrees from the module's memory (treeMemory.ts); where their layout
// is not the one expected, it walks web-tree-sitter's public cursor, several calls a node.
import type { Tree } from 'web-tree-sitter';
import { wasmBinding } from './parser';
import { type FlatArrays, memoryLayoutOf, newFlatArrays, walkTreeMemory } from './treeMemory';

/** Nodes in pre-order (a node's first child, if any, is the next index); its fields are `FlatArrays`'. */
export type FlatTree = Readonly<FlatArrays>;

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

/** Whether trees are read from the module's memory (the fast path), not through the public cursor. */
export function readsTreeMemory(tree: Tree): boolean {
  const M = wasmBinding();
  return M !== undefined && memoryLayoutOf(M, tree) !== null;
}

/** The arrays of the cursor's walk, grown as it needs. */
class Builder {
  private a: FlatArrays;
  /** Each node's last child so far, to link the next one to it. */
  private lastChild: Int32Array;

  constructor(textLength: number) {
    // About one node per four characters of ordinary Rust; grown if a text has more.
    const cap = Math.max(64, (textLength >> 2) + 16);
    this.a = newFlatArrays(cap);
    this.lastChild = new Int32Array(cap);
  }

  add(type: number, field: number, start: number, end: number, parent: number, missing: boolean): number {
    if (this.a.count === this.lastChild.length) this.grow();
    const a = this.a;
    const n = a.count++;
    a.type[n] = type;
    a.field[n] = field;
    a.start[n] = start;
    a.end[n] = end;
    a.parent[n] = parent;
    a.next[n] = -1;
    a.missing[n] = missing ? 1 : 0;
    this.lastChild[n] = -1;
    if (parent >= 0) {
      const prev = this.lastChild[parent]!;
      if (prev >= 0) a.next[prev] = n;
      this.lastChild[parent] = n;
    }
    return n;
  }

  private grow(): void {
    const old = this.a;
    const a = (this.a = newFlatArrays(this.lastChild.length * 2));
    a.count = old.count;
    a.type.set(old.type);
    a.field.set(old.field);
    a.start.set(old.start);
    a.end.set(old.end);
    a.parent.set(old.parent);
    a.next.set(old.next);
    a.missing.set(old.missing);
    const lastChild = new Int32Array(this.lastChild.length * 2);
    lastChild.set(this.lastChild);
    this.lastChild = lastChild;
  }

  done(): FlatTree {
    return this.a;
  }
}

/** Copies `tree` (the whole of it, from the root) into a `FlatTree`; `byCursor` takes the slow path whatever the layout. */
export function flattenTree(tree: Tree, byCursor = false): FlatTree {
  const M = wasmBinding();
  const layout = !byCursor && M && memoryLayoutOf(M, tree);
  if (M && layout) return walkTreeMemory(M, tree, layout);
  const b = new Builder(tree.rootNode.endIndex);
  walkCursor(tree, b);
  return b.done();
}

/** Pre-order through web-tree-sitter's public cursor. */
function walkCursor(tree: Tree, b: Builder): void {
  const cursor = tree.walk();
  try {
    // stack[d] is the node at depth d on the way down to the current one.
    const stack: number[] = [];
    let depth = 0;
    for (;;) {
      const parent = depth ? stack[depth - 1]! : -1;
      stack[depth] = b.add(cursor.nodeTypeId, cursor.currentFieldId, cursor.startIndex, cursor.endIndex, parent, cursor.nodeIsMissing);
      if (cursor.gotoFirstChild()) {
        depth++;
        continue;
      }
      while (depth > 0 && !cursor.gotoNextSibling()) {
        cursor.gotoParent();
        depth--;
      }
      if (depth === 0) return;
    }
  } finally {
    cursor.delete();
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
