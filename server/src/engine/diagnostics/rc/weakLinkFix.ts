// The quick fix of `rc-cycle` and `rc-cycle-possible`: the field through which a cycle closes
// holds `Weak` instead of `Rc`/`Arc`, and every place that stores into it takes
// `Rc::downgrade(&x)` instead of `Rc::clone(&x)`. Offered only when the file shows all of that field's uses and each is one
// the edit keeps valid: stores of `Rc::clone(&…)` (or `None`, empty collections) in struct
// literals, assignments and `replace`/`set` calls. Any other read of the field, a store of a new
// `Rc` (a `Weak` to it would die at once) or of a `.clone()` of unknown type leaves it out.
import type { QuickFix, TextEdit } from '../../diagnostic';
import type { TypeEnv } from '../../layout';
import type { Tree } from '../../parse/parser';
import type { Expr, Type } from '../../syntax/ast';
import { sourceOf, spanOf, typeEnvOf } from '../stack/sizes';
import { walk, type CodeNode } from '../stack/walk';
import { weakenOnlyPointer } from './weakFix';

/** The structs of the file that declare a field `name`, with that field's type. */
function fieldDeclarations(env: TypeEnv, name: string): { struct: string; type: Type }[] {
  const out: { struct: string; type: Type }[] = [];
  for (const d of env.decls) {
    if (d.item.kind !== 'Struct' || d.item.data.kind !== 'Named') continue;
    for (const f of d.item.data.fields) if (f.name?.name === name) out.push({ struct: d.name, type: f.ty });
  }
  return out;
}

/** The value stored by a use of the field `a.next` (with the nodes around it), or null when the use is not a store. */
function storedValue(use: Expr, around: readonly CodeNode[]): Expr | null | undefined {
  // `*a.next.borrow_mut() = v` / `a.next = v`
  let top: CodeNode = use;
  let k = around.length - 1;
  for (; k >= 0; top = around[k]!, k--) {
    const p = around[k]!;
    const climbs = (p.kind === 'Field' && p.expr === top) || (p.kind === 'MethodCall' && p.receiver === top) || (p.kind === 'Call' && p.callee === top) || p.kind === 'Unary';
    if (!climbs) break;
  }
  const parent = around[k];
  if (parent?.kind === 'Assign' && parent.lhs === top) return parent.rhs;
  // `a.next.replace(v)` / `a.next.set(v)`
  const method = around.at(-1);
  if (method?.kind === 'MethodCall' && method.receiver === use && /^(replace|set)$/.test(method.method.name)) return method.args[0];
  return null;
}

/** `Rc::clone(&x)` callees inside a stored value, or undefined when it stores anything else that is an `Rc`. */
function clonesIn(env: TypeEnv, value: Expr): Expr[] | undefined {
  const clones: Expr[] = [];
  let other = false;
  walk([value], (n) => {
    if (other) return false;
    if (n.kind === 'Call') {
      const text = sourceOf(env, n.callee);
      if (/^(Rc|Arc)::clone$/.test(text)) clones.push(n.callee);
      else if (/(^|::)(Rc|Arc)::/.test(text)) other = true;
    } else if (n.kind === 'MethodCall' && n.method.name === 'clone') other = true;
    return !other;
  });
  return other ? undefined : clones;
}

export function weakLinkFix(tree: Tree, fileText: string, via: string): QuickFix | undefined {
  const field = via.split('.').pop() ?? '';
  if (!/^[A-Za-z_]\w*$/.test(field)) return undefined;
  const env = typeEnvOf(tree, fileText);
  const decls = fieldDeclarations(env, field);
  if (decls.length !== 1) return undefined;
  const { struct, type } = decls[0]!;
  const weakened = weakenOnlyPointer(type, fileText);
  if (!weakened) return undefined;
  // The struct literals' edits, then the other stores'.
  const inLiterals: TextEdit[] = [];
  const inStores: TextEdit[] = [];
  const addStore = (value: Expr | null | undefined, edits: TextEdit[]): boolean => {
    if (!value) return false;
    const clones = clonesIn(env, value);
    if (!clones) return false;
    for (const c of clones) edits.push({ span: spanOf(c), newText: `${weakened.pointer}::downgrade` });
    return true;
  };
  let uses = 0;
  let ok = true;
  walk(env.program.ast.root.items, (n, around) => {
    if (!ok) return false;
    if (n.kind === 'StructExprField' && !n.shorthand && n.name.name === field) {
      const literal = around.at(-1);
      const name = literal?.kind === 'StructExpr' ? sourceOf(env, literal.path) : undefined;
      if ((name !== struct && name !== 'Self') || !addStore(n.expr, inLiterals)) ok = false;
    } else if (n.kind === 'Field' && n.field.name === field) {
      uses++;
      if (!addStore(storedValue(n, around), inStores)) ok = false;
    } else if (n.kind === 'MethodCall' && n.method.name === field) {
      // A method of the same name reads as `.field` in the text: a use this fix cannot vouch for.
      ok = false;
    }
    return ok;
  });
  if (!ok) return undefined;
  // A use inside a macro's arguments is not walked: any `.field` the walk did not see is a use
  // this fix cannot vouch for.
  if ((fileText.match(new RegExp(`\\.\\s*${field}\\b`, 'g')) ?? []).length !== uses) return undefined;
  const edits = [weakened.edit, ...inLiterals, ...inStores];
  const set = edits.length > 1 ? `, \`${weakened.pointer}::downgrade\` where it is set` : '';
  return {
    title: `Hold \`${field}\` as a \`Weak\` link${set}`,
    edits,
    preferred: true,
  };
}
