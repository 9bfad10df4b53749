// Which heap blocks sit on a cycle of owning or strong pointers at a step: the shape that makes
// an `Rc` leak. Tarjan's strongly connected components over the block graph (weak pointers and
// references do not keep anything alive, so they are not edges here).
import type { HeapBlockState } from '../../protocol/trace';

/** Block id → component id, for blocks on a cycle only. */
export function cycleComponents(blocks: readonly HeapBlockState[]): Map<number, number> {
  const edges = new Map<number, number[]>();
  for (const b of blocks) {
    const out: number[] = [];
    for (const p of b.points) if (p.target.kind === 'block' && (p.kind === 'strong' || p.kind === 'owner')) out.push(p.target.id);
    edges.set(b.id, out);
  }
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const result = new Map<number, number>();
  let counter = 0;
  let component = 0;

  // Iterative, so a long linked list cannot overflow the JavaScript stack.
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: { node: number; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const out = edges.get(top.node) ?? [];
      if (top.next < out.length) {
        const to = out[top.next++]!;
        if (!edges.has(to)) continue;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const members: number[] = [];
        let m: number;
        do {
          m = stack.pop()!;
          onStack.delete(m);
          members.push(m);
        } while (m !== top.node);
        const selfLoop = (edges.get(top.node) ?? []).includes(top.node);
        if (members.length > 1 || selfLoop) {
          for (const id of members) result.set(id, component);
          component++;
        }
      }
    }
  }
  return result;
}
