// The edges of the control-flow graph, and the order the normal (non-unwinding) path visits blocks.
import type { BasicBlock, Body, Terminator } from './syntax';

/** The blocks a terminator may continue in, normal edges first, then the unwind edge. */
export function successors(t: Terminator | undefined): { normal: BasicBlock[]; unwind: BasicBlock | undefined } {
  if (!t) return { normal: [], unwind: undefined };
  switch (t.kind) {
    case 'goto': return { normal: [t.target], unwind: undefined };
    case 'switchInt': return { normal: [...t.targets.targets, t.targets.otherwise], unwind: undefined };
    case 'return': case 'unwindResume': case 'unreachable': return { normal: [], unwind: undefined };
    case 'drop': case 'assert':
      return { normal: [t.target], unwind: t.unwind.kind === 'cleanup' ? t.unwind.block : undefined };
    case 'call':
      return { normal: t.target === undefined ? [] : [t.target], unwind: t.unwind.kind === 'cleanup' ? t.unwind.block : undefined };
    case 'falseEdge': return { normal: [t.realTarget, t.imaginaryTarget], unwind: undefined };
    case 'falseUnwind': return { normal: [t.realTarget], unwind: t.unwind.kind === 'cleanup' ? t.unwind.block : undefined };
  }
}

/** The blocks reachable from the start without unwinding, depth first, each successor in order. */
export function normalOrder(body: Body): BasicBlock[] {
  const seen = new Set<BasicBlock>();
  const order: BasicBlock[] = [];
  const stack: BasicBlock[] = [0];
  while (stack.length) {
    const b = stack.pop()!;
    if (seen.has(b)) continue;
    seen.add(b);
    order.push(b);
    const next = successors(body.basicBlocks[b]?.terminator).normal;
    for (let i = next.length - 1; i >= 0; i--) if (!seen.has(next[i]!)) stack.push(next[i]!);
  }
  return order;
}
