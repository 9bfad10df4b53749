// The quick fixes of `use-after-move`: clone at each move (`s.clone()`, offered only where the
// type is known to be `Clone`, so the edit always type-checks), and borrow instead of moving
// (`&s`) where the move is the initialiser of a `let` or an argument of a function and a
// reference provably does as well: the value is only formatted afterwards, or the parameter only
// needs `Display`/`Debug`. Every move site of the finding gets its edit, or the fix is not offered.
import type { QuickFix, Span, TextEdit } from '../diagnostic';
import type { SyntaxNode, Tree } from '../parse/parser';
import type { AdtDef } from '../typeck/defs';
import type { Ty } from '../typeck/ty';

/** std types that are `Clone` when their arguments are. */
const CLONE_WRAPPERS = new Set(['String', 'Vec', 'Box', 'Rc', 'Arc', 'Option', 'Result', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque', 'PathBuf', 'OsString']);

const point = (p: Span['start']) => ({ row: p.line, column: p.character });
const spanOf = (n: SyntaxNode): Span => ({
  start: { line: n.startPosition.row, character: n.startPosition.column },
  end: { line: n.endPosition.row, character: n.endPosition.column },
});

/** `#[derive(…, Clone, …)]` on the item, or an `impl Clone for Name` in the file. */
function userTypeIsClone(root: SyntaxNode, def: Partial<AdtDef> & { name: string }): boolean {
  if (def.derives?.has('Clone')) return true;
  return root.namedChildren.some((c) => c?.type === 'impl_item' && c.childForFieldName('trait')?.text === 'Clone' && c.childForFieldName('type')?.text === def.name);
}

/** Whether `ty` is known to implement `Clone` (unknown and generic types are not). */
export function isCloneKnown(root: SyntaxNode, ty: Ty): boolean {
  switch (ty.k) {
    case 'int': case 'float': case 'bool': case 'char':
      return true;
    case 'ref':
      return !ty.mut;
    case 'tuple':
      return ty.elems.every((e) => isCloneKnown(root, e));
    case 'array':
      return isCloneKnown(root, ty.elem);
    case 'adt': {
      const def = ty.def as Partial<AdtDef> & { name: string };
      if (def.std) return CLONE_WRAPPERS.has(def.name) && ty.args.every((a) => isCloneKnown(root, a));
      return userTypeIsClone(root, def) && ty.args.every((a) => isCloneKnown(root, a));
    }
    default:
      return false;
  }
}

/**
 * The expression a move site moves: the first `moved` (`s`, `p.name`) inside the site's
 * statement, outside closures, or the receiver of a `self` method call (`s.into_iter()`).
 */
export function movedExpression(root: SyntaxNode, site: Span, moved: string): SyntaxNode | undefined {
  const at = root.namedDescendantForPosition(point(site.start), point(site.end));
  if (!at) return undefined;
  const found: SyntaxNode[] = [];
  const visit = (n: SyntaxNode) => {
    if (found.length > 0) return;
    if ((n.type === 'identifier' || n.type === 'field_expression' || n.type === 'self') && n.text === moved && !isCallee(n)) {
      found.push(n);
      return;
    }
    if (n.type === 'closure_expression' && n.id !== at.id) return;
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(at);
  return found[0];
}

function isCallee(n: SyntaxNode): boolean {
  return n.parent?.type === 'call_expression' && n.parent.childForFieldName('function')?.id === n.id;
}

/** The formatting traits: `&T` implements them whenever `T` does (std's blanket impls). */
const FORMAT_TRAITS = new Set(['Display', 'Debug']);

function formatTraitBound(bounds: SyntaxNode | null): boolean {
  const traits = bounds?.namedChildren ?? [];
  return traits.length > 0 && traits.every((t) => t !== null && FORMAT_TRAITS.has(lastSegment(t.text)));
}

const lastSegment = (text: string) => text.split('::').pop()?.trim() ?? '';

/** Whether the parameter type only asks for formatting: `impl Display`, or `T` with `T: Debug`. */
function isFormatParameter(fn: SyntaxNode, type: SyntaxNode): boolean {
  if (type.type === 'abstract_type') {
    const t = type.childForFieldName('trait');
    return t !== null && (t.type === 'trait_bounds' ? formatTraitBound(t) : FORMAT_TRAITS.has(lastSegment(t.text)));
  }
  if (type.type !== 'type_identifier' || fn.childForFieldName('where_clause')) return false;
  for (const p of fn.childForFieldName('type_parameters')?.namedChildren ?? []) {
    if (p?.type === 'constrained_type_parameter' && p.childForFieldName('left')?.text === type.text) return formatTraitBound(p.childForFieldName('bounds'));
  }
  return false;
}

/**
 * An argument of a call to a function of the file whose parameter there only needs formatting
 * (`impl Display`, `T: Debug`) and whose return type cannot hold on to a borrow: a reference
 * works there as well as the value, and the borrow ends with the call.
 */
function isFormatArgument(root: SyntaxNode, expr: SyntaxNode): boolean {
  const args = expr.parent;
  const call = args?.parent;
  if (args?.type !== 'arguments' || call?.type !== 'call_expression') return false;
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'identifier') return false;
  const fn = root.namedChildren.find((c) => c?.type === 'function_item' && c.childForFieldName('name')?.text === callee.text);
  if (!fn) return false;
  const returns = fn.childForFieldName('return_type')?.text ?? '';
  if (/[&'<]|\bimpl\b|\bdyn\b/.test(returns)) return false;
  const index = args.namedChildren.findIndex((c) => c?.id === expr.id);
  const params = (fn.childForFieldName('parameters')?.namedChildren ?? []).filter((p) => p?.type === 'parameter');
  const type = params[index]?.childForFieldName('type');
  return type ? isFormatParameter(fn, type) : false;
}

/** Macros whose arguments are only formatted, that is borrowed. */
const FORMAT_MACROS = new Set(['println', 'print', 'eprintln', 'eprint', 'format', 'write', 'writeln', 'panic', 'dbg']);

/**
 * Whether the identifier is a whole argument of a formatting macro (`println!("{}", t)`), which
 * only borrows it; in a larger expression (`seq.next()`) it could be moved or mutated.
 */
function formattedArgument(id: SyntaxNode): boolean {
  const args = id.parent;
  const macro = args?.parent;
  if (args?.type !== 'token_tree' || macro?.type !== 'macro_invocation') return false;
  if (!FORMAT_MACROS.has(macro.childForFieldName('macro')?.text ?? '')) return false;
  const before = id.previousSibling?.text;
  const after = id.nextSibling?.text;
  return (before === ',' || before === '&') && (after === ',' || after === ')');
}

/**
 * `let t = s;` where a reference can take the value's place: an immutable binding without a
 * written type, and after it, to the end of the block, `t` and `s` are only formatted (so the
 * borrow is never moved from, mutated under, or given where the value's type is needed).
 */
function isFormattedLetValue(expr: SyntaxNode): boolean {
  const decl = expr.parent;
  if (decl?.type !== 'let_declaration' || decl.childForFieldName('value')?.id !== expr.id) return false;
  if (decl.childForFieldName('type') || decl.childForFieldName('alternative')) return false;
  const binding = decl.childForFieldName('pattern');
  const block = decl.parent;
  if (binding?.type !== 'identifier' || !block || expr.type !== 'identifier') return false;
  const names = new Set([binding.text, expr.text]);
  for (let next = decl.nextNamedSibling; next; next = next.nextNamedSibling) {
    for (const id of [next, ...next.descendantsOfType('identifier')]) {
      if (!id || id.type !== 'identifier' || !names.has(id.text)) continue;
      if (!formattedArgument(id)) return false;
    }
  }
  return true;
}

/** What the fixes need of a use after move: the moved place, its type, and where it was moved. */
export interface MovedValue {
  readonly name: string;
  readonly ty: Ty;
  /** The message names a part of a value, or the value was moved by parts or into a closure. */
  readonly partial: boolean;
  readonly sites: readonly Span[];
}

export function useAfterMoveFixes(tree: Tree, moved: MovedValue): QuickFix[] {
  // Moves of parts, by patterns and into closures have fixes of other shapes.
  if (moved.partial) return [];
  const root = tree.rootNode;
  const exprs = moved.sites.map((s) => movedExpression(root, s, moved.name));
  if (exprs.length === 0 || exprs.some((e) => e === undefined || e.parent?.type === 'let_declaration' && e.parent.childForFieldName('pattern')?.id === e.id)) return [];
  const moves = exprs as SyntaxNode[];
  const name = moved.name;
  const fixes: QuickFix[] = [];
  if (isCloneKnown(root, moved.ty)) {
    const edits: TextEdit[] = moves.map((e) => ({ span: { start: spanOf(e).end, end: spanOf(e).end }, newText: '.clone()' }));
    fixes.push({ title: `Clone \`${name}\` where it is moved: \`${name}.clone()\``, edits, preferred: true });
  }
  if (moves.every((e) => isFormattedLetValue(e) || isFormatArgument(root, e))) {
    const edits: TextEdit[] = moves.map((e) => ({ span: { start: spanOf(e).start, end: spanOf(e).start }, newText: '&' }));
    fixes.push({ title: `Borrow \`${name}\` instead of moving it: \`&${name}\``, edits, preferred: fixes.length === 0 });
  }
  return fixes;
}
