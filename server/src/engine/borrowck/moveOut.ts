// E0507: a move out of a place behind a reference. The referent is borrowed, not owned, so taking
// it would leave the owner with a hole: rustc allows only copies there.
import type { Place } from '../mir/syntax';
import type { Span } from '../syntax/ast';
import { typeName } from '../typeck/print';
import type { ErrorSink } from './errors';
import type { BodyFacts } from './facts';
import { describePlace, placeTy } from './places';

export function checkMoveOut(f: BodyFacts, place: Place, span: Span, sink: ErrorSink): void {
  // A binding moved out of a `match` on a borrowed enum is reported at the scrutinee, which
  // the MIR does not keep: only plain paths are checked.
  if (place.projection.some((e) => e.kind === 'downcast' || e.kind === 'index' || e.kind === 'constantIndex' || e.kind === 'subslice')) return;
  let behind: 'shared' | 'mutable' | undefined;
  place.projection.forEach((e, i) => {
    if (e.kind !== 'deref' || behind) return;
    const base = placeTy(f.body, place, i);
    if (base?.k === 'ref') behind = base.mut ? 'mutable' : 'shared';
  });
  if (!behind) return;
  const decl = f.body.localDecls[place.local]!;
  if (decl.kind !== 'user' && decl.kind !== 'arg') return;
  const text = describePlace(f.body, place);
  const ty = placeTy(f.body, place);
  if (!text || !ty) return;
  sink.report({
    code: 'E0507', span, message: `cannot move out of \`${text}\` which is behind a ${behind} reference`,
    label: `move occurs because \`${text}\` has type \`${typeName(ty)}\`, which does not implement the \`Copy\` trait`,
    related: [],
  });
}
