// Type expressions as the layout engine sees them: a small immutable tree read once from the
// tree-sitter type node, so layouts can be computed (and cached by their printed form) without
// walking WebAssembly nodes again.
import type { SyntaxNode } from '../parse/parser';

export type TypeExpr =
  /** A named type: `u8`, `Vec<T>`, `std::rc::Rc<Node>`, a user struct. */
  | { kind: 'path'; segments: string[]; args: TypeExpr[] }
  /** A generic parameter of the declaration being laid out. */
  | { kind: 'param'; name: string; maybeUnsized: boolean }
  | { kind: 'ref'; mutable: boolean; inner: TypeExpr }
  | { kind: 'ptr'; mutable: boolean; inner: TypeExpr }
  /** `len` is null when the length expression cannot be evaluated. */
  | { kind: 'array'; elem: TypeExpr; len: bigint | null; lenText: string }
  | { kind: 'slice'; elem: TypeExpr }
  | { kind: 'tuple'; elems: TypeExpr[] }
  | { kind: 'never' }
  | { kind: 'fn'; text: string }
  /** `dyn Trait` (and bare trait objects). */
  | { kind: 'dyn'; text: string }
  /** `impl Trait`, `_`, `<T as Trait>::X`, `T::Item`: not a concrete type here. */
  | { kind: 'opaque'; text: string; why: string };

/** Evaluates a constant expression (array length, const generic argument, discriminant). */
export type ConstEval = (node: SyntaxNode) => bigint | null;

function typeChildren(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'lifetime' && c.type !== 'line_comment' && c.type !== 'block_comment');
}

function pathSegments(node: SyntaxNode): string[] {
  switch (node.type) {
    case 'type_identifier':
    case 'identifier':
    case 'primitive_type':
    case 'crate':
    case 'self':
    case 'super':
    case 'metavariable':
      return [node.text];
    case 'scoped_type_identifier':
    case 'scoped_identifier': {
      const path = node.childForFieldName('path');
      const name = node.childForFieldName('name');
      return [...(path ? pathSegments(path) : []), ...(name ? [name.text] : [])];
    }
    case 'generic_type': {
      const t = node.childForFieldName('type');
      return t ? pathSegments(t) : [node.text];
    }
    default:
      return [node.text];
  }
}

/** Reads a tree-sitter type node (any `_type` node) into a TypeExpr. */
export function typeExprOf(node: SyntaxNode, evalConst: ConstEval): TypeExpr {
  switch (node.type) {
    case 'primitive_type':
    case 'type_identifier':
    case 'scoped_type_identifier':
      return { kind: 'path', segments: pathSegments(node), args: [] };
    case 'generic_type': {
      const t = node.childForFieldName('type');
      const argsNode = node.childForFieldName('type_arguments');
      const args: TypeExpr[] = [];
      for (const a of argsNode ? typeChildren(argsNode) : []) {
        if (a.type === 'type_binding' || a.type === 'trait_bounds') continue;
        args.push(argumentExpr(a, evalConst));
      }
      return { kind: 'path', segments: t ? pathSegments(t) : [node.text], args };
    }
    case 'reference_type': {
      const inner = node.childForFieldName('type');
      const mutable = node.namedChildren.some((c) => c?.type === 'mutable_specifier');
      return { kind: 'ref', mutable, inner: inner ? typeExprOf(inner, evalConst) : opaque(node, 'missing type') };
    }
    case 'pointer_type': {
      const inner = node.childForFieldName('type');
      const mutable = node.children.some((c) => c?.type === 'mutable_specifier' || c?.text === 'mut');
      return { kind: 'ptr', mutable, inner: inner ? typeExprOf(inner, evalConst) : opaque(node, 'missing type') };
    }
    case 'array_type': {
      const elem = node.childForFieldName('element');
      const length = node.childForFieldName('length');
      const e = elem ? typeExprOf(elem, evalConst) : opaque(node, 'missing element type');
      if (!length) return { kind: 'slice', elem: e };
      return { kind: 'array', elem: e, len: evalConst(length), lenText: length.text };
    }
    case 'tuple_type':
      return { kind: 'tuple', elems: typeChildren(node).map((c) => typeExprOf(c, evalConst)) };
    case 'unit_type':
      return { kind: 'tuple', elems: [] };
    case 'never_type':
      return { kind: 'never' };
    case 'function_type':
      return node.childForFieldName('trait') ? { kind: 'dyn', text: node.text } : { kind: 'fn', text: node.text };
    case 'dynamic_type':
      return { kind: 'dyn', text: node.text };
    case 'bounded_type': {
      // `dyn A + Send`, `Box<dyn Error + Send + Sync>`
      let first = typeChildren(node)[0];
      while (first?.type === 'bounded_type') first = typeChildren(first)[0];
      if (first?.type === 'dynamic_type') return { kind: 'dyn', text: node.text };
      return opaque(node, 'a bounded type');
    }
    case 'abstract_type':
      return opaque(node, '`impl Trait` is an opaque type');
    case 'qualified_type':
      return opaque(node, 'an associated type');
    case 'bracketed_type': {
      const inner = typeChildren(node)[0];
      return inner ? typeExprOf(inner, evalConst) : opaque(node, 'empty type');
    }
    default:
      if (node.text === '_') return opaque(node, 'an inferred type (`_`)');
      return opaque(node, `\`${node.text}\` is not a type the layout engine reads`);
  }
}

