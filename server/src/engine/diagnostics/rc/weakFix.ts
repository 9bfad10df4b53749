// The quick fix that turns one strong reference-counted link of a type into a `Weak` one: the
// `Rc<…>` (or `Arc<…>`) nearest the target inside a field's type becomes `Weak<…>`, written
// `std::rc::Weak` / `std::sync::Weak` unless the file already imports that `Weak`.
import type { QuickFix, Span } from '../../diagnostic';
import type { SyntaxNode } from '../../parse/parser';

const point = (p: Span['start']) => ({ row: p.line, column: p.character });
const lastSegment = (text: string) => text.split('::').pop()?.trim() ?? '';

/** The `Rc<…>`/`Arc<…>` nodes inside `type` whose arguments mention `target`, outermost first. */
function pointersTo(type: SyntaxNode, target: string, out: SyntaxNode[] = []): SyntaxNode[] {
  if (type.type === 'generic_type') {
    const base = lastSegment(type.childForFieldName('type')?.text ?? '');
    const args = type.childForFieldName('type_arguments');
    const mentions = args?.descendantsOfType(['type_identifier', 'scoped_type_identifier']).some((n) => n && lastSegment(n.text) === target);
    if ((base === 'Rc' || base === 'Arc') && mentions) out.push(type);
  }
  for (const c of type.namedChildren) if (c) pointersTo(c, target, out);
  return out;
}

/** `Weak` if the file imports the right one, else its full path. */
function weakPath(fileText: string, pointer: 'Rc' | 'Arc'): string {
  const module = pointer === 'Rc' ? 'rc' : 'sync';
  const imported = new RegExp(`use\\s+std::${module}::(?:Weak\\b|\\{[^}]*\\bWeak\\b)`).test(fileText);
  return imported ? 'Weak' : `std::${module}::Weak`;
}

/**
 * `field: Option<Rc<RefCell<Node>>>` → `field: Option<std::rc::Weak<RefCell<Node>>>`, for the field
 * type at `typeSpan` and the link to the type `target`; undefined when no such pointer is found.
 */
export function weakFieldFix(root: SyntaxNode, fileText: string, typeSpan: Span, field: string, target: string): QuickFix | undefined {
  const type = root.descendantForPosition(point(typeSpan.start), point(typeSpan.end));
  if (!type) return undefined;
  const found = pointersTo(type, target);
  const innermost = found[found.length - 1];
  const base = innermost?.childForFieldName('type');
  if (!innermost || !base) return undefined;
  const pointer = lastSegment(base.text) === 'Arc' ? 'Arc' : 'Rc';
  const weak = weakPath(fileText, pointer);
  const span: Span = {
    start: { line: base.startPosition.row, character: base.startPosition.column },
    end: { line: base.endPosition.row, character: base.endPosition.column },
  };
  const after = type.text.slice(0, base.startIndex - type.startIndex) + weak + type.text.slice(base.endIndex - type.startIndex);
  return { title: `Hold \`${field}\` as a \`Weak\` link: \`${field}: ${after}\``, edits: [{ span, newText: weak }], preferred: true };
}
