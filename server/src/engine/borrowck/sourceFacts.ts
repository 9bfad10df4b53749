// What the borrow checker reads from the Ast rather than the MIR, gathered in one walk of the
// file on first use: the `let`s without a value (E0381 is about those alone), the closures a
// `let` binds with no type annotation (closureRegions.ts), each closure's capture uses
// (capturedLoans.ts) and the values of struct literals' fields (staticFields.ts).
import type { FrontEnd } from '../frontEnd';
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

interface Nodes {
  readonly lets: A.LetStmt[];
  readonly closures: A.ClosureExpr[];
  readonly structs: A.StructExpr[];
}

function walk(root: unknown): Nodes {
  const out: Nodes = { lets: [], closures: [], structs: [] };
  const stack: unknown[] = [root];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const n of node) if (n && typeof n === 'object') stack.push(n);
      continue;
    }
    const o = node as Record<string, unknown>;
    if (o.kind === 'Let') out.lets.push(o as unknown as A.LetStmt);
    else if (o.kind === 'Closure') out.closures.push(o as unknown as A.ClosureExpr);
    else if (o.kind === 'StructExpr') out.structs.push(o as unknown as A.StructExpr);
    for (const k in o) {
      if (k === 'span') continue;
      const v = o[k];
      if (v && typeof v === 'object') stack.push(v);
    }
  }
  return out;
}

function same(a: A.Span, b: A.Span): boolean {
  return a.start === b.start && a.end === b.end;
}

export function sourceFacts(fe: FrontEnd): SourceFacts {
  let nodes: Nodes | undefined;
  let uninit: A.Span[] | undefined;
  let byStart: Map<number, A.ClosureExpr> | undefined;
  const all = () => (nodes ??= walk(fe.ast));
  const closureAt = (s: A.Span) => {
    byStart ??= new Map(all().closures.map((c) => [c.span.start, c]));
    const c = byStart.get(s.start);
    return c && same(c.span, s) ? c : undefined;
  };
  return {
    declaredWithoutValue(s) {
      uninit ??= all().lets.filter((l) => l.init === undefined).map((l) => l.pat.span);
      return uninit.some((l) => l.start <= s.start && s.end <= l.end);
    },
    letClosure(s) {
      const c = closureAt(s);
      return c && all().lets.some((l) => l.ty === undefined && l.init === c) ? c : undefined;
    },
    letAnnotation(s) {
      return all().lets.find((l) => l.ty && same(l.pat.span, s))?.ty;
    },
    fieldValue(s, field) {
      const literal = all().structs.find((e) => same(e.span, s));
      return literal?.fields.find((f) => f.name.name === field)?.expr.span;
    },
    captureUses(s) {
      const c = closureAt(s);
      const captures = c && fe.types.results.closureCaptures.get(c.id);
      return captures?.kind === 'captures' ? captures.captures.map((p) => p.span) : undefined;
    },
  };
}
