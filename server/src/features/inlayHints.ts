// Inlay hints of a range: those of every inlay hint provider, unless the document's settings turn
// hints off (`rustMemory.inlayHints.enable`).
import type { InlayHint, Range } from 'vscode-languageserver/node';
import type { AnalyzedDocument } from './analyzedDocument';
import { INLAY_HINT_PROVIDERS } from './providers';
import { rustViewsIn } from './markdownViews';
import type { ErrorLog } from './safely';
import { safely } from './safely';

export function inlayHints(doc: AnalyzedDocument, range: Range, log: ErrorLog): InlayHint[] {
  if (!doc.settings.inlayHints.enable) return [];
  return rustViewsIn(doc, range.start.line, range.end.line).flatMap((view) =>
    INLAY_HINT_PROVIDERS.flatMap((provider) => safely(log, `inlay hint provider ${provider.name}`, () => provider(view, range), [])),
  );
}
