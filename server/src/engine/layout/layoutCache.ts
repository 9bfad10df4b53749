// The cache of a layout reader (TypeEnv by a type's key text, TyLayouts by the interned type), with
// the types being laid out: a type met inside itself without indirection has no size.
import { unknown, type LayoutResult } from './layout';

export class LayoutCache<K> {
  private readonly done = new Map<K, LayoutResult>();
  private readonly inProgress = new Set<K>();
  /**
   * How many times a type was met inside itself. An unknown answer reached through such a cycle
   * is only true for the type the cycle started from: `Rc<Node>` looked up first meets `Node`
   * inside `Node`, yet `Node` on its own has a size.
   */
  private cycles = 0;

  /** The layout of `key`, computed once; `shown()` names the type when it contains itself. */
  layout(key: K, shown: () => string, compute: () => LayoutResult): LayoutResult {
    const hit = this.done.get(key);
    if (hit) return hit;
    if (this.inProgress.has(key)) {
      this.cycles++;
      const name = shown();
      return unknown(`\`${name}\` contains itself without indirection (infinite size)`, name);
    }
    this.inProgress.add(key);
    const cycles = this.cycles;
    const result = compute();
    this.inProgress.delete(key);
    // Kept unless it is unknown only because an outer type was met inside it.
    if (result.known || this.cycles === cycles || this.inProgress.size === 0) this.done.set(key, result);
    return result;
  }
}
