// Every definition the checker knows: the user's, collected once per front-end run, and std's,
// found through `StdItems` (made on first lookup, shared by every run).
import type * as A from '../syntax/ast';
import { adtDef, aliasDef, constDef, fnDef, implDef, traitDef, type AdtDef, type FnDef, type ImplDef, type ItemDef, type TraitDef } from './defs';
import type { Names, PartialRes } from './names';
import { UNKNOWN } from './names';
import type { StdItems } from './stdItems';
import { Interner } from './interner';
import { primitiveTy } from './ty';

/** Leading segments of a std declaration's path that name a crate root, not a module. */
const CRATE_ROOTS: ReadonlySet<string> = new Set(['std', 'core', 'alloc', 'crate', 'self', 'super']);

export class Program {
  readonly tcx: Interner;
  /** The program's own impls and traits (std's are found through `stdItems`). */
  readonly impls: ImplDef[] = [];
  readonly traits: TraitDef[] = [];
  /** std's items, made on first lookup; shared by std's program and every run's. */
  get stdItems(): StdItems {
    const items = this.std?.stdItems ?? this.ownStdItems;
    if (!items) throw new Error('a program without std declarations');
    return items;
  }
  private ownStdItems: StdItems | undefined;
  /** This program's own defs by the node that declares them (fns, ADTs, traits, consts). */
  readonly byNode = new Map<object, ItemDef>();
  /** The user's defs by the id of their node (std's ids are of another tree). */
  readonly userById = new Map<A.NodeId, ItemDef>();
  private userNames: Names | undefined;
  /**
   * Whether the checker sees every impl and trait of the user's file (no program macro that could
   * expand to one, none nested where the collection does not reach): only then may it say that a
   * user's type lacks a method, field or impl.
   */
  closed = false;
  /**
   * Whether a `use` may have brought a std trait outside the prelude into scope (a glob of std, a
   * std name that is not a type, or a `use` that did not resolve): its methods then reach std types.
   */
  stdTraitImports = true;
  /** The user's inline modules, whose text bounds what their private items are visible from. */
  readonly userModules: A.Span[] = [];
  readonly stdNames: Names = { resolve: (p) => this.resolveStd(p) };

  /** A program of its own (the std declarations), or one extending `std` with a user's file. */
  constructor(readonly std?: Program) {
    this.tcx = new Interner(std?.tcx);
  }

  /** For std's own program: where its items come from. */
  setStdItems(items: StdItems): void {
    this.ownStdItems = items;
  }

  private setNode(node: A.Item | A.AssocItem, def: ItemDef): void {
    this.byNode.set(node, def);
    this.userById.set(node.id, def);
  }

  /**
   * A std path as the resolver spells it (`std::collections::HashMap`, `std::option::Option::Some`,
   * `std::vec::Vec::new`): the declared item, and how many trailing segments name associated items.
   */
  stdPath(path: string): PartialRes {
    // The same std path is written many times in a file (`println`, `Vec::new`): answered once.
    let known = this.stdPaths.get(path);
    if (!known) this.stdPaths.set(path, (known = this.findStdPath(path)));
    return known;
  }

  private readonly stdPaths = new Map<string, PartialRes>();

  private findStdPath(path: string): PartialRes {
    const segs = path.split('::');
    for (let i = segs.length - 1; i >= 1; i--) {
      const def = this.stdItems.inModule(segs[i - 1] ?? '', segs[i] ?? '');
      if (!def) continue;
      return this.withVariant(def, segs, i);
    }
    // Re-exported away from its declaring module (`std::collections::HashMap` is declared in
    // `collections`): the first std item of that name.
    for (let i = 1; i < segs.length; i++) {
      const def = /^[A-Z]/.test(segs[i] ?? '') ? this.stdItems.named(segs[i] ?? '') : undefined;
      if (def) return this.withVariant(def, segs, i);
    }
    return UNKNOWN;
  }

  private withVariant(def: ItemDef, segs: string[], i: number): PartialRes {
    const rest = segs.length - i - 1;
    if (def.kind === 'adt' && def.adt === 'enum' && rest >= 1) {
      const index = def.variants.findIndex((v) => v.name === segs[i + 1]);
      if (index >= 0) return { res: { kind: 'Variant', adt: def, index }, unresolved: rest - 1 };
    }
    return { res: { kind: 'Def', def }, unresolved: rest };
  }

  /** The traits that declare a method or associated fn of this name: std's first. */
  traitsWithFn(name: string): readonly TraitDef[] {
    if (!this.traitFns) {
      this.traitFns = new Map();
      for (const t of this.traits) {
        for (const m of t.methods.keys()) {
          const list = this.traitFns.get(m) ?? [];
          list.push(t);
          this.traitFns.set(m, list);
        }
      }
    }
    let list = this.traitFnLists.get(name);
    if (!list) {
      const std = this.stdItems.traitsWithFn(name);
      const own = this.traitFns.get(name);
      this.traitFnLists.set(name, (list = own ? [...std, ...own] : std));
    }
    return list;
  }

  /** The program's own traits by fn name, and the lists `traitsWithFn` gave (std's and these). */
  private traitFns: Map<string, TraitDef[]> | undefined;
  private readonly traitFnLists = new Map<string, readonly TraitDef[]>();

