// Name resolution while lowering one function or closure body: block scopes map names to frame
// slots; a closure body resolves outer names through its parent and records them as captures.
import type { Capture } from '../ir';

/**
 * The type checker's type of each named slot, by the function's `slotNames` array (which the IR,
 * the compiled function and every frame share): what the trace shows for the variable.
 */
const SLOT_TYPES = new WeakMap<readonly string[], (string | undefined)[]>();

export function declaredSlotType(slotNames: readonly string[], slot: number): string | undefined {
  return SLOT_TYPES.get(slotNames)?.[slot];
}

export class FnScope {
  nslots = 0;
  readonly slotNames: string[] = [];
  private readonly slotTypes: (string | undefined)[] = [];

  /** Records the checker's type of a binding's slot. */
  setSlotType(slot: number, type: string): void {
    this.slotTypes[slot] = type;
    SLOT_TYPES.set(this.slotNames, this.slotTypes);
  }
  private readonly blocks: Map<string, number>[] = [new Map()];
  readonly caps: Capture[] = [];
  private readonly capIndex = new Map<string, number>();
  /** Block ids being lowered, to attach locals to their block. */
  readonly blockLocals: number[][] = [[]];
  /** While lowering the 2nd+ alternative of an or-pattern: the slots its names must reuse. */
  aliasing: Map<string, number> | null = null;

  lookupLocalInCurrentAlias(name: string): number | undefined {
    return this.aliasing?.get(name);
  }

  constructor(readonly parent: FnScope | null, readonly isClosure: boolean, readonly moveAll = false) {}

  pushBlock(): void {
    this.blocks.push(new Map());
    this.blockLocals.push([]);
  }

  /** Leaves a block; returns the slots it declared, in declaration order. */
  popBlock(): number[] {
    this.blocks.pop();
    return this.blockLocals.pop()!;
  }

  /** A new slot for a binding (shadowing gets a fresh slot, so both values live until scope end). */
  declare(name: string): number {
    const slot = this.nslots++;
    this.slotNames.push(name);
    this.blocks[this.blocks.length - 1]!.set(name, slot);
    this.blockLocals[this.blockLocals.length - 1]!.push(slot);
    return slot;
  }

  /** A slot with no name: a temporary whose lifetime a `let` extended to the block. */
  hidden(): number {
    const slot = this.nslots++;
    this.slotNames.push('');
    this.blockLocals[this.blockLocals.length - 1]!.push(slot);
    return slot;
  }

  /** Binds a name to an existing slot (the second alternative of an or-pattern). */
  alias(name: string, slot: number): void {
    this.blocks[this.blocks.length - 1]!.set(name, slot);
  }

  lookupLocal(name: string): number | undefined {
    for (let i = this.blocks.length - 1; i >= 0; i--) {
      const s = this.blocks[i]!.get(name);
      if (s !== undefined) return s;
    }
    return undefined;
  }

  /**
   * Resolves a name: a local slot of this function, a capture (closures), or undefined (an item).
   * `byValue`/`mutated` describe this use, so the closure knows how to capture.
   */
  resolve(name: string, byValue: boolean, mutated: boolean, field: string | null = null): { k: 'local'; slot: number } | { k: 'capture'; idx: number } | undefined {
    const slot = this.lookupLocal(name);
    if (slot !== undefined) return { k: 'local', slot };
    if (!this.isClosure || !this.parent) return undefined;
    const outer = this.parent.resolve(name, byValue || this.moveAll, mutated, field);
    if (!outer) return undefined;
    let idx = this.capIndex.get(name);
    if (idx === undefined) {
      idx = this.caps.length;
      this.capIndex.set(name, idx);
      this.caps.push({ name, from: outer, byValue: byValue || this.moveAll, mutated, fields: field === null ? null : [field] });
    } else {
      const c = this.caps[idx]!;
      c.byValue ||= byValue;
      c.mutated ||= mutated;
      if (field === null) c.fields = null;
      else if (c.fields && !c.fields.includes(field)) c.fields.push(field);
    }
    return { k: 'capture', idx };
  }
}
