// Layouts of the type checker's types (typeck/ty.ts), computed structurally: a struct or enum of
// the program from the checker's field types with the generic arguments substituted as types,
// std's types by the rules of stdTypes.ts found by their declared path (never by a name the
// program could declare too), tuples, arrays of evaluated length, pointers thin or fat by their
// pointee. Types are interned, so results are cached by the type itself. What the file's syntax
// alone says — `#[repr]`, explicit discriminants, which generic parameters are `?Sized` — comes
// from the declarations the TypeEnv collected for the same Ast.
import type { Program } from '../typeck/program';
import { adtFieldTys } from '../typeck/lower';
import type { AdtDef } from '../typeck/defs';
import { typeName } from '../typeck';
import { substitute, type Ty } from '../typeck/ty';
import type { TypeDecl } from './declarations';
import { declaredAdtLayout } from './declaredAdt';
import { LayoutCache } from './layoutCache';
import { arrayLayout, NEVER, UNIT, unknown, type LayoutResult, type UnknownLayout } from './layout';
import { nonNullPointer, pointerLayout, primitiveLayout, type PointerMetadata } from './primitives';
import { stdRule, type StdContext } from './stdTypes';
import type { TypeEnv } from './typeEnv';
import { univariant, type FieldInput } from './univariant';

type Adt = Extract<Ty, { k: 'adt' }>;

function merge(reason: string, ...parts: UnknownLayout[]): UnknownLayout {
  return unknown(reason, ...new Set(parts.flatMap((p) => p.unknownTypes)));
}

function unsized(ty: Ty): UnknownLayout {
  const shown = typeName(ty);
  return unknown(`\`${shown}\` is unsized: it only exists behind a pointer`, shown);
}

export class TyLayouts {
  private readonly cache = new LayoutCache<Ty>();
  private declsByItem: Map<object, TypeDecl> | undefined;

  constructor(readonly env: TypeEnv, private readonly program: Program) {}

  /** The layout of a type of the checker; `known: false` with the blocking type for anything not concrete. */
  layoutOf(ty: Ty): LayoutResult {
    return this.cache.layout(ty, () => typeName(ty), () => this.compute(ty));
  }

  private compute(ty: Ty): LayoutResult {
    switch (ty.k) {
      case 'bool': case 'char': return primitiveLayout(ty.k)!;
      case 'int': case 'float': return primitiveLayout(ty.name)!;
      case 'never': return NEVER;
      case 'fnDef': return UNIT;
      case 'fnPtr': return nonNullPointer('thin');
      case 'str': case 'slice': case 'dyn': return unsized(ty);
      case 'ref': case 'ptr': {
        const meta = this.metadataOf(ty.inner);
        if (typeof meta !== 'string') return meta;
        return pointerLayout(meta, ty.k === 'ref');
      }
      case 'array': {
        const elem = this.layoutOf(ty.elem);
        if (!elem.known) return elem;
        if (ty.len === undefined) return unknown(`the length of \`${typeName(ty)}\` is not known here`, typeName(ty));
        return arrayLayout(elem, ty.len);
      }
      case 'tuple': {
        if (ty.elems.length === 0) return UNIT;
        const fields = this.fieldInputs(ty.elems, (i) => `${i}`);
        // rustc lays tuples out as possibly unsized: the last element keeps its place.
        return Array.isArray(fields) ? univariant(fields, { c: false, transparent: false }, { kind: 'maybeUnsized' }) : fields;
      }
      case 'closure': {
        // rustc lays a closure out as a struct of its captures' types.
        const fields = this.fieldInputs(ty.upvars, (i) => `${i}`);
        return Array.isArray(fields) ? univariant(fields, { c: false, transparent: false }, { kind: 'alwaysSized' }) : fields;
      }
      case 'adt': return ty.def.std ? this.stdLayout(ty) : this.programAdt(ty);
      case 'param': return unknown(`generic parameter \`${ty.name}\` is not instantiated`, ty.name);
      default: {
        const shown = typeName(ty);
        return unknown(`\`${shown}\` is not a concrete type here`, shown);
      }
    }
  }

