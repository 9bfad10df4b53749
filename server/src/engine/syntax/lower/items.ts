// Items: modules, uses, fns, ADTs, traits, impls, consts, statics, type aliases, macro_rules.
import type {
  AssocItem, Attribute, Block, FieldDef, FnItem, FnSig, Generics, GenericParam, Ident, Item, Param, SelfParam, Type,
  UseTree, Variant, VariantData, Visibility, WherePredicate, Expr, GenericBound, Path,
} from '../ast';
import { lowerAttrItem } from './attrs';
import { lowerBlock } from './block';
import { lowerExpr } from './exprs';
import { type Lowerer, tight } from './lowerer';
import { lowerMacCall } from './macros';
import { ident, lowerLifetime, lowerPath, lowerTraitRef } from './paths';
import { lowerPat } from './pats';
import { lifetimeIdent, lowerBoundsInto, lowerType, modifiers } from './types';

const ITEM_NODES = new Set([
  'mod_item', 'use_declaration', 'function_item', 'function_signature_item', 'struct_item', 'enum_item', 'union_item',
  'trait_item', 'impl_item', 'const_item', 'static_item', 'type_item', 'associated_type', 'macro_definition',
  'extern_crate_declaration', 'foreign_mod_item',
]);

export function isItemNode(type: string): boolean {
  return ITEM_NODES.has(type);
}

/**
 * The children of a `source_file` / `declaration_list` under the cursor → items, attributes
 * attached, cfg applied. Inner attributes go to `inner`.
 */
export function lowerItemList(L: Lowerer, inner?: Attribute[]): Item[] {
  const items: Item[] = [];
  let attrs: Attribute[] = [];
  let stripped = false;
  if (L.down()) do {
    const t = L.type;
    if (!L.named || t === 'shebang') continue;
    if (t === 'attribute_item' || t === 'inner_attribute_item') {
      const a = lowerAttrItem(L, t === 'inner_attribute_item');
      if (a === false) stripped = true;
      else if (t === 'inner_attribute_item') inner?.push(...a);
      else attrs.push(...a);
      continue;
    }
    if (!stripped) {
      const item = t === 'expression_statement' ? macroItem(L, tight(attrs)) : lowerItem(L, tight(attrs));
      if (item) items.push(item);
    } else L.stripped();
    attrs = [];
    stripped = false;
  } while (L.next());
  return tight(items);
}

/** A macro invoked in item position (`thread_local! { … }`); anything else there is a syntax error. */
function macroItem(L: Lowerer, attrs: Attribute[]): Item {
  let item: Item | undefined;
  L.each(() => {
    if (L.type === 'macro_invocation') item = { kind: 'MacroCallItem', id: L.id(), span: L.span(), attrs, vis: { kind: 'Inherited' }, mac: lowerMacCall(L) };
  });
  return item ?? L.unsupported('expression in item position', 'syntax-error');
}

export function lowerItem(L: Lowerer, attrs: Attribute[]): Item | undefined {
  return L.nested(itemHere, attrs);
}

