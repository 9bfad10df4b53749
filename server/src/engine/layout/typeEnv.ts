// The type environment of one file: resolves type expressions (paths through `use` imports, the
// file's own declarations, the std table, generic arguments) and computes their layouts, cached
// by the printed type. Anything it cannot see — a type from another crate, a generic parameter
// never instantiated, an unsized type — comes out as `known: false` with the name that blocked it.
import { parseRust } from '../parse/parser';
import type { Resolution } from '../resolve';
import type { AssocItem, Ast, Item, Type } from '../syntax/ast';
import { lower } from '../syntax/lower';
import { collectDeclarations, genericParams, type FileDeclarations, type TypeDecl } from './declarations';
import { declaredAdtLayout } from './declaredAdt';
import { LayoutCache } from './layoutCache';
import { arrayLayout, NEVER, UNIT, unknown, type LayoutResult, type UnknownLayout } from './layout';
import { nonNullPointer, pointerLayout, primitiveLayout, type PointerMetadata } from './primitives';
import { stdRule, type StdContext } from './stdTypes';
import { printType, substitute, typeExprOf, type TypeExpr } from './typeExpr';
import { univariant, type FieldInput } from './univariant';

/** Concrete types for generic parameters in scope, by name, as type text (e.g. `T` -> `Vec<u8>`). */
export type GenericArgs = ReadonlyMap<string, string>;

export type SizeOverrides = ReadonlyMap<string, { size: number; align: number }>;

/** What the generic parameters and `Self` of the items around a type mean there, by name. */
export type TypeScope = ReadonlyMap<string, TypeExpr>;

/** The scope of the file's root: nothing bound. */
export const NO_SCOPE: TypeScope = new Map();

const STD_ROOTS = new Set(['std', 'core', 'alloc']);

function merge(reason: string, ...parts: UnknownLayout[]): UnknownLayout {
  return unknown(reason, ...new Set(parts.flatMap((p) => p.unknownTypes)));
}

type Resolved =
  | { kind: 'decl'; decl: TypeDecl }
  | { kind: 'std'; segments: string[] }
  | { kind: 'unknown'; result: UnknownLayout };

export class TypeEnv {
  readonly declarations: FileDeclarations;
  private readonly cache = new LayoutCache<string>();
  private readonly textCache = new Map<string, TypeExpr>();

  constructor(readonly program: { readonly ast: Ast; readonly resolution: Resolution }, readonly overrides: SizeOverrides = new Map()) {
    this.declarations = collectDeclarations(program.ast, program.resolution);
  }

  /** Every struct, enum, union and alias of the file (top-level first, then nested). */
  get decls(): TypeDecl[] {
    return this.declarations.decls;
  }

  /** The layout of a type of this file's Ast (a field, a `let` annotation), read in `scope`. */
  layoutOfType(ty: Type, scope: TypeScope = NO_SCOPE, generics?: GenericArgs): LayoutResult {
    return this.layoutOfExpr(this.exprOfType(ty, scope, generics));
  }

  /** The layout of a type written as text, e.g. the `T` of `size_of::<T>()`. */
  layoutOfText(typeText: string, generics?: GenericArgs): LayoutResult {
    const expr = this.parseText(typeText);
    if (!expr) return unknown(`\`${typeText}\` is not a type`, typeText);
    return this.layoutOfExpr(generics ? substitute(expr, this.genericMap(generics)) : expr);
  }

  /** The layout of a declaration with its generic parameters bound to `args` (type texts). */
  layoutOfDecl(decl: TypeDecl, args: string[] = []): LayoutResult {
    const exprs: TypeExpr[] = [];
    for (const a of args) {
      const e = this.parseText(a);
      if (!e) return unknown(`\`${a}\` is not a type`, a);
      exprs.push(e);
    }
    return this.instantiate(decl, exprs);
  }

  /** The TypeExpr of a type of this file's Ast, with `scope`'s generics and `Self` bound (and `generics` over them). */
  exprOfType(ty: Type, scope: TypeScope = NO_SCOPE, generics?: GenericArgs): TypeExpr {
    const expr = typeExprOf(ty, this.declarations.source);
    const bound = generics ? new Map([...scope, ...this.genericMap(generics)]) : scope;
    return bound.size ? substitute(expr, bound) : expr;
  }

