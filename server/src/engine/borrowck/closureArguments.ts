// What the borrow checker can say about a closure body before closure captures are modelled:
// an assignment to one of the closure's own immutable parameters (E0384). It reads only the
// parameter locals, never the environment, so it needs nothing of the captures.
import type { Body } from '../mir/syntax';
import { ErrorSink, type BorrowError } from './errors';
import { uncheckable } from './check';
import { statementUses } from './visit';

/** E0384 on a closure body's parameters; nothing for a body of any other kind. */
export function closureArgumentErrors(body: Body): BorrowError[] {
  if (uncheckable(body) !== 'a closure body') return [];
  const sink = new ErrorSink();
  for (const data of body.basicBlocks) {
    if (data.isCleanup) continue;
    for (const s of data.statements) {
      for (const u of statementUses(s)) {
        // `_1` is the environment; the parameters follow it.
        if (u.kind !== 'store' || u.place.projection.length > 0 || u.place.local < 2 || u.place.local > body.argCount) continue;
        const decl = body.localDecls[u.place.local]!;
        if (decl.kind !== 'arg' || decl.mutable || !decl.name) continue;
        sink.report({ code: 'E0384', span: s.span, message: `cannot assign to immutable argument \`${decl.name}\``, label: 'cannot assign to immutable argument', related: [] });
      }
    }
  }
  return sink.errors;
}
