// E0597 at a call whose parameter is `&'static T` (`fn keep(s: &'static str)`): a borrow of a
// local passed there would have to outlive the whole program, but the local is dropped at the end
// of its scope. rustc reports it at the borrow, with "argument requires that `x` is borrowed for
// `'static`" at the call.
import type { Terminator } from '../mir/syntax';
import type { FnDef } from '../typeck/defs';
import type { Location } from './cfg';
import type { BorrowLabel, ErrorSink } from './errors';
import { type BodyFacts, storageDead } from './facts';
import { describePlace } from './places';

/** The argument positions (receiver first) whose declared type is a `&'static` reference. */
// Asked at every call of a user function: each function's answer once.
const staticParamsOf = new WeakMap<FnDef, readonly number[]>();

function staticParams(def: FnDef): readonly number[] {
  let params = staticParamsOf.get(def);
  if (!params) staticParamsOf.set(def, (params = findStaticParams(def)));
  return params;
}

function findStaticParams(def: FnDef): number[] {
  const sig = def.node.sig;
  const first = sig.selfParam ? 1 : 0;
  const out: number[] = [];
  sig.params.forEach((p, k) => {
    if (p.ty.kind === 'RefType' && p.ty.lifetime?.name === 'static') out.push(first + k);
  });
  return out;
}

export function checkStaticArgs(f: BodyFacts, t: Terminator, location: Location, sink: ErrorSink): void {
  if (t.kind !== 'call' || t.func.kind !== 'constant' || t.func.constant.value.kind !== 'fn') return;
  const def = t.func.constant.value.def as Partial<FnDef>;
  if (def.kind !== 'fn' || !def.node) return;
  // Asked at every call: most functions have no such parameter, and then no loop is set up.
  const params = staticParams(def as FnDef);
  if (params.length === 0) return;
  for (const i of params) {
    const arg = t.args[i];
    if (!arg || arg.kind === 'constant') continue;
    for (const loan of f.borrows.loans) {
      if (!f.regions.holds(location, arg.place.local, loan.index)) continue;
      // A borrow of the local's own storage: through a reference it may point at anything.
      if (loan.borrowed.projection.some((e) => e.kind === 'deref')) continue;
      const decl = f.body.localDecls[loan.borrowed.local]!;
      const name = describePlace(f.body, { local: loan.borrowed.local, projection: [] });
      if (decl.kind !== 'user' || !name) continue;
      const dropped = storageDead(f, loan.borrowed.local);
      const related: BorrowLabel[] = [
        ...(dropped ? [{ span: dropped, message: `\`${name}\` dropped here while still borrowed` }] : []),
        { span: decl.span, message: `binding \`${name}\` declared here` },
        { span: t.span, message: `argument requires that \`${name}\` is borrowed for \`'static\`` },
      ];
      sink.once(`dead${loan.index}`, () => ({
        code: 'E0597', span: loan.span, message: `\`${name}\` does not live long enough`, label: 'borrowed value does not live long enough', related,
      }));
    }
  }
}