  /**
   * The scope inside `item`, nested in `outer`: its generic parameters stay parameters (the inner
   * shadowing the outer), and `Self` means an impl's type or the ADT itself.
   */
  scopeIn(outer: TypeScope, item: Item | AssocItem): TypeScope {
    if (item.kind !== 'Fn' && item.kind !== 'Impl' && item.kind !== 'Trait' && item.kind !== 'Struct' && item.kind !== 'Enum' && item.kind !== 'Union' && item.kind !== 'TypeAlias' && item.kind !== 'Const') return outer;
    const own = genericParams(item.generics, this.declarations.source);
    if (own.length === 0 && item.kind !== 'Impl' && item.kind !== 'Struct' && item.kind !== 'Enum' && item.kind !== 'Union') return outer;
    const scope = new Map(outer);
    for (const p of own) scope.set(p.name, { kind: 'param', name: p.name, maybeUnsized: p.maybeUnsized });
    if (item.kind === 'Impl') scope.set('Self', substitute(typeExprOf(item.selfTy, this.declarations.source), scope));
    else if (item.kind === 'Struct' || item.kind === 'Enum' || item.kind === 'Union') scope.set('Self', { kind: 'path', segments: [item.name.name], args: own.map((p) => scope.get(p.name)!) });
    return scope;
  }

  private genericMap(generics: GenericArgs): Map<string, TypeExpr> {
    const m = new Map<string, TypeExpr>();
    for (const [name, text] of generics) {
      const e = this.parseText(text);
      if (e) m.set(name, e);
    }
    return m;
  }

  /** A type written as text, read as the Ast reads any type (with this file's constants). */
  private parseText(text: string): TypeExpr | undefined {
    const hit = this.textCache.get(text);
    if (hit) return hit;
    const source = `type __T = ${text};`;
    const tree = parseRust(source);
    try {
      if (tree.rootNode.hasError) return undefined;
      const item = lower(tree, source).root.items[0];
      if (item?.kind !== 'TypeAlias' || !item.ty) return undefined;
      const expr = typeExprOf(item.ty, { text: source, evalConst: this.declarations.evalConst });
      this.textCache.set(text, expr);
      return expr;
    } finally {
      tree.delete();
    }
  }

  /** The layout of a type expression. */
  layoutOfExpr(t: TypeExpr): LayoutResult {
    const override = this.overrides.get(printType(t));
    if (override) return { known: true, size: override.size, align: override.align, padding: 0, niche: null };
    return this.cache.layout(printType(t, true), () => printType(t), () => this.compute(t));
  }

  private compute(t: TypeExpr): LayoutResult {
    switch (t.kind) {
      case 'never':
        return NEVER;
      case 'fn':
        return nonNullPointer('thin');
      case 'param':
        return unknown(`generic parameter \`${t.name}\` is not instantiated`, t.name);
      case 'opaque':
        return unknown(t.why, t.text);
      case 'dyn':
        return unknown(`\`${t.text}\` is unsized: it only exists behind a pointer`, t.text);
      case 'slice':
        return unknown(`\`${printType(t)}\` is unsized: it only exists behind a pointer`, printType(t));
      case 'ref':
      case 'ptr': {
        const meta = this.metadataOf(t.inner);
        if (typeof meta !== 'string') return meta;
        return pointerLayout(meta, t.kind === 'ref');
      }
      case 'array': {
        const elem = this.layoutOfExpr(t.elem);
        if (!elem.known) return elem;
        if (t.len === null) return unknown(`the array length \`${t.lenText}\` cannot be evaluated`, t.lenText);
        return arrayLayout(elem, Number(t.len));
      }
      case 'tuple': {
        if (t.elems.length === 0) return UNIT;
        const fields: FieldInput[] = [];
        for (const [i, e] of t.elems.entries()) {
          const l = this.layoutOfExpr(e);
          if (!l.known) return l;
          fields.push({ name: `${i}`, layout: l, type: printType(e) });
        }
        // rustc lays tuples out as possibly unsized: the last element keeps its place.
        return univariant(fields, { c: false, transparent: false }, { kind: 'maybeUnsized' });
      }
      case 'path':
        return this.layoutOfPath(t);
    }
  }

