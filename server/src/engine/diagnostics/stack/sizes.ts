// Sizes of the values the stack checks look at (array expressions, struct literals, annotated
// bindings), read from the layout engine. An expression the type checker typed has the size of
// its checked type (`[0; 4096]` next to a `[u64; 4096]` is 32 KiB, not "at least 4 KiB"); without
// one, the size is read from the syntax, and one that is not certain is either a lower bound (an
// unsuffixed integer literal may be a `u8`) or unknown; the checks never round up.
import type { Tree } from '../../parse/parser';
import { exprLayout, NO_SCOPE, type TypeEnv, type TypeExpr, type TypedFile, type TypeScope } from '../../layout';
import { typeName } from '../../typeck';
import type { Expr, Item, Pat, Span as AstSpan } from '../../syntax/ast';
import type { Span } from '../../diagnostic';
import { annotatedTypedFile } from '../../annotations/checks';
import type { CodeNode } from './walk';

/** The checker's view of each environment typeEnvOf gave out, for the sizes of typed expressions. */
const typedFiles = new WeakMap<TypeEnv, TypedFile>();

/** The layout environment of a tree (with its `// @mem size` overrides), built once per tree. */
export function typeEnvOf(tree: Tree, text: string): TypeEnv {
  const file = annotatedTypedFile(tree, text);
  typedFiles.set(file.env, file);
  return file.env;
}

/** The size and type (as rustc prints it) the checker gives expression `e`, when it typed it and the layout is known. */
function checkedSize(env: TypeEnv, e: Expr): { size: number; typeText: string } | undefined {
  const file = typedFiles.get(env);
  const c = file && exprLayout(file, e.id);
  return c?.layout.known ? { size: c.layout.size, typeText: typeName(c.ty) } : undefined;
}

/**
 * The syntax's answer made exact by the checker's: its size, and its type where the syntax left
 * part of it to inference (`[_; 4096]`); the text as written where it was already whole.
 */
function withChecked<S extends ValueSize>(env: TypeEnv, e: Expr, written: S | undefined): S | ValueSize | undefined {
  const checked = checkedSize(env, e);
  if (!checked) return written;
  if (!written) return { size: checked.size, lowerBound: false, typeText: checked.typeText };
  return { ...written, size: checked.size, lowerBound: false, typeText: written.lowerBound ? checked.typeText : written.typeText };
}

/** A diagnostic's span from an Ast span. */
export function spanOf(node: { span: AstSpan }): Span {
  const s = node.span;
  return { start: { line: s.line, character: s.character }, end: { line: s.endLine, character: s.endCharacter } };
}

/** The source text of a node. */
export function sourceOf(env: TypeEnv, node: { span: AstSpan }): string {
  return env.program.ast.text.slice(node.span.start, node.span.end);
}

/**
 * A binding's pattern as the checks name it: a plain binding by its name (`mut` is part of the
 * declaration, not of the name), any other pattern as written.
 */
export function patternName(env: TypeEnv, pat: Pat): { text: string; span: AstSpan } {
  return pat.kind === 'IdentPat' && pat.mode === 'value' && !pat.sub ? { text: pat.name.name, span: pat.name.span } : { text: sourceOf(env, pat), span: pat.span };
}

const SCOPED = new Set(['Fn', 'Impl', 'Trait', 'Struct', 'Enum', 'Union', 'TypeAlias', 'Const']);

/** What generic parameters and `Self` mean among the nodes `around` (outermost first). */
export function scopeAround(env: TypeEnv, around: readonly CodeNode[]): TypeScope {
  let scope = NO_SCOPE;
  for (const n of around) if (SCOPED.has(n.kind)) scope = env.scopeIn(scope, n as Item);
  return scope;
}

export interface ValueSize {
  /** Bytes, or the least it can be when `lowerBound`. */
  size: number;
  lowerBound: boolean;
  /** The type as source text, `_` where the element type is inferred. */
  typeText: string;
  /** The type, when it is certain. */
  type?: TypeExpr;
}

/** `1 KiB (1024 bytes)`: the unit a reader thinks in, and the exact count. */
export function formatBytes(n: number): string {
  const units: [number, string][] = [[1 << 30, 'GiB'], [1 << 20, 'MiB'], [1 << 10, 'KiB']];
  for (const [size, unit] of units) {
    if (n >= size) {
      const v = n / size;
      const text = Number.isInteger(v) ? `${v}` : v.toFixed(1);
      return `${text} ${unit} (${n.toLocaleString('en-US')} bytes)`;
    }
  }
  return `${n} bytes`;
}

/** The size of a type, when the layout engine knows it. */
function sizeOf(env: TypeEnv, t: TypeExpr): number | undefined {
  const l = env.layoutOfExpr(t);
  return l.known ? l.size : undefined;
}

