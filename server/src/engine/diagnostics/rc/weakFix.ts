// Edits for a field that becomes `Weak`: its one `Rc<…>` (or `Arc<…>`) turns into `Weak<…>`,
// written `std::rc::Weak` / `std::sync::Weak` unless the file already imports that `Weak`.
import type { Span, TextEdit } from '../../diagnostic';
import type { SyntaxNode } from '../../parse/parser';

const lastSegment = (text: string) => text.split('::').pop()?.trim() ?? '';

/** `Weak` if the file imports the right one, else its full path. */
function weakPath(fileText: string, pointer: 'Rc' | 'Arc'): string {
  const module = pointer === 'Rc' ? 'rc' : 'sync';
  const imported = new RegExp(`use\\s+std::${module}::(?:Weak\\b|\\{[^}]*\\bWeak\\b)`).test(fileText);
  return imported ? 'Weak' : `std::${module}::Weak`;
}

/** Every `Rc<…>`/`Arc<…>` inside a type, outermost first. */
function pointersIn(type: SyntaxNode, out: SyntaxNode[] = []): SyntaxNode[] {
  if (type.type === 'generic_type') {
    const base = lastSegment(type.childForFieldName('type')?.text ?? '');
    if (base === 'Rc' || base === 'Arc') out.push(type);
  }
  for (const c of type.namedChildren) if (c) pointersIn(c, out);
  return out;
}

/** The edit that makes the one `Rc`/`Arc` of a field's type `Weak`; undefined unless there is exactly one. */
export function weakenOnlyPointer(type: SyntaxNode, fileText: string): { edit: TextEdit; pointer: 'Rc' | 'Arc' } | undefined {
  const found = pointersIn(type);
  const base = found.length === 1 ? found[0]!.childForFieldName('type') : null;
  if (!base) return undefined;
  const pointer = lastSegment(base.text) === 'Arc' ? 'Arc' : 'Rc';
  return { edit: { span: nodeSpan(base), newText: weakPath(fileText, pointer) }, pointer };
}

export function nodeSpan(n: SyntaxNode): Span {
  return { start: { line: n.startPosition.row, character: n.startPosition.column }, end: { line: n.endPosition.row, character: n.endPosition.column } };
}
