// Macro invocations → IR. The grammar leaves macro arguments as opaque token trees, so each
// argument's text is re-parsed as an expression at its original line and column (spans stay
// exact), and format strings are parsed here once into pieces.
import { parseRust, type SyntaxNode } from '../../parse/parser';
import { Unsupported } from '../errors';
import type { Expr, FmtArg, FmtPiece, FmtSpec, Span } from '../ir';
import { Str } from '../values';
import { named, type BodyLowerer } from './body';
import { unescape } from './literals';
import { lowerPattern } from './pattern';
import { spanOf } from './span';

interface ArgText {
  text: string;
  /** Where the text starts (0-based row and UTF-16 column), in whichever tree the macro came from. */
  row: number;
  col: number;
}

const FMT_MACROS = new Set(['println', 'print', 'eprintln', 'eprint', 'format', 'panic', 'write', 'writeln', 'unreachable', 'todo', 'unimplemented', 'format_args']);

export function lowerMacro(L: BodyLowerer, n: SyntaxNode, sp: Span): Expr {
  const macroNode = n.childForFieldName('macro')!;
  const name = macroNode.text.replace(/^(std|core|alloc)::/, '');
  const tt = named(n).find((c) => c.type === 'token_tree');
  const args = tt ? splitArgs(tt) : [];
  if (FMT_MACROS.has(name)) {
    let target: Expr | null = null;
    let rest = args;
    if (name === 'write' || name === 'writeln') {
      if (args.length === 0) throw new Unsupported(`${name}! without a destination`, sp);
      target = parseArg(L, args[0]!);
      rest = args.slice(1);
    }
    const fmt = rest.length ? formatSpec(L, rest, sp, name) : null;
    return { k: 'fmt', sp, mac: name, fmt, target };
  }
  switch (name) {
    case 'cfg': {
      // Evaluated by the front end for the target rustc builds for.
      const value = L.prog.names?.cfg.get(`${sp.l}:${sp.c}`);
      if (value === undefined) throw new Unsupported('`cfg!` with a predicate the front end does not read', sp);
      return { k: 'lit', sp, v: value };
    }
    case 'vec': {
      if (!tt) return { k: 'vec', sp, items: [] };
      const semi = splitTop(tt, ';');
      if (semi.length === 2) return { k: 'vecRepeat', sp, value: parseArg(L, semi[0]!), len: parseArg(L, semi[1]!) };
      return { k: 'vec', sp, items: parseItems(L, tt, args.length) };
    }
    case 'assert': case 'debug_assert': {
      const cond = parseArg(L, args[0]!);
      const fmt = args.length > 1 ? formatSpec(L, args.slice(1), sp, name) : null;
      return { k: 'assert', sp, mac: name, args: [cond, { k: 'lit', sp, v: new Str(stringify(args[0]!.text)) }], fmt };
    }
    case 'assert_eq': case 'assert_ne': case 'debug_assert_eq': case 'debug_assert_ne': {
      const a = parseArg(L, args[0]!);
      const b = parseArg(L, args[1]!);
      const fmt = args.length > 2 ? formatSpec(L, args.slice(2), sp, name) : null;
      return { k: 'assert', sp, mac: name, args: [a, b], fmt };
    }
    case 'matches': {
      const e = parseArg(L, args[0]!);
      const patText = args.slice(1).map((a) => a.text).join(',');
      const m = /^([\s\S]*?)\s+if\s+([\s\S]*)$/.exec(patText);
      L.fn.pushBlock();
      const first = args[1]!;
      const patArg = { text: m ? m[1]! : patText, row: first.row, col: first.col };
      const pat = parsePattern(L, patArg);
      const guard = m ? parseArg(L, advance(first, patText, patText.indexOf(m[2]!))) : null;
      L.fn.popBlock();
      return { k: 'matches', sp, e, pat, guard };
    }
    default:
      throw new Unsupported(`macro \`${name}!\``, sp);
  }
}

