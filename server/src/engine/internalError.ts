// A failure of the analysis itself, shown to the user as a diagnostic. Its findings are missing,
// so it is an error: a `--deny warnings` gate must not pass a file that was only partly checked.
import type { EngineDiagnostic } from './diagnostic';

export const INTERNAL_ERROR = 'internal-error';

/** The first line of what was thrown, without a stack (the log has the stack). */
function reason(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** `what` failed on this file: an error at the file's start, naming it and asking for a report. */
export function internalError(what: string, error: unknown): EngineDiagnostic {
  const start = { line: 0, character: 0 };
  return {
    span: { start, end: start },
    severity: 'error',
    code: INTERNAL_ERROR,
    message:
      `internal error: the ${what} check failed (${reason(error)}), so its findings for this file are missing. ` +
      'This is a bug in Rust Memory Inspector: please report it with the file.',
    related: [],
  };
}
