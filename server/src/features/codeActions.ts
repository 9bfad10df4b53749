// Code actions: every `EngineDiagnostic.fixes` entry of a diagnostic in the requested range becomes
// a quick fix, then the CODE_ACTION_PROVIDERS add theirs.
import { CodeActionKind } from 'vscode-languageserver/node';
import type { CodeAction, CodeActionParams, Range } from 'vscode-languageserver/node';
import type { AnalyzedDocument } from './analyzedDocument';
import { toLspDiagnostic, toRange } from './diagnostics';
import { CODE_ACTION_PROVIDERS } from './providers';
import { rustViewsIn } from './markdownViews';
import type { ErrorLog } from './safely';
import { safely } from './safely';

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function quickFixes(doc: AnalyzedDocument, range: Range): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of doc.diagnostics) {
    if (!d.fixes?.length || !overlaps(toRange(d.span), range)) continue;
    const diagnostic = toLspDiagnostic(doc.uri, d);
    for (const fix of d.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred ?? false,
        edit: {
          documentChanges: [
            {
              textDocument: { uri: doc.uri, version: doc.version },
              edits: fix.edits.map((e) => ({ range: toRange(e.span), newText: e.newText })),
            },
          ],
        },
      });
    }
  }
  return actions;
}

export function codeActions(doc: AnalyzedDocument, params: CodeActionParams, log: ErrorLog): CodeAction[] {
  const only = params.context.only;
  const wantsQuickFixes = !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`));
  const actions = wantsQuickFixes ? safely(log, 'quick fixes', () => quickFixes(doc, params.range), []) : [];
  for (const view of rustViewsIn(doc, params.range.start.line, params.range.end.line)) {
    for (const provider of CODE_ACTION_PROVIDERS) {
      actions.push(...safely(log, `code action provider ${provider.name}`, () => provider(view, params), []));
    }
  }
  return actions;
}
