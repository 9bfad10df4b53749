// Hover on a variable: its life in the document's latest run (engine/diagnostics/life/hover.ts).
import type { HoverProvider } from './providers';
import { variableLifeHover } from '../engine/diagnostics/life/hover';
import { lifeIndex } from '../engine/diagnostics/life/index';

export const lifeHoverProvider: HoverProvider = (doc, position) => {
  if (!doc.trace) return undefined;
  // Finding the hovered name's declaration may walk every identifier of the file: only for a
  // name the run had a variable of (the run's index is built with the trace, traceViews.ts).
  const node = doc.tree.rootNode.descendantForPosition({ row: position.line, column: position.character });
  if (node?.type !== 'identifier') return undefined;
  const name = node.text;
  if (!lifeIndex(doc.trace).vars.some((v) => v.name === name)) return undefined;
  return variableLifeHover(doc.trace, doc.tree, doc.uri, position);
};
