// The type declarations of one file, read once from the tree: structs, enums, unions and type
// aliases (at the top level, in inline modules and inside function bodies), their generic
// parameters, `#[repr]`, fields and variants as TypeExprs, plus the file's consts and `use`
// imports that type paths resolve through.
import type { SyntaxNode } from '../parse/parser';
import { makeConstEval } from './constEval';
import { parseRepr, type Repr } from './repr';
import { typeExprOf, type ConstEval, type TypeExpr } from './typeExpr';

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
  value?: SyntaxNode;
}

export interface TypeDecl {
  /** Unique within the file: name plus the start index of the item. */
  id: string;
  name: string;
  kind: DeclKind;
  /** The item node (struct_item, enum_item, union_item, type_item). */
  node: SyntaxNode;
  nameNode: SyntaxNode;
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
}

const ITEM_KINDS: Record<string, DeclKind> = { struct_item: 'struct', enum_item: 'enum', union_item: 'union', type_item: 'alias' };

function reprOf(item: SyntaxNode): Repr {
  const args: string[] = [];
  for (let s = item.previousNamedSibling; s && (s.type === 'attribute_item' || s.type.endsWith('comment')); s = s.previousNamedSibling) {
    if (s.type !== 'attribute_item') continue;
    const attr = s.namedChild(0);
    if (attr?.namedChild(0)?.text === 'repr') args.push(attr.childForFieldName('arguments')?.text ?? '');
  }
  return parseRepr(args);
}

function genericsOf(item: SyntaxNode, evalConst: ConstEval): GenericParam[] {
  const params = item.childForFieldName('type_parameters');
  if (!params) return [];
  const out: GenericParam[] = [];
  const unsizedInWhere = new Set<string>();
  for (const w of item.namedChildren) {
    if (w?.type !== 'where_clause') continue;
    for (const p of w.namedChildren) {
      if (p?.type === 'where_predicate' && /\?\s*Sized/.test(p.childForFieldName('bounds')?.text ?? '')) unsizedInWhere.add(p.childForFieldName('left')?.text ?? '');
    }
  }
  for (const p of params.namedChildren) {
    if (!p || p.type === 'lifetime_parameter' || p.type === 'lifetime' || p.type.endsWith('comment')) continue;
    const nameNode = p.childForFieldName('name') ?? p.namedChildren.find((c) => c?.type === 'type_identifier' || c?.type === 'identifier');
    if (!nameNode) continue;
    const name = nameNode.text;
    const isConst = p.type === 'const_parameter';
    const bounds = p.childForFieldName('bounds')?.text ?? '';
    const def = p.childForFieldName('default_type') ?? p.childForFieldName('value');
    const param: GenericParam = { name, kind: isConst ? 'const' : 'type', maybeUnsized: /\?\s*Sized/.test(bounds) || unsizedInWhere.has(name) };
    if (def && !isConst) param.default = typeExprOf(def, evalConst);
    if (def && isConst) {
      const v = evalConst(def);
      if (v !== null) param.default = { kind: 'path', segments: [`${v}`], args: [] };
    }
    out.push(param);
  }
  return out;
}

function fieldsOf(body: SyntaxNode | null, evalConst: ConstEval): { fields: FieldDecl[]; tupleLike: boolean } {
  if (!body) return { fields: [], tupleLike: false };
  if (body.type === 'ordered_field_declaration_list') {
    const types = body.childrenForFieldName('type').filter((t): t is SyntaxNode => t !== null);
    return { fields: types.map((t, i) => ({ name: `${i}`, type: typeExprOf(t, evalConst), text: t.text })), tupleLike: true };
  }
  const fields: FieldDecl[] = [];
  for (const f of body.namedChildren) {
    if (f?.type !== 'field_declaration') continue;
    const name = f.childForFieldName('name');
    const type = f.childForFieldName('type');
    if (name && type) fields.push({ name: name.text, type: typeExprOf(type, evalConst), text: type.text });
  }
  return { fields, tupleLike: false };
}

