// Paths, as rustc's late resolution reads them: a single name looked up through the ribs
// (innermost first; locals and generic parameters stop at an item boundary), the module, the
// extern prelude, the std prelude and the primitive types; a longer path walked segment by
// segment through modules, enums and traits, the rest left to type checking. Errors are rustc's
// codes and words at rustc's primary span.
import type { GenericArgs, Ident, NodeId, Path, Type } from '../syntax/ast';
import { NodeTable } from '../syntax/nodeTable';
import type { Collector } from './collect';
import { stdFits, type Modules } from './modules';
import type { DefId, DefKind, PathRes, Res, ResolveDiagnostic } from './res';
import type { Ns, Scope } from './scope';
import { EXTERN_PRELUDE, PRELUDE, PRIMITIVES, STD_MACROS, stdPathOf } from './stdTable';

/**
 * A rib's names in one namespace. A rib holds a few names (one `let`'s bindings, a fn's
 * parameters or generics), and a body makes one per `let`, so a list searched from the end costs
 * less than a Map; its arrays are made on the first name.
 */
export class RibNames {
  private names: string[] | undefined;
  private res: Res[] | undefined;

  get(name: string): Res | undefined {
    const names = this.names;
    if (names === undefined) return undefined;
    for (let i = names.length - 1; i >= 0; i--) if (names[i] === name) return this.res![i];
    return undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  set(name: string, res: Res): void {
    if (this.names === undefined) {
      this.names = [name];
      this.res = [res];
      return;
    }
    const i = this.names.lastIndexOf(name);
    if (i >= 0) this.res![i] = res;
    else {
      this.names.push(name);
      this.res!.push(res);
    }
  }
}

export interface Rib {
  values: RibNames;
  types: RibNames;
  /** A block's item scope, visible from everything inside the block. */
  scope?: Scope;
  /** Locals and generic parameters outside an item are not visible in it. */
  barrier: boolean;
}

/** Where a path is used, which decides its namespace and rustc's words when it is not found. */
export type PathCtx = 'value' | 'call' | 'type' | 'trait' | 'struct' | 'tupleStructPat' | 'pat';

/** How rustc names an item in "… is private". */
const PRIVATE_WORDS: Partial<Record<DefKind, string>> = {
  Mod: 'module', Fn: 'function', Struct: 'struct', Enum: 'enum', Union: 'union', Trait: 'trait',
  Const: 'constant', Static: 'static', TyAlias: 'type alias',
};

export abstract class PathResolver {
  readonly paths = new NodeTable<PathRes>();
  protected ribs: Rib[] = [];
  protected mod: Scope;

  constructor(
    protected readonly c: Collector,
    protected readonly m: Modules,
    protected readonly diagnostics: ResolveDiagnostic[],
    /** No "cannot find" errors at all (a syntax error, or a macro that may define names). */
    protected readonly quiet: boolean,
  ) {
    this.mod = c.root;
  }

  /** Resolves the paths inside a type (a qualified path's `Self` type). */
  protected abstract type(t: Type): void;
  /** Resolves the types and constants of generic arguments. */
  protected abstract genericArgs(a: GenericArgs): void;

  // --- paths ------------------------------------------------------------------------------

  /** A single name, looked up from the innermost rib outwards, then the module, the extern prelude, the std prelude, the primitives. */
  lookup(name: string, ns: Ns, itemsOnly = false): Res | undefined {
    let crossed = itemsOnly;
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      const rib = this.ribs[i]!;
      if (!crossed && ns !== 'macro') {
        const r = (ns === 'type' ? rib.types : rib.values).get(name);
        if (r) return r;
      }
      if (itemsOnly && ns === 'type' && name === 'Self') {
        const r = rib.types.get(name);
        if (r) return r;
      }
      if (rib.scope) {
        const b = this.m.inScope(rib.scope, name, ns, rib.scope);
        if (b) return b.res;
      }
      if (rib.barrier) crossed = true;
    }
    const b = this.m.inScope(this.mod, name, ns, this.mod);
    if (b) return b.res;
    if (ns === 'type' && EXTERN_PRELUDE.has(name)) return { kind: 'Std', path: 'std' };
    const p = PRELUDE[name];
    if (p && stdFits(p.ns, ns)) return { kind: 'Std', path: p.path };
    if (ns === 'macro' && STD_MACROS.has(name)) return { kind: 'Std', path: `std::${name}` };
    if (ns === 'type' && PRIMITIVES.has(name)) return { kind: 'Prim', name };
    return undefined;
  }

