// Hover over a `// @mem` annotation: confirmed, refuted or what it changes (engine/annotations).
import type { HoverProvider } from './providers';
import { annotationHover } from '../engine/annotations';

export const annotationHoverProvider: HoverProvider = (doc, position) => annotationHover(doc.tree, doc.text, doc.trace, position);
