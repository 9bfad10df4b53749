// What the borrow checker asks of a place: its type after each projection, whether two places
// overlap (rustc's `places_conflict`), and how rustc names it in a message (`v`, `p.x`, `*r`).
import type { AdtDef } from '../typeck/defs';
import type { Ty } from '../typeck/ty';
import type { Body, Place, ProjectionElem } from '../mir/syntax';

/** The type of `place` with only its first `upTo` projections applied; undefined where it cannot be followed. */
export function placeTy(body: Body, place: Place, upTo = place.projection.length): Ty | undefined {
  let ty: Ty | undefined = body.localDecls[place.local]?.ty;
  for (let i = 0; i < upTo && ty; i++) ty = projectTy(ty, place.projection[i]!);
  return ty;
}

function projectTy(ty: Ty, elem: ProjectionElem): Ty | undefined {
  switch (elem.kind) {
    case 'deref':
      if (ty.k === 'ref' || ty.k === 'ptr') return ty.inner;
      if (ty.k === 'adt' && isBox(ty)) return ty.args[0];
      return undefined;
    case 'field': return elem.ty;
    case 'index': case 'constantIndex':
      return ty.k === 'array' || ty.k === 'slice' ? ty.elem : undefined;
    case 'subslice': return ty;
    case 'downcast': return ty;
  }
}

export function isBox(ty: Ty): boolean {
  return ty.k === 'adt' && ty.def.name === 'Box' && ty.def.std === true;
}

function isUnion(ty: Ty | undefined): boolean {
  return ty?.k === 'adt' && (ty.def as Partial<AdtDef>).adt === 'union';
}

/**
 * How far an access reaches: `deep` covers everything the place owns or points to, `shallow`
 * only the place itself (an assignment, a `StorageDead`), `drop` what a destructor may touch
 * (nothing behind a `&mut`).
 */
export type AccessDepth = 'deep' | 'shallow' | 'drop';

/**
 * Whether an access to `access` may touch what the loan of `borrowed` covers. Unknown shapes
 * answer false: a conflict becomes an error, and the checker never guesses one.
 */
export function placesConflict(body: Body, borrowed: Place, access: Place, depth: AccessDepth): boolean {
  if (borrowed.local !== access.local) return false;
  const common = Math.min(borrowed.projection.length, access.projection.length);
  for (let i = 0; i < common; i++) {
    const b = borrowed.projection[i]!;
    const a = access.projection[i]!;
    switch (b.kind) {
      case 'deref':
        if (a.kind !== 'deref') return false;
        continue;
      case 'field':
        if (a.kind !== 'field') return false;
        if (a.index !== b.index && !isUnion(placeTy(body, borrowed, i))) return false;
        continue;
      case 'downcast':
        if (a.kind !== 'downcast') return false;
        if (a.variant !== b.variant) return false;
        continue;
      case 'index':
        if (a.kind !== 'index' && a.kind !== 'constantIndex' && a.kind !== 'subslice') return false;
        continue;
      case 'constantIndex':
        if (a.kind === 'constantIndex' && a.fromEnd === b.fromEnd && a.offset !== b.offset) return false;
        if (a.kind !== 'index' && a.kind !== 'constantIndex' && a.kind !== 'subslice') return false;
        continue;
      case 'subslice':
        if (a.kind !== 'index' && a.kind !== 'constantIndex' && a.kind !== 'subslice') return false;
        continue;
    }
  }
  // The access reaches the whole borrowed place, or it is a prefix of it: only a shallow access
  // stops at a pointer on the way down, and a drop stops at a `&mut`.
  for (let i = common; i < borrowed.projection.length; i++) {
    if (borrowed.projection[i]!.kind !== 'deref') continue;
    if (depth === 'shallow') return false;
    const base = placeTy(body, borrowed, i);
    if (depth === 'drop' && base?.k === 'ref') return false;
  }
  return true;
}

/** Whether a borrow of `place` needs no tracking: it goes through a `&T` or a raw pointer, so it is as good as a copy. */
export function borrowIgnored(body: Body, place: Place): boolean {
  for (let i = 0; i < place.projection.length; i++) {
    if (place.projection[i]!.kind !== 'deref') continue;
    const base = placeTy(body, place, i);
    if (!base || base.k === 'ptr' || (base.k === 'ref' && !base.mut)) return true;
  }
  return false;
}

/**
 * rustc's name for a place in a message: `v`, `p.x`, `v[_]`, `*r`, a field through a reference
 * written as the user writes it (`r.x`). Undefined when the place starts at a temporary.
 */
/** Whether `body` is a closure's: its `_1` is the environment. */
export function isClosureBody(body: Body): boolean {
  const env = body.localDecls[1];
  return env !== undefined && env.kind === 'arg' && !env.name && isClosureEnv(env.ty);
}

/** The type of a closure body's `_1`: the closure, or a reference to it. */
function isClosureEnv(ty: Body['localDecls'][number]['ty']): boolean {
  return ty.k === 'closure' || (ty.k === 'ref' && ty.inner.k === 'closure');
}

export function describePlace(body: Body, place: Place): string | undefined {
  const decl = body.localDecls[place.local];
  let text = decl?.name;
  let projection = place.projection;
  if (!text && decl?.kind === 'arg' && place.local === 1 && isClosureEnv(decl.ty)) {
    // A closure's environment: a captured place is named as the source names it (the upvar
    // field carries that text), reached through `*_1` unless the closure owns its environment.
    const at = projection[0]?.kind === 'deref' ? 1 : 0;
    const field = projection[at];
    if (field?.kind !== 'field') return undefined;
    text = field.name;
    // rustc names a variable captured by reference as the variable, not as the reference's referent.
    const byRef = body.upvarByRef?.[field.index] === true && projection[at + 1]?.kind === 'deref';
    projection = projection.slice(at + (byRef ? 2 : 1));
  }
  if (!text || decl!.kind === 'temp') return undefined;
  let pendingDeref = false;
  for (const elem of projection) {
    switch (elem.kind) {
      case 'deref':
        if (pendingDeref) text = `*${text}`;
        pendingDeref = true;
        continue;
      case 'field':
        pendingDeref = false;
        text = `${text}.${elem.name}`;
        continue;
      case 'index': case 'constantIndex': case 'subslice':
        if (pendingDeref) text = `(*${text})`;
        pendingDeref = false;
        text = `${text}[_]`;
        continue;
      case 'downcast':
        if (pendingDeref) text = `(*${text})`;
        pendingDeref = false;
        text = `(${text} as ${elem.name})`;
        continue;
    }
  }
  return pendingDeref ? `*${text}` : text;
}
