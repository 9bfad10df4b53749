// Type expressions as the layout engine sees them: a small immutable tree read once from a type of
// the Ast (a field's type when the file's declarations are collected, a `let` annotation when a
// check asks), so layouts can be computed and cached by their printed form.
import type { Expr, Span, Type } from '../syntax/ast';

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
export type ConstEval = (expr: Expr) => bigint | null;

/** What reading a type needs besides the type: the file's text (for what is shown as written) and its constants. */
export interface TypeSource {
  text: string;
  evalConst: ConstEval;
}

/** The source text of a node. */
export function textOf(src: { text: string }, node: { span: Span }): string {
  return src.text.slice(node.span.start, node.span.end);
}

/** Reads a type of the Ast into a TypeExpr. */
export function typeExprOf(ty: Type, src: TypeSource): TypeExpr {
  switch (ty.kind) {
    case 'PathType': {
      const path = ty.path;
      if (path.qself) return opaque(ty, src, 'an associated type');
      const last = path.segments.at(-1);
      if (last?.args?.kind === 'ParenArgs') return { kind: 'dyn', text: textOf(src, ty) };
      const args: TypeExpr[] = [];
      for (const seg of path.segments) {
        if (seg.args?.kind !== 'AngleArgs') continue;
        for (const a of seg.args.args) {
          if (a.kind === 'TypeArg') args.push(typeExprOf(a.ty, src));
          else if (a.kind === 'ConstArg') args.push(constArgument(a.expr, src));
        }
      }
      return { kind: 'path', segments: path.segments.map((s) => s.ident.name), args };
    }
    case 'RefType':
      return { kind: 'ref', mutable: ty.isMut, inner: typeExprOf(ty.ty, src) };
    case 'PtrType':
      return { kind: 'ptr', mutable: ty.isMut, inner: typeExprOf(ty.ty, src) };
    case 'ArrayType':
      return { kind: 'array', elem: typeExprOf(ty.elem, src), len: src.evalConst(ty.len), lenText: textOf(src, ty.len) };
    case 'SliceType':
      return { kind: 'slice', elem: typeExprOf(ty.elem, src) };
    case 'TupleType':
      return { kind: 'tuple', elems: ty.elems.map((e) => typeExprOf(e, src)) };
    case 'NeverType':
      return { kind: 'never' };
    case 'FnPtrType':
      return { kind: 'fn', text: textOf(src, ty) };
    case 'DynTrait':
      return { kind: 'dyn', text: textOf(src, ty) };
    case 'ImplTrait':
      return opaque(ty, src, '`impl Trait` is an opaque type');
    case 'ParenType':
      return typeExprOf(ty.ty, src);
    case 'InferType':
      return opaque(ty, src, 'an inferred type (`_`)');
    default:
      return opaque(ty, src, `\`${textOf(src, ty)}\` is not a type the layout engine reads`);
  }
}

/** A const generic argument, kept as a `path` whose one segment is the number. */
function constArgument(expr: Expr, src: TypeSource): TypeExpr {
  const v = src.evalConst(expr);
  return v === null ? { kind: 'opaque', text: textOf(src, expr), why: `the constant \`${textOf(src, expr)}\` cannot be evaluated` } : { kind: 'path', segments: [`${v}`], args: [] };
}

function opaque(ty: Type, src: TypeSource, why: string): TypeExpr {
  return { kind: 'opaque', text: textOf(src, ty), why };
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
