// Would a heap fix still compile? Replacing `let a = [v; N]` by a `Vec<T>` or a `Box<[T; N]>`
// changes `a`'s type, so the fix is offered only when every later use of `a` reads the same with
// the new type: indexing, slice methods, formatting, and (for a `Vec`) borrowing it as a slice.
import type { SyntaxNode } from '../../parse/parser';
import { FILE_VIEW, SnippetCache, macroArgs } from '../macros';
import type { AnyNode } from '../syntax';

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
const FORMAT_MACROS = /^(println|print|eprintln|eprint|format|write|writeln|assert|assert_eq|assert_ne|debug_assert|dbg)$/;

/** The file's functions by name (the first of each name), listed once per tree: one scan per use is quadratic. */
const functionsByTree = new WeakMap<object, Map<string, SyntaxNode>>();

function functionsOf(root: SyntaxNode): Map<string, SyntaxNode> {
  let found = functionsByTree.get(root.tree);
  if (!found) {
    found = new Map();
    for (const fn of root.descendantsOfType('function_item')) {
      const name = fn?.childForFieldName('name')?.text;
      if (fn && name !== undefined && !found.has(name)) found.set(name, fn);
    }
    functionsByTree.set(root.tree, found);
  }
  return found;
}

/** The parameter types of the file's free functions, by name. */
function paramTypes(root: SyntaxNode, name: string): string[] | undefined {
  const fn = functionsOf(root).get(name);
  if (!fn) return undefined;
  return (fn.childForFieldName('parameters')?.namedChildren ?? [])
    .filter((p): p is SyntaxNode => p?.type === 'parameter')
    .map((p) => p.childForFieldName('type')?.text.replace(/\s+/g, '') ?? '');
}

function useKind(use: AnyNode, root: SyntaxNode, cache: SnippetCache): FixCompat {
  const none: FixCompat = { vec: false, box: false, slice: false };
  const all: FixCompat = { vec: true, box: true, slice: true };
  const parent = use.parent;
  if (!parent) return none;
  if (parent.type === 'token_tree') {
    // Inside a format macro: re-read the arguments as expressions and judge each mention.
    let macro: AnyNode | null = parent;
    while (macro && macro.type === 'token_tree') macro = macro.parent;
    const name = macro?.childForFieldName('macro')?.text ?? '';
    if (macro?.type !== 'macro_invocation' || !FORMAT_MACROS.test(name)) return none;
    const args = macroArgs(cache, FILE_VIEW, macro, 'format');
    if (!args) return none;
    const result = { ...all };
    for (const arg of args.args) {
      for (const id of [arg, ...arg.descendantsOfType('identifier')]) {
        if (id?.type !== 'identifier' || id.text !== use.text) continue;
        const k = useKind(id, root, cache);
        result.vec &&= k.vec;
        result.box &&= k.box;
        result.slice &&= k.slice;
      }
    }
    return result;
  }
  // A format argument itself (in the re-parsed `_m(…)` call): `{:?}` prints an array, a Vec and a
  // Box of either the same way.
  if (parent.type === 'arguments' && parent.parent?.childForFieldName('function')?.text === '_m') return all;
  if (parent.type === 'index_expression' && parent.namedChild(0)?.id === use.id) return all;
  if (parent.type === 'field_expression' && parent.childForFieldName('value')?.id === use.id) {
    const method = parent.childForFieldName('field')?.text ?? '';
    return parent.parent?.type === 'call_expression' && SLICE_METHODS.has(method) ? all : none;
  }
  if (parent.type === 'reference_expression') {
    const outer = parent.parent;
    // `for x in &a`: a Vec borrows the same way; `&Box<[T; N]>` is not iterable.
    if (outer?.type === 'for_expression' && outer.childForFieldName('value')?.id === parent.id) return { vec: true, box: false, slice: false };
    if (outer?.type === 'arguments' && outer.parent?.type === 'call_expression') {
      const fn = outer.parent.childForFieldName('function');
      const index = outer.namedChildren.findIndex((a) => a?.id === parent.id);
      const types = fn?.type === 'identifier' ? paramTypes(root, fn.text) : undefined;
      const t = types?.[index];
      // `&Vec<T>` coerces to `&[T]`; a `&Box<[T; N]>` does not.
      if (t && /^&(mut)?\[[^;\]]*\]$/.test(t)) return { vec: true, box: false, slice: false };
    }
  }
  return none;
}

/** Whether each heap fix keeps every use of the binding `name` (declared by `decl`) compiling. */
export function fixCompatibility(decl: SyntaxNode, name: string, root: SyntaxNode): FixCompat {
  const block = decl.parent;
  const result: FixCompat = { vec: true, box: true, slice: true };
  if (!block) return { vec: false, box: false, slice: false };
  const cache = new SnippetCache();
  try {
    return usesIn(block, decl, name, root, cache, result);
  } finally {
    cache.dispose();
  }
}

function usesIn(block: SyntaxNode, decl: SyntaxNode, name: string, root: SyntaxNode, cache: SnippetCache, result: FixCompat): FixCompat {
  let after = false;
  for (const stmt of block.namedChildren) {
    if (!stmt) continue;
    if (stmt.id === decl.id) {
      after = true;
      continue;
    }
    if (!after) continue;
    // A later binding of the same name: the uses after it are someone else's; do not guess.
    if (stmt.descendantsOfType('let_declaration').some((l) => l?.childForFieldName('pattern')?.text.split(/\W+/).includes(name))) {
      return { vec: false, box: false, slice: false };
    }
    for (const id of stmt.descendantsOfType('identifier')) {
      if (id?.text !== name) continue;
      const k = useKind(id, root, cache);
      result.vec &&= k.vec;
      result.box &&= k.box;
      result.slice &&= k.slice;
    }
  }
  return result;
}
