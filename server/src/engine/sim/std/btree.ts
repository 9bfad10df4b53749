// The shape of std's B-tree: which nodes exist, how many keys each holds, and when std allocates
// and frees them. Entries themselves stay in the map's sorted array (mapcore.ts); a node only
// counts its keys, which is all the split, merge and steal rules look at, and the in-order
// position of an entry is its index in that array. The rules follow std's node.rs, remove.rs,
// append.rs, fix.rs and navigate.rs: B = 6, a node holds at most 11 keys, a non-root node at
// least 5.
import type { HeapBlock } from '../values';

const CAPACITY = 11;
const MIN_LEN = 5;

export interface BNode {
  /** Keys in this node. */
  len: number;
  /** Keys in this node and every node below it. */
  size: number;
  /** Child nodes (len + 1 of them), or null for a leaf. */
  edges: BNode[] | null;
  parent: BNode | null;
  block: HeapBlock;
}

/** Where the nodes' memory comes from: a leaf or an internal node of the map's layout. */
export interface NodeHeap {
  alloc(internal: boolean): HeapBlock;
  free(block: HeapBlock, internal: boolean): void;
}

const nodeOfBlock = new WeakMap<HeapBlock, BNode>();

/** The node a heap block holds, while it is allocated. */
export function nodeOf(block: HeapBlock): BNode | undefined {
  return nodeOfBlock.get(block);
}

function recount(n: BNode): void {
  let s = n.len;
  if (n.edges) for (const c of n.edges) s += c.size;
  n.size = s;
}

function adopt(parent: BNode, children: BNode[]): void {
  for (const c of children) c.parent = parent;
}

export class BTreeShape {
  root: BNode | null = null;
  /** Nodes whose keys changed since the owner last looked (it redraws them). */
  readonly touched = new Set<BNode>();
  private cursor: BNode | null = null;

  constructor(public heap: NodeHeap) {}

  private node(internal: boolean): BNode {
    const n: BNode = { len: 0, size: 0, edges: internal ? [] : null, parent: null, block: this.heap.alloc(internal) };
    nodeOfBlock.set(n.block, n);
    this.touched.add(n);
    return n;
  }

  private release(n: BNode): void {
    this.touched.delete(n);
    nodeOfBlock.delete(n.block);
    this.heap.free(n.block, n.edges !== null);
  }

  /** A new root above the present one, holding it as its only child. */
  private pushInternalLevel(): BNode {
    const old = this.root!;
    const r = this.node(true);
    r.edges!.push(old);
    old.parent = r;
    recount(r);
    this.root = r;
    return r;
  }

  // ---------------------------------------------------------------------------- insert

  /** Inserts a key at in-order position `i` (the key is new). */
  insertAt(i: number): void {
    if (!this.root) {
      this.root = this.node(false);
      this.root.len = this.root.size = 1;
      return;
    }
    let n = this.root;
    let idx = i;
    while (n.edges) {
      let c = 0;
      for (; c < n.len; c++) {
        const s = n.edges[c]!.size;
        if (idx <= s) break;
        idx -= s + 1;
      }
      n = n.edges[c]!;
    }
    for (let a: BNode | null = n; a; a = a.parent) a.size++;
    let split = this.insertInto(n, idx, null);
    while (split) {
      const parent: BNode | null = split.left.parent;
      if (!parent) {
        // The root split: the middle key goes up into a new root.
        const r = this.pushInternalLevel();
        r.len = 1;
        r.edges!.push(split.right);
        split.right.parent = r;
        recount(r);
        return;
      }
      split = this.insertInto(parent, parent.edges!.indexOf(split.left), split.right);
    }
  }

  /**
   * Puts a key at edge `at` of `n` (and `right` after it, for an internal node). A full node
   * splits first, at the point std's `splitpoint` picks for that edge, and the new right half is
   * allocated; the caller moves the middle key up.
   */
  private insertInto(n: BNode, at: number, right: BNode | null): { left: BNode; right: BNode } | null {
    this.touched.add(n);
    if (n.len < CAPACITY) {
      n.len++;
      if (right) {
        n.edges!.splice(at + 1, 0, right);
        right.parent = n;
      }
      return null;
    }
    const [middle, left, pos] = at < 5 ? [4, true, at] : at === 5 ? [5, true, 5] : at === 6 ? [5, false, 0] : [6, false, at - 7];
    const fresh = this.node(n.edges !== null);
    fresh.len = n.len - middle - 1;
    n.len = middle;
    if (n.edges) {
      fresh.edges = n.edges.splice(middle + 1);
      adopt(fresh, fresh.edges);
    }
    const into = left ? n : fresh;
    into.len++;
    if (right) {
      into.edges!.splice(pos + 1, 0, right);
      right.parent = into;
    }
    recount(n);
    recount(fresh);
    return { left: n, right: fresh };
  }

