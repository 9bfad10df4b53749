// The resolver's results, seen as the checker needs them: DefIds mapped to the checker's defs,
// std paths to the std declarations, and a lone identifier pattern that names a unit variant or
// constant instead of binding.
import type { Res as ResolvedRes, Resolution } from '../resolve';
import type { IdentPat, NodeId, Path } from '../syntax/ast';
import type { AdtDef } from './defs';
import { UNKNOWN, type Names, type PartialRes, type Res } from './names';
import type { Program } from './program';
import { primitiveTy } from './ty';
import { NodeTable } from '../syntax/nodeTable';

export function userNames(resolution: Resolution): (p: Program) => Names {
  return (p) => {
    const wholeDefs: (PartialRes | undefined)[] = [];
    const convert = (r: ResolvedRes, unresolved: number): PartialRes => {
      switch (r.kind) {
        case 'Local': return { res: r, unresolved };
        case 'SelfTy': return { res: { kind: 'SelfTy' }, unresolved };
        case 'Prim': {
          const ty = primitiveTy(r.name);
          return ty ? { res: { kind: 'Prim', ty }, unresolved } : UNKNOWN;
        }
        case 'Std': {
          const s = p.stdPath(r.path);
          return s === UNKNOWN || unresolved === 0 ? s : { res: s.res, unresolved: s.unresolved + unresolved };
        }
        case 'Def': {
          const d = resolution.defs[r.def];
          if (!d) return UNKNOWN;
          if (d.kind === 'Variant') {
            const parent = d.parent === undefined ? undefined : resolution.defs[d.parent];
            const adt = parent && p.userById.get(parent.node);
            if (adt?.kind !== 'adt') return UNKNOWN;
            const index = adt.variants.findIndex((v) => v.name === d.name);
            return index < 0 ? UNKNOWN : { res: { kind: 'Variant', adt: adt as AdtDef, index }, unresolved };
          }
          if (d.kind === 'Mod') return { res: { kind: 'Module' }, unresolved };
          // One answer per item for its paths that name it whole (most of them).
          if (unresolved === 0) {
            const whole = wholeDefs[r.def];
            if (whole) return whole;
          }
          const def = p.userById.get(d.node);
          if (!def) return UNKNOWN;
          const res: PartialRes = { res: { kind: 'Def', def }, unresolved };
          if (unresolved === 0) wholeDefs[r.def] = res;
          return res;
        }
        default: return UNKNOWN;
      }
    };
    // A path is asked for several times (a call's callee as a constructor, then as a value): its
    // answer is kept by node id. Not an unknown one: a def collected later may still answer it.
    const known = new NodeTable<PartialRes>();
    return {
      resolve(path: Path): PartialRes {
        let c = known.get(path.id);
        if (c !== undefined) return c;
        const r = resolution.paths.get(path.id);
        if (!r) return UNKNOWN;
        // A local's resolution is already what the checker reads (`{ res, unresolved }`).
        c = r.res.kind === 'Local' ? (r as PartialRes) : convert(r.res, r.unresolved);
        if (c !== UNKNOWN) known.set(path.id, c);
        return c;
      },
      itemCount(kind: 'Impl' | 'Trait'): number {
        return resolution.defs.filter((d) => d?.kind === kind).length;
      },
      blockItems: () => resolution.blockItems,
      stdImports: () => resolution.stdImports,
      traitInScope(call: NodeId, trait: NodeId): boolean | undefined {
        const def = resolution.defOfNode.get(trait);
        const scope = resolution.methodScopes.get(call);
        return def === undefined || !scope ? undefined : scope.traitInScope(def);
      },
      identPat(pat: IdentPat): Res | undefined {
        const r = resolution.patterns.get(pat.id);
        if (!r || (r.kind === 'Local' && r.binding === pat.id) || r.kind === 'Local') return undefined;
        const c = convert(r, 0);
        return c.res.kind === 'Unknown' ? { kind: 'Unknown' } : c.res;
      },
    };
  };
}
