// The control-flow graph of a MIR body as the borrow checker walks it: every edge rustc's borrow
// checker follows, including the false edges of `match` arms and loop heads, and the unwind
// edges into cleanup blocks.
import type { BasicBlock, Body, Terminator, UnwindAction } from '../mir/syntax';

/** A point in a body: statement `index` of `block`, or its terminator when `index` is the statement count. */
export interface Location {
  readonly block: BasicBlock;
  readonly index: number;
}

function withUnwind(targets: BasicBlock[], u: UnwindAction): BasicBlock[] {
  if (u.kind === 'cleanup') targets.push(u.block);
  return targets;
}

export function successors(t: Terminator): BasicBlock[] {
  switch (t.kind) {
    case 'goto': return [t.target];
    case 'switchInt': {
      const out = t.targets.targets.slice();
      out.push(t.targets.otherwise);
      return out;
    }
    case 'return': case 'unwindResume': case 'unreachable': return [];
    case 'drop': return withUnwind([t.target], t.unwind);
    case 'call': return withUnwind(t.target === undefined ? [] : [t.target], t.unwind);
    case 'assert': return withUnwind([t.target], t.unwind);
    case 'falseEdge': return [t.realTarget, t.imaginaryTarget];
    case 'falseUnwind': return withUnwind([t.realTarget], t.unwind);
  }
}

/** Successors, predecessors and a reverse post-order of a body's blocks, computed once. */
export class Cfg {
  readonly successors: BasicBlock[][];
  readonly predecessors: BasicBlock[][];
  /** Blocks reachable from the start, each before its successors except along back edges. */
  readonly reversePostOrder: BasicBlock[];

  constructor(readonly body: Body) {
    const n = body.basicBlocks.length;
    this.successors = new Array<BasicBlock[]>(n);
    this.predecessors = new Array<BasicBlock[]>(n);
    for (let b = 0; b < n; b++) this.predecessors[b] = [];
    for (let b = 0; b < n; b++) {
      const t = body.basicBlocks[b]!.terminator;
      const succ = t ? distinct(successors(t)) : [];
      this.successors[b] = succ;
      for (let i = 0; i < succ.length; i++) this.predecessors[succ[i]!]!.push(b);
    }
    this.reversePostOrder = postOrder(this.successors).reverse();
  }

  terminatorLocation(block: BasicBlock): Location {
    return { block, index: this.body.basicBlocks[block]!.statements.length };
  }

  private cycles: Uint8Array | undefined;

  /** Whether a path leads from the block back to itself (a loop's block), made on first use. */
  onCycle(block: BasicBlock): boolean {
    this.cycles ??= blocksOnCycles(this.successors, this.predecessors);
    return this.cycles[block] === 1;
  }
}

/** The list without repeats, in first-occurrence order (a list of a few targets: no set needed). */
function distinct(list: BasicBlock[]): BasicBlock[] {
  for (let i = 1; i < list.length; i++) {
    if (list.lastIndexOf(list[i]!, i - 1) >= 0) return list.filter((b, j) => list.indexOf(b) === j);
  }
  return list;
}

/**
 * Kosaraju's strongly connected components, iteratively: a block is on a cycle when its
 * component has another block, or it is its own successor.
 */
function blocksOnCycles(successors: readonly BasicBlock[][], predecessors: readonly BasicBlock[][]): Uint8Array {
  const n = successors.length;
  const order: BasicBlock[] = [];
  const seen = new Uint8Array(n);
  const stack = new DfsStack(n);
  for (let root = 0; root < n; root++) if (!seen[root]) postOrderFrom(successors, root, seen, order, stack);
  const component = new Int32Array(n).fill(-1);
  const size: number[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const root = order[i]!;
    if (component[root] !== -1) continue;
    const c = size.push(0) - 1;
    const stack = [root];
    component[root] = c;
    while (stack.length > 0) {
      const b = stack.pop()!;
      size[c]!++;
      const preds = predecessors[b]!;
      for (let j = 0; j < preds.length; j++) {
        const p = preds[j]!;
        if (component[p] === -1) {
          component[p] = c;
          stack.push(p);
        }
      }
    }
  }
  const out = new Uint8Array(n);
  for (let b = 0; b < n; b++) if (size[component[b]!]! > 1 || successors[b]!.includes(b)) out[b] = 1;
  return out;
}

/** Depth-first post-order from block 0. */
function postOrder(successors: readonly BasicBlock[][]): BasicBlock[] {
  const order: BasicBlock[] = [];
  if (successors.length > 0) postOrderFrom(successors, 0, new Uint8Array(successors.length), order, new DfsStack(successors.length));
  return order;
}

/**
 * Appends to `order` the post-order of the blocks reachable from `root` not yet `visited`, marking
 * them. Iterative: bodies can be deep enough to overflow recursion.
 */
function postOrderFrom(successors: readonly BasicBlock[][], root: BasicBlock, visited: Uint8Array, order: BasicBlock[], stack: DfsStack): void {
  const { blocks, nextSucc } = stack;
  let depth = 1;
  blocks[0] = root;
  visited[root] = 1;
  while (depth > 0) {
    const top = blocks[depth - 1]!;
    const succ = successors[top]!;
    if (nextSucc[depth - 1]! < succ.length) {
      const next = succ[nextSucc[depth - 1]!++]!;
      if (!visited[next]) {
        visited[next] = 1;
        blocks[depth] = next;
        nextSucc[depth] = 0;
        depth++;
      }
    } else {
      order.push(top);
      depth--;
    }
  }
}

/** A depth-first walk's stack: the blocks on it and each one's next successor, side by side (a block is on it at most once). */
class DfsStack {
  readonly blocks: Int32Array;
  readonly nextSucc: Int32Array;
  constructor(blockCount: number) {
    this.blocks = new Int32Array(blockCount);
    this.nextSucc = new Int32Array(blockCount);
  }
}
