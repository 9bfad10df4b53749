// The Ast's macro calls → IR. The front end has already parsed the arguments of the std macros
// the simulator runs (syntax/lower/macros.ts); their format strings are read here into the
// simulator's pieces.
import type * as A from '../../syntax/ast';
import { Unsupported } from '../errors';
import type { Expr, FmtArg, FmtPiece, FmtSpec, Pat, Span } from '../ir';
import { Str } from '../values';
import type { BodyLowerer } from './body';
import { lowerPattern } from './pattern';
import { spanOf } from './span';

const FMT_MACROS = new Set(['println', 'print', 'eprintln', 'eprint', 'format', 'panic', 'write', 'writeln', 'unreachable', 'todo', 'unimplemented', 'format_args']);
const MESSAGE_ONLY = new Set(['panic', 'unreachable', 'todo', 'unimplemented']);

export function lowerMacro(L: BodyLowerer, mac: A.MacCall, sp: Span): Expr {
  const segs = mac.path.segments.map((x) => x.ident.name);
  if (!mac.path.global && segs.length > 1 && (segs[0] === 'std' || segs[0] === 'core' || segs[0] === 'alloc')) segs.shift();
  const name = segs.join('::');
  const args = mac.args;
  if (FMT_MACROS.has(name)) {
    if (args.kind !== 'Format') {
      const tokens = args.kind === 'Opaque' ? args.tokens.trim() : '';
      if ((name === 'write' || name === 'writeln') && !tokens) throw new Unsupported(`${name}! without a destination`, sp);
      if (MESSAGE_ONLY.has(name) && tokens && !/^r?#*"/.test(tokens)) throw new Unsupported(`${name}! with a non-literal message`, sp);
      throw new Unsupported(`macro arguments \`${stringify(tokens).slice(0, 80)}\``, sp);
    }
    const target = args.dest ? L.expr(args.dest) : null;
    const fmt = args.format ? formatSpec(L, args.format) : null;
    return { k: 'fmt', sp, mac: name, fmt, target };
  }
  switch (name) {
    case 'cfg':
      // Evaluated by the front end for the target rustc builds for.
      if (args.kind !== 'Cfg') throw new Unsupported('`cfg!` with a predicate the front end does not read', sp);
      return { k: 'lit', sp, v: args.value };
    case 'vec':
      if (args.kind === 'Exprs') return { k: 'vec', sp, items: args.exprs.map((e) => L.expr(e)) };
      if (args.kind === 'Repeat') {
        const value = L.expr(args.elem);
        return { k: 'vecRepeat', sp, value, len: L.expr(args.count) };
      }
      return opaque(args, sp);
    case 'assert': case 'debug_assert': {
      if (args.kind !== 'Exprs' || !args.exprs[0]) return opaque(args, sp);
      const first = args.exprs[0];
      const cond = L.expr(first);
      const text = new Str(stringify(L.src.of(first.span)));
      const fmt = args.format ? formatSpec(L, args.format) : null;
      return { k: 'assert', sp, mac: name, args: [cond, { k: 'lit', sp, v: text }], fmt };
    }
    case 'assert_eq': case 'assert_ne': case 'debug_assert_eq': case 'debug_assert_ne': {
      if (args.kind !== 'Exprs' || args.exprs.length < 2) return opaque(args, sp);
      const a = L.expr(args.exprs[0]!);
      const b = L.expr(args.exprs[1]!);
      const fmt = args.format ? formatSpec(L, args.format) : null;
      return { k: 'assert', sp, mac: name, args: [a, b], fmt };
    }
    case 'dbg':
      if (args.kind !== 'Exprs' || args.format) return opaque(args, sp);
      return lowerDbg(L, args.exprs, sp);
    case 'matches': {
      if (args.kind !== 'Matches') return opaque(args, sp);
      const e = L.expr(args.expr);
      L.fn.pushBlock();
      const pat = lowerPattern(L, args.pat);
      const guard = args.guard ? L.expr(args.guard) : null;
      L.fn.popBlock();
      return { k: 'matches', sp, e, pat, guard };
    }
    default:
      throw new Unsupported(`macro \`${name}!\``, sp);
  }
}

/**
 * `dbg!` as std expands it: each argument moved into a temporary (`match VAL { tmp => … }`),
 * printed to stderr with `{:#?}` after the invocation's place and the argument's text, and given
 * back; several arguments give back a tuple, none prints only the place.
 */
function lowerDbg(L: BodyLowerer, exprs: readonly A.Expr[], sp: Span): Expr {
  const place = `[${L.from.file}:${sp.l + 1}:${sp.c + 1}]`;
  if (exprs.length === 0) return { k: 'fmt', sp, mac: 'eprintln', fmt: { pieces: [place], args: [] }, target: null };
  const one = (x: A.Expr): Expr => {
    const scrut = L.expr(x);
    L.fn.pushBlock();
    const slot = L.fn.hidden();
    const pat: Pat = { k: 'bind', sp, name: '', slot, mut: false, byRef: null, sub: null };
    const tmp: Expr = { k: 'local', sp, slot, name: '' };
    const shown: FmtArg = { arg: 0, trait: '?', fill: ' ', align: '', sign: '', alt: true, zero: false, width: null, precision: null };
    const print: Expr = { k: 'fmt', sp, mac: 'eprintln', fmt: { pieces: [`${place} ${stringify(L.src.of(x.span))} = `, shown], args: [tmp] }, target: null };
    const binds = L.fn.popBlock();
    const body: Expr = { k: 'block', sp, label: null, b: { sp, stmts: [{ k: 'expr', sp, e: print, semi: true }], tail: tmp, locals: [] } };
    return { k: 'match', sp, scrut, arms: [{ sp, pat, guard: null, body, binds }] };
  };
  return exprs.length === 1 ? one(exprs[0]!) : { k: 'tuple', sp, items: exprs.map(one) };
}

/** A std macro whose arguments the front end could not parse. */
function opaque(args: A.MacArgs, sp: Span): never {
  throw new Unsupported(`macro arguments \`${stringify(args.kind === 'Opaque' ? args.tokens : '').slice(0, 80)}\``, sp);
}

/** rustc prints an `assert!` condition by its tokens; for ordinary formatting that is the source with whitespace collapsed. */
function stringify(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Format strings

function formatSpec(L: BodyLowerer, f: A.FormatArgs): FmtSpec {
  const exprs: Expr[] = [];
  const namedIdx = new Map<string, number>();
  let positional = 0;
  for (const a of f.args) {
    if (a.name) namedIdx.set(a.name.name, exprs.length);
    else positional++;
    exprs.push(L.expr(a.expr));
  }
  const litSpan = spanOf(f.template.span);
  const byName = (name: string): number => {
    const i = namedIdx.get(name);
    if (i !== undefined) return i;
    namedIdx.set(name, exprs.length);
    exprs.push(L.ident(name, litSpan));
    return exprs.length - 1;
  };
  const text = f.template.kind === 'Str' ? f.template.value : '';
  const pieces = parseFormatString(text, positional, byName, litSpan);
  return { pieces, args: exprs };
}

function parseFormatString(s: string, positional: number, byName: (n: string) => number, sp: Span): FmtPiece[] {
  const pieces: FmtPiece[] = [];
  let lit = '';
  let next = 0;
  let i = 0;
  const fail = (why: string): never => {
    throw new Unsupported(`format string: ${why}`, sp);
  };
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '}') {
      if (s[i + 1] === '}') { lit += '}'; i += 2; continue; }
      fail('unmatched `}`');
    }
    if (ch !== '{') { lit += ch; i++; continue; }
    if (s[i + 1] === '{') { lit += '{'; i += 2; continue; }
    const close = s.indexOf('}', i);
    if (close < 0) fail('unclosed `{`');
    const inner = s.slice(i + 1, close).trim();
    i = close + 1;
    if (lit) { pieces.push(lit); lit = ''; }
    const colon = inner.indexOf(':');
    const argPart = (colon < 0 ? inner : inner.slice(0, colon)).trim();
    const spec = colon < 0 ? '' : inner.slice(colon + 1);
    const a: FmtArg = { arg: 0, trait: '', fill: ' ', align: '', sign: '', alt: false, zero: false, width: null, precision: null };
    let j = 0;
    const count = (): number | { arg: number } | null => {
      const m = /^([0-9]+|[A-Za-z_][A-Za-z0-9_]*)(\$?)/.exec(spec.slice(j));
      if (!m) return null;
      if (m[2] === '$') {
        j += m[0].length;
        return /^[0-9]/.test(m[1]!) ? { arg: Number(m[1]) } : { arg: byName(m[1]!) };
      }
      if (/^[0-9]/.test(m[1]!)) {
        j += m[1]!.length;
        return Number(m[1]);
      }
      return null;
    };
    if (spec.length >= 2 && '<^>'.includes(spec[1]!) ) { a.fill = spec[0]!; a.align = spec[1] as FmtArg['align']; j = 2; }
    else if (spec.length >= 1 && '<^>'.includes(spec[0]!)) { a.align = spec[0] as FmtArg['align']; j = 1; }
    if (spec[j] === '+' || spec[j] === '-') a.sign = spec[j++] as '+' | '-';
    if (spec[j] === '#') { a.alt = true; j++; }
    if (spec[j] === '0' && spec[j + 1] !== '$') { a.zero = true; j++; }
    a.width = count();
    let precStar = false;
    if (spec[j] === '.') {
      j++;
      if (spec[j] === '*') { precStar = true; j++; }
      else a.precision = count();
    }
    a.trait = spec.slice(j).trim();
    if (!['', '?', 'x', 'X', 'o', 'b', 'e', 'E', 'x?', 'X?'].includes(a.trait)) fail(`unknown format trait \`${a.trait}\``);
    if (precStar) a.precision = { arg: next++ };
    if (argPart === '') a.arg = next++;
    else if (/^[0-9]+$/.test(argPart)) a.arg = Number(argPart);
    else a.arg = byName(argPart);
    if (typeof a.precision === 'object' && a.precision && a.precision.arg >= positional && argPart === '' && precStar) {
      // `.*` takes the precision from the next positional argument: checked by rustc already.
    }
    pieces.push(a);
  }
  if (lit) pieces.push(lit);
  return pieces;
}
