// Moves out of places that may not be moved out of, as rustc's move-path builder finds them: the
// first projection, from the local outwards, that leaves its owner with a hole it cannot have.
//   E0507: through a reference (`*r`, a field of `&self`, what `Rc`/`Index`/`Deref` hand out);
//   E0508: an element of an array by index, or of a slice;
//   E0509: a field of a type with its own `Drop` (its destructor needs the whole value).
// A binding that moves out of a `match`/`let` scrutinee is reported at the scrutinee, as rustc
// groups them, with "data moved here" at the binding.
import type { Place, Statement } from '../mir/syntax';
import type { Span } from '../syntax/ast';
import { typeName } from '../typeck/print';
import { someTy, type Def, type Ty } from '../typeck/ty';
import type { Location } from './cfg';
import type { BorrowLabel, ErrorSink } from './errors';
import type { BodyFacts } from './facts';
import { capturedVariable } from './capturedVariable';
import { contentSource } from './contentSource';
import { describePlace, isBox, placeTy } from './places';

type Illegal =
  /** `upTo` projections reach the reference; `upTo + 1` is the dereference. */
  | { readonly kind: 'borrowed'; readonly upTo: number }
  | { readonly kind: 'slice'; readonly ty: Ty }
  | { readonly kind: 'drop'; readonly ty: Ty };

/** The first projection of `place` that may not be moved out of, or undefined. */
function illegalMove(f: BodyFacts, hasDropImpl: (def: Def) => boolean, place: Place): Illegal | undefined {
  for (let i = 0; i < place.projection.length; i++) {
    const base = placeTy(f.body, place, i);
    if (!base) return undefined;
    const elem = place.projection[i]!;
    if (base.k === 'ref' && elem.kind === 'deref') return { kind: 'borrowed', upTo: i };
    if (base.k === 'ptr' || base.k === 'param' || base.k === 'infer' || base.k === 'error') return undefined;
    if (base.k === 'slice') return { kind: 'slice', ty: base };
    if (base.k === 'array' && elem.kind === 'index') return { kind: 'slice', ty: base };
    if (base.k === 'adt' && !isBox(base) && hasDropImpl(base.def) && (elem.kind === 'field' || elem.kind === 'downcast')) return { kind: 'drop', ty: base };
  }
  return undefined;
}

function unknown(t: Ty): boolean {
  // A value of an unsized type cannot be moved at all: rustc's error there is E0277's.
  if (t.k === 'str' || t.k === 'slice' || t.k === 'dyn') return true;
  return someTy(t, (x) => x.k === 'param' || x.k === 'infer' || x.k === 'error' || x.k === 'proj' || x.k === 'opaque');
}

export function checkMoveOut(f: BodyFacts, hasDropImpl: (def: Def) => boolean, location: Location, place: Place, span: Span, sink: ErrorSink): void {
  const illegal = illegalMove(f, hasDropImpl, place);
  if (!illegal) return;
  const ty = placeTy(f.body, place);
  // Whether a value of a generic type is `Copy` depends on bounds the builder does not weigh.
  if (!ty || unknown(ty)) return;
  const binding = bindingMove(f, location, place);
  const primary = binding?.scrutinee ?? span;
  const named = describePlace(f.body, place);
  const movedLabel = (who: string): string => `move occurs because ${who} has type \`${typeName(ty)}\`, which does not implement the \`Copy\` trait`;
  const label = binding ? '' : illegal.kind === 'borrowed' ? movedLabel(named ? `\`${named}\`` : 'value') : 'cannot move out of here';
  const related: BorrowLabel[] = binding
    ? [{ span: binding.span, message: 'data moved here' }, { span: binding.span, message: movedLabel(`\`${binding.name}\``) }]
    : [];
  const message = moveMessage(f, illegal, place, binding !== undefined);
  if (!message) return;
  sink.report({ code: message.code, span: primary, message: message.text, label, related: [...(message.related ?? []), ...related] });
}

