// Patterns: the bindings a pattern introduces (E0416 for a name bound twice in one pattern,
// E0415 in one parameter list; or-pattern alternatives share the first one's bindings), the
// identifiers that name a unit struct, unit variant or constant instead of binding, and the
// constructor paths of tuple-struct and path patterns (E0532 for the wrong kind).
import type { Expr, IdentPat, MacCall, NodeId, Pat, Span } from '../syntax/ast';
import { PathResolver, type Rib } from './paths';
import type { Res } from './res';
import type { Scope } from './scope';
import { repeatedRest } from './restPatterns';
import { stdNs } from './stdTable';

export abstract class PatternResolver extends PathResolver {
  readonly patterns = new Map<NodeId, Res>();

  protected abstract rib(barrier?: boolean, scope?: Scope): Rib;
  protected abstract withRibs(ribs: Rib[], run: () => void): void;
  protected abstract macCall(mac: MacCall): void;
  protected abstract expr(e: Expr): void;

  // --- patterns ---------------------------------------------------------------------------

  /**
   * Resolves a pattern's paths and adds its bindings to `rib`. `bound` holds the names already
   * bound in the same pattern (or parameter list): a second one is E0416 (E0415 for parameters).
   */
  protected pat(p: Pat, rib: Rib, bound: Map<string, NodeId>, dupCode: 'E0416' | 'E0415'): void {
    switch (p.kind) {
      case 'IdentPat': {
        if (p.mode === 'value' && !p.isMut && !p.sub) {
          const named = this.constLike(p.name.name);
          if (named) {
            this.patterns.set(p.id, named);
            return;
          }
        }
        this.bind(p, rib, bound, dupCode);
        if (p.sub) this.pat(p.sub, rib, bound, dupCode);
        return;
      }
      case 'PathPat':
        this.path(p.path, 'pat');
        this.patternKind(p, 'unit');
        return;
      case 'TupleStructPat':
        this.path(p.path, 'tupleStructPat');
        this.patternKind(p, 'tuple');
        this.restOnce(p);
        for (const x of p.elems) this.pat(x, rib, bound, dupCode);
        return;
      case 'StructPat':
        this.path(p.path, 'struct');
        for (const f of p.fields) this.pat(f.pat, rib, bound, dupCode);
        return;
      case 'TuplePat': case 'SlicePat':
        this.restOnce(p);
        for (const x of p.elems) this.pat(x, rib, bound, dupCode);
        return;
      case 'RefPat':
        this.pat(p.pat, rib, bound, dupCode);
        return;
      case 'RangePat':
        for (const end of [p.start, p.end]) {
          if (end?.kind === 'PathPat') this.path(end.path, 'pat');
          else if (end?.kind === 'IdentPat') {
            const named = this.constLike(end.name.name) ?? this.lookup(end.name.name, 'value');
            if (named) this.patterns.set(end.id, named);
          }
        }
        return;
      case 'OrPat': {
        // Every alternative binds the same names; each use refers to the first alternative's binding.
        const first = new Map<string, NodeId>();
        p.alts.forEach((alt, i) => {
          const mine = new Map<string, NodeId>();
          const altRib = this.rib();
          this.pat(alt, altRib, mine, dupCode);
          for (const [name, id] of mine) {
            if (i === 0) first.set(name, id);
            else if (first.has(name)) this.patterns.set(id, { kind: 'Local', binding: first.get(name)! });
          }
        });
        for (const [name, id] of first) {
          if (bound.has(name)) this.dup(dupCode, name, this.identSpan(p, id));
          bound.set(name, id);
          rib.values.set(name, { kind: 'Local', binding: id });
        }
        return;
      }
      case 'MacCallPat':
        this.macCall(p.mac);
        return;
      default:
        return;
    }
  }

  private restOnce(p: Extract<Pat, { kind: 'TuplePat' | 'TupleStructPat' | 'SlicePat' }>): void {
    const twice = repeatedRest(p);
    if (twice) this.diagnostics.push(twice);
  }