  /** Whether a name not found might still exist (a local of an outer fn, an unexpanded macro's item…). */
  protected mayExist(name: string, ns: Ns): boolean {
    if (this.quiet || this.mod.opaque) return true;
    for (const rib of this.ribs) {
      if (rib.scope?.opaque) return true;
      if ((ns === 'type' ? rib.types : rib.values).has(name)) return true;
    }
    return false;
  }

  protected record(path: Path, res: Res, unresolved = 0): void {
    this.paths.set(path.id, { res, unresolved });
  }

  path(path: Path, ctx: PathCtx): void {
    const segments = path.segments;
    for (let k = 0; k < segments.length; k++) {
      const args = segments[k]!.args;
      if (args) this.genericArgs(args);
    }
    const ns: Ns = ctx === 'type' || ctx === 'trait' || ctx === 'struct' ? 'type' : 'value';
    const segs = path.segments;
    const n = segs.length;
    if (path.qself) {
      this.type(path.qself.ty);
      if (path.qself.trait) {
        this.path(path.qself.trait, 'trait');
        const tr = this.paths.get(path.qself.trait.id)?.res;
        if (tr?.kind === 'Def' && this.c.defs[tr.def]!.kind === 'Trait' && n >= 1) {
          const item = this.m.assoc(tr.def, segs[0]!.ident.name, n === 1 ? ns : 'type');
          if (item !== undefined) return this.record(path, { kind: 'Def', def: item }, n - 1);
        }
        if (tr?.kind === 'Std') return this.record(path, { kind: 'Std', path: `${tr.path}::${segs.map((s) => s.ident.name).join('::')}` });
        return this.record(path, tr ?? { kind: 'Err' }, n);
      }
      const base = path.qself.ty.kind === 'PathType' ? this.paths.get(path.qself.ty.path.id)?.res : undefined;
      return this.record(path, base ?? { kind: 'Err' }, n);
    }
    const first = segs[0]!.ident;
    let cur: Res | undefined;
    let i = 1;
    if (path.global) {
      cur = EXTERN_PRELUDE.has(first.name) ? { kind: 'Std', path: 'std' } : undefined;
      if (!cur) return this.record(path, { kind: 'Err' });
    } else if (first.name === 'crate') cur = { kind: 'Def', def: this.c.root.def };
    else if ((first.name === 'self' && n > 1) || first.name === 'super') {
      let s: Scope | undefined = this.mod;
      if (first.name === 'super') s = s.parent;
      while (s && segs[i]?.ident.name === 'super') {
        s = s.parent;
        i++;
      }
      if (!s) return this.record(path, { kind: 'Err' });
      cur = { kind: 'Def', def: s.def };
    } else {
      cur = this.lookup(first.name, n === 1 ? ns : 'type');
      if (!cur && n === 1) return this.notFound(path, ctx);
      if (!cur) {
        if (!this.mayExist(first.name, 'type')) {
          const what = /^[A-Z]/.test(first.name) ? 'type' : 'module or crate';
          this.diagnostics.push({ code: 'E0433', message: `cannot find ${what} \`${first.name}\` in this scope`, span: first.span });
        }
        return this.record(path, { kind: 'Err' });
      }
    }
    if (!cur) return this.record(path, { kind: 'Err' });
    for (; i < n; i++) {
      const seg = segs[i]!.ident;
      const isLast = i === n - 1;
      const want: Ns = isLast ? ns : 'type';
      if (cur.kind === 'Std') {
        const rest = segs.slice(i).map((s) => s.ident.name);
        return this.record(path, { kind: 'Std', path: cur.path === 'std' ? stdPathOf(['std', ...rest]) : `${cur.path}::${rest.join('::')}` });
      }
      if (cur.kind !== 'Def') return this.record(path, cur, n - i);
      const def = this.c.defs[cur.def]!;
      if (def.kind === 'Mod') {
        const scope = this.c.scopeOfMod.get(cur.def)!;
        const b = this.m.inScope(scope, seg.name, want, this.mod);
        if (!b) {
          // A private item that exists is E0603 (privacy), not a name that names nothing.
          const exists = scope.names.type.has(seg.name) || scope.names.value.has(seg.name);
          if (!scope.opaque && !this.quiet && !exists) this.missingIn(path, i, ctx, def.name || 'crate');
          const hidden = scope.names[want].get(seg.name);
          if (hidden?.privateItem && hidden.res.kind === 'Def') this.private(seg, hidden.res.def);
          return this.record(path, { kind: 'Err' });
        }
        cur = b.res;
        continue;
      }
      if (def.kind === 'Enum') {
        const v = this.m.variant(cur.def, seg.name, want);
        if (v === undefined) return this.record(path, cur, n - i);
        cur = { kind: 'Def', def: v };
        continue;
      }
      if (def.kind === 'Trait') {
        const a = this.m.assoc(cur.def, seg.name, want);
        if (a === undefined) return this.record(path, cur, n - i);
        cur = { kind: 'Def', def: a };
        continue;
      }
      return this.record(path, cur, n - i);
    }
    this.record(path, cur);
  }