  // ---------------------------------------------------------------------------- remove

  /** Removes the key at in-order position `i`. */
  removeAt(i: number): void {
    let n = this.root!;
    let idx = i;
    for (;;) {
      if (!n.edges) {
        this.removeLeafKey(n);
        return;
      }
      let c = 0;
      let inHere = false;
      for (; c < n.len; c++) {
        const s = n.edges[c]!.size;
        if (idx < s) break;
        if (idx === s) {
          inHere = true;
          break;
        }
        idx -= s + 1;
      }
      if (inHere) {
        // An internal key is replaced by its predecessor, taken from the end of a leaf.
        let leaf = n.edges[c]!;
        while (leaf.edges) leaf = leaf.edges[leaf.len]!;
        this.touched.add(n);
        this.removeLeafKey(leaf);
        return;
      }
      n = n.edges[c]!;
    }
  }

  private removeLeafKey(leaf: BNode): void {
    for (let a: BNode | null = leaf; a; a = a.parent) a.size--;
    leaf.len--;
    this.touched.add(leaf);
    const p = leaf.parent;
    if (leaf.len >= MIN_LEN || !p) return;
    // The leaf merges with or steals one key from its left sibling, else its right one.
    const at = p.edges!.indexOf(leaf);
    const kv = at > 0 ? at - 1 : 0;
    if (this.canMerge(p, kv)) this.merge(p, kv);
    else if (at > 0) this.stealLeft(p, kv, 1);
    else this.stealRight(p, kv, 1);
    if (!this.fixAncestors(p)) this.popInternalLevel();
  }

  private canMerge(p: BNode, kv: number): boolean {
    return p.edges![kv]!.len + 1 + p.edges![kv + 1]!.len <= CAPACITY;
  }

  /** The right child of key `kv` and that key move into the left child; the right node is freed. */
  private merge(p: BNode, kv: number): void {
    const left = p.edges![kv]!;
    const right = p.edges![kv + 1]!;
    left.len += 1 + right.len;
    if (left.edges) {
      left.edges.push(...right.edges!);
      adopt(left, right.edges!);
    }
    p.len--;
    p.edges!.splice(kv + 1, 1);
    recount(left);
    this.touched.add(left);
    this.touched.add(p);
    this.release(right);
  }

  /** `count` keys (and their edges) rotate from the left child of key `kv` to its right child. */
  private stealLeft(p: BNode, kv: number, count: number): void {
    const left = p.edges![kv]!;
    const right = p.edges![kv + 1]!;
    left.len -= count;
    right.len += count;
    if (left.edges) {
      const moved = left.edges.splice(left.edges.length - count);
      right.edges!.unshift(...moved);
      adopt(right, moved);
    }
    this.rebalanced(p, left, right);
  }

  private stealRight(p: BNode, kv: number, count: number): void {
    const left = p.edges![kv]!;
    const right = p.edges![kv + 1]!;
    right.len -= count;
    left.len += count;
    if (right.edges) {
      const moved = right.edges.splice(0, count);
      left.edges!.push(...moved);
      adopt(left, moved);
    }
    this.rebalanced(p, left, right);
  }

  private rebalanced(p: BNode, left: BNode, right: BNode): void {
    recount(left);
    recount(right);
    this.touched.add(left);
    this.touched.add(right);
    this.touched.add(p);
  }

  /** std's `fix_node_and_affected_ancestors`: false when the root is left an internal node without keys. */
  private fixAncestors(n: BNode): boolean {
    for (;;) {
      if (n.len >= MIN_LEN) return true;
      const p = n.parent;
      if (!p) return n.len > 0 || !n.edges;
      const at = p.edges!.indexOf(n);
      const kv = at > 0 ? at - 1 : 0;
      if (this.canMerge(p, kv)) {
        this.merge(p, kv);
        n = p;
        continue;
      }
      if (at > 0) this.stealLeft(p, kv, MIN_LEN - n.len);
      else this.stealRight(p, kv, MIN_LEN - n.len);
      return true;
    }
  }

  private popInternalLevel(): void {
    const old = this.root!;
    this.root = old.edges![0]!;
    this.root.parent = null;
    this.release(old);
  }

  // ---------------------------------------------------------------------------- bulk build

