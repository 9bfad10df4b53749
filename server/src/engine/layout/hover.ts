// What the hover says about types and bindings: on a type name (its definition or any use) the
// type's layout; on a binding or parameter with a written or evident type, its size on the
// stack and what it owns on the heap. Returns Markdown, or undefined when the position is neither.
import type { SyntaxNode } from '../parse/parser';
import { layoutMarkdown, bytes } from './describe';
import type { LayoutResult } from './layout';
import { printType, type TypeExpr } from './typeExpr';
import type { TypeEnv } from './typeEnv';

const TYPE_NODES = new Set([
  'type_identifier', 'primitive_type', 'scoped_type_identifier', 'generic_type', 'reference_type', 'pointer_type',
  'array_type', 'tuple_type', 'unit_type', 'never_type', 'function_type', 'dynamic_type',
]);
const DECL_ITEMS: Record<string, string> = { struct_item: 'struct', enum_item: 'enum', union_item: 'union', type_item: 'type' };

/** The hover section for a type name at `offset`. */
export function typeHover(env: TypeEnv, root: SyntaxNode, offset: number): string | undefined {
  const leaf = root.descendantForIndex(offset, offset);
  if (!leaf) return undefined;
  // The name in `struct Name {`: the declaration's own layout.
  const item = leaf.parent;
  if (leaf.type === 'type_identifier' && item && DECL_ITEMS[item.type] && item.childForFieldName('name')?.equals(leaf)) {
    const decl = env.decls.find((d) => d.node.equals(item));
    if (!decl) return undefined;
    const l = env.layoutOfDecl(decl);
    const generic = decl.generics.length ? `<${decl.generics.map((g) => g.name).join(', ')}>` : '';
    return layoutMarkdown(`**${DECL_ITEMS[item.type]} ${decl.name}${generic}**`, decl.name + generic, l);
  }
  if (leaf.type !== 'type_identifier' && leaf.type !== 'primitive_type') return undefined;
  // A use: the whole written type whose head is this name (`Vec` in `Vec<u64>` means `Vec<u64>`).
  let node: SyntaxNode = leaf;
  while (node.parent && (node.parent.type === 'scoped_type_identifier' || (node.parent.type === 'generic_type' && node.parent.childForFieldName('type')?.equals(node)))) node = node.parent;
  if (!TYPE_NODES.has(node.type) || namesATrait(node)) return undefined;
  const expr = env.exprOfNode(node);
  const l = env.layoutOfExpr(expr);
  return layoutMarkdown(`**\`${printType(expr)}\`**`, printType(expr), l);
}

/** Trait names (`impl Display for`, bounds, `dyn`/`impl Trait`) and generic parameter declarations are not types with a layout. */
function namesATrait(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'impl_item' && parent.childForFieldName('trait')?.equals(node)) return true;
  if (parent.type === 'type_parameter' || parent.type === 'constrained_type_parameter' || parent.type === 'optional_type_parameter') return true;
  for (let p: SyntaxNode | null = parent; p; p = p.parent) {
    if (p.type === 'trait_bounds' || p.type === 'dynamic_type' || p.type === 'abstract_type' || p.type === 'removed_trait_bound') return true;
    if (p.type === 'type_arguments' || p.type.endsWith('_item') || p.type === 'block') return false;
  }
  return false;
}

/** The type of a binding when it is written or evident from its initializer. */
interface BindingType {
  name: string;
  expr: TypeExpr;
  layout: LayoutResult;
}

const LITERAL_TYPES: Record<string, string> = { boolean_literal: 'bool', char_literal: 'char', string_literal: '&str', raw_string_literal: '&str', float_literal: 'f64' };
const INT_SUFFIX = /(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize)$/;
const FLOAT_SUFFIX = /(f32|f64)$/;