function known(size: number | undefined, type: TypeExpr, typeText: string): ValueSize | undefined {
  return size === undefined ? undefined : { size, lowerBound: false, typeText, type };
}

const prim = (name: string): TypeExpr => ({ kind: 'path', segments: [name], args: [] });

/** The value of a constant expression (an array length, a stack size), by the layout engine's evaluator. */
export function constValue(env: TypeEnv, expr: Expr): number | undefined {
  const v = env.declarations.evalConst(expr);
  return v === null ? undefined : Number(v);
}

/** The size of the value an expression builds: its checked type's, else as read from its syntax. */
export function valueSize(env: TypeEnv, e: Expr, scope: TypeScope): ValueSize | undefined {
  return e.kind === 'Array' || e.kind === 'Repeat' ? arraySize(env, e, scope) : withChecked(env, e, writtenSize(env, e, scope));
}

/** The size of the value an expression builds, when it can be read from its syntax. */
function writtenSize(env: TypeEnv, e: Expr, scope: TypeScope): ValueSize | undefined {
  switch (e.kind) {
    case 'Lit':
      switch (e.lit.kind) {
        case 'Int':
          // An unsuffixed integer takes the type inference gives it: at least one byte.
          return e.lit.suffix ? known(sizeOf(env, prim(e.lit.suffix)) ?? 0, prim(e.lit.suffix), e.lit.suffix) : { size: 1, lowerBound: true, typeText: '_' };
        case 'Float':
          return e.lit.suffix ? { size: e.lit.suffix === 'f32' ? 4 : 8, lowerBound: false, typeText: e.lit.suffix, type: prim(e.lit.suffix) } : { size: 4, lowerBound: true, typeText: '_' };
        case 'Bool':
          return { size: 1, lowerBound: false, typeText: 'bool', type: prim('bool') };
        case 'Char':
          return { size: 4, lowerBound: false, typeText: 'char', type: prim('char') };
        case 'Byte':
          return { size: 1, lowerBound: false, typeText: 'u8', type: prim('u8') };
        default:
          return undefined;
      }
    case 'Cast': {
      const t = env.exprOfType(e.ty, scope);
      return known(sizeOf(env, t), t, sourceOf(env, e.ty));
    }
    case 'Tuple': {
      if (e.elems.length === 0) return { size: 0, lowerBound: false, typeText: '()', type: { kind: 'tuple', elems: [] } };
      const parts = e.elems.map((c) => valueSize(env, c, scope));
      if (parts.some((p) => !p?.type)) return undefined;
      const text = `(${parts.map((p) => p!.typeText).join(', ')}${parts.length === 1 ? ',' : ''})`;
      const t: TypeExpr = { kind: 'tuple', elems: parts.map((p) => p!.type!) };
      return known(sizeOf(env, t), t, text);
    }
    case 'Unary':
    case 'Paren':
      return valueSize(env, e.expr, scope);
    case 'StructExpr': {
      const segs = e.path.segments;
      if (e.path.qself || segs.some((s) => s.args) || segs[0]?.ident.name === 'Self') return undefined;
      const t: TypeExpr = { kind: 'path', segments: segs.map((s) => s.ident.name), args: [] };
      return known(sizeOf(env, t), t, sourceOf(env, e.path));
    }
    default:
      return undefined;
  }
}

export interface ArraySize extends ValueSize {
  /** The repeated element (`[value; len]`), if that is the form. */
  repeat?: { value: Expr; length: Expr; elemText: string };
}

/** The size of an array expression (`[value; len]` or `[a, b, c]`): its checked type's, else as read from its syntax. */
export function arraySize(env: TypeEnv, e: Expr & { kind: 'Array' | 'Repeat' }, scope: TypeScope): ArraySize | undefined {
  return withChecked(env, e, writtenArraySize(env, e, scope));
}

function writtenArraySize(env: TypeEnv, e: Expr & { kind: 'Array' | 'Repeat' }, scope: TypeScope): ArraySize | undefined {
  const first = e.kind === 'Repeat' ? e.elem : e.elems[0];
  if (!first) return undefined;
  const elem = valueSize(env, first, scope);
  if (!elem) return undefined;
  const n = e.kind === 'Repeat' ? constValue(env, e.count) : e.elems.length;
  if (n === undefined) return undefined;
  const lenText = e.kind === 'Repeat' ? sourceOf(env, e.count) : `${n}`;
  // Alignment padding never applies between array elements: size is exactly n × element size.
  const result: ArraySize = { size: elem.size * n, lowerBound: elem.lowerBound, typeText: `[${elem.typeText}; ${lenText}]` };
  if (elem.type) result.type = { kind: 'array', elem: elem.type, len: BigInt(n), lenText };
  if (e.kind === 'Repeat') result.repeat = { value: e.elem, length: e.count, elemText: elem.typeText };
  return result;
}
