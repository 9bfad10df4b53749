// "lifetime may not live long enough" in a closure whose annotations elide every lifetime
// (`let pick = |a: &str, b: &str| -> &str { a };`): unlike a function's, a closure's signature
// gets no lifetime elision, so each `&` of a parameter and the `&` of the result are distinct
// regions, and returning a parameter's reference requires one to outlive the other. rustc names
// them `'1` (the parameter) and `'2` (the result) in its labels. Only where that is certain:
// - the closure is the whole initialiser of a `let` without a type annotation, so no expected
//   type (a `Fn(&str) -> &str` bound) gives it a signature of its own;
// - the result is annotated `&T` and each parameter considered `&T`, with no lifetime inside `T`;
// - exactly one parameter's own value reaches the result, within one expression (paramRegions'
//   flow through compiler temporaries), and the parameter is never reassigned.
import type * as A from '../syntax/ast';
import { iterateToFixpoint } from './dataflow';
import type { BorrowError, ErrorSink } from './errors';
import type { BodyFacts } from './facts';
import type { CallSignatures } from './loanFlow';
import { NAMED_REGION_CODE, reassigned } from './namedRegions';
import { lifetimesIn, ParamFlow, walkParamFlows } from './paramRegions';
import { mayCarryLoans } from './regionTypes';

/** A `&T` written without a lifetime, whose `T` names none either. */
function elidedRef(t: A.Type | undefined): t is A.RefType {
  return t?.kind === 'RefType' && !t.lifetime && lifetimesIn(t.ty).length === 0;
}

export function checkClosureRegions(f: BodyFacts, closure: A.ClosureExpr | undefined, calls: CallSignatures, sink: ErrorSink): void {
  if (!closure || !elidedRef(closure.ret)) return;
  const body = f.body;
  // `_1` is the closure's environment; the parameters follow.
  if (body.argCount !== closure.params.length + 1) return;
  const sources: { local: number; ty: A.RefType }[] = [];
  closure.params.forEach((p, k) => {
    const local = k + 2;
    const decl = body.localDecls[local]!;
    if (elidedRef(p.ty) && decl.ty.k === 'ref' && !mayCarryLoans(decl.ty.inner)) sources.push({ local, ty: p.ty });
  });
  if (sources.length === 0 || sources.some((s) => reassigned(body, s.local))) return;
  const flow = new ParamFlow(body, sources, calls, true);
  const results = iterateToFixpoint(f.cfg, flow);
  const returned: { source: number; span: A.Span }[] = [];
  walkParamFlows(f, flow, (l) => results.at(l), { result: 'closure', mutTargets: new Map() }, (source, span, _required, kind) => {
    if (kind === 'result') returned.push({ source, span });
  });
  if (returned.length === 0 || returned.some((r) => r.source !== returned[0]!.source)) return;
  const first = returned.reduce((a, b) => (b.span.start < a.span.start ? b : a));
  const ret = closure.ret;
  sink.once('closure-outlives', (): BorrowError => ({
    code: NAMED_REGION_CODE,
    span: first.span,
    message: 'lifetime may not live long enough',
    label: "returning this value requires that `'1` must outlive `'2`",
    related: [
      { span: sources[first.source]!.ty.span, message: "let's call the lifetime of this reference `'1`" },
      { span: ret.span, message: "let's call the lifetime of this reference `'2`" },
    ],
  }));
}
