// The editor features of the language server, as lists of providers. Adding a feature is one
// import and one entry here; the server advertises a capability (hover, CodeLens, inlay hints)
// only when its list is not empty. Providers are thin: they turn engine facts into LSP shapes.
// They run synchronously on an up-to-date AnalyzedDocument; an exception in one provider is
// logged and the others still answer.
import type { CodeAction, CodeActionParams, CodeLens, InlayHint, Position, Range } from 'vscode-languageserver/node';
import type { AnalyzedDocument } from './analyzedDocument';
import { annotationHoverProvider } from './annotationHover';
import { layoutHoverProvider } from './layoutHover';
import { layoutCodeLensProvider } from './layoutCodeLens';
import { inspectCodeLensProvider } from './inspectLens';
import { memoryHoverProvider } from './memoryHover';
import { lifeHoverProvider } from './lifeHover';
import { lifeHintProvider } from './lifeHints';
import { permissionsHoverProvider } from './permissionsHover';

/** One section of the hover (Markdown), or `undefined` when it has nothing to say here. */
export type HoverProvider = (doc: AnalyzedDocument, position: Position) => string | undefined;

export type CodeLensProvider = (doc: AnalyzedDocument) => CodeLens[];

/** Hints inside `range`. Not called when `rustMemory.inlayHints.enable` is off for the document. */
export type InlayHintProvider = (doc: AnalyzedDocument, range: Range) => InlayHint[];

/**
 * Code actions beyond the quick fixes of diagnostics (those come from `EngineDiagnostic.fixes`
 * without a provider, see codeActions.ts).
 */
export type CodeActionProvider = (doc: AnalyzedDocument, params: CodeActionParams) => CodeAction[];

export const HOVER_PROVIDERS: readonly HoverProvider[] = [
  layoutHoverProvider,
  annotationHoverProvider,
  memoryHoverProvider,
  lifeHoverProvider,
  permissionsHoverProvider,
];

export const CODE_LENS_PROVIDERS: readonly CodeLensProvider[] = [
  inspectCodeLensProvider,
  layoutCodeLensProvider,
];

export const INLAY_HINT_PROVIDERS: readonly InlayHintProvider[] = [
  lifeHintProvider,
];

export const CODE_ACTION_PROVIDERS: readonly CodeActionProvider[] = [
];
