// Every definition the checker knows, std's and the user's, with the impls indexed by the type
// or trait they are for. Built once per front-end run; the std part's syntax is shared.
import type * as A from '../syntax/ast';
import { adtDef, aliasDef, fnDef, implDef, traitDef, type AdtDef, type ConstDef, type FnDef, type ImplDef, type ItemDef, type TraitDef, genericsOf } from './defs';
import type { Names, PartialRes } from './names';
import { UNKNOWN } from './names';
import { Interner, primitiveTy } from './ty';

/** Leading segments of a std declaration's path that name a crate root, not a module. */
const CRATE_ROOTS: ReadonlySet<string> = new Set(['std', 'core', 'alloc', 'crate', 'self', 'super']);

export class Program {
  readonly tcx: Interner;
  readonly impls: ImplDef[];
  readonly traits: TraitDef[];
  /** Std items by name, the first declared winning (see std/index.ts). */
  readonly stdByName: Map<string, ItemDef>;
  /** Std items by module name and item name. */
  readonly stdModules: Map<string, Map<string, ItemDef>>;
  /** Where each std module's text is, to resolve a bare name in its own module first. */
  private readonly stdModuleSpans: { start: number; end: number; name: string }[];
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
    this.impls = [...(std?.impls ?? [])];
    this.traits = [...(std?.traits ?? [])];
    this.stdByName = std?.stdByName ?? new Map();
    this.stdModules = std?.stdModules ?? new Map();
    this.stdModuleSpans = std?.stdModuleSpans ?? [];
  }

  private setNode(node: A.Item | A.AssocItem, def: ItemDef, std: boolean): void {
    this.byNode.set(node, def);
    if (!std) this.userById.set(node.id, def);
  }

  /**
   * A std path as the resolver spells it (`std::collections::HashMap`, `std::option::Option::Some`,
   * `std::vec::Vec::new`): the declared item, and how many trailing segments name associated items.
   */
  stdPath(path: string): PartialRes {
    const segs = path.split('::');
    for (let i = segs.length - 1; i >= 1; i--) {
      const def = this.stdModules.get(segs[i - 1] ?? '')?.get(segs[i] ?? '');
      if (!def) continue;
      return this.withVariant(def, segs, i);
    }
    // Re-exported away from its declaring module (`std::collections::HashMap` is declared in
    // `collections`): the first std item of that name.
    for (let i = 1; i < segs.length; i++) {
      const def = this.stdByName.get(segs[i] ?? '');
      if (def && /^[A-Z]/.test(segs[i] ?? '')) return this.withVariant(def, segs, i);
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

  /** The traits that declare a method or associated fn of this name. */
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
    return this.traitFns.get(name) ?? [];
  }

  private traitFns: Map<string, TraitDef[]> | undefined;

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
    return this.stdByName.get(name);
  }

  stdAdt(name: string): AdtDef | undefined {
    const d = this.stdByName.get(name);
    return d?.kind === 'adt' ? d : undefined;
  }

  stdTrait(name: string): TraitDef | undefined {
    const d = this.stdByName.get(name);
    return d?.kind === 'trait' ? d : undefined;
  }

  /** Collects the items of a source; `std` sources register their names for `resolveStd`. */
  collect(items: readonly A.Item[], std: boolean, modPath: string[] = []): void {
    for (const item of items) this.collectItem(item, std, modPath);
  }

  /** The user's items declared in blocks, as the resolver reached them. */
  collectBlockItems(items: readonly A.Item[]): void {
    for (const item of items) if (!this.byNode.has(item)) this.collectItem(item, false, []);
  }

  private collectItem(item: A.Item, std: boolean, modPath: string[]): void {
    const path = (name: string): string => [...modPath, name].join('::');
    const register = (name: string, def: ItemDef): void => {
      this.byNode.set(item, def);
      if (!std) {
        this.userById.set(item.id, def);
        return;
      }
      // A std alias is found through its module only (`fmt::Result` must not shadow `Result`).
      if (!this.stdByName.has(name) && def.kind !== 'alias') this.stdByName.set(name, def);
      const mod = modPath[modPath.length - 1] ?? '';
      let m = this.stdModules.get(mod);
      if (!m) this.stdModules.set(mod, (m = new Map()));
      if (!m.has(name)) m.set(name, def);
    };
    switch (item.kind) {
      case 'Mod':
        if (std) this.stdModuleSpans.push({ start: item.span.start, end: item.span.end, name: item.name.name });
        else if (item.items) this.userModules.push(item.span);
        if (item.items) this.collect(item.items, std, [...modPath, item.name.name]);
        return;
      case 'Struct': case 'Enum': case 'Union':
        register(item.name.name, adtDef(item, path(item.name.name), std));
        return;
      case 'Fn':
        register(item.name.name, fnDef(item, path(item.name.name), std));
        // Items declared in a body are items too (`fn main() { fn helper() {} }`); the user's, at
        // any depth, come from the resolver (collectBlockItems).
        if (std) for (const s of item.body?.stmts ?? []) if (s.kind === 'ItemStmt') this.collectItem(s.item, std, modPath);
        return;
      case 'Trait': {
        const t = traitDef(item, path(item.name.name), std);
        this.traits.push(t);
        for (const f of t.methods.values()) this.setNode(f.node, f, std);
        register(item.name.name, t);
        return;
      }
      case 'Impl': {
        const impl = implDef(item, std);
        this.impls.push(impl);
        for (const f of impl.methods.values()) this.setNode(f.node, f, std);
        for (const it of item.items) if (it.kind === 'Const') this.setNode(it, constDef(it, it.name.name, std, impl), std);
        return;
      }
      case 'Const': case 'Static':
        register(item.name.name, constDef(item, path(item.name.name), std));
        return;
      case 'TypeAlias':
        if (item.ty) register(item.name.name, aliasDef(item, path(item.name.name), std));
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
    let def: ItemDef | undefined;
    const mod = this.stdModules.get(first);
    if (mod && i + 1 < segs.length && mod.has(segs[i + 1] ?? '')) {
      def = mod.get(segs[i + 1] ?? '');
      i++;
    } else def = this.stdModules.get(this.stdModuleAt(p.span.start))?.get(first) ?? this.stdByName.get(first);
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
    const spans = this.stdModuleSpans;
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

function constDef(node: A.ConstItem | A.StaticItem, path: string, std: boolean, owner?: ImplDef): ConstDef {
  return { kind: 'const', name: node.name.name, path, node, generics: genericsOf(node.kind === 'Const' ? node.generics : undefined, owner?.generics), owner };
}

export type { AdtDef, FnDef, ImplDef, TraitDef };
