// Hover over a type name (its layout) or a binding (the type the checker gives it, its size on the
// stack and what it owns on the heap), from engine/layout.
import type { HoverProvider } from './providers';
import { bindingHover, typeHover } from '../engine/layout';
import { annotatedTypedFile } from '../engine/annotations';
import { wholeFileReady } from './wholeFile';

export const layoutHoverProvider: HoverProvider = (doc, position) => {
  if (!wholeFileReady(doc)) return undefined;
  const offset = doc.document.offsetAt(position);
  const file = annotatedTypedFile(doc.tree, doc.text);
  return typeHover(file.env, offset) ?? bindingHover(file, offset);
};