function itemHere(L: Lowerer, attrs: Attribute[]): Item {
  const t = L.type;
  const id = L.id();
  const span = L.span();
  let vis: Visibility = { kind: 'Inherited' };
  let name: Ident = { name: '', span };
  let generics: Generics = { params: [], where: [], span: L.spanOf(L.start, L.start) };
  const readCommon = (): boolean => {
    const f = L.field;
    const k = L.type;
    if (k === 'visibility_modifier') vis = visibility(L);
    else if (f === 'name') name = ident(L);
    else if (f === 'type_parameters') generics = { ...generics, params: genericParams(L), span: L.span() };
    else if (k === 'where_clause') generics = { ...generics, where: wherePredicates(L) };
    else return false;
    return true;
  };
  switch (t) {
    case 'mod_item': {
      let items: Item[] | undefined;
      L.each(() => {
        if (readCommon()) return;
        if (L.field === 'body') items = lowerItemList(L);
      });
      return { kind: 'Mod', id, span, attrs, vis, name, items };
    }
    case 'use_declaration': {
      let tree: UseTree | undefined;
      L.each(() => {
        if (readCommon()) return;
        if (L.field === 'argument') tree = useTree(L);
      });
      return tree ? { kind: 'Use', id, span, attrs, vis, tree } : L.unsupported('use declaration', 'syntax-error');
    }
    case 'function_item':
    case 'function_signature_item': {
      const sig: FnSig = { isConst: false, isAsync: false, isUnsafe: false, params: [] };
      let body: Block | undefined;
      L.each(() => {
        if (readCommon()) return;
        const f = L.field;
        if (f === 'parameters') params(L, sig);
        else if (f === 'return_type') sig.ret = lowerType(L);
        else if (f === 'body') body = lowerBlock(L);
        else if (L.type === 'function_modifiers') modifiers(L, (k) => {
          if (k === 'const') sig.isConst = true;
          else if (k === 'async') sig.isAsync = true;
          else if (k === 'unsafe') sig.isUnsafe = true;
        }, (abi) => { sig.abi = abi; });
      });
      const fn: FnItem = { kind: 'Fn', id, span, attrs, vis, name, generics, sig, body };
      if (sig.isAsync) {
        const u = L.unsupported('async fn');
        u.itemSpan = u.span;
        u.span = name.span;
        return u;
      }
      return fn;
    }
    case 'struct_item':
    case 'union_item': {
      let data = { kind: 'Unit' } as VariantData;
      L.each(() => {
        if (readCommon()) return;
        if (L.field === 'body') data = variantData(L);
      });
      if (t === 'union_item') return { kind: 'Union', id, span, attrs, vis, name, generics, fields: data.kind === 'Unit' ? [] : data.fields };
      return { kind: 'Struct', id, span, attrs, vis, name, generics, data };
    }
    case 'enum_item': {
      const variants: Variant[] = [];
      L.each(() => {
        if (readCommon()) return;
        if (L.field === 'body') {
          let vattrs: Attribute[] = [];
          let stripped = false;
          L.each(() => {
            if (L.type === 'attribute_item') {
              const a = lowerAttrItem(L, false);
              if (a === false) stripped = true;
              else vattrs.push(...a);
            } else if (L.type === 'enum_variant') {
              if (!stripped) variants.push(variant(L, vattrs));
              else L.stripped();
              vattrs = [];
              stripped = false;
            }
          });
        }
      });
      return { kind: 'Enum', id, span, attrs, vis, name, generics, variants };
    }
    case 'trait_item': {
      let isUnsafe = false;
      let isAuto = false;
      const supertraits: GenericBound[] = [];
      let items: AssocItem[] = [];
      L.each(() => {
        if (readCommon()) return;
        const f = L.field;
        if (L.type === 'unsafe') isUnsafe = true;
        else if (L.type === 'auto') isAuto = true;
        else if (f === 'bounds') lowerBoundsInto(L, supertraits);
        else if (f === 'body') items = assocItems(L);
      });
      return { kind: 'Trait', id, span, attrs, vis, name, isUnsafe, isAuto, generics, supertraits, items };
    }
    case 'impl_item': {
      let isUnsafe = false;
      let negative = false;
      let trait: Path | undefined;
      let selfTy: Type | undefined;
      let items: AssocItem[] = [];
      L.each(() => {
        if (readCommon()) return;
        const f = L.field;
        if (L.type === 'unsafe') isUnsafe = true;
        else if (L.type === '!') negative = true;
        else if (f === 'trait') trait = lowerTraitRef(L);
        else if (f === 'type') selfTy = lowerType(L);
        else if (f === 'body') items = assocItems(L);
      });
      return {
        kind: 'Impl', id, span, attrs, vis, isUnsafe, negative, generics, trait,
        selfTy: selfTy ?? L.unsupported('impl without a type', 'syntax-error'), items,
      };
    }
    case 'const_item':
    case 'static_item': {
      let ty: Type | undefined;
      let value: Expr | undefined;
      let isMut = false;
      L.each(() => {
        if (readCommon()) return;
        const f = L.field;
        if (f === 'type') ty = lowerType(L);
        else if (f === 'value') value = lowerExpr(L);
        else if (L.type === 'mutable_specifier') isMut = true;
        else if (L.type === '_') name = ident(L);
      });
      const tyOr = ty ?? L.unsupported('missing type', 'syntax-error');
      if (t === 'static_item') return { kind: 'Static', id, span, attrs, vis, name, isMut, ty: tyOr, value };
      return { kind: 'Const', id, span, attrs, vis, name, generics, ty: tyOr, value };
    }
    case 'type_item':
    case 'associated_type': {
      let ty: Type | undefined;
      const bounds: GenericBound[] = [];
      L.each(() => {
        if (readCommon()) return;
        const f = L.field;
        if (f === 'type') ty = lowerType(L);
        else if (f === 'bounds') lowerBoundsInto(L, bounds);
      });
      return { kind: 'TypeAlias', id, span, attrs, vis, name, generics, bounds, ty };
    }
    case 'macro_definition': {
      L.each(() => { readCommon(); });
      return { kind: 'MacroRules', id, span, attrs, vis, name, body: L.text };
    }
    case 'extern_crate_declaration':
      return L.unsupported('extern crate');
    case 'foreign_mod_item':
      return L.unsupported('extern block');
    default:
      return L.unsupported(`item \`${L.text.slice(0, 40)}\``);
  }
}

