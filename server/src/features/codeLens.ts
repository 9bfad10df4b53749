// CodeLenses of a document: those of every CodeLens provider, in provider order.
import type { CodeLens } from 'vscode-languageserver/node';
import type { AnalyzedDocument } from './analyzedDocument';
import { CODE_LENS_PROVIDERS } from './providers';
import { rustViews } from './markdownViews';
import type { ErrorLog } from './safely';
import { safely } from './safely';

export function codeLenses(doc: AnalyzedDocument, log: ErrorLog): CodeLens[] {
  return rustViews(doc).flatMap((view) =>
    CODE_LENS_PROVIDERS.flatMap((provider) => safely(log, `CodeLens provider ${provider.name}`, () => provider(view), [])),
  );
}
