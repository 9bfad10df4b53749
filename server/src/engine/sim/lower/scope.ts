// Name resolution while lowering one function or closure body: block scopes map names to frame
// slots; a closure body's outer names are the captures the type checker decided (lower/captures.ts),
// each found in the enclosing body when the closure is created.
import type { Capture } from '../ir';
import type { Ty as CheckedTy } from '../../typeck/ty';
import type { BindingType } from './checkedTypes';
import type { Ty } from '../types';

/**
 * The type checker's type of each named slot, by the function's `slotNames` array (which the IR,
 * the compiled function and every frame share): what the trace shows for the variable.
 */
const SLOT_TYPES = new WeakMap<readonly string[], (BindingType | undefined)[]>();

export function declaredSlotType(slotNames: readonly string[], slot: number): string | undefined {
  return SLOT_TYPES.get(slotNames)?.[slot]?.name;
}

/** The checker's type of a named slot in the simulator's syntax (what sizes the variable); undefined where it cannot be spelled. */
export function declaredSlotTy(slotNames: readonly string[], slot: number): Ty | undefined {
  return SLOT_TYPES.get(slotNames)?.[slot]?.ty;
}

/** The checker's type of each named slot whose type names the body's generic parameters, by `slotNames`. */
const SLOT_GENERIC_TYPES = new WeakMap<readonly string[], (CheckedTy | undefined)[]>();

/** A slot's type in a generic body (`Option<T>`), which each instance of the body names its own way. */
export function genericSlotType(slotNames: readonly string[], slot: number): CheckedTy | undefined {
  return SLOT_GENERIC_TYPES.get(slotNames)?.[slot];
}

export class FnScope {
  nslots = 0;
  readonly slotNames: string[] = [];
  readonly slotTypes: (BindingType | undefined)[] = [];

  /** Records the checker's type of a binding's slot. */
  setSlotType(slot: number, type: BindingType): void {
    this.slotTypes[slot] = type;
    SLOT_TYPES.set(this.slotNames, this.slotTypes);
  }

  /** Records the checker's type of a binding's slot that names the body's generic parameters. */
  setGenericSlotType(slot: number, type: CheckedTy): void {
    let types = SLOT_GENERIC_TYPES.get(this.slotNames);
    if (!types) SLOT_GENERIC_TYPES.set(this.slotNames, (types = []));
    types[slot] = type;
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
   * The closure's captured variables, in capture order, each where the enclosing body keeps it;
   * false when one of them is not a variable of the enclosing body.
   */
  capture(captures: readonly Omit<Capture, 'from'>[]): boolean {
    for (const c of captures) {
      const from = this.parent?.resolve(c.name);
      if (!from) return false;
      this.capIndex.set(c.name, this.caps.length);
      const ty = from.k === 'local' ? this.parent!.slotTypes[from.slot] : this.parent!.caps[from.idx]?.ty;
      this.caps.push({ ...c, from, byValue: c.byValue || this.moveAll, fields: c.fields && [...c.fields], ty });
    }
    return true;
  }

  /** Resolves a name: a local slot of this function, a capture (closures), or undefined (an item). */
  resolve(name: string): { k: 'local'; slot: number } | { k: 'capture'; idx: number } | undefined {
    const slot = this.lookupLocal(name);
    if (slot !== undefined) return { k: 'local', slot };
    const idx = this.capIndex.get(name);
    return idx === undefined ? undefined : { k: 'capture', idx };
  }

  /** Whether `name` is a variable of an enclosing body that this closure did not capture. */
  uncaptured(name: string): boolean {
    return this.isClosure && this.lookupLocal(name) === undefined && !this.capIndex.has(name) && !!this.parent?.resolve(name);
  }
}
