// What the borrow checker reads from the Ast rather than the MIR: the `let`s without a value
// (E0381 is about those alone), the closures a `let` binds with no type annotation
// (closureRegions.ts), each closure's capture uses (capturedLoans.ts) and the values of struct
// literals' fields (staticFields.ts). The MIR builder hands over the `let`s, closures and struct
// literals it lowered, so nothing walks the file a second time; the tables are built on first use.
import type { FrontEnd } from '../frontEnd';
import type { LoweredSource } from '../mir/build/builder';
import type * as A from '../syntax/ast';
import type { ClosureSource } from './capturedLoans';

export interface SourceFacts extends ClosureSource {
  /** Whether the user variable declared at `span` is a `let` without a value. */
  declaredWithoutValue(span: A.Span): boolean;
  /** The closure expression at `span` when it is the whole initialiser of a `let` with no type annotation. */
  letClosure(span: A.Span): A.ClosureExpr | undefined;
  /** The type annotation of the `let` whose pattern is the binding at `span`. */
  letAnnotation(span: A.Span): A.Type | undefined;
}

function same(a: A.Span, b: A.Span): boolean {
  return a.start === b.start && a.end === b.end;
}

export function sourceFacts(fe: FrontEnd, lowered: LoweredSource): SourceFacts {
  let uninit: A.Span[] | undefined;
  let byStart: Map<number, A.ClosureExpr> | undefined;
  let letBound: Set<A.Expr> | undefined;
  let annotated: Map<number, A.LetStmt[]> | undefined;
  let structs: Map<number, A.StructExpr> | undefined;
  const closureAt = (s: A.Span) => {
    byStart ??= new Map(lowered.closures.map((c) => [c.span.start, c]));
    const c = byStart.get(s.start);
    return c && same(c.span, s) ? c : undefined;
  };
  return {
    declaredWithoutValue(s) {
      uninit ??= lowered.lets.filter((l) => l.init === undefined).map((l) => l.pat.span);
      // Asked at every use of a user variable: a loop, no closure made per question.
      for (let i = 0; i < uninit.length; i++) if (uninit[i]!.start <= s.start && s.end <= uninit[i]!.end) return true;
      return false;
    },
    letClosure(s) {
      const c = closureAt(s);
      letBound ??= new Set(lowered.lets.flatMap((l) => (l.ty === undefined && l.init ? [l.init] : [])));
      return c && letBound.has(c) ? c : undefined;
    },
    letAnnotation(s) {
      if (!annotated) {
        annotated = new Map();
        for (const l of lowered.lets) {
          if (!l.ty) continue;
          const list = annotated.get(l.pat.span.start);
          if (list) list.push(l);
          else annotated.set(l.pat.span.start, [l]);
        }
      }
      return annotated.get(s.start)?.find((l) => same(l.pat.span, s))?.ty;
    },
    fieldValue(s, field) {
      if (!structs) {
        structs = new Map();
        for (const e of lowered.structs) if (!structs.has(e.span.start)) structs.set(e.span.start, e);
      }
      const found = structs.get(s.start);
      const literal = found && same(found.span, s) ? found : undefined;
      return literal?.fields.find((f) => f.name.name === field)?.expr.span;
    },
    captureUses(s) {
      const c = closureAt(s);
      const captures = c && fe.types.results.closureCaptures.get(c.id);
      return captures?.kind === 'captures' ? captures.captures.map((p) => p.span) : undefined;
    },
  };
}
