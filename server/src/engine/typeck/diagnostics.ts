// Type errors as the engine's diagnostics: rustc's code, message and primary span.
import type { EngineDiagnostic } from '../diagnostic';
import type { TypeckResults } from './results';

export function typeDiagnostics(results: TypeckResults): EngineDiagnostic[] {
  return results.errors
    .map((e): EngineDiagnostic => ({
      span: { start: { line: e.span.line, character: e.span.character }, end: { line: e.span.endLine, character: e.span.endCharacter } },
      severity: 'error',
      code: e.code,
      message: e.message,
      related: [],
    }))
    .sort((a, b) => a.span.start.line - b.span.start.line || a.span.start.character - b.span.start.character);
}
