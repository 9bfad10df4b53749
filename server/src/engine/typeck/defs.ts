// The definitions the checker reasons about, for the user's file and for the std declarations
// alike: ADTs with their variants and fields, fns with their signatures, traits, impls. Each is a
// `Def` (its identity is the object) that keeps its syntax; signatures are lowered to types on
// first use, in the generic scope of the item (an impl's parameters first, then the method's, as
// rustc numbers them).
import type * as A from '../syntax/ast';
import type { Def, FnSig, TraitRef, Ty } from './ty';

/** A generic scope: the names of the type parameters and the `Ty` each stands for. */
export interface Generics {
  readonly parent?: Generics;
  /** Type parameter names in index order, the parent's first. */
  readonly names: readonly string[];
  /** The syntax declaring them (own params only), for their bounds. */
  readonly node?: A.Generics;
  /**
   * `impl Trait` in argument position, each an anonymous parameter after the named ones, as in
   * rustc (`fn f(g: impl Fn(u8))` is generic over `g`'s type); its bounds are the written ones.
   */
  readonly synthetic?: readonly A.ImplTraitType[];
  readonly count: number;
}

export interface FieldInfo {
  readonly name: string;
  readonly ty: A.Type;
}

export interface VariantInfo {
  readonly name: string;
  readonly shape: 'Named' | 'Tuple' | 'Unit';
  readonly fields: readonly FieldInfo[];
  readonly node: A.Variant | A.StructItem | A.UnionItem;
}

export interface AdtDef extends Def {
  readonly kind: 'adt';
  readonly adt: 'struct' | 'enum' | 'union';
  readonly node: A.StructItem | A.EnumItem | A.UnionItem;
  readonly generics: Generics;
  readonly variants: readonly VariantInfo[];
  readonly std: boolean;
  /** Derived traits by name (`Clone`, `Debug`, …). */
  readonly derives: ReadonlySet<string>;
  /** The `Ty`s of the fields, lowered once per variant (indexed like `variants`). */
  fieldTys?: Ty[][];
}

export interface FnDef extends Def {
  readonly kind: 'fn';
  readonly node: A.FnItem;
  readonly generics: Generics;
  readonly owner?: ImplDef | TraitDef;
  readonly std: boolean;
  /** Lowered on first use: parameter types (the receiver first when there is one) and return. */
  sig?: FnSig & { readonly selfParam: boolean };
}

export interface TraitDef extends Def {
  readonly kind: 'trait';
  readonly node: A.TraitItem;
  /** `Self` is parameter 0; the trait's own parameters follow. */
  readonly generics: Generics;
  readonly methods: ReadonlyMap<string, FnDef>;
  readonly assocTypes: readonly string[];
  readonly std: boolean;
  superTraits?: TraitRef[];
}

export interface ImplDef {
  readonly kind: 'impl';
  readonly node: A.ImplItem;
  readonly generics: Generics;
  readonly methods: ReadonlyMap<string, FnDef>;
  readonly assocTypes: ReadonlyMap<string, A.TypeAliasItem>;
  readonly std: boolean;
  /** Lowered on first use. */
  selfTy?: Ty;
  trait?: TraitRef | null;
}

export interface ConstDef extends Def {
  readonly kind: 'const';
  readonly node: A.ConstItem | A.StaticItem;
  readonly generics: Generics;
  readonly owner?: ImplDef | TraitDef;
  ty?: Ty;
}

/** `type Name<T> = …;`: a path to it lowers to the aliased type, its arguments substituted. */
export interface AliasDef extends Def {
  readonly kind: 'alias';
  readonly node: A.TypeAliasItem;
  readonly generics: Generics;
  readonly std: boolean;
}

export type ItemDef = AdtDef | FnDef | TraitDef | ConstDef | AliasDef;

export function constDef(node: A.ConstItem | A.StaticItem, path: string, owner?: ImplDef): ConstDef {
  return { kind: 'const', name: node.name.name, path, node, generics: genericsOf(node.kind === 'Const' ? node.generics : undefined, owner?.generics), owner };
}

export function aliasDef(node: A.TypeAliasItem, path: string, std: boolean): AliasDef {
  return { kind: 'alias', name: node.name.name, path, node, generics: genericsOf(node.generics), std };
}

