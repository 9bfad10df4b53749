// What the simulator takes from the resolver for a path that names a function of the program or
// a trait's method (`self::cool::f`, a block-scoped `use`, `<T as Trait>::m`): the simulator's
// own names are not scoped, so it follows the resolver's answer for these.
import type { Resolution } from '../../resolve';
import type { Path } from '../../syntax/ast';

/** The resolver's answer for one path, in the simulator's terms. */
export type PathHint =
  /** A free function, by the simulator's module-qualified name (`my::cool::function`). */
  | { k: 'fn'; qual: string }
  /** A trait's method, called through the trait (`<F as A>::get`, `A::get`). */
  | { k: 'traitMethod'; trait: string; method: string };

export function pathHint(r: Resolution, path: Path): PathHint | undefined {
  const pr = r.paths.get(path.id);
  if (!pr || pr.unresolved !== 0 || pr.res.kind !== 'Def') return undefined;
  const def = r.defs[pr.res.def]!;
  if (def.kind === 'Fn') {
    const mods: string[] = [];
    for (let p = def.parent; p !== undefined && p !== 0; p = r.defs[p]!.parent) {
      if (r.defs[p]!.kind === 'Mod') mods.unshift(r.defs[p]!.name);
    }
    return { k: 'fn', qual: [...mods, def.name].join('::') };
  }
  if (def.kind === 'AssocFn' && def.parent !== undefined && r.defs[def.parent]!.kind === 'Trait') {
    return { k: 'traitMethod', trait: r.defs[def.parent]!.name, method: def.name };
  }
  return undefined;
}