function collectImports(tree: SyntaxNode, imports: Map<string, string[]>): void {
  const segs = (n: SyntaxNode): string[] => {
    if (n.type === 'scoped_identifier') {
      const p = n.childForFieldName('path');
      const name = n.childForFieldName('name');
      return [...(p ? segs(p) : []), ...(name ? [name.text] : [])];
    }
    return [n.text];
  };
  const walk = (n: SyntaxNode, prefix: string[]) => {
    switch (n.type) {
      case 'identifier':
      case 'scoped_identifier':
      case 'self': {
        const full = [...prefix, ...segs(n)];
        const last = full.at(-1) ?? '';
        if (last === 'self') {
          const mod = full.slice(0, -1);
          if (mod.length) imports.set(mod.at(-1)!, mod);
        } else if (last !== '*') imports.set(last, full);
        return;
      }
      case 'use_as_clause': {
        const p = n.childForFieldName('path');
        const alias = n.childForFieldName('alias');
        if (p && alias) imports.set(alias.text, [...prefix, ...segs(p)]);
        return;
      }
      case 'scoped_use_list': {
        const p = n.childForFieldName('path');
        const list = n.childForFieldName('list');
        if (list) walk(list, [...prefix, ...(p ? segs(p) : [])]);
        return;
      }
      case 'use_list':
        for (const c of n.namedChildren) if (c) walk(c, prefix);
        return;
      default:
        return;
    }
  };
  for (const u of tree.descendantsOfType('use_declaration')) {
    const arg = u?.childForFieldName('argument');
    if (arg) walk(arg, []);
  }
}

/** Reads every type declaration, const, import and module of a file. */
export function collectDeclarations(root: SyntaxNode): FileDeclarations {
  const consts = new Map<string, SyntaxNode>();
  for (const c of root.descendantsOfType(['const_item', 'static_item'])) {
    const name = c?.childForFieldName('name');
    const value = c?.childForFieldName('value');
    if (name && value && !consts.has(name.text)) consts.set(name.text, value);
  }
  const evalConst = makeConstEval((name) => consts.get(name));
  const imports = new Map<string, string[]>();
  collectImports(root, imports);
  const modules = new Set<string>();
  for (const m of root.descendantsOfType('mod_item')) {
    const name = m?.childForFieldName('name');
    if (name) modules.add(name.text);
  }

  const traits = new Set<string>();
  for (const t of root.descendantsOfType('trait_item')) {
    const name = t?.childForFieldName('name');
    if (name) traits.add(name.text);
  }
  const decls: TypeDecl[] = [];
  for (const item of root.descendantsOfType(Object.keys(ITEM_KINDS))) {
    if (!item) continue;
    const kind = ITEM_KINDS[item.type]!;
    const nameNode = item.childForFieldName('name');
    if (!nameNode) continue;
    const modulePath: string[] = [];
    let insideFunction = false;
    for (let p = item.parent; p; p = p.parent) {
      if (p.type === 'mod_item') modulePath.unshift(p.childForFieldName('name')?.text ?? '');
      if (p.type === 'function_item' || p.type === 'impl_item' || p.type === 'trait_item') insideFunction = true;
    }
    // Associated types (`type Item = u8;` in an impl or trait) are not items of the file.
    if (kind === 'alias' && (item.parent?.type === 'declaration_list')) {
      const owner = item.parent.parent?.type;
      if (owner === 'impl_item' || owner === 'trait_item') continue;
    }
    const decl: TypeDecl = {
      id: `${nameNode.text}@${item.startIndex}`,
      name: nameNode.text,
      kind,
      node: item,
      nameNode,
      modulePath,
      topLevel: item.parent?.type === 'source_file',
      generics: genericsOf(item, evalConst),
      repr: reprOf(item),
      fields: [],
      tupleLike: false,
      variants: [],
    };
    if (insideFunction && modulePath.length === 0) decl.topLevel = false;
    if (kind === 'struct' || kind === 'union') Object.assign(decl, fieldsOf(item.childForFieldName('body'), evalConst));
    else if (kind === 'enum') {
      for (const v of item.childForFieldName('body')?.namedChildren ?? []) {
        if (v?.type !== 'enum_variant') continue;
        const vd: VariantDecl = { name: v.childForFieldName('name')?.text ?? '?', fields: fieldsOf(v.childForFieldName('body'), evalConst).fields };
        const value = v.childForFieldName('value');
        if (value) vd.value = value;
        decl.variants.push(vd);
      }
    } else {
      const t = item.childForFieldName('type');
      if (t) decl.aliased = typeExprOf(t, evalConst);
    }
    decls.push(decl);
  }
  const byName = new Map<string, TypeDecl[]>();
  for (const d of decls) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  return { decls, byName, imports, modules, traits, evalConst };
}
