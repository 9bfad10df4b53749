// E0597 where a struct or enum field is declared `Box<dyn Trait>`: with no lifetime written, the
// trait object's default is `'static`, so a boxed closure borrowing a local and stored there would
// have to outlive the program. rustc reports it at the closure's use of the local (or the borrow),
// with "coercion requires that `x` is borrowed for `'static`" at the value given to the field.
// Only a field whose own declared type is that box is judged: through `Option<Box<dyn Fn>>` or a
// generic parameter the default comes from elsewhere.
import type { Place, Statement } from '../mir/syntax';
import type * as A from '../syntax/ast';
import type { Span } from '../syntax/ast';
import type { AdtDef, FnDef } from '../typeck/defs';
import type { Location } from './cfg';
import type { BorrowLabel, ErrorSink } from './errors';
import { type BodyFacts, storageDead } from './facts';
import { describePlace } from './places';

/** Whether a declared field type is `Box<dyn …>` whose object lifetime defaults to (or is) `'static`. */
function staticBoxedObject(ty: A.Type): boolean {
  if (ty.kind !== 'PathType' || ty.path.qself) return false;
  const last = ty.path.segments.at(-1);
  if (last?.ident.name !== 'Box' || last.args?.kind !== 'AngleArgs' || last.args.args.length !== 1) return false;
  const arg = last.args.args[0]!;
  if (arg.kind !== 'TypeArg') return false;
  const inner = arg.ty.kind === 'ParenType' ? arg.ty.ty : arg.ty;
  if (inner.kind !== 'DynTrait' || inner.bounds.length === 0) return false;
  // A trait with lifetime arguments may bring its own default; an explicit lifetime other than `'static` is the user's.
  return inner.bounds.every((b) => b.kind === 'LifetimeBound'
    ? b.lifetime.name === 'static'
    : b.kind === 'TraitBound' && b.path.segments.every((s) => s.args?.kind !== 'AngleArgs' || s.args.args.every((g) => g.kind !== 'LifetimeArg')));
}

/** The span of the assignment that gave `local` its value: the expression coerced into the field. */
function valueSpan(f: BodyFacts, local: number): Span | undefined {
  for (const data of f.body.basicBlocks) {
    if (data.isCleanup) continue;
    for (const s of data.statements) if (s.kind === 'assign' && s.place.local === local && s.place.projection.length === 0) return s.span;
    const t = data.terminator;
    if (t?.kind === 'call' && t.destination.local === local && t.destination.projection.length === 0) return t.span;
  }
  return undefined;
}

/** The closure that captured the loan's temporary: the variable's use in its body and the closure. */
function capture(f: BodyFacts, assignedTo: number): { use: Span; closure: Span } | undefined {
  for (const data of f.body.basicBlocks) {
    for (const s of data.statements) {
      if (s.kind !== 'assign' || s.rvalue.kind !== 'aggregate' || s.rvalue.aggregate.kind !== 'closure') continue;
      const i = s.rvalue.operands.findIndex((o) => o.kind !== 'constant' && o.place.local === assignedTo && o.place.projection.length === 0);
      const use = i >= 0 ? s.rvalue.aggregate.uses?.[i] : undefined;
      if (use) return { use, closure: s.span };
    }
  }
  return undefined;
}

/** Where a function's parameter is dropped: just after the `}` that ends the function (rustc's empty span). */
function closingBrace(f: BodyFacts): Span | undefined {
  const body = f.body.span;
  if ((f.body.def as Partial<FnDef>).kind !== 'fn') return undefined;
  return { ...body, start: body.end, line: body.endLine, character: body.endCharacter };
}

export function checkStaticFields(f: BodyFacts, s: Statement, location: Location, sink: ErrorSink): void {
  if (s.kind !== 'assign' || s.rvalue.kind !== 'aggregate' || s.rvalue.aggregate.kind !== 'adt') return;
  const def = s.rvalue.aggregate.def as Partial<AdtDef>;
  const fields = def.kind === 'adt' && !def.std ? def.variants?.[s.rvalue.aggregate.variant]?.fields : undefined;
  if (!fields) return;
  s.rvalue.operands.forEach((o, i) => {
    const field = fields[i];
    if (o.kind === 'constant' || o.place.projection.length > 0 || !field || !staticBoxedObject(field.ty)) return;
    const declared = f.body.localDecls[o.place.local]!;
    // The value is a temporary made for the field (`Box::new(..)`): its expression is the coercion site.
    if (declared.kind !== 'temp' || declared.ty.k !== 'adt' || declared.ty.def.name !== 'Box') return;
    const coercion = valueSpan(f, o.place.local);
    if (!coercion) return;
    for (const loan of f.borrows.loans) {
      if (!f.regions.holds(location, o.place.local, loan.index)) continue;
      // A borrow of the local's own storage: through a reference it may point at anything.
      if (loan.borrowed.projection.some((e) => e.kind === 'deref')) continue;
      const decl = f.body.localDecls[loan.borrowed.local]!;
      const name = describePlace(f.body, { local: loan.borrowed.local, projection: [] } as Place);
      if ((decl.kind !== 'user' && decl.kind !== 'arg') || !name) continue;
      const captured = capture(f, loan.assignedTo);
      const dropped = decl.kind === 'arg' ? closingBrace(f) : storageDead(f, loan.borrowed.local);
      const related: BorrowLabel[] = [
        ...(dropped ? [{ span: dropped, message: `\`${name}\` dropped here while still borrowed` }] : []),
        ...(captured ? [{ span: captured.closure, message: 'value captured here' }] : []),
        { span: decl.span, message: `binding \`${name}\` declared here` },
        { span: coercion, message: `coercion requires that \`${name}\` is borrowed for \`'static\`` },
      ];
      sink.once(`dead${loan.index}`, () => ({
        code: 'E0597', span: captured?.use ?? loan.span, message: `\`${name}\` does not live long enough`,
        label: 'borrowed value does not live long enough', related,
      }));
    }
  });
}