export function genericsOf(node: A.Generics | undefined, parent?: Generics, leading: readonly string[] = [], synthetic: readonly A.ImplTraitType[] = []): Generics {
  // Most items have no generics at all: no lists to build for them.
  if (!parent && leading.length === 0 && synthetic.length === 0 && !node?.params.length) return { parent, names: NO_NAMES, node, count: 0 };
  const own = [...leading, ...(node?.params ?? []).filter((p): p is A.TypeParam | A.ConstParam => p.kind === 'TypeParam' || p.kind === 'ConstParam').map((p) => p.name.name)];
  // Named as rustc's diagnostics name them (`impl FnMut`); no path can spell such a name.
  const names = [...(parent?.names ?? []), ...own, ...synthetic.map((t) => `impl ${boundName(t)}`)];
  return { parent, names, node, count: names.length, ...(synthetic.length ? { synthetic } : {}) };
}

const NO_NAMES: readonly string[] = Object.freeze([]);

function boundName(t: A.ImplTraitType): string {
  const b = t.bounds.find((x): x is A.TraitBound => x.kind === 'TraitBound');
  return b?.path.segments[b.path.segments.length - 1]?.ident.name ?? 'Trait';
}

/** The `impl Trait` types of a fn's parameters, outermost first, through references, tuples, slices and arrays. */
function argumentImplTraits(sig: A.FnSig): A.ImplTraitType[] {
  const out: A.ImplTraitType[] = [];
  const walk = (t: A.Type): void => {
    switch (t.kind) {
      case 'ImplTrait': out.push(t); return;
      case 'RefType': case 'PtrType': case 'ParenType': walk(t.ty); return;
      case 'SliceType': case 'ArrayType': walk(t.elem); return;
      case 'TupleType': t.elems.forEach(walk); return;
      default: return;
    }
  };
  for (const p of sig.params) walk(p.ty);
  return out;
}

function variantFields(data: A.VariantData): FieldInfo[] {
  if (data.kind === 'Unit') return [];
  return data.fields.map((f, i) => ({ name: f.name?.name ?? String(i), ty: f.ty }));
}

function derivesOf(attrs: readonly A.Attribute[]): Set<string> {
  const out = new Set<string>();
  for (const a of attrs) {
    if (a.meta.kind === 'MetaList' && a.meta.path === 'derive') {
      for (const m of a.meta.items) if ('path' in m) out.add(m.path.split('::').pop() ?? m.path);
    }
  }
  return out;
}

export function adtDef(node: A.StructItem | A.EnumItem | A.UnionItem, path: string, std: boolean): AdtDef {
  const variants: VariantInfo[] =
    node.kind === 'Enum'
      ? node.variants.map((v) => ({ name: v.name.name, shape: v.data.kind, fields: variantFields(v.data), node: v }))
      : node.kind === 'Struct'
        ? [{ name: node.name.name, shape: node.data.kind, fields: variantFields(node.data), node }]
        : [{ name: node.name.name, shape: 'Named', fields: node.fields.map((f, i) => ({ name: f.name?.name ?? String(i), ty: f.ty })), node }];
  return {
    kind: 'adt',
    adt: node.kind === 'Enum' ? 'enum' : node.kind === 'Struct' ? 'struct' : 'union',
    name: node.name.name,
    path,
    node,
    generics: genericsOf(node.generics),
    variants,
    std,
    derives: derivesOf(node.attrs),
  };
}

export function fnDef(node: A.FnItem, path: string, std: boolean, owner?: ImplDef | TraitDef): FnDef {
  return { kind: 'fn', name: node.name.name, path, node, generics: genericsOf(node.generics, owner?.generics, [], argumentImplTraits(node.sig)), owner, std };
}

export function traitDef(node: A.TraitItem, path: string, std: boolean): TraitDef {
  const generics = genericsOf(node.generics, undefined, ['Self']);
  const methods = new Map<string, FnDef>();
  const def: TraitDef = {
    kind: 'trait',
    name: node.name.name,
    path,
    node,
    generics,
    methods,
    assocTypes: node.items.filter((i): i is A.TypeAliasItem => i.kind === 'TypeAlias').map((i) => i.name.name),
    std,
  };
  for (const it of node.items) if (it.kind === 'Fn') methods.set(it.name.name, fnDef(it, `${path}::${it.name.name}`, std, def));
  return def;
}

export function implDef(node: A.ImplItem, std: boolean): ImplDef {
  const methods = new Map<string, FnDef>();
  const assocTypes = new Map<string, A.TypeAliasItem>();
  const def: ImplDef = { kind: 'impl', node, generics: genericsOf(node.generics), methods, assocTypes, std };
  for (const it of node.items) {
    if (it.kind === 'Fn') methods.set(it.name.name, fnDef(it, it.name.name, std, def));
    else if (it.kind === 'TypeAlias') assocTypes.set(it.name.name, it);
  }
  return def;
}
