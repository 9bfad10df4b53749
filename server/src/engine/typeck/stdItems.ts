// std's declarations, made into definitions one item at a time, on the first lookup that reaches
// the item: by name, by module and name, by a trait item's name, or by the head of an impl's self
// type. The table that answers those lookups is made at build time (typeck/stdTable.ts), so a
// process that checks a short file decodes and lowers a few dozen of std's ~900 items, not all.
import { declaredSig } from './check/sig';
import { adtDef, aliasDef, constDef, fnDef, implDef, traitDef, type ImplDef, type ItemDef, type TraitDef } from './defs';
import { adtFieldTys } from './lower';
import type { Program } from './program';
import type { StdDecls, StdEntry } from './stdTable';
import { implHeader, superTraitsOf } from './traits';

export class StdItems {
  private readonly defs: (ItemDef | ImplDef | undefined)[] = [];
  private readonly byName = new Map<string, number>();
  private readonly modules = new Map<string, Map<string, number>>();
  private readonly traitFns = new Map<string, number[]>();
  private readonly traitItems = new Map<string, number[]>();
  private readonly heads: Map<string, number[]>;
  private blanket: ImplDef[] | undefined;

  /** `program` is std's own (its interner the root every run's extends). */
  constructor(
    private readonly decls: StdDecls,
    private readonly program: Program,
  ) {
    const { items } = decls.table;
    for (let i = 0; i < items.length; i++) {
      const e = items[i] as StdEntry;
      if (!e.name) continue;
      // A std alias is found through its module only (`fmt::Result` must not shadow `Result`).
      if (e.kind !== 'TypeAlias' && !this.byName.has(e.name)) this.byName.set(e.name, i);
      let m = this.modules.get(e.mod);
      if (!m) this.modules.set(e.mod, (m = new Map()));
      if (!m.has(e.name)) m.set(e.name, i);
      for (const f of e.fns ?? []) push(this.traitFns, f, i);
      for (const f of [...(e.fns ?? []), ...(e.assoc ?? [])]) push(this.traitItems, f, i);
    }
    this.heads = new Map(decls.table.heads);
  }

  get modSpans(): readonly { start: number; end: number; name: string }[] {
    return this.decls.table.modSpans;
  }

  /** The first std item of this name (module order decides, see std/index.ts). */
  named(name: string): ItemDef | undefined {
    const i = this.byName.get(name);
    return i === undefined ? undefined : (this.at(i) as ItemDef);
  }

  hasModule(mod: string): boolean {
    return this.modules.has(mod);
  }

  inModule(mod: string, name: string): ItemDef | undefined {
    const i = this.modules.get(mod)?.get(name);
    return i === undefined ? undefined : (this.at(i) as ItemDef);
  }

  /** std's traits with a method or associated fn of this name, in declaration order. */
  traitsWithFn(name: string): readonly TraitDef[] {
    return this.listed(this.traitFns, name) as TraitDef[];
  }

  /** std's traits with an item (fn, const or type) of this name, in declaration order. */
  traitsDeclaring(name: string): readonly TraitDef[] {
    return this.listed(this.traitItems, name) as TraitDef[];
  }

  /** std's impls whose self type has this head (`traits.ts` `headKey`), in declaration order. */
  implsForHead(key: string): readonly ImplDef[] {
    return this.listed(this.heads, key) as ImplDef[];
  }

  private readonly lists = new WeakMap<Map<string, number[]>, Map<string, readonly (ItemDef | ImplDef)[]>>();

  /** The items `table` lists under `key`, made; the list is kept (lookups repeat). */
  private listed(table: Map<string, number[]>, key: string): readonly (ItemDef | ImplDef)[] {
    let byKey = this.lists.get(table);
    if (!byKey) this.lists.set(table, (byKey = new Map()));
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = (table.get(key) ?? []).map((i) => this.at(i))));
    return list;
  }

  /** std's impls for a bare type parameter (`impl<T: Display> ToString for T`). */
  blanketImpls(): readonly ImplDef[] {
    return (this.blanket ??= this.decls.table.blanket.map((i) => this.at(i) as ImplDef));
  }

  /** How many items have been made (what a lookup costs, for tests). */
  get made(): number {
    return this.defs.filter((d) => d !== undefined).length;
  }

  /** Every std impl, for tests: never on a lookup. */
  allImpls(): ImplDef[] {
    const out: ImplDef[] = [];
    this.decls.table.items.forEach((e, i) => {
      if (e.kind === 'Impl') out.push(this.at(i) as ImplDef);
    });
    return out;
  }

  /**
   * Item `i`'s definition, made on first use. Its signatures, fields and header are lowered at
   * once in std's own program, as they were when every item was lowered up front, so every run
   * (and every reader of the memoised `sig`, `fieldTys`, `selfTy`) sees the same types; the def
   * is stored before lowering, so items that name each other find it.
   */
  at(i: number): ItemDef | ImplDef {
    const known = this.defs[i];
    if (known) return known;
    const e = this.decls.table.items[i] as StdEntry;
    const node = this.decls.item(i);
    const p = this.program;
    const cx = { p };
    switch (node.kind) {
      case 'Struct': case 'Enum': case 'Union': {
        const def = (this.defs[i] = adtDef(node, e.path, true));
        adtFieldTys(p, def);
        return def;
      }
      case 'Fn': {
        const def = (this.defs[i] = fnDef(node, e.path, true));
        declaredSig(cx, def);
        return def;
      }
      case 'Trait': {
        const def = (this.defs[i] = traitDef(node, e.path, true));
        superTraitsOf(p, def);
        for (const f of def.methods.values()) declaredSig(cx, f);
        return def;
      }
      case 'Impl': {
        const def = (this.defs[i] = implDef(node, true));
        implHeader(p, def);
        for (const f of def.methods.values()) declaredSig(cx, f);
        return def;
      }
      case 'Const': case 'Static':
        return (this.defs[i] = constDef(node, e.path));
      case 'TypeAlias':
        return (this.defs[i] = aliasDef(node, e.path, true));
      default:
        throw new Error(`std item ${i} is a ${node.kind}, which the table does not list`);
    }
  }
}

/** Lists `i` under `key` once (a trait may name a fn and a type alike). */
function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}