function moveMessage(f: BodyFacts, illegal: Illegal, place: Place, fromPattern: boolean): { code: string; text: string; related?: BorrowLabel[] } | undefined {
  if (illegal.kind === 'slice') {
    return { code: 'E0508', text: `cannot move out of type \`${typeName(illegal.ty)}\`, a non-copy ${illegal.ty.k === 'slice' ? 'slice' : 'array'}` };
  }
  if (illegal.kind === 'drop') {
    return { code: 'E0509', text: `cannot move out of type \`${typeName(illegal.ty)}\`, which implements the \`Drop\` trait` };
  }
  const target: Place = { local: place.local, projection: place.projection.slice(0, illegal.upTo + 1) };
  const targetTy = placeTy(f.body, target);
  if (targetTy?.k === 'slice' || targetTy?.k === 'array') {
    return { code: 'E0508', text: `cannot move out of type \`${typeName(targetTy)}\`, a non-copy ${targetTy.k === 'slice' ? 'slice' : 'array'}` };
  }
  const reference = placeTy(f.body, place, illegal.upTo);
  if (reference?.k !== 'ref') return undefined;
  // Out of a closure's borrowed environment: the closure's kind (its bound's) forbids the move.
  const captured = illegal.upTo === 0 ? capturedVariable(f.body, place, false) : undefined;
  if (captured) {
    return {
      code: 'E0507', text: `cannot move out of \`${captured.name}\`, a captured variable in an \`${captured.closureKind}\` closure`,
      related: [
        ...(captured.decl ? [{ span: captured.decl, message: 'captured outer variable' }] : []),
        { span: f.body.span, message: `captured by this \`${captured.closureKind}\` closure` },
      ],
    };
  }
  const base: Place = { local: place.local, projection: place.projection.slice(0, illegal.upTo) };
  const source = contentSource(f, base, reference.mut);
  if (!source) return undefined;
  if (source.overloaded) return { code: 'E0507', text: `cannot move out of ${source.text}` };
  // A pattern's move out of an enum behind a reference names the variant it binds in.
  const downcast = place.projection.findIndex((e, i) => i > illegal.upTo && e.kind === 'downcast');
  if (fromPattern && downcast >= 0) {
    const owner = describePlace(f.body, base);
    const variant = place.projection[downcast]!;
    if (owner && variant.kind === 'downcast') return { code: 'E0507', text: `cannot move out of \`${owner}\` as enum variant \`${variant.name}\` which is behind a ${source.text}` };
  }
  const named = describePlace(f.body, fromPattern ? target : place) ?? describePlace(f.body, target);
  return { code: 'E0507', text: named ? `cannot move out of \`${named}\` which is behind a ${source.text}` : `cannot move out of a ${source.text}` };
}

/**
 * A pattern binding's move (`Some(s) => …`, `let (a, b) = pair`): the binding, and the
 * scrutinee rustc reports it at. Undefined for a move the user wrote as an expression.
 */
function bindingMove(f: BodyFacts, location: Location, place: Place): { span: Span; name: string; scrutinee: Span } | undefined {
  const s = f.body.basicBlocks[location.block]!.statements[location.index];
  if (s?.kind !== 'assign' || s.place.projection.length > 0 || s.rvalue.kind !== 'use' || s.rvalue.operand.kind !== 'move') return undefined;
  const decl = f.body.localDecls[s.place.local]!;
  if (decl.kind !== 'user' || !decl.name || decl.span.start !== s.span.start || decl.span.end !== s.span.end) return undefined;
  const scrutinee = matchedPlaceSpan(f, place) ?? rootSpan(f, place.local);
  return scrutinee ? { span: s.span, name: decl.name, scrutinee } : undefined;
}

function isPrefix(prefix: Place, place: Place): boolean {
  if (prefix.local !== place.local || prefix.projection.length > place.projection.length) return false;
  return prefix.projection.every((e, i) => {
    const o = place.projection[i]!;
    return e.kind === o.kind && (e.kind !== 'field' || (o.kind === 'field' && o.index === e.index)) && (e.kind !== 'downcast' || (o.kind === 'downcast' && o.variant === e.variant));
  });
}

/** The `match`/`let` scrutinee the binding destructures, from its `FakeRead`. */
function matchedPlaceSpan(f: BodyFacts, place: Place): Span | undefined {
  let best: { span: Span; depth: number } | undefined;
  for (const data of f.body.basicBlocks) {
    for (const s of data.statements) {
      if (s.kind !== 'fakeRead' || (s.cause !== 'forMatchedPlace' && s.cause !== 'forLet') || !isPrefix(s.place, place)) continue;
      if (!best || s.place.projection.length > best.depth) best = { span: s.span, depth: s.place.projection.length };
    }
  }
  return best?.span;
}

/** Where the temporary a `for` pattern destructures is made (the iterator's `next()`), or the parameter a pattern takes apart. */
function rootSpan(f: BodyFacts, local: number): Span | undefined {
  const decl = f.body.localDecls[local]!;
  if (decl.kind === 'arg') return decl.span;
  if (decl.kind !== 'temp') return undefined;
  let found: Span | undefined;
  let count = 0;
  for (const data of f.body.basicBlocks) {
    for (const s of data.statements as Statement[]) if (s.kind === 'assign' && s.place.local === local && s.place.projection.length === 0) { found = s.span; count++; }
    const t = data.terminator;
    if (t?.kind === 'call' && t.destination.local === local && t.destination.projection.length === 0) { found = t.span; count++; }
  }
  return count === 1 ? found : undefined;
}
