// Hover over a `// @mem` annotation: confirmed, refuted or what it changes (engine/annotations).
import type { HoverProvider } from './providers';
import { annotationHover } from '../engine/annotations';

export const annotationHoverProvider: HoverProvider = (doc, position) => {
  // An annotation is a comment on the hovered line: the file's annotations (a walk of the whole
  // file, seconds on a 1 MB one) are read only when the line can hold one.
  const line = doc.document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
  if (!line.includes('@mem')) return undefined;
  return annotationHover(doc.tree, doc.text, doc.trace, position);
};
