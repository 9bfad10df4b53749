// The file's own items as the move check sees them: struct and enum fields (to type field
// places), which types are `Copy`, the signatures of functions and methods (return types, and
// whether a method takes `self` by value). Only what is written in the file; anything else is
// unknown to the check.
import type { SyntaxNode } from '../syntax';
import { UNKNOWN, adt, all, isCopy, isNode, substitute, tyOfNode, type CopyFacts, type Tri, type Ty } from './ty';

export interface Fields {
  /** Named fields, or `0`, `1`… for tuple fields. */
  byName: Map<string, Ty>;
  /** Field names in declaration order (for struct update syntax). */
  order: string[];
}

export interface TypeItem {
  name: string;
  params: string[];
  /** `#[derive(Copy)]` or `impl Copy for`. */
  copy: boolean;
  /** A struct's fields. */
  fields?: Fields;
  /** An enum's variants with their fields. */
  variants?: Map<string, Fields>;
}

export type SelfKind = 'value' | 'ref' | 'none';

export interface FnSig {
  name: string;
  params: string[];
  /** How a method takes `self`; `none` for an associated function. */
  self: SelfKind;
  ret: Ty;
  /** `-> !`: a call never returns. */
  diverges: boolean;
}

export interface ItemIndex {
  types: Map<string, TypeItem>;
  fns: Map<string, FnSig>;
  /** Methods by receiver type name, then method name. */
  methods: Map<string, Map<string, FnSig>>;
  /** Methods of the file's traits by name (used when the receiver type is not known exactly). */
  traitMethods: Map<string, FnSig>;
  facts: CopyFacts;
}

function typeParams(node: SyntaxNode): string[] {
  const list = node.childForFieldName('type_parameters');
  if (!list) return [];
  return list.namedChildren
    .filter(isNode)
    .filter((p) => p.type === 'type_parameter')
    .map((p) => p.childForFieldName('name')?.text ?? '')
    .filter(Boolean);
}

function fieldsOf(body: SyntaxNode | null, params: ReadonlySet<string>): Fields {
  const fields: Fields = { byName: new Map(), order: [] };
  if (!body) return fields;
  if (body.type === 'field_declaration_list') {
    for (const f of body.namedChildren.filter(isNode)) {
      if (f.type !== 'field_declaration') continue;
      const name = f.childForFieldName('name')?.text ?? '';
      fields.byName.set(name, tyOfNode(f.childForFieldName('type'), undefined, params));
      fields.order.push(name);
    }
  } else if (body.type === 'ordered_field_declaration_list') {
    body.childrenForFieldName('type').filter(isNode).forEach((t, i) => {
      fields.byName.set(String(i), tyOfNode(t, undefined, params));
      fields.order.push(String(i));
    });
  }
  return fields;
}

