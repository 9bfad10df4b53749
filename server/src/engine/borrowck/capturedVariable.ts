// A captured variable reached through a closure's environment that the closure's kind does not
// let it consume or change: rustc names the variable and the kind ("a captured variable in an
// `FnMut` closure") rather than the reference `_1` is, since the user never wrote that reference.
import type { Body, Place } from '../mir/syntax';
import type { Span } from '../syntax/ast';
import { isClosureBody } from './places';

export interface CapturedVariable {
  readonly name: string;
  readonly closureKind: 'Fn' | 'FnMut';
  /** Where the variable is declared in the enclosing body. */
  readonly decl?: Span;
}

/**
 * When `place` is a captured variable itself (`(*_1).x`, or `*(*_1).x` for one captured by
 * reference) of a closure whose environment is borrowed: its name and the closure's kind.
 * Undefined for a place inside a captured variable, whose message rustc words otherwise.
 */
export function capturedVariable(body: Body, place: Place, byRefDeref: boolean): CapturedVariable | undefined {
  if (place.local !== 1 || !isClosureBody(body)) return undefined;
  const env = body.localDecls[1]!.ty;
  if (env.k !== 'ref') return undefined;
  const [deref, field, ...rest] = place.projection;
  if (deref?.kind !== 'deref' || field?.kind !== 'field' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(field.name)) return undefined;
  if (rest.length > (byRefDeref ? 1 : 0) || (rest.length === 1 && (rest[0]!.kind !== 'deref' || field.ty.k !== 'ref'))) return undefined;
  const decl = body.upvarDecls?.[field.index];
  return { name: field.name, closureKind: env.mut ? 'FnMut' : 'Fn', ...(decl ? { decl } : {}) };
}