function assocItems(L: Lowerer): AssocItem[] {
  const out: AssocItem[] = [];
  for (const item of lowerItemList(L)) {
    if (item.kind === 'Fn' || item.kind === 'Const' || item.kind === 'TypeAlias' || item.kind === 'MacroCallItem' || item.kind === 'Unsupported') out.push(item);
    else out.push({ kind: 'Unsupported', id: item.id, span: item.span, what: `${item.kind} inside a trait or impl`, reason: 'syntax-error' });
  }
  return out;
}

function visibility(L: Lowerer): Visibility {
  let path: Path | undefined;
  L.each(() => { if (L.named) path = lowerPath(L); });
  return path ? { kind: 'Restricted', path } : { kind: 'Public' };
}

function genericParams(L: Lowerer): GenericParam[] {
  const out: GenericParam[] = [];
  L.each(() => {
    const t = L.type;
    const id = L.id();
    const span = L.span();
    if (t === 'lifetime_parameter') {
      let name: Ident = { name: '', span };
      const bounds: ReturnType<typeof lowerLifetime>[] = [];
      L.each(() => {
        if (L.field === 'name') name = lifetimeIdent(L);
        else if (L.field === 'bounds') L.each(() => { if (L.type === 'lifetime') bounds.push(lowerLifetime(L)); });
      });
      out.push({ kind: 'LifetimeParam', id, span, name, bounds });
    } else if (t === 'type_parameter') {
      let name: Ident = { name: '', span };
      const bounds: GenericBound[] = [];
      let def: Type | undefined;
      L.each(() => {
        const f = L.field;
        if (f === 'name') name = ident(L);
        else if (f === 'bounds') lowerBoundsInto(L, bounds);
        else if (f === 'default_type') def = lowerType(L);
      });
      out.push({ kind: 'TypeParam', id, span, name, bounds, default: def });
    } else if (t === 'const_parameter') {
      let name: Ident = { name: '', span };
      let ty: Type | undefined;
      let def: Expr | undefined;
      L.each(() => {
        const f = L.field;
        if (f === 'name') name = ident(L);
        else if (f === 'type') ty = lowerType(L);
        else if (f === 'value') def = lowerExpr(L);
      });
      out.push({ kind: 'ConstParam', id, span, name, ty: ty ?? L.unsupported('const parameter type', 'syntax-error'), default: def });
    }
  });
  return out;
}

