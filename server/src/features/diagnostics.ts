// Engine diagnostics as LSP diagnostics: same span, severity and code, plus the link to the code's
// README section and the related places in the same document.
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { Diagnostic, Range } from 'vscode-languageserver/node';
import { codeDocumentationUrl } from '../codeDocumentation';
import type { EngineDiagnostic, Severity, Span } from '../engine/diagnostic';

export const DIAGNOSTIC_SOURCE = 'rust-memory';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(span: Span): Range {
  return {
    start: { line: span.start.line, character: span.start.character },
    end: { line: span.end.line, character: span.end.character },
  };
}

export function toLspDiagnostic(uri: string, d: EngineDiagnostic): Diagnostic {
  const href = codeDocumentationUrl(d.code);
  return {
    range: toRange(d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    relatedInformation: d.related.map((r) => ({ location: { uri, range: toRange(r.span) }, message: r.message })),
  };
}