  /** std's `bulk_build_from_sorted_iter` starts with an empty root leaf. */
  bulkStart(): void {
    this.root = this.node(false);
    this.cursor = this.root;
  }

  /**
   * One more key at the end: into the rightmost leaf while it has room, else into the lowest
   * ancestor with room (a new root when none has) with a fresh right spine below it.
   */
  bulkPush(): void {
    let cur = this.cursor!;
    if (cur.len < CAPACITY) {
      cur.len++;
      this.touched.add(cur);
      for (let a: BNode | null = cur; a; a = a.parent) a.size++;
      return;
    }
    let open: BNode | null = cur.parent;
    while (open && open.len >= CAPACITY) open = open.parent;
    if (!open) open = this.pushInternalLevel();
    let spine = this.node(false);
    for (let h = height(open) - 1; h > 0; h--) {
      const up = this.node(true);
      up.edges!.push(spine);
      spine.parent = up;
      spine = up;
    }
    open.len++;
    open.edges!.push(spine);
    spine.parent = open;
    this.touched.add(open);
    for (let a: BNode | null = open; a; a = a.parent) a.size++;
    cur = spine;
    while (cur.edges) cur = cur.edges[cur.len]!;
    this.cursor = cur;
  }

  /** std's `fix_right_border_of_plentiful`: each node on the right border gets at least 5 keys from its left sibling. */
  bulkFinish(): void {
    this.cursor = null;
    let n = this.root;
    while (n && n.edges) {
      const last = n.edges[n.len]!;
      if (last.len < MIN_LEN) this.stealLeft(n, n.len - 1, MIN_LEN - last.len);
      n = last;
    }
  }

  // ---------------------------------------------------------------------------- clone

  /**
   * std's `clone_subtree`: a leaf is allocated before its keys are cloned; an internal node after
   * its first child's subtree and before its keys, each key followed by the subtree to its right.
   * `eachKey` clones the next entry, in order.
   */
  cloneInto(target: BTreeShape, eachKey: () => void): void {
    const copy = (n: BNode): BNode => {
      if (!n.edges) {
        const m = target.node(false);
        for (let j = 0; j < n.len; j++) {
          eachKey();
          m.len++;
        }
        m.size = m.len;
        return m;
      }
      const first = copy(n.edges[0]!);
      const m = target.node(true);
      m.edges!.push(first);
      first.parent = m;
      for (let j = 0; j < n.len; j++) {
        eachKey();
        const child = copy(n.edges[j + 1]!);
        m.len++;
        m.edges!.push(child);
        child.parent = m;
      }
      recount(m);
      return m;
    };
    if (this.root && this.root.size > 0) target.root = copy(this.root);
  }

  // ---------------------------------------------------------------------------- teardown

  /**
   * Hands the nodes to a consuming iterator (btreeTeardown.ts) and leaves the tree without a root
   * (`into_iter`, the map's drop, `clear`, `append`).
   */
  detach(): BNode | null {
    const root = this.root;
    this.root = null;
    this.touched.clear();
    return root;
  }

  /** Frees a node on behalf of a consuming iterator. */
  freeNode(n: BNode): void {
    this.release(n);
  }

  /** Whether a node is part of this tree (not of a teardown). */
  holds(n: BNode): boolean {
    let top = n;
    while (top.parent) top = top.parent;
    return top === this.root;
  }

  /** Every node, parents before their children. */
  nodes(): BNode[] {
    const out: BNode[] = [];
    if (this.root) out.push(this.root);
    for (let i = 0; i < out.length; i++) if (out[i]!.edges) out.push(...out[i]!.edges!);
    return out;
  }
}

function height(n: BNode): number {
  let h = 0;
  for (let c = n; c.edges; c = c.edges[0]!) h++;
  return h;
}

/** The in-order position of the first key under `n` (its subtree's start). */
export function startOf(n: BNode): number {
  let lo = 0;
  for (let c = n; c.parent; c = c.parent) {
    const p = c.parent;
    const at = p.edges!.indexOf(c);
    for (let j = 0; j < at; j++) lo += p.edges![j]!.size + 1;
  }
  return lo;
}

/** The in-order positions of a node's own keys. */
export function keyPositions(n: BNode): number[] {
  const lo = startOf(n);
  const out: number[] = [];
  if (!n.edges) {
    for (let j = 0; j < n.len; j++) out.push(lo + j);
    return out;
  }
  let at = lo;
  for (let j = 0; j < n.len; j++) {
    at += n.edges[j]!.size;
    out.push(at);
    at++;
  }
  return out;
}