/** Types that `let x = <init>` makes evident without inference: literals, struct literals, well-known constructors. */
function evidentType(init: SyntaxNode): string | undefined {
  switch (init.type) {
    case 'integer_literal':
      return init.text.match(INT_SUFFIX)?.[1] ?? 'i32';
    case 'float_literal':
      return init.text.match(FLOAT_SUFFIX)?.[1] ?? 'f64';
    case 'struct_expression': {
      const name = init.childForFieldName('name');
      return name && name.type !== 'generic_type_with_turbofish' ? name.text : undefined;
    }
    case 'macro_invocation': {
      const m = init.childForFieldName('macro')?.text;
      return m === 'format' ? 'String' : undefined;
    }
    case 'call_expression': {
      const f = init.childForFieldName('function')?.text ?? '';
      if (/^String::(new|from|with_capacity)$/.test(f)) return 'String';
      const turbofish = f.match(/^(Vec|VecDeque|HashMap|HashSet|BTreeMap|BTreeSet|Box|Rc|Arc)::<(.+)>::new$/);
      if (turbofish) return `${turbofish[1]}<${turbofish[2]}>`;
      return undefined;
    }
    default:
      return LITERAL_TYPES[init.type];
  }
}

/** A type for a binding from elsewhere (the simulated run), by enclosing function and name. */
export type BindingTypeHint = (fn: string, name: string) => string | undefined;

function enclosingFunction(node: SyntaxNode): string | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'function_item') return p.childForFieldName('name')?.text;
  return undefined;
}

function bindingOf(env: TypeEnv, ident: SyntaxNode, hint?: BindingTypeHint): BindingType | undefined {
  const decl = declarationOf(ident);
  if (!decl) return undefined;
  const { owner, name } = decl;
  const typeNode = owner.childForFieldName('type');
  if (typeNode) {
    const expr = env.exprOfNode(typeNode);
    return { name, expr, layout: env.layoutOfExpr(expr) };
  }
  const value = owner.type === 'let_declaration' ? owner.childForFieldName('value') : null;
  const fn = enclosingFunction(owner);
  const text = (value ? evidentType(value) : undefined) ?? (fn !== undefined ? hint?.(fn, name) : undefined);
  if (!text) return undefined;
  const layout = env.layoutOfText(text);
  return { name, expr: { kind: 'path', segments: [text], args: [] }, layout };
}

/** The `let` or parameter that declares the identifier (itself, or the nearest earlier one in scope). */
function declarationOf(ident: SyntaxNode): { owner: SyntaxNode; name: string } | undefined {
  const name = ident.text;
  const direct = simplePatternOwner(ident);
  if (direct) return { owner: direct, name };
  // A use: walk outwards through blocks looking for the latest earlier `let name` or parameter.
  for (let scope = ident.parent; scope; scope = scope.parent) {
    let best: SyntaxNode | undefined;
    for (const c of scope.namedChildren) {
      if (!c || c.startIndex >= ident.startIndex) break;
      if (c.type === 'let_declaration' && c.childForFieldName('pattern')?.type === 'identifier' && c.childForFieldName('pattern')?.text === name) best = c;
    }
    if (best) return { owner: best, name };
    if (scope.type === 'function_item' || scope.type === 'closure_expression') {
      const params = scope.childForFieldName('parameters');
      for (const p of params?.namedChildren ?? []) {
        if (p?.type === 'parameter' && p.childForFieldName('pattern')?.text === name) return { owner: p, name };
      }
      return undefined;
    }
  }
  return undefined;
}

function simplePatternOwner(ident: SyntaxNode): SyntaxNode | undefined {
  const parent = ident.parent;
  if (!parent) return undefined;
  if ((parent.type === 'let_declaration' || parent.type === 'parameter') && parent.childForFieldName('pattern')?.equals(ident)) return parent;
  return undefined;
}

/** The hover section for a binding or parameter at `offset`. */
export function bindingHover(env: TypeEnv, root: SyntaxNode, offset: number, hint?: BindingTypeHint): string | undefined {
  const leaf = root.descendantForIndex(offset, offset);
  if (!leaf || leaf.type !== 'identifier') return undefined;
  const b = bindingOf(env, leaf, hint);
  if (!b) return undefined;
  const typeText = printType(b.expr);
  const head = `**${b.name}**: \`${typeText}\``;
  if (!b.layout.known) return `${head}\n\nsize on the stack unknown: ${b.layout.reason}`;
  const l = b.layout;
  let text = `${head}\n\n${bytes(l.size)} on the stack${l.parts ? ` (${l.parts})` : ''}`;
  if (l.heap) text += `; on the heap: ${l.heap.description}`;
  return text;
}
