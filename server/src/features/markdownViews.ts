// The Rust documents a feature provider works on. A `.rs` file is one; a Markdown file is one per
// analysed ```rust block, each already in the Markdown file's line numbers (engine/markdown.ts),
// so a provider's results need no mapping: they are only routed to the right block.
import type { AnalyzedDocument } from './analyzedDocument';

/** Every Rust view of the document. */
export function rustViews(doc: AnalyzedDocument): AnalyzedDocument[] {
  return doc.snippets ?? [doc];
}

/** The Rust view that holds the 0-based `line`: the document itself, or the block around the line. */
export function rustViewAt(doc: AnalyzedDocument, line: number): AnalyzedDocument | undefined {
  if (!doc.snippets) return doc;
  return doc.snippets.find((v) => v.snippet !== undefined && line >= v.snippet.fenceLine && line <= v.snippet.endLine);
}

/** The views whose lines meet `[startLine, endLine]`. */
export function rustViewsIn(doc: AnalyzedDocument, startLine: number, endLine: number): AnalyzedDocument[] {
  if (!doc.snippets) return [doc];
  return doc.snippets.filter((v) => v.snippet !== undefined && v.snippet.fenceLine <= endLine && v.snippet.endLine >= startLine);
}