  private layoutOfPath(t: TypeExpr & { kind: 'path' }): LayoutResult {
    const segments = t.segments;
    if (segments.length === 1) {
      const name = segments[0]!;
      if (/^-?\d+$/.test(name)) return unknown(`\`${name}\` is a value, not a type`, name);
      const prim = primitiveLayout(name);
      if (prim && !this.declarations.byName.has(name)) return prim;
      if (name === 'str' && !this.declarations.byName.has(name)) return unknown('`str` is unsized: it only exists behind a pointer', 'str');
      if (name === 'Self') return unknown('`Self` has no concrete type here', 'Self');
      if (this.isTraitName(name)) return unknown(`\`${name}\` is a trait: as a type it is an unsized trait object`, name);
    }
    const override = this.overrides.get(segments.at(-1) ?? '');
    if (override) return { known: true, size: override.size, align: override.align, padding: 0, niche: null };
    const r = this.resolve(segments);
    if (r.kind === 'unknown') return r.result;
    if (r.kind === 'decl') return this.instantiate(r.decl, t.args);
    const rule = stdRule(r.segments);
    if (!rule) return unknown(`\`${r.segments.join('::')}\` is not in the layout engine's table of std types`, r.segments.join('::'));
    return rule(t.args, this.stdContext);
  }

  private readonly stdContext: StdContext<TypeExpr> = {
    layoutOf: (e) => this.layoutOfExpr(e),
    metadataOf: (e) => this.metadataOf(e),
    print: (e) => printType(e),
    ownedLayoutOf: (e) => this.layoutOfExpr(toOwned(e)),
  };

  /** Resolves a path through imports to a declaration of this file, a std type, or unknown. */
  private resolve(segments: string[]): Resolved {
    let segs = segments;
    const imported = this.declarations.imports.get(segs[0] ?? '');
    if (imported && !(segs.length === 1 && this.declarations.byName.has(segs[0]!) && imported[0] !== 'std')) segs = [...imported, ...segs.slice(1)];
    while (segs.length > 1 && (segs[0] === 'crate' || segs[0] === 'self' || segs[0] === 'super')) segs = segs.slice(1);
    const name = segs.at(-1) ?? '';
    if (segs.length > 1 && STD_ROOTS.has(segs[0]!)) return { kind: 'std', segments: segs };
    const local = segs.length === 1 || this.declarations.modules.has(segs[0]!) || segments[0] === 'crate' || segments[0] === 'self' || segments[0] === 'super';
    if (local) {
      const candidates = this.declarations.byName.get(name);
      if (candidates?.length) {
        const modulePath = segs.slice(0, -1);
        const exact = candidates.find((d) => d.modulePath.join('::') === modulePath.join('::'));
        return { kind: 'decl', decl: exact ?? candidates.find((d) => d.topLevel) ?? candidates[0]! };
      }
      if (segs.length === 1 && stdRule(segs)) return { kind: 'std', segments: segs };
      if (segs.length === 1) return { kind: 'unknown', result: unknown(`\`${name}\` is not declared in this file`, name) };
      return { kind: 'unknown', result: unknown(`\`${segs.join('::')}\` is not declared in this file`, segs.join('::')) };
    }
    const full = segs.join('::');
    return { kind: 'unknown', result: unknown(`\`${full}\` comes from the crate \`${segs[0]}\`, which this file cannot see`, full) };
  }

  private isTraitName(name: string): boolean {
    return this.declarations.traits.has(name) && !this.declarations.byName.has(name);
  }

  /** What a pointer to `t` carries besides the address. */
  metadataOf(t: TypeExpr, depth = 0): PointerMetadata | UnknownLayout {
    switch (t.kind) {
      case 'slice':
        return 'len';
      case 'dyn':
        return 'vtable';
      case 'param':
        return t.maybeUnsized ? unknown(`generic parameter \`${t.name}\` may be unsized`, t.name) : 'thin';
      case 'opaque':
        return unknown(t.why, t.text);
      case 'tuple':
        return t.elems.length ? this.metadataOf(t.elems.at(-1)!, depth + 1) : 'thin';
      case 'path': {
        if (t.segments.length === 1) {
          const name = t.segments[0]!;
          if (name === 'str' && !this.declarations.byName.has(name)) return 'len';
          if (primitiveLayout(name) && !this.declarations.byName.has(name)) return 'thin';
          if (this.isTraitName(name)) return 'vtable';
        }
        const r = this.resolve(t.segments);
        if (r.kind === 'unknown') return r.result;
        if (r.kind === 'std') {
          const last = r.segments.at(-1);
          if (last === 'Path' || last === 'OsStr' || last === 'CStr') return 'len';
          return 'thin';
        }
        const decl = r.decl;
        if (depth > 16) return unknown(`\`${decl.name}\` nests too deeply`, decl.name);
        if (decl.kind === 'alias') return decl.aliased ? this.metadataOf(this.bindArgs(decl, t.args, decl.aliased), depth + 1) : 'thin';
        const last = decl.kind === 'struct' ? decl.fields.at(-1) : undefined;
        return last ? this.metadataOf(this.bindArgs(decl, t.args, last.type), depth + 1) : 'thin';
      }
      default:
        return 'thin';
    }
  }

