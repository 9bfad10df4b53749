// Which places the permissions speak about: the user's variables (not a macro's hidden bindings),
// what each reference or `Box` points to (`*r`), and the field paths the body itself touches
// (`p.x`, `(*r).x` written `r.x`), as the user wrote them.
import type { Body, Place } from '../mir/syntax';
import { describePlace, isBox } from './places';
import { UseKind, usesOf } from './visit';

/** How deep a field path the permissions follow: beyond it the lines would say little more. */
const MAX_PROJECTIONS = 3;

/**
 * The locals the user named in the source: a macro's bindings (`args` of `println!`) carry the
 * span of the macro call, whose text does not start with the name.
 */
export function userVariables(body: Body, text: string): Set<number> {
  const out = new Set<number>();
  body.localDecls.forEach((d, local) => {
    if ((d.kind !== 'user' && d.kind !== 'arg') || !d.name) return;
    const written = text.slice(d.span.start, d.span.end).replace(/^&?\s*(ref\s+)?(mut\s+)?/, '');
    if (written.startsWith(d.name) && !/^[\w!]/.test(written.slice(d.name.length))) out.add(local);
  });
  return out;
}

/** The places of the variables, each local first, then its deref and field paths in the order the body meets them. */
export function permissionPlaces(body: Body, variables: ReadonlySet<number>): Place[] {
  const byLocal = new Map<number, Map<string, Place>>();
  const add = (p: Place) => {
    if (!variables.has(p.local) || p.projection.length > MAX_PROJECTIONS) return;
    if (!p.projection.every((e) => e.kind === 'deref' || e.kind === 'field')) return;
    const text = describePlace(body, p);
    if (!text) return;
    let m = byLocal.get(p.local);
    if (!m) byLocal.set(p.local, (m = new Map()));
    if (!m.has(text)) m.set(text, p);
  };
  for (const local of [...variables].sort((a, b) => a - b)) {
    add({ local, projection: [] });
    const ty = body.localDecls[local]!.ty;
    if (ty.k === 'ref' || isBox(ty)) add({ local, projection: [{ kind: 'deref' }] });
  }
  const uses = usesOf(body);
  body.basicBlocks.forEach((data, block) => {
    if (data.isCleanup) return;
    for (let i = uses.begin(block, 0), end = uses.end(block, data.statements.length); i < end; i++) {
      const kind = uses.kind(i);
      if (kind !== UseKind.StorageLive && kind !== UseKind.StorageDead && kind !== UseKind.Drop) add(uses.place(i));
    }
  });
  return [...byLocal.keys()].sort((a, b) => a - b).flatMap((l) => [...byLocal.get(l)!.values()]);
}
