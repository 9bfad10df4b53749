// Hover on a variable: its life in the document's latest run (engine/diagnostics/life/hover.ts).
import type { HoverProvider } from './providers';
import { variableLifeHover } from '../engine/diagnostics/life/hover';

export const lifeHoverProvider: HoverProvider = (doc, position) =>
  doc.trace ? variableLifeHover(doc.trace, doc.tree, doc.uri, position) : undefined;