function wherePredicates(L: Lowerer): WherePredicate[] {
  const out: WherePredicate[] = [];
  L.each(() => {
    if (L.type !== 'where_predicate') return;
    const id = L.id();
    const span = L.span();
    let forLifetimes: Ident[] = [];
    let ty: Type | undefined;
    let lifetime: ReturnType<typeof lowerLifetime> | undefined;
    const bounds: GenericBound[] = [];
    L.each(() => {
      const f = L.field;
      if (f === 'left') {
        if (L.type === 'lifetime') lifetime = lowerLifetime(L);
        else if (L.type === 'higher_ranked_trait_bound') {
          L.each(() => {
            if (L.field === 'type_parameters') forLifetimes = hrtbLifetimes(L);
            else if (L.field === 'type') ty = lowerType(L);
          });
        } else ty = lowerType(L);
      } else if (f === 'bounds') lowerBoundsInto(L, bounds);
    });
    if (lifetime) out.push({ kind: 'RegionPredicate', id, span, lifetime, bounds: bounds.flatMap((b) => (b.kind === 'LifetimeBound' ? [b.lifetime] : [])) });
    else out.push({ kind: 'BoundPredicate', id, span, forLifetimes, ty: ty ?? L.unsupported('where predicate', 'syntax-error'), bounds });
  });
  return out;
}

function hrtbLifetimes(L: Lowerer): Ident[] {
  const out: Ident[] = [];
  L.each(() => {
    if (L.type === 'lifetime_parameter') L.each(() => { if (L.field === 'name') out.push(lifetimeIdent(L)); });
  });
  return out;
}

function params(L: Lowerer, sig: FnSig): void {
  let attrs: Attribute[] = [];
  L.each(() => {
    const t = L.type;
    if (!L.named) return;
    if (t === 'attribute_item') {
      const a = lowerAttrItem(L, false);
      if (a !== false) attrs.push(...a);
      return;
    }
    if (t === 'self_parameter') sig.selfParam = selfParam(L);
    else if (t === 'parameter') {
      const p = param(L, attrs);
      if (p.kind === 'SelfParam') sig.selfParam = p;
      else sig.params.push(p);
    } else if (t === 'variadic_parameter') L.unsupported('variadic parameter');
    else {
      // A bare type (a trait method's anonymous parameter, 2015 only).
      L.unsupported('parameter without a name');
    }
    attrs = [];
  });
  sig.params = tight(sig.params);
}

function selfParam(L: Lowerer): SelfParam {
  const id = L.id();
  const span = L.span();
  let isRef = false;
  let isMut = false;
  let lifetime: ReturnType<typeof lowerLifetime> | undefined;
  L.each(() => {
    const t = L.type;
    if (t === '&') isRef = true;
    else if (t === 'mutable_specifier') isMut = true;
    else if (t === 'lifetime') lifetime = lowerLifetime(L);
  });
  if (isRef) return { kind: 'SelfParam', id, span, mode: isMut ? 'refMut' : 'ref', isMut: false, lifetime };
  return { kind: 'SelfParam', id, span, mode: 'value', isMut };
}

function param(L: Lowerer, attrs: Attribute[]): Param | SelfParam {
  const id = L.id();
  const span = L.span();
  let pat: ReturnType<typeof lowerPat> | undefined;
  let ty: Type | undefined;
  let isMut = false;
  let isSelf = false;
  L.each(() => {
    const f = L.field;
    if (f === 'pattern') {
      if (L.type === 'self') isSelf = true;
      else pat = lowerPat(L);
    } else if (f === 'type') ty = lowerType(L);
    else if (L.type === 'mutable_specifier') isMut = true;
  });
  const tyOr = ty ?? L.unsupported('parameter type', 'syntax-error');
  if (isSelf) return { kind: 'SelfParam', id, span, mode: 'value', isMut, ty: tyOr };
  if (isMut && pat?.kind === 'IdentPat') pat.isMut = true;
  return { kind: 'Param', id, span, attrs, pat: pat ?? L.unsupported('parameter pattern', 'syntax-error'), ty: tyOr };
}

