// Inlay hints of a range: those of every inlay hint provider, unless the document's settings turn
// hints off (`rustMemory.inlayHints.enable`), and the permissions hints when the settings ask for
// them (`rustMemory.permissions.inlayHints`, off by default).
import type { InlayHint, Range } from 'vscode-languageserver/node';
import type { AnalyzedDocument } from './analyzedDocument';
import { INLAY_HINT_PROVIDERS } from './providers';
import { permissionInlayHints } from './permissionHints';
import { rustViewsIn } from './markdownViews';
import type { ErrorLog } from './safely';
import { safely } from './safely';

export function inlayHints(doc: AnalyzedDocument, range: Range, log: ErrorLog): InlayHint[] {
  const { inlayHints: general, permissions } = doc.settings;
  if (!general.enable && !permissions.inlayHints) return [];
  return rustViewsIn(doc, range.start.line, range.end.line).flatMap((view) => [
    ...(general.enable ? INLAY_HINT_PROVIDERS.flatMap((provider) => safely(log, `inlay hint provider ${provider.name}`, () => provider(view, range), [])) : []),
    ...(permissions.inlayHints ? safely(log, 'permissions inlay hints', () => permissionInlayHints(view, range), []) : []),
  ]);
}
