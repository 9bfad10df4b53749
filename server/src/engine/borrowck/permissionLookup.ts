// The permissions of the variable a position names: the body around it, the variable of that
// name declared last before it (shadowing), and that variable's places (`v`, `*v`, `v.x`).
import type { BodyPermissions, PlacePermissions } from './permissions';

export interface VariablePermissions {
  readonly body: BodyPermissions;
  /** The variable's own place first, then what it reaches (`*r`, `r.x`). */
  readonly places: readonly PlacePermissions[];
}

/** `offset` is in the file's text; `name` the identifier written there. */
export function variablePermissions(bodies: readonly BodyPermissions[], name: string, offset: number): VariablePermissions | undefined {
  // The innermost function around the offset (a function may be declared inside another).
  let body: BodyPermissions | undefined;
  for (const b of bodies) if (b.span.start <= offset && offset <= b.span.end && (!body || b.span.start > body.span.start)) body = b;
  if (!body) return undefined;
  let best: PlacePermissions | undefined;
  for (const p of body.places) {
    if (p.place !== name || p.declSpan.start > offset) continue;
    if (!best || p.declSpan.start > best.declSpan.start) best = p;
  }
  if (!best) return undefined;
  const local = best.local;
  return { body, places: body.places.filter((p) => p.local === local) };
}

/** The row of `p` at `line` (0-based), or the first one after it (a declaration's line comes before its variable exists). */
export function rowAtOrAfter(p: PlacePermissions, line: number): PlacePermissions['lines'][number] | undefined {
  return p.lines.find((l) => l.line >= line);
}