function variantData(L: Lowerer): VariantData {
  const named = L.type === 'field_declaration_list';
  const fields: FieldDef[] = [];
  let attrs: Attribute[] = [];
  let stripped = false;
  let vis: Visibility = { kind: 'Inherited' };
  L.each(() => {
    const t = L.type;
    if (t === 'attribute_item') {
      const a = lowerAttrItem(L, false);
      if (a === false) stripped = true;
      else attrs.push(...a);
    } else if (named && t === 'field_declaration') {
      if (!stripped) fields.push(namedField(L, attrs));
      else L.stripped();
      attrs = [];
      stripped = false;
    } else if (!named && t === 'visibility_modifier') vis = visibility(L);
    else if (!named && L.field === 'type') {
      const ty = lowerType(L);
      if (!stripped) fields.push({ kind: 'FieldDef', id: L.id(), span: L.span(), attrs, vis, ty });
      else L.stripped();
      attrs = [];
      stripped = false;
      vis = { kind: 'Inherited' };
    }
  });
  return named ? { kind: 'Named', fields: tight(fields) } : { kind: 'Tuple', fields: tight(fields) };
}

function namedField(L: Lowerer, attrs: Attribute[]): FieldDef {
  const id = L.id();
  const span = L.span();
  let vis: Visibility = { kind: 'Inherited' };
  let name: Ident = { name: '', span };
  let ty: Type | undefined;
  L.each(() => {
    if (L.type === 'visibility_modifier') vis = visibility(L);
    else if (L.field === 'name') name = ident(L);
    else if (L.field === 'type') ty = lowerType(L);
  });
  return { kind: 'FieldDef', id, span, attrs, vis, name, ty: ty ?? L.unsupported('field type', 'syntax-error') };
}

function variant(L: Lowerer, attrs: Attribute[]): Variant {
  const id = L.id();
  const span = L.span();
  let name: Ident = { name: '', span };
  let data: VariantData = { kind: 'Unit' };
  let discriminant: Expr | undefined;
  L.each(() => {
    const f = L.field;
    if (f === 'name') name = ident(L);
    else if (f === 'body') data = variantData(L);
    else if (f === 'value') discriminant = lowerExpr(L);
  });
  return { kind: 'Variant', id, span, attrs, name, data, discriminant };
}

/** The argument of a `use` under the cursor → its use tree. */
function useTree(L: Lowerer): UseTree {
  const id = L.id();
  const span = L.span();
  const t = L.type;
  const tree = (prefix: Ident[], global: boolean, use: UseTree['use']): UseTree => ({ kind: 'UseTree', id, span, global, prefix, use });
  switch (t) {
    case 'use_as_clause': {
      let p: Path | undefined;
      let rename: Ident | undefined;
      L.each(() => {
        if (L.field === 'path') p = lowerPath(L);
        else if (L.field === 'alias') rename = ident(L);
        else if (L.type === '_') rename = ident(L);
      });
      return tree(names(p), p?.global ?? false, { kind: 'Simple', rename });
    }
    case 'use_wildcard': {
      let p: Path | undefined;
      let global = false;
      L.each(() => {
        if (L.named) p = lowerPath(L);
        else if (L.type === '::' && !p) global = true;
      });
      return tree(names(p), p?.global || global, { kind: 'Glob' });
    }
    case 'scoped_use_list': {
      let p: Path | undefined;
      let global = false;
      const trees: UseTree[] = [];
      L.each(() => {
        if (L.field === 'path') p = lowerPath(L);
        else if (L.field === 'list') L.each(() => { if (L.named) trees.push(useTree(L)); });
        else if (L.type === '::' && !p) global = true;
      });
      return tree(names(p), p?.global || global, { kind: 'Nested', trees });
    }
    case 'use_list': {
      const trees: UseTree[] = [];
      L.each(() => { if (L.named) trees.push(useTree(L)); });
      return tree([], false, { kind: 'Nested', trees });
    }
    default: {
      const p = lowerPath(L);
      return tree(names(p), p.global, { kind: 'Simple' });
    }
  }
}

function names(p: Path | undefined): Ident[] {
  return p ? p.segments.map((s) => s.ident) : [];
}

