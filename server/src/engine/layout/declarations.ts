// The type declarations of one file, read once from the Ast: structs, enums, unions and type
// aliases (at the top level, in inline modules and inside function bodies), their generic
// parameters, `#[repr]`, fields and variants as TypeExprs, plus the file's consts and `use`
// imports that type paths resolve through. Items a false `#[cfg]` removed are not there.
import type { Resolution } from '../resolve';
import type { Ast, Expr, FieldDef, Generics, Item, ModItem, Span, UseTree, VariantData } from '../syntax/ast';
import { makeConstEval } from './constEval';
import { parseRepr, type Repr } from './repr';
import { textOf, typeExprOf, type ConstEval, type TypeExpr, type TypeSource } from './typeExpr';

export type DeclKind = 'struct' | 'enum' | 'union' | 'alias';

export interface GenericParam {
  name: string;
  kind: 'type' | 'const';
  /** `T: ?Sized` */
  maybeUnsized: boolean;
  default?: TypeExpr;
}

export interface FieldDecl {
  name: string;
  type: TypeExpr;
  /** The type as written. */
  text: string;
}

export interface VariantDecl {
  name: string;
  fields: FieldDecl[];
  /** The explicit discriminant expression, if any. */
  value?: Expr;
}

export type DeclItem = Extract<Item, { kind: 'Struct' | 'Enum' | 'Union' | 'TypeAlias' }>;

export interface TypeDecl {
  /** Unique within the file: name plus the start offset of the item. */
  id: string;
  name: string;
  kind: DeclKind;
  item: DeclItem;
  nameSpan: Span;
  /** Inline modules enclosing the item. */
  modulePath: string[];
  /** Declared directly in the file (not in a module or a function body). */
  topLevel: boolean;
  generics: GenericParam[];
  repr: Repr;
  /** For structs and unions; tuple structs name fields "0", "1", ... */
  fields: FieldDecl[];
  tupleLike: boolean;
  variants: VariantDecl[];
  /** For aliases. */
  aliased?: TypeExpr;
}

export interface FileDeclarations {
  decls: TypeDecl[];
  byName: Map<string, TypeDecl[]>;
  /** `use` imports: local name -> full path segments. */
  imports: Map<string, string[]>;
  modules: Set<string>;
  /** Traits declared in the file: a bare trait name as a type is a trait object (2015 style). */
  traits: Set<string>;
  evalConst: ConstEval;
  /** The file's text and constants, for reading more of its types. */
  source: TypeSource;
}

const DECL_KINDS: Record<DeclItem['kind'], DeclKind> = { Struct: 'struct', Enum: 'enum', Union: 'union', TypeAlias: 'alias' };

function reprOf(item: Item, text: string): Repr {
  const args: string[] = [];
  for (const a of item.kind === 'Unsupported' ? [] : item.attrs) {
    if (a.meta.kind === 'MetaList' && a.meta.path === 'repr') args.push(text.slice(a.meta.span.start, a.meta.span.end).replace(/^\s*repr/, ''));
  }
  return parseRepr(args);
}

function isMaybeSized(b: { kind: string; maybe?: boolean; path?: { segments: { ident: { name: string } }[] } }): boolean {
  return b.kind === 'TraitBound' && b.maybe === true && b.path?.segments.at(-1)?.ident.name === 'Sized';
}

export function genericParams(generics: Generics, src: TypeSource): GenericParam[] {
  const unsizedInWhere = new Set<string>();
  for (const w of generics.where) {
    if (w.kind === 'BoundPredicate' && w.bounds.some(isMaybeSized)) unsizedInWhere.add(textOf(src, w.ty));
  }
  const out: GenericParam[] = [];
  for (const p of generics.params) {
    if (p.kind === 'LifetimeParam') continue;
    const name = p.name.name;
    if (p.kind === 'TypeParam') {
      const param: GenericParam = { name, kind: 'type', maybeUnsized: p.bounds.some(isMaybeSized) || unsizedInWhere.has(name) };
      if (p.default) param.default = typeExprOf(p.default, src);
      out.push(param);
    } else {
      const param: GenericParam = { name, kind: 'const', maybeUnsized: unsizedInWhere.has(name) };
      const v = p.default ? src.evalConst(p.default) : null;
      if (v !== null) param.default = { kind: 'path', segments: [`${v}`], args: [] };
      out.push(param);
    }
  }
  return out;
}

function fieldsOf(data: VariantData | FieldDef[], src: TypeSource): { fields: FieldDecl[]; tupleLike: boolean } {
  if (Array.isArray(data)) return { fields: data.map((f, i) => fieldDecl(f, i, src)), tupleLike: false };
  if (data.kind === 'Unit') return { fields: [], tupleLike: false };
  return { fields: data.fields.map((f, i) => fieldDecl(f, i, src)), tupleLike: data.kind === 'Tuple' };
}