function derivesCopy(item: SyntaxNode): boolean {
  for (let prev = item.previousNamedSibling; prev?.type === 'attribute_item'; prev = prev.previousNamedSibling) {
    if (/^#\[\s*derive\s*\(([^)]*\bCopy\b)/.test(prev.text)) return true;
  }
  return false;
}

function signature(fn: SyntaxNode, selfTy: Ty | undefined, outer: string[]): FnSig {
  const params = [...outer, ...typeParams(fn)];
  const set = new Set(params);
  let self: SelfKind = 'none';
  const list = fn.childForFieldName('parameters');
  const first = list?.namedChildren.find((c) => c?.type !== 'attribute_item');
  if (first?.type === 'self_parameter') self = first.text.startsWith('&') ? 'ref' : 'value';
  // `self: Box<Self>` and friends: not a plain by-value receiver the check can reason about.
  if (first?.type === 'parameter' && first.childForFieldName('pattern')?.type === 'self') self = 'ref';
  const retNode = fn.childForFieldName('return_type');
  return {
    name: fn.childForFieldName('name')?.text ?? '',
    params,
    self,
    ret: retNode ? tyOfNode(retNode, selfTy, set) : { k: 'prim', name: '()' },
    diverges: retNode?.type === 'never_type',
  };
}

/** Collects the items of a file (including inline modules and items nested in function bodies). */
export function indexItems(root: SyntaxNode): ItemIndex {
  const types = new Map<string, TypeItem>();
  const fns = new Map<string, FnSig>();
  const methods = new Map<string, Map<string, FnSig>>();
  const traitMethods = new Map<string, FnSig>();
  const copyImpls = new Set<string>();

  const visit = (node: SyntaxNode): void => {
    switch (node.type) {
      case 'struct_item': {
        const name = node.childForFieldName('name')?.text ?? '';
        const params = typeParams(node);
        types.set(name, { name, params, copy: derivesCopy(node), fields: fieldsOf(node.childForFieldName('body'), new Set(params)) });
        return;
      }
      case 'enum_item': {
        const name = node.childForFieldName('name')?.text ?? '';
        const params = typeParams(node);
        const variants = new Map<string, Fields>();
        for (const v of node.childForFieldName('body')?.namedChildren.filter(isNode) ?? []) {
          if (v.type !== 'enum_variant') continue;
          variants.set(v.childForFieldName('name')?.text ?? '', fieldsOf(v.childForFieldName('body'), new Set(params)));
        }
        types.set(name, { name, params, copy: derivesCopy(node), variants });
        return;
      }
      case 'union_item':
        return;
      case 'function_item': {
        const sig = signature(node, undefined, []);
        fns.set(sig.name, sig);
        break; // nested items in the body
      }
      case 'impl_item': {
        const typeNode = node.childForFieldName('type');
        const base = typeNode?.type === 'generic_type' ? typeNode.childForFieldName('type') : typeNode;
        const typeName = base?.text.split('::').pop() ?? '';
        const trait = node.childForFieldName('trait')?.text;
        if (trait === 'Copy') copyImpls.add(typeName);
        const outer = typeParams(node);
        const selfTy = tyOfNode(typeNode, undefined, new Set(outer));
        const table = methods.get(typeName) ?? new Map<string, FnSig>();
        methods.set(typeName, table);
        for (const f of node.childForFieldName('body')?.namedChildren.filter(isNode) ?? []) {
          if (f.type === 'function_item') table.set(f.childForFieldName('name')?.text ?? '', signature(f, selfTy, outer));
        }
        return;
      }
      case 'trait_item': {
        for (const f of node.childForFieldName('body')?.namedChildren.filter(isNode) ?? []) {
          if (f.type === 'function_item' || f.type === 'function_signature_item') {
            const sig = signature(f, undefined, []);
            traitMethods.set(sig.name, sig);
          }
        }
        return;
      }
    }
    for (const c of node.namedChildren) if (c) visit(c);
  };
  visit(root);
  for (const name of copyImpls) {
    const t = types.get(name);
    if (t) t.copy = true;
  }

  const facts: CopyFacts = {
    userTypeCopy(name, args): Tri | undefined {
      const t = types.get(name);
      if (!t) return undefined;
      if (!t.copy) return 'no';
      // `#[derive(Copy)]` on a generic type is `Copy` only when its arguments are.
      return all(args.map((a) => isCopy(a, facts)));
    },
    paramCopy: () => undefined,
  };
  return { types, fns, methods, traitMethods, facts };
}

/** The type of field `name` of a value of type `ty` (a struct), or of variant `variant`'s field. */
export function fieldTy(items: ItemIndex, ty: Ty, name: string, variant?: string): Ty {
  if (ty.k === 'tuple' && !variant) return ty.elems[Number(name)] ?? UNKNOWN;
  if (ty.k !== 'adt') return UNKNOWN;
  if (variant) {
    if (ty.name === 'Option' && variant === 'Some' && name === '0') return ty.args[0] ?? UNKNOWN;
    if (ty.name === 'Result' && variant === 'Ok' && name === '0') return ty.args[0] ?? UNKNOWN;
    if (ty.name === 'Result' && variant === 'Err' && name === '0') return ty.args[1] ?? UNKNOWN;
  }
  const item = items.types.get(ty.name);
  if (!item) return UNKNOWN;
  const fields = variant ? item.variants?.get(variant) : item.fields;
  const raw = fields?.byName.get(name);
  if (!raw) return UNKNOWN;
  if (item.params.length === 0) return raw;
  const map = new Map<string, Ty>();
  item.params.forEach((p, i) => map.set(p, ty.args[i] ?? UNKNOWN));
  return substitute(raw, map);
}

/** A user type by name (`Self` already resolved by the caller). */
export function userAdt(items: ItemIndex, name: string): Ty {
  const item = items.types.get(name);
  if (!item) return UNKNOWN;
  // Generic arguments are not inferred: `Wrapper { inner: s }` has arguments we do not know.
  return adt(name, item.params.map(() => UNKNOWN));
}
