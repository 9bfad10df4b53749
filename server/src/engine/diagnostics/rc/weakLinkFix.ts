// The quick fix of `rc-cycle` and `rc-cycle-possible`: the field through which a cycle closes
// holds `Weak` instead of `Rc`/`Arc`, and every place that stores into it takes
// `Rc::downgrade(&x)` instead of `Rc::clone(&x)`. Offered only when the file shows all of that field's uses and each is one
// the edit keeps valid: stores of `Rc::clone(&…)` (or `None`, empty collections) in struct
// literals, assignments and `replace`/`set` calls. Any other read of the field, a store of a new
// `Rc` (a `Weak` to it would die at once) or of a `.clone()` of unknown type leaves it out.
import type { QuickFix, TextEdit } from '../../diagnostic';
import type { SyntaxNode, Tree } from '../../parse/parser';
import { nodeSpan, weakenOnlyPointer } from './weakFix';

const isNode = (n: SyntaxNode | null): n is SyntaxNode => n !== null;

/** The structs of the file that declare a field `name`, with that field's type node. */
function fieldDeclarations(root: SyntaxNode, name: string): { struct: string; type: SyntaxNode }[] {
  const out: { struct: string; type: SyntaxNode }[] = [];
  for (const item of root.descendantsOfType('struct_item').filter(isNode)) {
    for (const f of item.descendantsOfType('field_declaration').filter(isNode)) {
      const type = f.childForFieldName('type');
      if (f.childForFieldName('name')?.text === name && type) out.push({ struct: item.childForFieldName('name')?.text ?? '', type });
    }
  }
  return out;
}

/** The value stored by a use of the field `a.next`, or null when the use is not a store. */
function storedValue(use: SyntaxNode): SyntaxNode | null | undefined {
  // `*a.next.borrow_mut() = v` / `a.next = v`
  let top = use;
  while (top.parent && (top.parent.type === 'field_expression' || top.parent.type === 'call_expression' || top.parent.type === 'unary_expression')) {
    if (top.parent.type === 'call_expression' && top.parent.childForFieldName('function')?.id !== top.id) break;
    top = top.parent;
  }
  const parent = top.parent;
  if (parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.id === top.id) return parent.childForFieldName('right');
  // `a.next.replace(v)` / `a.next.set(v)`
  const method = use.parent;
  if (method?.type === 'field_expression' && /^(replace|set)$/.test(method.childForFieldName('field')?.text ?? '')) {
    const call = method.parent;
    if (call?.type === 'call_expression') return call.childForFieldName('arguments')?.namedChildren[0] ?? undefined;
  }
  return null;
}

/** `Rc::clone(&x)` calls inside a stored value, or undefined when it stores anything else that is an `Rc`. */
function clonesIn(value: SyntaxNode): SyntaxNode[] | undefined {
  const calls = [value, ...value.descendantsOfType('call_expression').filter(isNode)].filter((n) => n.type === 'call_expression');
  const clones: SyntaxNode[] = [];
  for (const call of calls) {
    const fn = call.childForFieldName('function');
    const text = fn?.text ?? '';
    if (/^(Rc|Arc)::clone$/.test(text)) clones.push(fn!);
    else if (/(^|::)(Rc|Arc)::/.test(text) || fn?.type === 'field_expression' && fn.childForFieldName('field')?.text === 'clone') return undefined;
  }
  return clones;
}

export function weakLinkFix(tree: Tree, fileText: string, via: string): QuickFix | undefined {
  const field = via.split('.').pop() ?? '';
  if (!/^[A-Za-z_]\w*$/.test(field)) return undefined;
  const root = tree.rootNode;
  const decls = fieldDeclarations(root, field);
  if (decls.length !== 1) return undefined;
  const { struct, type } = decls[0]!;
  const weakened = weakenOnlyPointer(type, fileText);
  if (!weakened) return undefined;
  const edits: TextEdit[] = [weakened.edit];
  let stores = 0;
  const addStore = (value: SyntaxNode | null | undefined): boolean => {
    if (!value) return false;
    const clones = clonesIn(value);
    if (!clones) return false;
    for (const c of clones) edits.push({ span: nodeSpan(c), newText: `${weakened.pointer}::downgrade` });
    stores++;
    return true;
  };
  for (const init of root.descendantsOfType('field_initializer').filter(isNode)) {
    if (init.childForFieldName('field')?.text !== field) continue;
    const literal = init.parent?.parent;
    const name = literal?.childForFieldName('name')?.text;
    if (name !== struct && name !== 'Self') return undefined;
    if (!addStore(init.childForFieldName('value'))) return undefined;
  }
  let uses = 0;
  for (const use of root.descendantsOfType('field_expression').filter(isNode)) {
    if (use.childForFieldName('field')?.text !== field) continue;
    uses++;
    if (!addStore(storedValue(use))) return undefined;
  }
  // A use inside a macro's arguments is not parsed as an expression: any `.field` the tree did not
  // show is a use this fix cannot vouch for.
  if ((fileText.match(new RegExp(`\\.\\s*${field}\\b`, 'g')) ?? []).length !== uses) return undefined;
  const set = edits.length > 1 ? `, \`${weakened.pointer}::downgrade\` where it is set` : '';
  return {
    title: `Hold \`${field}\` as a \`Weak\` link${set}`,
    edits,
    preferred: true,
  };
}
