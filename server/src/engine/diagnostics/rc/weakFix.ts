// Edits for a field that becomes `Weak`: its one `Rc<…>` (or `Arc<…>`) turns into `Weak<…>`,
// written `std::rc::Weak` / `std::sync::Weak` unless the file already imports that `Weak`.
import type { Span, TextEdit } from '../../diagnostic';
import type { Path, Type } from '../../syntax/ast';

/** `Weak` if the file imports the right one, else its full path. */
function weakPath(fileText: string, pointer: 'Rc' | 'Arc'): string {
  const module = pointer === 'Rc' ? 'rc' : 'sync';
  const imported = new RegExp(`use\\s+std::${module}::(?:Weak\\b|\\{[^}]*\\bWeak\\b)`).test(fileText);
  return imported ? 'Weak' : `std::${module}::Weak`;
}

/** Every `Rc<…>`/`Arc<…>` path inside a type, outermost first. */
function pointersIn(type: Type, out: Path[] = []): Path[] {
  const inPath = (path: Path) => {
    const last = path.segments.at(-1);
    if (last?.args?.kind === 'AngleArgs' && (last.ident.name === 'Rc' || last.ident.name === 'Arc')) out.push(path);
    if (path.qself) pointersIn(path.qself.ty, out);
    for (const seg of path.segments) {
      if (seg.args?.kind === 'AngleArgs') for (const a of seg.args.args) if (a.kind === 'TypeArg') pointersIn(a.ty, out);
      if (seg.args?.kind === 'ParenArgs') for (const t of [...seg.args.inputs, ...(seg.args.output ? [seg.args.output] : [])]) pointersIn(t, out);
    }
  };
  switch (type.kind) {
    case 'PathType':
      inPath(type.path);
      break;
    case 'RefType':
    case 'PtrType':
    case 'ParenType':
      pointersIn(type.ty, out);
      break;
    case 'SliceType':
    case 'ArrayType':
      pointersIn(type.elem, out);
      break;
    case 'TupleType':
      for (const e of type.elems) pointersIn(e, out);
      break;
    case 'FnPtrType':
      for (const t of [...type.params, ...(type.ret ? [type.ret] : [])]) pointersIn(t, out);
      break;
    case 'DynTrait':
    case 'ImplTrait':
      for (const b of type.bounds) if (b.kind === 'TraitBound') inPath(b.path);
      break;
  }
  return out;
}

/** The edit that makes the one `Rc`/`Arc` of a field's type `Weak`; undefined unless there is exactly one. */
export function weakenOnlyPointer(type: Type, fileText: string): { edit: TextEdit; pointer: 'Rc' | 'Arc' } | undefined {
  const found = pointersIn(type);
  if (found.length !== 1) return undefined;
  const path = found[0]!;
  const name = path.segments.at(-1)!.ident;
  const pointer = name.name === 'Arc' ? 'Arc' : 'Rc';
  // The path without its generic arguments: `Rc`, `std::rc::Rc`.
  const span: Span = { start: { line: path.span.line, character: path.span.character }, end: { line: name.span.endLine, character: name.span.endCharacter } };
  return { edit: { span, newText: weakPath(fileText, pointer) }, pointer };
}