  /** E0532: `X(..)` naming a struct or unit variant, or a bare path naming a tuple variant. */
  private patternKind(p: Extract<Pat, { kind: 'PathPat' | 'TupleStructPat' }>, want: 'unit' | 'tuple'): void {
    const pr = this.paths.get(p.path.id);
    if (this.quiet || !pr || pr.unresolved !== 0) return;
    let res = pr.res;
    // A struct with named fields has no constructor: `B(..)` finds it only among types.
    if (res.kind === 'Err' && want === 'tuple' && p.path.segments.length === 1 && !p.path.qself) {
      const t = this.lookup(p.path.segments[0]!.ident.name, 'type');
      if (t) res = t;
    }
    if (res.kind !== 'Def') return;
    const d = this.c.defs[res.def]!;
    const written = p.path.segments.map((s) => s.ident.name).join('::');
    let found: string | undefined;
    if (want === 'tuple') {
      if (d.kind === 'Struct' && d.ctor === 'Named') found = 'struct';
      else if (d.kind === 'Struct' && d.ctor === 'Unit') found = 'unit struct';
      else if (d.kind === 'Variant' && d.ctor === 'Unit') found = 'unit variant';
      if (found) this.diagnostics.push({ code: 'E0532', message: `expected tuple struct or tuple variant, found ${found} \`${written}\``, span: p.span });
    } else if (d.kind === 'Variant' && d.ctor === 'Tuple') {
      this.diagnostics.push({ code: 'E0532', message: `expected unit struct, unit variant or constant, found tuple variant \`${written}\``, span: p.span });
    }
  }

  private identSpan(p: Pat, id: NodeId): Span {
    return p.span.start >= 0 ? findIdent(p, id) ?? p.span : p.span;
  }

  private bind(p: IdentPat, rib: Rib, bound: Map<string, NodeId>, dupCode: 'E0416' | 'E0415'): void {
    const name = p.name.name;
    if (bound.has(name)) this.dup(dupCode, name, p.name.span);
    else bound.set(name, p.id);
    this.patterns.set(p.id, { kind: 'Local', binding: p.id });
    rib.values.set(name, { kind: 'Local', binding: p.id });
  }

  private dup(code: 'E0416' | 'E0415', name: string, span: Span): void {
    const message = code === 'E0416'
      ? `identifier \`${name}\` is bound more than once in the same pattern`
      : `identifier \`${name}\` is bound more than once in this parameter list`;
    this.diagnostics.push({ code, message, span });
  }

  /** A lone identifier in a pattern names a unit struct, unit variant or constant instead of binding when one is in scope. */
  private constLike(name: string): Res | undefined {
    const r = this.lookup(name, 'value', true);
    if (!r) return undefined;
    if (r.kind === 'Std') return stdNs(r.path) === 'u' ? r : undefined;
    if (r.kind !== 'Def') return undefined;
    const d = this.c.defs[r.def]!;
    if (d.kind === 'Const' || d.kind === 'Static' || d.kind === 'AssocConst') return r;
    if ((d.kind === 'Struct' || d.kind === 'Variant') && d.ctor === 'Unit') return r;
    return undefined;
  }
}

/** The span of the binding `id` inside pattern `p`. */
function findIdent(p: Pat, id: NodeId): Span | undefined {
  const stack: Pat[] = [p];
  while (stack.length) {
    const q = stack.pop()!;
    if (q.kind === 'IdentPat') {
      if (q.id === id) return q.name.span;
      if (q.sub) stack.push(q.sub);
    } else if (q.kind === 'TuplePat' || q.kind === 'SlicePat' || q.kind === 'TupleStructPat') stack.push(...q.elems);
    else if (q.kind === 'StructPat') stack.push(...q.fields.map((f) => f.pat));
    else if (q.kind === 'RefPat') stack.push(q.pat);
    else if (q.kind === 'OrPat') stack.push(...q.alts);
  }
  return undefined;
}
