// Would a heap fix still compile? Replacing `let a = [v; N]` by a `Vec<T>` or a `Box<[T; N]>`
// changes `a`'s type, so the fix is offered only when every later use of `a` reads the same with
// the new type: indexing, slice methods, formatting, and (for a `Vec`) borrowing it as a slice.
import type { TypeEnv } from '../../layout';
import type { Block, Expr, LetStmt } from '../../syntax/ast';
import { calledFn } from './frames';
import { patternName, sourceOf } from './sizes';
import { walk, type CodeNode } from './walk';

export interface FixCompat {
  vec: boolean;
  box: boolean;
  /** `Box<[T]>`: a boxed slice, for `Box::new([…])` replaced by `vec![…].into_boxed_slice()`. */
  slice: boolean;
}

/** Methods that `[T; N]`, `Vec<T>`, `Box<[T; N]>` and `Box<[T]>` all have, with the same meaning. */
const SLICE_METHODS = new Set([
  'len', 'is_empty', 'iter', 'iter_mut', 'first', 'last', 'first_mut', 'last_mut', 'get', 'get_mut', 'contains',
  'sort', 'sort_unstable', 'sort_by', 'sort_by_key', 'fill', 'copy_from_slice', 'clone_from_slice', 'to_vec',
  'as_ptr', 'as_mut_ptr', 'chunks', 'chunks_mut', 'windows', 'split_at', 'split_at_mut', 'swap', 'reverse',
  'starts_with', 'ends_with', 'binary_search', 'rotate_left', 'rotate_right', 'as_slice',
]);
/** Macros whose arguments are formatted or compared: an array, a Vec and a Box of either print and compare the same way. */
const FORMAT_MACROS = /^(println|print|eprintln|eprint|format|write|writeln|assert|assert_eq|assert_ne|debug_assert|dbg)$/;

const NONE: FixCompat = { vec: false, box: false, slice: false };
const ALL: FixCompat = { vec: true, box: true, slice: true };

/** The parameter types of the file's function a callee names, as written (spaces removed). */
function paramTypes(env: TypeEnv, callee: Expr): string[] | undefined {
  if (callee.kind !== 'PathExpr') return undefined;
  const node = calledFn(env.program.resolution, callee);
  const fn = node === undefined ? undefined : fnByNode(env).get(node);
  return fn?.sig.params.map((p) => sourceOf(env, p.ty).replace(/\s+/g, ''));
}

const fns = new WeakMap<TypeEnv, Map<number, Extract<CodeNode, { kind: 'Fn' }>>>();

function fnByNode(env: TypeEnv): Map<number, Extract<CodeNode, { kind: 'Fn' }>> {
  let m = fns.get(env);
  if (!m) {
    m = new Map();
    const found = m;
    walk(env.program.ast.root.items, (n) => {
      if (n.kind === 'Fn') found.set(n.id, n);
    });
    fns.set(env, m);
  }
  return m;
}

/** What a use of the binding allows, from the nodes around it (outermost first). */
function useKind(env: TypeEnv, use: CodeNode, around: readonly CodeNode[]): FixCompat {
  const parent = around.at(-1);
  if (!parent) return NONE;
  // In a macro's arguments: a formatted or compared argument itself reads the same for all three;
  // any other macro may do anything with it.
  if (around.some((a) => a.kind === 'MacCall' && !FORMAT_MACROS.test(a.name))) return NONE;
  if (parent.kind === 'MacCall') return ALL;
  if (parent.kind === 'Index' && parent.expr === use) return ALL;
  if (parent.kind === 'MethodCall' && parent.receiver === use) return SLICE_METHODS.has(parent.method.name) ? ALL : NONE;
  if (parent.kind === 'Ref') {
    const outer = around.at(-2);
    // `for x in &a`: a Vec borrows the same way; `&Box<[T; N]>` is not iterable.
    if (outer?.kind === 'For' && outer.iter === parent) return { vec: true, box: false, slice: false };
    if (outer?.kind === 'Call' && outer.callee !== parent) {
      const t = paramTypes(env, outer.callee)?.[outer.args.indexOf(parent as Expr)];
      // `&Vec<T>` coerces to `&[T]`; a `&Box<[T; N]>` does not.
      if (t && /^&(mut)?\[[^;\]]*\]$/.test(t)) return { vec: true, box: false, slice: false };
    }
  }
  return NONE;
}

/** Whether each heap fix keeps every use of the binding `decl` makes (in `block`, after it) compiling. */
export function fixCompatibility(env: TypeEnv, decl: LetStmt, block: Block): FixCompat {
  const binding = decl.pat.id;
  const paths = env.program.resolution.paths;
  const result: FixCompat = { ...ALL };
  const after = block.stmts.slice(block.stmts.indexOf(decl) + 1);
  const mentioned = new RegExp(`(^|[^\\w$])${patternName(env, decl.pat).text}($|[^\\w$])`);
  walk(after, (n, around) => {
    // A macro whose arguments are not parsed may do anything with the binding.
    if (n.kind === 'MacCall' && n.args.kind === 'Opaque' && mentioned.test(n.args.tokens)) Object.assign(result, NONE);
    if (n.kind !== 'PathExpr') return;
    const r = paths.get(n.path.id)?.res;
    if (r?.kind !== 'Local' || r.binding !== binding) return;
    const k = useKind(env, n, around);
    result.vec &&= k.vec;
    result.box &&= k.box;
    result.slice &&= k.slice;
  }, { macros: 'all' });
  return result;
}
