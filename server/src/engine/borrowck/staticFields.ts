// E0597 where a struct or enum field is declared `Box<dyn Trait>`, directly or inside a std
// container (`Option<Box<dyn Fn()>>`, `Vec<Box<dyn Fn(i32) -> bool>>`): with no lifetime written,
// the trait object's default is `'static`, so a boxed closure borrowing a local (or a parameter)
// and stored there would have to outlive the program. rustc reports it at the closure's use of the
// local (or the borrow), with "coercion requires that `x` is borrowed for `'static`" where the box
// becomes the trait object: the value given to the field, or the `Box::new(..)` inside the
// container. Behind a reference or a generic parameter the default comes from elsewhere.
import type { Operand, Place, Statement, Terminator } from '../mir/syntax';
import type * as A from '../syntax/ast';
import type { Span } from '../syntax/ast';
import type { AdtDef, FnDef } from '../typeck/defs';

type AdtFields = NonNullable<AdtDef['variants']>[number]['fields'];
import type { Location } from './cfg';
import type { ClosureSource } from './capturedLoans';
import type { BorrowLabel, ErrorSink } from './errors';
import { type BodyFacts, storageDead } from './facts';
import { describePlace, isBox, placeTy } from './places';
import type { CallSignatures } from './loanFlow';

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

/** std containers whose type arguments keep the object lifetime default of a `Box<dyn Trait>` in them: `'static`. */
const CONTAINERS = new Set(['Option', 'Vec', 'VecDeque', 'HashMap', 'BTreeMap']);

