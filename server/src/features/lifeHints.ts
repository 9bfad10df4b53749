// Drop and move inlay hints from the document's latest run (engine/diagnostics/life/hints.ts).
import type { InlayHint } from 'vscode-languageserver/node';
import type { InlayHintProvider } from './providers';
import { lifeHints } from '../engine/diagnostics/life/hints';

export const lifeHintProvider: InlayHintProvider = (doc, range) => {
  if (!doc.trace) return [];
  const out: InlayHint[] = [];
  for (const h of lifeHints(doc.trace, doc.tree)) {
    if (h.position.line < range.start.line || h.position.line > range.end.line) continue;
    out.push({
      position: h.position,
      label: h.label,
      tooltip: { kind: 'markdown', value: h.tooltip },
      paddingLeft: true,
    });
  }
  return out;
};