/** rustc prints an `assert!` condition by its tokens; for ordinary formatting that is the source with whitespace collapsed. */
function stringify(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function splitArgs(tt: SyntaxNode): ArgText[] {
  return splitTop(tt, ',').filter((a) => a.text.trim() !== '');
}

/** The position `offset` characters into `text`, which starts at `from`. */
function advance(from: { row: number; col: number }, text: string, offset: number): ArgText {
  let row = from.row;
  let col = from.col;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      row++;
      col = 0;
    } else col++;
  }
  return { text: text.slice(offset), row, col };
}

/** Splits a token tree's inner text at top-level `sep` characters, skipping strings and chars. */
function splitTop(tt: SyntaxNode, sep: string): ArgText[] {
  const text = tt.text.slice(1, -1);
  const origin = { row: tt.startPosition.row, col: tt.startPosition.column + 1 };
  const out: ArgText[] = [];
  let depth = 0;
  let from = 0;
  // Positions are counted on from the previous piece: from the start each time is quadratic.
  let last = { row: origin.row, col: origin.col, offset: 0 };
  const piece = (a: number, b: number) => {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const at = advance(last, text.slice(last.offset, a + lead), a + lead - last.offset);
    last = { row: at.row, col: at.col, offset: a + lead };
    return { text: raw.trim(), row: at.row, col: at.col };
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      i = skipString(text, i);
      continue;
    }
    if (ch === 'r' && /^r#*"/.test(text.slice(i, i + 10)) && !/[A-Za-z0-9_]/.test(text[i - 1] ?? ' ')) {
      const hashes = /^r(#*)"/.exec(text.slice(i))![1]!;
      const end = text.indexOf('"' + hashes, i + hashes.length + 2);
      i = end + hashes.length;
      continue;
    }
    if (ch === "'") {
      const m = /^'(\\u\{[0-9a-fA-F_]+\}|\\x[0-9a-fA-F]{2}|\\.|[^\\'])'/u.exec(text.slice(i));
      if (m) i += m[0].length - 1;
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) i = text.length;
      continue;
    }
    if (ch === ':' && text[i + 1] === ':' && text[i + 2] === '<') {
      // A turbofish `::<A, B>`: its commas are not argument separators.
      let angles = 0;
      let j = i + 2;
      for (; j < text.length; j++) {
        if (text[j] === '<') angles++;
        else if (text[j] === '>' && text[j - 1] !== '-') {
          angles--;
          if (angles === 0) break;
        }
      }
      i = j;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (depth === 0 && ch === sep) {
      out.push(piece(from, i));
      from = i + 1;
    }
  }
  out.push(piece(from, text.length));
  return out;
}

function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j;
  }
  return text.length;
}

/** Parses `text` as if it stood at `at` in the file, so the nodes' positions are the real ones. */
function reparse(L: BodyLowerer, arg: ArgText, wrap: (t: string) => string): SyntaxNode {
  void L;
  const { row, col } = arg;
  const head = 'fn __m(){';
  let snippet: string;
  if (row >= 1) snippet = '\n'.repeat(row - 1) + head + '\n' + ' '.repeat(col) + wrap(arg.text) + '\n}';
  else if (col > head.length) snippet = head + ' '.repeat(col - head.length) + wrap(arg.text) + '\n}';
  else throw new Unsupported('macro arguments on the first line of the file', null);
  const tree = parseRust(snippet);
  const fn = tree.rootNode.namedChildren[0]!;
  const body = fn.childForFieldName('body')!;
  return body;
}

/**
 * The items of `vec![a, b, …]`, parsed at once as the array expression the token tree spells
 * (same length, same place): one parse, not one per item, which is quadratic on a long line.
 */