function fieldDecl(f: FieldDef, i: number, src: TypeSource): FieldDecl {
  return { name: f.name?.name ?? `${i}`, type: typeExprOf(f.ty, src), text: textOf(src, f.ty) };
}

/** `use` trees as the names they bring in (globs bring no single name). */
function collectImports(tree: UseTree, prefix: string[], imports: Map<string, string[]>): void {
  const full = [...prefix, ...tree.prefix.map((i) => i.name)];
  switch (tree.use.kind) {
    case 'Nested':
      for (const t of tree.use.trees) collectImports(t, full, imports);
      return;
    case 'Glob':
      return;
    case 'Simple': {
      if (tree.use.rename) {
        imports.set(tree.use.rename.name, full.at(-1) === 'self' ? full.slice(0, -1) : full);
        return;
      }
      const last = full.at(-1);
      if (last === undefined) return;
      if (last === 'self') {
        const mod = full.slice(0, -1);
        if (mod.length) imports.set(mod.at(-1)!, mod);
      } else imports.set(last, full);
    }
  }
}

interface Found {
  item: Item;
  /** Directly in the file's root. */
  topLevel: boolean;
  /** An associated item of an impl or a trait. */
  assoc: boolean;
}

/**
 * Every item of the file in source order: the root's, the inline modules', the associated items of
 * impls and traits, and those the resolver found in blocks (with what they in turn contain).
 */
function allItems(ast: Ast, resolution: Resolution): Found[] {
  const out: Found[] = [];
  const walk = (items: readonly Item[], topLevel: boolean) => {
    for (const item of items) {
      out.push({ item, topLevel, assoc: false });
      if (item.kind === 'Mod' && item.items) walk(item.items, false);
      else if (item.kind === 'Impl' || item.kind === 'Trait') for (const a of item.items) out.push({ item: a, topLevel: false, assoc: true });
    }
  };
  walk(ast.root.items, true);
  walk(resolution.blockItems, false);
  return out.sort((a, b) => a.item.span.start - b.item.span.start);
}

/** The inline modules around an offset, outermost first. */
function modulePathAt(mods: readonly ModItem[], offset: number): string[] {
  return mods.filter((m) => m.span.start <= offset && offset < m.span.end).map((m) => m.name.name);
}

/** Reads every type declaration, const, import and module of a file. */
export function collectDeclarations(ast: Ast, resolution: Resolution): FileDeclarations {
  const items = allItems(ast, resolution);
  const consts = new Map<string, Expr>();
  const imports = new Map<string, string[]>();
  const modules = new Set<string>();
  const traits = new Set<string>();
  const mods: ModItem[] = [];
  for (const { item } of items) {
    if ((item.kind === 'Const' || item.kind === 'Static') && item.value && !consts.has(item.name.name)) consts.set(item.name.name, item.value);
    else if (item.kind === 'Use') collectImports(item.tree, [], imports);
    else if (item.kind === 'Mod') {
      modules.add(item.name.name);
      mods.push(item);
    } else if (item.kind === 'Trait') traits.add(item.name.name);
  }
  const evalConst = makeConstEval((name) => consts.get(name));
  const src: TypeSource = { text: ast.text, evalConst };

  const decls: TypeDecl[] = [];
  for (const { item, topLevel, assoc } of items) {
    // Associated types (`type Item = u8;` in an impl or trait) are not items of the file.
    if (assoc || (item.kind !== 'Struct' && item.kind !== 'Enum' && item.kind !== 'Union' && item.kind !== 'TypeAlias')) continue;
    const modulePath = modulePathAt(mods, item.span.start);
    const decl: TypeDecl = {
      id: `${item.name.name}@${item.span.start}`,
      name: item.name.name,
      kind: DECL_KINDS[item.kind],
      item,
      nameSpan: item.name.span,
      modulePath,
      topLevel,
      generics: genericParams(item.generics, src),
      repr: reprOf(item, ast.text),
      fields: [],
      tupleLike: false,
      variants: [],
    };
    if (item.kind === 'Struct') Object.assign(decl, fieldsOf(item.data, src));
    else if (item.kind === 'Union') Object.assign(decl, fieldsOf(item.fields, src));
    else if (item.kind === 'Enum') {
      for (const v of item.variants) {
        const vd: VariantDecl = { name: v.name.name, fields: fieldsOf(v.data, src).fields };
        if (v.discriminant) vd.value = v.discriminant;
        decl.variants.push(vd);
      }
    } else if (item.ty) decl.aliased = typeExprOf(item.ty, src);
    decls.push(decl);
  }
  const byName = new Map<string, TypeDecl[]>();
  for (const d of decls) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  return { decls, byName, imports, modules, traits, evalConst, source: src };
}
