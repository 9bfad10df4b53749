// The hover is the concatenation of what each hover provider has to say at the position.
import { MarkupKind } from 'vscode-languageserver/node';
import type { Hover, Position } from 'vscode-languageserver/node';
import type { AnalyzedDocument } from './analyzedDocument';
import { HOVER_PROVIDERS } from './providers';
import { rustViewAt } from './markdownViews';
import type { ErrorLog } from './safely';
import { safely } from './safely';

export function hover(doc: AnalyzedDocument, position: Position, log: ErrorLog): Hover | null {
  const sections: string[] = [];
  const view = rustViewAt(doc, position.line);
  if (!view) return null;
  for (const provider of HOVER_PROVIDERS) {
    const section = safely(log, `hover provider ${provider.name}`, () => provider(view, position), undefined);
    if (section) sections.push(section);
  }
  if (sections.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') } };
}
