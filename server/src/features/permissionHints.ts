// Permissions (R/W/O) inlay hints, on demand (`rustMemory.permissions.inlayHints`): after each
// line where a variable's permissions change, what it may do from the next line on.
import type { InlayHint, Range } from 'vscode-languageserver/node';
import type { AnalyzedDocument } from './analyzedDocument';
import { frontEnd } from '../engine/frontEnd';
import { wholeFileReady } from './wholeFile';
import { permissionsWithin } from '../engine/borrowck/permissions';
import { permissionHints } from '../engine/borrowck/permissionHints';

export function permissionInlayHints(doc: AnalyzedDocument, range: Range): InlayHint[] {
  if (!wholeFileReady(doc)) return [];
  const lines = doc.text.split('\n');
  const out: InlayHint[] = [];
  for (const h of permissionHints(permissionsWithin(frontEnd(doc.tree, doc.text), range.start.line, range.end.line))) {
    if (h.line < range.start.line || h.line > range.end.line) continue;
    out.push({
      position: { line: h.line, character: (lines[h.line] ?? '').replace(/\r$/, '').length },
      label: h.label,
      tooltip: h.tooltip,
      paddingLeft: true,
    });
  }
  return out;
}