  /** The traits with an item (fn, const or type) of this name: std's first. */
  traitsDeclaring(name: string): readonly TraitDef[] {
    return [...this.stdItems.traitsDeclaring(name), ...this.traits.filter((t) => t.node.items.some((i) => 'name' in i && i.name.name === name))];
  }

  setUserNames(names: Names): void {
    this.userNames = names;
  }

  namesFor(std: boolean): Names {
    return std ? this.stdNames : this.userNames ?? { resolve: () => UNKNOWN };
  }

  identPatRes(pat: A.IdentPat) {
    return this.userNames?.identPat?.(pat);
  }

  stdDef(name: string): ItemDef | undefined {
    return this.stdItems.named(name);
  }

  stdAdt(name: string): AdtDef | undefined {
    const d = this.stdItems.named(name);
    return d?.kind === 'adt' ? d : undefined;
  }

  stdTrait(name: string): TraitDef | undefined {
    const d = this.stdItems.named(name);
    return d?.kind === 'trait' ? d : undefined;
  }

  /** Collects the user's items (std's are made on lookup, see `StdItems`). */
  collect(items: readonly A.Item[], modPath: string[] = []): void {
    for (const item of items) this.collectItem(item, modPath);
  }

  /** The user's items declared in blocks, as the resolver reached them. */
  collectBlockItems(items: readonly A.Item[]): void {
    for (const item of items) if (!this.byNode.has(item)) this.collectItem(item, []);
  }

  private register(item: A.Item, def: ItemDef): void {
    this.byNode.set(item, def);
    this.userById.set(item.id, def);
  }

  private collectItem(item: A.Item, modPath: string[]): void {
    switch (item.kind) {
      case 'Mod':
        if (item.items) {
          this.userModules.push(item.span);
          this.collect(item.items, [...modPath, item.name.name]);
        }
        return;
      case 'Struct': case 'Enum': case 'Union':
        this.register(item, adtDef(item, itemPath(modPath, item.name.name), false));
        return;
      // Items declared in a body are items too (`fn main() { fn helper() {} }`); they come from
      // the resolver, at any depth (collectBlockItems).
      case 'Fn':
        this.register(item, fnDef(item, itemPath(modPath, item.name.name), false));
        return;
      case 'Trait': {
        const t = traitDef(item, itemPath(modPath, item.name.name), false);
        this.traits.push(t);
        for (const f of t.methods.values()) this.setNode(f.node, f);
        this.register(item, t);
        return;
      }
      case 'Impl': {
        const impl = implDef(item, false);
        this.impls.push(impl);
        for (const f of impl.methods.values()) this.setNode(f.node, f);
        for (const it of item.items) if (it.kind === 'Const') this.setNode(it, constDef(it, it.name.name, impl));
        return;
      }
      case 'Const': case 'Static':
        this.register(item, constDef(item, itemPath(modPath, item.name.name)));
        return;
      case 'TypeAlias':
        if (item.ty) this.register(item, aliasDef(item, itemPath(modPath, item.name.name), false));
        return;
      default:
        return;
    }
  }


  /** Std declarations' own paths: the module's item, then the first std item of that name. */
  private resolveStd(p: A.Path): PartialRes {
    const segs = p.segments.map((s) => s.ident.name);
    let i = 0;
    while (i < segs.length - 1 && CRATE_ROOTS.has(segs[i] ?? '')) i++;
    const first = segs[i] ?? '';
    if (first === 'Self') return { res: { kind: 'SelfTy' }, unresolved: segs.length - i - 1 };
    const prim = primitiveTy(first);
    if (prim && segs.length - i >= 1) return { res: { kind: 'Prim', ty: prim }, unresolved: segs.length - i - 1 };
    const items = this.stdItems;
    let def = items.hasModule(first) && i + 1 < segs.length ? items.inModule(first, segs[i + 1] ?? '') : undefined;
    if (def) i++;
    else def = items.inModule(this.stdModuleAt(p.span.start), first) ?? items.named(first);
    if (!def) return UNKNOWN;
    const rest = segs.length - i - 1;
    if (def.kind === 'adt' && def.adt === 'enum' && rest >= 1) {
      const index = def.variants.findIndex((v) => v.name === segs[i + 1]);
      if (index >= 0) return { res: { kind: 'Variant', adt: def, index }, unresolved: rest - 1 };
    }
    return { res: { kind: 'Def', def }, unresolved: rest };
  }

  /**
   * The innermost std module whose text contains `offset`. The spans are in source order (a
   * module before the modules inside it), so it is the last one starting at or before `offset`
   * that has not ended: a binary search, since every path of std's declarations asks.
   */
  private stdModuleAt(offset: number): string {
    const spans = this.stdItems.modSpans;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as { start: number }).start <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const m = spans[i] as { start: number; end: number; name: string };
      if (offset < m.end) return m.name;
    }
    return '';
  }

}

export type { AdtDef, FnDef, ImplDef, TraitDef };

/** An item's path in the crate (`a::b::Name`), as its module path and name make it. */
function itemPath(modPath: readonly string[], name: string): string {
  return modPath.length === 0 ? name : `${modPath.join('::')}::${name}`;
}
