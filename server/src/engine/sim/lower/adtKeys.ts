// The name the simulator keys each program struct and enum by. rustc tells same-named types of
// different modules apart by their paths; the simulator's program keeps one table of types, so a
// name that several types share is keyed by its path from the crate (`a::Noisy`, `b::Noisy`) and
// every path that names one of them is rewritten to that key from the resolver's answer. A name
// only one type has stays the key, so what the trace shows for it is unchanged; a shared one is
// shown by its last segment, as the trace shows every type (`adtShownName`).
import type { Resolution } from '../../resolve';
import type { Def } from '../../resolve/res';
import type { NodeId, Path } from '../../syntax/ast';

export class AdtKeys {
  private readonly byNode = new Map<NodeId, string>();

  constructor(private readonly r: Resolution) {
    const count = new Map<string, number>();
    for (const d of r.defs) if (isAdt(d)) count.set(d.name, (count.get(d.name) ?? 0) + 1);
    for (const d of r.defs) {
      if (isAdt(d) && count.get(d.name)! > 1) this.byNode.set(d.node, this.qualified(d));
    }
  }

  /** The key of the struct or enum an item declares. */
  ofItem(id: NodeId, name: string): string {
    return this.byNode.get(id) ?? name;
  }

  /**
   * The segments the simulator names a struct, enum or variant by, when the resolver's answer
   * differs from what is written: a path through modules (`geo::Spot`, `crate::geo::Turn::By`,
   * `geo::Spot::new`) or a shared name; what the resolver leaves to type checking (`new`) stays.
   */
  segsOf(path: Path): string[] | undefined {
    const pr = this.r.paths.get(path.id);
    if (!pr || pr.res.kind !== 'Def') return undefined;
    const named = this.named(this.r.defs[pr.res.def]!);
    if (!named) return undefined;
    const segs = path.segments;
    const resolvedLen = segs.length - pr.unresolved;
    const rest = segs.slice(resolvedLen).map((s) => s.ident.name);
    if (resolvedLen === named.length && segs.slice(0, resolvedLen).every((s, i) => s.ident.name === named[i])) return undefined;
    return [...named, ...rest];
  }

  /**
   * A pattern's lone name that the resolver found is a unit struct or variant whose key differs
   * from the name (`Marker` of a module whose `Marker` another type shares): its key's segments.
   */
  segsOfName(pat: NodeId, name: string): string[] | undefined {
    const res = this.r.patterns.get(pat);
    if (res?.kind !== 'Def') return undefined;
    const named = this.named(this.r.defs[res.def]!);
    return !named || (named.length === 1 && named[0] === name) ? undefined : named;
  }

  /** A struct's or enum's key, a variant's enum key and name; undefined for any other def. */
  private named(def: Def): string[] | undefined {
    if (isAdt(def)) return [this.ofItem(def.node, def.name)];
    if (def.kind !== 'Variant' || def.parent === undefined) return undefined;
    const e = this.r.defs[def.parent]!;
    return e.kind === 'Enum' ? [this.ofItem(e.node, e.name), def.name] : undefined;
  }

  /**
   * The type's path after the crate's name, as `std::any::type_name` prints it (`shapes::Square`,
   * `main::Local`); undefined inside an impl or trait, whose part of the path the simulator does
   * not spell.
   */
  pathOf(id: NodeId): string | undefined {
    const def = this.r.defOfNode.get(id);
    if (def === undefined) return undefined;
    const d = this.r.defs[def]!;
    const parts = [d.name];
    for (let p = d.parent; p !== undefined && p !== 0; p = this.r.defs[p]!.parent) {
      const o = this.r.defs[p]!;
      if (o.kind === 'Mod' || o.kind === 'Fn') parts.unshift(o.name);
      else return undefined;
    }
    return parts.join('::');
  }

  /** `a::b::Name`: the modules and functions around the type, from the crate. */
  private qualified(d: Def): string {
    const parts = [d.name];
    for (let p = d.parent; p !== undefined && p !== 0; p = this.r.defs[p]!.parent) {
      const o = this.r.defs[p]!;
      if (o.kind === 'Mod' || o.kind === 'Fn' || o.kind === 'AssocFn') parts.unshift(o.name);
    }
    return parts.join('::');
  }
}

function isAdt(d: Def): boolean {
  return d.kind === 'Struct' || d.kind === 'Enum';
}
