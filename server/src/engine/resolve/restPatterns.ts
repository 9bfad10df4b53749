// rustc's error (it has no code) for a second `..` in one tuple, tuple-struct or slice pattern:
// which elements it skips would be ambiguous. rustc reports it at the second `..`.
import type { Pat } from '../syntax/ast';
import type { ResolveDiagnostic } from './res';

const KIND = { TuplePat: 'tuple', TupleStructPat: 'tuple struct', SlicePat: 'slice' } as const;

/** Engine code of this error (rustc's message names the pattern's kind). */
export const REST_TWICE = 'rest-pattern-twice';

export function repeatedRest(p: Extract<Pat, { kind: 'TuplePat' | 'TupleStructPat' | 'SlicePat' }>): ResolveDiagnostic | undefined {
  // A `name @ ..` in a slice pattern is a rest too; left to rustc's own rules, not judged here.
  if (p.elems.some((e) => e.kind === 'IdentPat' && e.sub?.kind === 'RestPat')) return undefined;
  const rests = p.elems.filter((e) => e.kind === 'RestPat');
  const second = rests[1];
  if (!second) return undefined;
  const kind = KIND[p.kind];
  return { code: REST_TWICE, message: `\`..\` can only be used once per ${kind} pattern`, span: second.span };
}