function parseItems(L: BodyLowerer, tt: SyntaxNode, count: number): Expr[] {
  const text = `[${tt.text.slice(1, -1)}]`;
  const arg = { text, row: tt.startPosition.row, col: tt.startPosition.column };
  const body = reparse(L, arg, (t) => t + ';');
  const stmt = named(body)[0];
  const array = stmt && stmt.type === 'expression_statement' ? named(stmt)[0] : stmt;
  const items = array?.type === 'array_expression' ? named(array).filter((c) => !c.type.endsWith('comment')) : [];
  if (body.hasError || items.length !== count) throw new Unsupported(`macro arguments \`${stringify(text.slice(1, -1)).slice(0, 80)}\``, spanOf(tt));
  return items.map((e) => L.expr(e));
}

export function parseArg(L: BodyLowerer, arg: ArgText): Expr {
  const body = reparse(L, arg, (t) => t + ';');
  const stmt = named(body)[0];
  const e = stmt && stmt.type === 'expression_statement' ? named(stmt)[0] : stmt;
  if (!e || body.hasError) throw new Unsupported(`macro argument \`${arg.text}\``, spanAt(L, arg));
  return L.expr(e);
}

function parsePattern(L: BodyLowerer, arg: ArgText) {
  return lowerPattern(L, reparseMatchArm(L, arg));
}

function reparseMatchArm(L: BodyLowerer, arg: ArgText): SyntaxNode {
  const { row, col } = arg;
  if (row < 1) throw new Unsupported('matches! on the first line', null);
  const snippet = '\n'.repeat(row - 1) + 'fn __m(){match(){\n' + ' '.repeat(col) + arg.text + ' => ()\n}}';
  const tree = parseRust(snippet);
  const arm = tree.rootNode.descendantsOfType('match_arm')[0];
  const mp = arm?.childForFieldName('pattern');
  const p = mp ? (mp.childForFieldName('pattern') ?? named(mp)[0]) : null;
  if (!p || tree.rootNode.hasError) throw new Unsupported(`pattern \`${arg.text}\``, spanAt(L, arg));
  return p;
}

function spanAt(_L: BodyLowerer, arg: ArgText): Span {
  const end = advance(arg, arg.text, arg.text.length);
  return { l: arg.row, c: arg.col, el: end.row, ec: end.col };
}

// ---------------------------------------------------------------------------------------------
// Format strings

function formatSpec(L: BodyLowerer, args: ArgText[], sp: Span, mac: string): FmtSpec {
  const fmtArg = args[0]!;
  const lit = reparse(L, fmtArg, (t) => t + ';');
  const litNode = named(named(lit)[0]!)[0];
  if (!litNode || (litNode.type !== 'string_literal' && litNode.type !== 'raw_string_literal')) {
    if ((mac === 'panic' || mac === 'unreachable' || mac === 'todo' || mac === 'unimplemented') && args.length === 1) {
      throw new Unsupported(`${mac}! with a non-literal message`, sp);
    }
    throw new Unsupported('format string that is not a string literal', spanAt(L, fmtArg));
  }
  let text: string;
  if (litNode.type === 'raw_string_literal') text = /^r(#*)"([\s\S]*)"\1$/.exec(litNode.text)![2]!;
  else text = unescape(litNode.text.slice(1, -1), litNode);
  const exprs: Expr[] = [];
  const namedIdx = new Map<string, number>();
  let positional = 0;
  for (const a of args.slice(1)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)([\s\S]*)$/.exec(a.text);
    if (m) {
      const valueText = m[2]!.trimStart();
      namedIdx.set(m[1]!, exprs.length);
      exprs.push(parseArg(L, advance(a, a.text, a.text.length - valueText.length)));
    } else {
      exprs.push(parseArg(L, a));
      positional++;
    }
  }
  const litSpan = spanOf(litNode);
  const byName = (name: string): number => {
    const i = namedIdx.get(name);
    if (i !== undefined) return i;
    namedIdx.set(name, exprs.length);
    exprs.push(L.ident(name, litSpan));
    return exprs.length - 1;
  };
  const pieces = parseFormatString(text, positional, byName, litSpan);
  return { pieces, args: exprs };
}

export function parseFormatString(s: string, positional: number, byName: (n: string) => number, sp: Span): FmtPiece[] {
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
