// `use-after-move` (error): a use of a value after it was moved, where rustc reports E0382. A
// static check over the syntax tree, so it also covers code the simulation never runs. It stays
// silent whenever it cannot be sure (unknown types, macros it does not know, generics it cannot
// resolve): a missing warning is better than a wrong one.
import type { AnalysisContext } from '../analysis';
import type { EngineDiagnostic, Position, RelatedInfo } from '../diagnostic';
import type { UseFinding } from './moves/checker';
import { findUsesAfterMove } from './moves/functions';
import type { MoveSite } from './moves/state';
import { isCopy, tyName } from './moves/ty';
import { useAfterMoveFixes } from './useAfterMoveFixes';

export const USE_AFTER_MOVE = 'use-after-move';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

function placeText(name: string, path: readonly string[]): string {
  // Variant projections (`Some#0`) have no name in the source.
  return [name, ...path.filter((seg) => !seg.includes('#'))].join('.');
}

/** `p.name`, or "the `Some` value of `opt`" for a move out of an enum variant. */
function partDescription(name: string, path: readonly string[]): string {
  const variant = path.find((seg) => seg.includes('#'));
  if (variant) return `the \`${variant.split('#')[0]}\` value of \`${placeText(name, path.slice(0, path.indexOf(variant)))}\``;
  return `\`${placeText(name, path)}\``;
}

function siteMessage(site: MoveSite, use: UseFinding): string {
  const again = !before(site.span.start, use.span.start) ? ', in previous iteration of loop' : '';
  return `${site.kind === 'closure' ? 'value moved into closure here' : site.label}${again}`;
}

function lineOf(p: Position): number {
  return p.line + 1;
}

export function toDiagnostic(f: UseFinding): EngineDiagnostic {
  const { place, conflict } = f;
  const moved = placeText(place.local.name, conflict.path);
  const used = placeText(place.local.name, place.path);
  const partial = conflict.kind === 'partial';
  const what =
    f.action === 'assign'
      ? `assign to part of moved value: \`${moved}\``
      : `${f.action === 'use' ? 'use' : 'borrow'} of ${partial ? 'partially moved' : 'moved'} value: \`${partial ? used : moved}\``;
  const lines = [...new Set(conflict.sites.map((s) => lineOf(s.span.start)))].join(', ');
  const inLoop = conflict.sites.some((s) => !before(s.span.start, f.span.start));
  const tyKnown = place.local.ty.k !== 'unknown' && conflict.path.length === 0;
  const why = partial ? '' : tyKnown ? ` \`${tyName(place.local.ty)}\` is not \`Copy\`, so the move took ownership and \`${place.local.name}\` can no longer be used.` : ' After a move the old place can no longer be used.';
  const where = partial
    ? `${partDescription(place.local.name, conflict.path)} was moved out of it at line ${lines}${inLoop ? ' (in an earlier iteration of the loop)' : ''}, so it cannot be used as a whole.`
    : inLoop
      ? `it was moved at line ${lines} in an earlier iteration of the loop.`
      : `it was moved at line ${lines}.`;
  const byPattern = conflict.path.some((seg) => seg.includes('#'));
  const fix = byPattern
    ? `Match on a reference (\`&${moved}\`) or bind with \`ref\` so the pattern borrows, or clone the value before the match.`
    : f.action === 'capture'
    ? 'Move the closure after the last use, or clone the value for the closure.'
    : `Borrow it (\`&${moved}\`) where it is moved, clone it before the move, or ${inLoop ? 'create it inside the loop' : 'assign it a new value before this use'}.`;
  const related: RelatedInfo[] = conflict.sites.map((s) => ({ span: s.span, message: siteMessage(s, f) }));
  related.push({
    span: place.local.decl,
    message: `\`${place.local.name}\` declared here${tyKnown && isCopyKnownNo(f) ? `, of type \`${tyName(place.local.ty)}\`, which does not implement \`Copy\`` : ''}`,
  });
  return {
    span: f.span,
    severity: 'error',
    code: USE_AFTER_MOVE,
    message: `${what}: ${where}${why} ${fix}`,
    related,
  };
}

function isCopyKnownNo(f: UseFinding): boolean {
  return isCopy(f.place.local.ty, { userTypeCopy: () => undefined, paramCopy: () => undefined }) !== 'yes';
}

export function useAfterMove(ctx: AnalysisContext): EngineDiagnostic[] {
  return findUsesAfterMove(ctx.tree, ctx.text).map((f) => {
    const fixes = useAfterMoveFixes(ctx.tree, f, placeText(f.place.local.name, f.conflict.path));
    return fixes.length ? { ...toDiagnostic(f), fixes } : toDiagnostic(f);
  });
}
