// std's dying `IntoIter` over a B-tree's nodes (navigate.rs): the consumer takes keys from the
// front and the back, and each node is freed as soon as an end moves out of it.
import type { BNode } from './btree';

/**
 * A tree being consumed from both ends (std's dying `IntoIter`): a node is freed when the front
 * moves past its last key or the back past its first, and whatever is left when the keys run out
 * is freed from the front's leaf up to the root.
 */
export class Teardown {
  /** Nodes by the position just after their subtree, and by their subtree's first position. */
  private endsAt = new Map<number, BNode[]>();
  private startsAt = new Map<number, BNode[]>();
  private order: BNode[] = [];
  private freed = new Set<BNode>();

  constructor(private readonly release: (n: BNode) => void, root: BNode | null) {
    const walk = (n: BNode, lo: number): void => {
      let at = lo;
      if (n.edges) {
        for (let j = 0; j <= n.len; j++) {
          walk(n.edges[j]!, at);
          at += n.edges[j]!.size + 1;
        }
      }
      // Post-order: children are listed before their parent, so each list frees bottom-up.
      const hi = lo + n.size;
      push(this.endsAt, hi, n);
      push(this.startsAt, lo, n);
      this.order.push(n);
    };
    if (root) walk(root, 0);
  }

  /** Before the front yields the key at position `i`. */
  front(i: number): void {
    for (const n of this.endsAt.get(i) ?? []) this.free(n);
  }

  /** Before the back yields the key at position `i`. */
  back(i: number): void {
    for (const n of this.startsAt.get(i + 1) ?? []) this.free(n);
  }

  /** No keys are left: the rest goes, leaf first. */
  end(): void {
    for (const n of this.order) this.free(n);
  }

  private free(n: BNode): void {
    if (this.freed.has(n)) return;
    this.freed.add(n);
    this.release(n);
  }
}

function push(m: Map<number, BNode[]>, k: number, n: BNode): void {
  const l = m.get(k);
  if (l) l.push(n);
  else m.set(k, [n]);
}