  private bindArgs(decl: TypeDecl, args: TypeExpr[], t: TypeExpr): TypeExpr {
    return substitute(t, this.paramMap(decl, args));
  }

  private paramMap(decl: TypeDecl, args: TypeExpr[]): Map<string, TypeExpr> {
    const m = new Map<string, TypeExpr>();
    decl.generics.forEach((g, i) => {
      m.set(g.name, args[i] ?? g.default ?? { kind: 'param', name: g.name, maybeUnsized: g.maybeUnsized });
    });
    // Inside its own declaration, `Self` is the declared type with the same arguments.
    m.set('Self', { kind: 'path', segments: [...decl.modulePath, decl.name], args: decl.generics.map((g) => m.get(g.name)!) });
    return m;
  }

  private instantiate(decl: TypeDecl, args: TypeExpr[]): LayoutResult {
    const key = `${decl.id}<${args.map((a) => printType(a, true)).join(', ')}>`;
    return this.cache.layout(key, () => decl.name, () => this.computeDecl(decl, this.paramMap(decl, args)));
  }

  private fieldInputs(decl: TypeDecl, fields: TypeDecl['fields'], params: Map<string, TypeExpr>): FieldInput[] | UnknownLayout {
    const out: FieldInput[] = [];
    for (const f of fields) {
      const e = substitute(f.type, params);
      const l = this.layoutOfExpr(e);
      if (!l.known) return merge(`field \`${f.name}\` of \`${decl.name}\`: ${l.reason}`, l);
      out.push({ name: f.name, layout: l, type: printType(e) });
    }
    return out;
  }

  private computeDecl(decl: TypeDecl, params: Map<string, TypeExpr>): LayoutResult {
    if (decl.kind === 'alias') return decl.aliased ? this.layoutOfExpr(substitute(decl.aliased, params)) : unknown(`\`${decl.name}\` has no type`, decl.name);
    const fields = (variant: number) => this.fieldInputs(decl, decl.kind === 'enum' ? decl.variants[variant]!.fields : decl.fields, params);
    const last = decl.fields.at(-1)?.type;
    return declaredAdtLayout(decl, this.declarations, fields, () => last !== undefined && this.declaredMaybeUnsized(last, decl));
  }

  /** rustc keeps the last field in place when its declared type may be unsized (`T: ?Sized`, `[T]`, `dyn`). */
  private declaredMaybeUnsized(t: TypeExpr, decl: TypeDecl): boolean {
    if (t.kind === 'slice' || t.kind === 'dyn') return true;
    if (t.kind === 'path' && t.segments.length === 1) {
      if (t.segments[0] === 'str') return true;
      const g = decl.generics.find((p) => p.name === t.segments[0]);
      if (g) return g.maybeUnsized;
    }
    return false;
  }
}

/** `<b as ToOwned>::Owned` for the types a `Cow` borrows. */
function toOwned(b: TypeExpr): TypeExpr {
  if (b.kind === 'path' && b.segments.length === 1 && b.segments[0] === 'str') return { kind: 'path', segments: ['String'], args: [] };
  if (b.kind === 'slice') return { kind: 'path', segments: ['Vec'], args: [b.elem] };
  if (b.kind === 'path' && b.segments.at(-1) === 'Path') return { kind: 'path', segments: ['PathBuf'], args: [] };
  return b;
}

/** Collects a file's types so their layouts can be asked for. `overrides` force sizes by type name. */
export function buildTypeEnv(program: { ast: Ast; resolution: Resolution }, overrides?: SizeOverrides): TypeEnv {
  return new TypeEnv(program, overrides);
}
