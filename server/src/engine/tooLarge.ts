// A document whose syntax tree would take more of the parser's memory than its host allows is not
// analysed at all: the parser's WebAssembly memory never shrinks, so one such parse would keep the
// process large for the rest of its life. `too-large` says so at the top of the file, so a file
// without findings is never mistaken for a checked one.
import type { EngineDiagnostic } from './diagnostic';
import type { TreeTooLarge } from './parse/parser';

export const TOO_LARGE = 'too-large';

export function tooLargeDiagnostic(error: TreeTooLarge): EngineDiagnostic {
  const start = { line: 0, character: 0 };
  return {
    span: { start, end: start },
    severity: 'warning',
    code: TOO_LARGE,
    message:
      `This file was not analysed: ${error.message} (a long run of small tokens, such as a \`vec![…]\` ` +
      'of tens of thousands of items, costs the most). No check and no simulation ran on it.',
    related: [],
  };
}