/** Whether a declared field type holds a `'static`-default `Box<dyn …>` inside std containers. */
function containedStaticBoxedObject(ty: A.Type, depth = 0): boolean {
  if (depth > 8 || ty.kind !== 'PathType' || ty.path.qself) return false;
  const last = ty.path.segments.at(-1);
  if (!last || !CONTAINERS.has(last.ident.name) || last.args?.kind !== 'AngleArgs') return false;
  return last.args.args.some((a) => a.kind === 'TypeArg' && (staticBoxedObject(a.ty) || containedStaticBoxedObject(a.ty, depth + 1)));
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

/** The closure that captured the loan's temporary: the variable's use in its body, the closure and its local. */
interface Capture {
  readonly use: Span;
  readonly closure: Span;
  readonly local: number;
}

function capture(f: BodyFacts, assignedTo: number): Capture | undefined {
  for (const data of f.body.basicBlocks) {
    for (const s of data.statements) {
      if (s.kind !== 'assign' || s.rvalue.kind !== 'aggregate' || s.rvalue.aggregate.kind !== 'closure') continue;
      const i = s.rvalue.operands.findIndex((o) => o.kind !== 'constant' && o.place.local === assignedTo && o.place.projection.length === 0);
      const use = i >= 0 ? s.rvalue.aggregate.uses?.[i] : undefined;
      if (use && s.place.projection.length === 0) return { use, closure: s.span, local: s.place.local };
    }
  }
  return undefined;
}

/** The call that boxed the closure held in `closure` (`Box::new(|x| ..)`): where it becomes the trait object. */
function boxing(f: BodyFacts, closure: number): Span | undefined {
  for (const data of f.body.basicBlocks) {
    const t = data.terminator;
    if (data.isCleanup || t?.kind !== 'call' || t.destination.projection.length > 0 || !isBox(f.body.localDecls[t.destination.local]!.ty)) continue;
    if (t.args.length === 1 && t.args[0]!.kind !== 'constant' && t.args[0]!.place.local === closure && t.args[0]!.place.projection.length === 0) return t.span;
  }
  return undefined;
}

/**
 * Where the value given to the field becomes the `'static` trait object: a temporary box's own
 * expression, a variable's use in the literal, or (`'boxing'`) the `Box::new` of the capturing
 * closure inside a container.
 */
function coercionSite(f: BodyFacts, local: number, direct: boolean, literal: Span, field: string, source: ClosureSource | undefined): Span | 'boxing' | undefined {
  const declared = f.body.localDecls[local]!;
  if (!isBox(declared.ty)) return direct ? undefined : declared.kind === 'temp' ? 'boxing' : undefined;
  if (!direct) return undefined;
  if (declared.kind === 'temp') return valueSpan(f, local);
  return declared.kind === 'user' ? source?.fieldValue?.(literal, field) : undefined;
}

/**
 * Where a function's parameter is dropped: its drop at the end of the function (the `}`), or for
 * a parameter with nothing to drop just after the `}` (rustc's empty span).
 */
function parameterDropped(f: BodyFacts, local: number): Span | undefined {
  if ((f.body.def as Partial<FnDef>).kind !== 'fn') return undefined;
  for (const data of f.body.basicBlocks) {
    const t = data.terminator;
    if (!data.isCleanup && t?.kind === 'drop' && t.reason === 'scopeEnd' && t.place.local === local && t.place.projection.length === 0) return t.span;
  }
  const body = f.body.span;
  return { ...body, start: body.end, line: body.endLine, character: body.endCharacter };
}

export function checkStaticFields(f: BodyFacts, s: Statement, location: Location, sink: ErrorSink, source?: ClosureSource): void {
  if (s.kind !== 'assign' || s.rvalue.kind !== 'aggregate' || s.rvalue.aggregate.kind !== 'adt') return;
  const def = s.rvalue.aggregate.def as Partial<AdtDef>;
  const fields = def.kind === 'adt' && !def.std ? def.variants?.[s.rvalue.aggregate.variant]?.fields : undefined;
  if (!fields) return;
  staticFieldValues(f, s.rvalue.operands, s.span, fields, location, sink, source);
}

/** `checkStaticFields` past its filter, which runs at every statement: the closures here are made only for a struct literal of the file's own. */
function staticFieldValues(f: BodyFacts, operands: readonly Operand[], span: Span, fields: AdtFields, location: Location, sink: ErrorSink, source?: ClosureSource): void {
  operands.forEach((o, i) => {
    const field = fields[i];
    if (o.kind === 'constant' || o.place.projection.length > 0 || !field) return;
    const direct = staticBoxedObject(field.ty);
    if (!direct && !containedStaticBoxedObject(field.ty)) return;
    const site = coercionSite(f, o.place.local, direct, span, field.name, source);
    if (!site) return;
    // A temporary box given to the field is judged for any borrow it holds; otherwise only for a
    // closure's capture, whose coercion rustc labels as above.
    const exact = site !== 'boxing' && f.body.localDecls[o.place.local]!.kind === 'temp';
    reportHeld(f, location, o.place.local, (captured) => (site === 'boxing' ? captured && boxing(f, captured.local) : exact || captured ? site : undefined), sink);
  });
}

/**
 * The borrows of locals that `value` holds at `location`, each E0597 where `coercion` says where
 * the box became the `'static` trait object (undefined: not judged), given the closure that
 * captured the borrow if one did.
 */
function reportHeld(f: BodyFacts, location: Location, value: number, coercion: (captured: Capture | undefined) => Span | undefined, sink: ErrorSink): void {
  for (const loan of f.borrows.loans) {
    if (!f.regions.holds(location, value, loan.index)) continue;
    // A borrow of the local's own storage: through a reference it may point at anything.
    if (loan.borrowed.projection.some((e) => e.kind === 'deref')) continue;
    const decl = f.body.localDecls[loan.borrowed.local]!;
    const name = describePlace(f.body, { local: loan.borrowed.local, projection: [] } as Place);
    if ((decl.kind !== 'user' && decl.kind !== 'arg') || !name) continue;
    const captured = capture(f, loan.assignedTo);
    const site = coercion(captured);
    if (!site) continue;
    const dropped = decl.kind === 'arg' ? parameterDropped(f, loan.borrowed.local) : storageDead(f, loan.borrowed.local);
    const related: BorrowLabel[] = [
      ...(dropped ? [{ span: dropped, message: `\`${name}\` dropped here while still borrowed` }] : []),
      ...(captured ? [{ span: captured.closure, message: 'value captured here' }] : []),
      { span: decl.span, message: `binding \`${name}\` declared here` },
      { span: site, message: `coercion requires that \`${name}\` is borrowed for \`'static\`` },
    ];
    sink.once(`dead${loan.index}`, () => ({
      code: 'E0597', span: captured?.use ?? loan.span, message: `\`${name}\` does not live long enough`,
      label: 'borrowed value does not live long enough', related,
    }));
  }
}

/**
 * `self.hooks.push(Box::new(|| n * 2))`: a call that stores an argument through a `&mut` of a
 * struct's field declared with a `'static` trait object (`Vec<Box<dyn Fn() -> i32>>`), so the
 * boxed closure must be `'static` as if given to the field in a literal.
 */
export function checkStaticFieldStores(f: BodyFacts, calls: CallSignatures, t: Terminator, location: Location, sink: ErrorSink): void {
  if (t.kind !== 'call') return;
  const stores = calls.argumentStores?.(t.func);
  if (!stores || stores.length === 0) return;
  for (const { from, into } of stores) {
    const src = t.args[from];
    const dst = t.args[into];
    if (!src || !dst || src.kind === 'constant' || dst.kind === 'constant' || dst.place.projection.length > 0) continue;
    const target = f.borrows.loans.find((l) => l.assignedTo === dst.place.local && l.kind !== 'shared' && staticObjectField(f, l.borrowed));
    if (!target) continue;
    reportHeld(f, location, src.place.local, (captured) => captured && boxing(f, captured.local), sink);
  }
}

/** Whether the place is a struct's field whose declared type holds a `'static`-default `Box<dyn …>`. */
function staticObjectField(f: BodyFacts, p: Place): boolean {
  const last = p.projection.at(-1);
  if (last?.kind !== 'field') return false;
  const base = placeTy(f.body, p, p.projection.length - 1);
  const def = base?.k === 'adt' ? (base.def as Partial<AdtDef>) : undefined;
  if (def?.kind !== 'adt' || def.std || def.adt !== 'struct') return false;
  const field = def.variants?.[0]?.fields[last.index];
  return field !== undefined && (staticBoxedObject(field.ty) || containedStaticBoxedObject(field.ty));
}