  /** The fields' layouts; with `owner`, an unknown one names the field and the type it is in. */
  private fieldInputs(tys: readonly Ty[], name: (i: number) => string, owner?: string): FieldInput[] | UnknownLayout {
    const out: FieldInput[] = [];
    for (let i = 0; i < tys.length; i++) {
      const l = this.layoutOf(tys[i]!);
      if (!l.known) return owner ? merge(`field \`${name(i)}\` of \`${owner}\`: ${l.reason}`, l) : l;
      out.push({ name: name(i), layout: l, type: typeName(tys[i]!) });
    }
    return out;
  }

  private readonly stdContext: StdContext<Ty> = {
    layoutOf: (t) => this.layoutOf(t),
    metadataOf: (t) => this.metadataOf(t),
    print: (t) => typeName(t),
    ownedLayoutOf: (t) => {
      // `<str as ToOwned>::Owned` is `String`, `<[T]>`'s a `Vec<T>`, `<Path>`'s a `PathBuf`.
      const owned = t.k === 'str' ? 'String' : t.k === 'slice' ? 'Vec' : t.k === 'adt' && t.def.std && t.def.name === 'Path' ? 'PathBuf' : undefined;
      return owned ? stdRule([owned])!([], this.stdContext) : this.layoutOf(t);
    },
  };

  /** A std type by the path the std declarations give it (`rc::Weak`, `io::Error`). */
  private stdLayout(ty: Adt): LayoutResult {
    const path = ty.def.path ?? ty.def.name;
    const rule = stdRule(path.split('::'));
    if (!rule) return unknown(`\`${path}\` is not in the layout engine's table of std types`, path);
    return rule(ty.args, this.stdContext);
  }

  private declOf(def: AdtDef): TypeDecl | undefined {
    this.declsByItem ??= new Map(this.env.decls.map((d) => [d.item, d]));
    return this.declsByItem.get(def.node);
  }

  private programAdt(ty: Adt): LayoutResult {
    const def = ty.def as AdtDef;
    const decl = def.kind === 'adt' ? this.declOf(def) : undefined;
    if (!decl) return unknown(`\`${def.name}\` is not declared in this file`, def.name);
    const declared = adtFieldTys(this.program, def);
    const fields = (variant: number) => {
      const names = (decl.kind === 'enum' ? decl.variants[variant]?.fields : decl.fields)?.map((f) => f.name) ?? [];
      const tys = (declared[variant] ?? []).map((f) => substitute(this.program.tcx, f, ty.args));
      return this.fieldInputs(tys, (i) => names[i] ?? `${i}`, decl.name);
    };
    const last = declared[0]?.at(-1);
    return declaredAdtLayout(decl, this.env.declarations, fields, () => last !== undefined && this.declaredMaybeUnsized(last, decl));
  }

  /** rustc keeps the last field in place when its declared type may be unsized (`T: ?Sized`, `[T]`, `dyn`, `str`). */
  private declaredMaybeUnsized(t: Ty, decl: TypeDecl): boolean {
    if (t.k === 'slice' || t.k === 'dyn' || t.k === 'str') return true;
    return t.k === 'param' && decl.generics.find((g) => g.name === t.name)?.maybeUnsized === true;
  }

  /** What a pointer to `t` carries besides the address. */
  metadataOf(t: Ty, depth = 0): PointerMetadata | UnknownLayout {
    switch (t.k) {
      case 'str': case 'slice': return 'len';
      case 'dyn': return 'vtable';
      case 'tuple': return t.elems.length ? this.metadataOf(t.elems.at(-1)!, depth + 1) : 'thin';
      case 'adt': {
        if (t.def.std) {
          const name = t.def.name;
          return name === 'Path' || name === 'OsStr' || name === 'CStr' ? 'len' : 'thin';
        }
        const def = t.def as AdtDef;
        if (def.kind !== 'adt' || def.adt !== 'struct') return 'thin';
        if (depth > 16) return unknown(`\`${def.name}\` nests too deeply`, def.name);
        const last = adtFieldTys(this.program, def)[0]?.at(-1);
        return last ? this.metadataOf(substitute(this.program.tcx, last, t.args), depth + 1) : 'thin';
      }
      default: return 'thin';
    }
  }
}
