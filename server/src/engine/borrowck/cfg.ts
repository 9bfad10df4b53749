// The control-flow graph of a MIR body as the borrow checker walks it: every edge rustc's borrow
// checker follows, including the false edges of `match` arms and loop heads, and the unwind
// edges into cleanup blocks.
import type { BasicBlock, Body, Terminator, UnwindAction } from '../mir/syntax';

/** A point in a body: statement `index` of `block`, or its terminator when `index` is the statement count. */
export interface Location {
  readonly block: BasicBlock;
  readonly index: number;
}

function unwindTarget(u: UnwindAction): BasicBlock[] {
  return u.kind === 'cleanup' ? [u.block] : [];
}

export function successors(t: Terminator): BasicBlock[] {
  switch (t.kind) {
    case 'goto': return [t.target];
    case 'switchInt': return [...t.targets.targets, t.targets.otherwise];
    case 'return': case 'unwindResume': case 'unreachable': return [];
    case 'drop': return [t.target, ...unwindTarget(t.unwind)];
    case 'call': return [...(t.target === undefined ? [] : [t.target]), ...unwindTarget(t.unwind)];
    case 'assert': return [t.target, ...unwindTarget(t.unwind)];
    case 'falseEdge': return [t.realTarget, t.imaginaryTarget];
    case 'falseUnwind': return [t.realTarget, ...unwindTarget(t.unwind)];
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
    this.successors = body.basicBlocks.map((b) => (b.terminator ? [...new Set(successors(b.terminator))] : []));
    this.predecessors = Array.from({ length: n }, () => [] as BasicBlock[]);
    this.successors.forEach((succ, b) => succ.forEach((s) => this.predecessors[s]!.push(b)));
    this.reversePostOrder = postOrder(this.successors).reverse();
  }

  terminatorLocation(block: BasicBlock): Location {
    return { block, index: this.body.basicBlocks[block]!.statements.length };
  }
}

/** Iterative depth-first post-order from block 0 (bodies can be deep enough to overflow recursion). */
function postOrder(successors: readonly BasicBlock[][]): BasicBlock[] {
  const order: BasicBlock[] = [];
  if (successors.length === 0) return order;
  const visited = new Uint8Array(successors.length);
  const stack: [BasicBlock, number][] = [[0, 0]];
  visited[0] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const succ = successors[top[0]]!;
    if (top[1] < succ.length) {
      const next = succ[top[1]++]!;
      if (!visited[next]) {
        visited[next] = 1;
        stack.push([next, 0]);
      }
    } else {
      order.push(top[0]);
      stack.pop();
    }
  }
  return order;
}