  /** rustc's error for a single name that resolves to nothing. */
  protected notFound(path: Path, ctx: PathCtx): void {
    const ident = path.segments[0]!.ident;
    const name = ident.name;
    this.record(path, { kind: 'Err' });
    const ns: Ns = ctx === 'type' || ctx === 'trait' || ctx === 'struct' ? 'type' : 'value';
    if (this.mayExist(name, ns)) return;
    if (name === 'Self' && ns === 'type') {
      this.diagnostics.push({ code: 'E0411', message: 'cannot find type `Self` in this scope', span: ident.span });
      return;
    }
    // `self` where no method's `self` parameter is in scope (an associated fn without one).
    if (name === 'self' && (ctx === 'value' || ctx === 'call')) {
      this.diagnostics.push({ code: 'E0424', message: 'expected value, found module `self`', span: ident.span });
      return;
    }
    // `Self` outside an impl in value position is E0411's kin: not this check's words.
    if (name === 'self' || name === 'Self') return;
    if (ctx === 'value' || ctx === 'call') {
      const t = this.lookup(name, 'type');
      if (t?.kind === 'Def') {
        const d = this.c.defs[t.def]!;
        if (d.kind === 'Struct' && d.ctor === 'Named') {
          const message = ctx === 'call'
            ? `expected function, tuple struct or tuple variant, found struct \`${name}\``
            : `expected value, found struct \`${name}\``;
          this.diagnostics.push({ code: 'E0423', message, span: ident.span });
        } else if (d.kind === 'Mod' && ctx === 'value') {
          this.diagnostics.push({ code: 'E0423', message: `expected value, found module \`${name}\``, span: ident.span });
        }
        return;
      }
      if (t) return;
      const what = ctx === 'call' ? 'function' : 'value';
      this.diagnostics.push({ code: 'E0425', message: `cannot find ${what} \`${name}\` in this scope`, span: ident.span });
      return;
    }
    if (ctx === 'type') {
      if (this.lookup(name, 'value')) return;
      this.diagnostics.push({ code: 'E0425', message: `cannot find type \`${name}\` in this scope`, span: ident.span });
      return;
    }
    if (ctx === 'struct') {
      this.diagnostics.push({ code: 'E0422', message: `cannot find struct, variant or union type \`${name}\` in this scope`, span: ident.span });
      return;
    }
    if (ctx === 'trait') {
      this.diagnostics.push({ code: 'E0405', message: `cannot find trait \`${name}\` in this scope`, span: ident.span });
      return;
    }
    if (ctx === 'tupleStructPat') {
      if (this.lookup(name, 'type')) return;
      this.diagnostics.push({ code: 'E0531', message: `cannot find tuple struct or tuple variant \`${name}\` in this scope`, span: ident.span });
    }
  }

  /** rustc's E0603 for a path through an item its module does not make `pub`. */
  private private(ident: Ident, def: DefId): void {
    const what = PRIVATE_WORDS[this.c.defs[def]!.kind];
    if (what) this.diagnostics.push({ code: 'E0603', message: `${what} \`${ident.name}\` is private`, span: ident.span });
  }

  /** rustc's error for `m::x` where module `m` has no `x`. */
  protected missingIn(path: Path, i: number, ctx: PathCtx, module: string): void {
    const ident = path.segments[i]!.ident;
    const isLast = i === path.segments.length - 1;
    if (!isLast) {
      this.diagnostics.push({ code: 'E0433', message: `cannot find \`${ident.name}\` in \`${module}\``, span: ident.span });
      return;
    }
    if (ctx === 'value' || ctx === 'call') {
      const what = ctx === 'call' ? 'function' : 'value';
      this.diagnostics.push({ code: 'E0425', message: `cannot find ${what} \`${ident.name}\` in module \`${module}\``, span: ident.span });
    } else if (ctx === 'type') {
      this.diagnostics.push({ code: 'E0425', message: `cannot find type \`${ident.name}\` in module \`${module}\``, span: ident.span });
    } else if (ctx === 'struct') {
      this.diagnostics.push({ code: 'E0422', message: `cannot find struct, variant or union type \`${ident.name}\` in module \`${module}\``, span: ident.span });
    } else if (ctx === 'trait') {
      this.diagnostics.push({ code: 'E0405', message: `cannot find trait \`${ident.name}\` in module \`${module}\``, span: ident.span });
    }
  }
}