/** A generic argument: a type, or a const generic value (kept as a `path` whose one segment is the number). */
function argumentExpr(node: SyntaxNode, evalConst: ConstEval): TypeExpr {
  if (node.type === 'integer_literal' || node.type === 'block' || node.type === 'unary_expression' || node.type === 'binary_expression') {
    const v = evalConst(node);
    return v === null ? opaque(node, `the constant \`${node.text}\` cannot be evaluated`) : { kind: 'path', segments: [`${v}`], args: [] };
  }
  return typeExprOf(node, evalConst);
}

function opaque(node: SyntaxNode, why: string): TypeExpr {
  return { kind: 'opaque', text: node.text, why };
}

/**
 * The canonical text of a type expression. With `asKey`, generic parameters are marked (`$T`) so a
 * parameter never shares a cache entry with a type of the same name.
 */
export function printType(t: TypeExpr, asKey = false): string {
  const p = (x: TypeExpr) => printType(x, asKey);
  switch (t.kind) {
    case 'path':
      return t.segments.join('::') + (t.args.length ? `<${t.args.map(p).join(', ')}>` : '');
    case 'param':
      return asKey ? `$${t.name}${t.maybeUnsized ? '?' : ''}` : t.name;
    case 'ref':
      return `&${t.mutable ? 'mut ' : ''}${p(t.inner)}`;
    case 'ptr':
      return `*${t.mutable ? 'mut' : 'const'} ${p(t.inner)}`;
    case 'array':
      return `[${p(t.elem)}; ${t.len === null ? t.lenText : t.len}]`;
    case 'slice':
      return `[${p(t.elem)}]`;
    case 'tuple':
      return t.elems.length === 1 ? `(${p(t.elems[0]!)},)` : `(${t.elems.map(p).join(', ')})`;
    case 'never':
      return '!';
    case 'fn':
    case 'dyn':
    case 'opaque':
      return t.text;
  }
}

/** Replaces generic parameters (and single-segment paths naming them) by their arguments. */
export function substitute(t: TypeExpr, args: ReadonlyMap<string, TypeExpr>): TypeExpr {
  if (args.size === 0) return t;
  switch (t.kind) {
    case 'param':
      return args.get(t.name) ?? t;
    case 'path':
      if (t.segments.length === 1 && t.args.length === 0) {
        const hit = args.get(t.segments[0]!);
        if (hit) return hit;
      }
      return t.args.length ? { ...t, args: t.args.map((a) => substitute(a, args)) } : t;
    case 'ref':
    case 'ptr':
      return { ...t, inner: substitute(t.inner, args) };
    case 'array': {
      const elem = substitute(t.elem, args);
      if (t.len === null) {
        // A const generic length `[T; N]`.
        const n = args.get(t.lenText);
        if (n?.kind === 'path' && n.segments.length === 1 && /^-?\d+$/.test(n.segments[0]!)) return { ...t, elem, len: BigInt(n.segments[0]!) };
      }
      return { ...t, elem };
    }
    case 'slice':
      return { ...t, elem: substitute(t.elem, args) };
    case 'tuple':
      return { ...t, elems: t.elems.map((e) => substitute(e, args)) };
    default:
      return t;
  }
}
