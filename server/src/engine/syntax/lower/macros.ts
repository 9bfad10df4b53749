// Macro calls. The grammar leaves a macro's arguments as a token tree; for the std macros the
// product knows, the tree's text is parsed again as Rust (a call's arguments, an array, a match)
// and lowered by the same code, its offsets shifted back into the file, so spans stay exact.
// Any other macro keeps its tokens as text and is never expanded.
import { parseRust } from '../../parse/parser';
import type { Tree } from 'web-tree-sitter';
import { flattenTree, type FlatTree } from '../../parse/flatTree';
import type { Expr, FormatArg, FormatArgs, Lit, MacArgs, MacCall, Pat, PathExpr, Unsupported } from '../ast';
import { evalCfg } from '../cfg';
import { parseFormat, type ParsedFormat } from '../format';
import { tokenTreeMetas } from './attrs';
import { lowerExpr } from './exprs';
import { stringBody, unescape } from './literals';
import { Lowerer, tight, type FileState } from './lowerer';
import { lowerPath } from './paths';
import { lowerPat } from './pats';
import { nameTable } from '../../nameTable';

const FORMAT_MACROS = new Set(['print', 'println', 'eprint', 'eprintln', 'format', 'panic', 'write', 'writeln', 'unreachable', 'todo', 'unimplemented', 'format_args']);
const MESSAGE_ONLY = new Set(['panic', 'unreachable', 'todo', 'unimplemented']);
const ASSERTS: Record<string, number> = nameTable({ assert: 1, debug_assert: 1, assert_eq: 2, assert_ne: 2, debug_assert_eq: 2, debug_assert_ne: 2 });

/** The `macro_invocation` under the cursor. */
export function lowerMacCall(L: Lowerer): MacCall {
  const id = L.id();
  const span = L.span();
  let path: ReturnType<typeof lowerPath> | undefined;
  let ttStart = -1;
  let ttEnd = -1;
  let cfg: boolean | undefined;
  let isCfg = false;
  let simple: RawArg[] | undefined;
  if (L.down()) do {
    if (L.field === 'macro') {
      path = lowerPath(L);
      isCfg = path.segments[path.segments.length - 1]?.ident.name === 'cfg';
    } else if (L.type === 'token_tree') {
      ttStart = L.start;
      ttEnd = L.end;
      if (isCfg) {
        const preds = tokenTreeMetas(L);
        cfg = preds.length === 1 ? evalCfg(preds[0]!) : undefined;
      } else simple = singleTokenArgs(L);
    }
  } while (L.next());
  const p = path ?? { kind: 'Path' as const, id: L.id(), span, global: false, segments: [] };
  const name = p.segments[p.segments.length - 1]?.ident.name ?? '';
  const mac: MacCall = { kind: 'MacCall', id, span, path: p, name, args: { kind: 'Opaque', tokens: '' } };
  L.file.macCalls.push(mac);
  if (ttStart < 0) return mac;
  const content = L.src.slice(ttStart + 1, ttEnd - 1);
  mac.args = { kind: 'Opaque', tokens: content };
  if (isCfg) {
    if (cfg !== undefined) mac.args = { kind: 'Cfg', value: cfg };
    return mac;
  }
  const job = knownArgs(name, content);
  if (!job) return mac;
  // Arguments that are one token each (`"{} {}", a, 1`) need no parse of their own.
  const direct = simple && job.fromTokens?.(L, simple);
  if (direct && direct !== 'unparsed') mac.args = direct;
  else L.file.macroJobs.push({ content: job.content, prefix: job.prefix, suffix: job.suffix, lower: job.lower, fromTokens: job.fromTokens, mac, at: L.delta + ttStart + 1, depth: L.depth });
  return mac;
}

const SINGLE_TOKEN_ARGS = new Set(['identifier', 'self', 'integer_literal', 'float_literal', 'string_literal', 'raw_string_literal', 'char_literal', 'boolean_literal']);

/** The token tree under the cursor as comma-separated single-token expressions, or undefined. */
function singleTokenArgs(L: Lowerer): RawArg[] | undefined {
  const out: RawArg[] = [];
  let expectArg = true;
  let ok = true;
  let i = 0;
  if (L.down()) do {
    const t = L.type;
    const first = i++ === 0;
    if (!ok || (first && (t === '(' || t === '[' || t === '{'))) continue;
    if (t === ')' || t === ']' || t === '}') continue;
    if (t === ',' && !expectArg) expectArg = true;
    else if (expectArg && SINGLE_TOKEN_ARGS.has(t)) {
      out.push({ expr: lowerExpr(L) });
      expectArg = false;
    } else ok = false;
  } while (L.next());
  return ok ? out : undefined;
}

/**
 * How to read one std macro's arguments: the text to parse (the token tree's content, or a
 * same-length rewrite of it), wrapped so it parses as a function whose body holds what `lower`
 * reads.
 */
interface ArgsParse {
  content: string;
  prefix: string;
  suffix: string;
  lower: (R: Lowerer) => MacArgs | 'unparsed';
  /** The same from arguments already lowered one token each. */
  fromTokens?: (L: Lowerer, raw: RawArg[]) => MacArgs | 'unparsed';
}

/** A macro call whose arguments wait for the file's batch parse (see lowerMacroArguments). */
export interface MacroJob extends ArgsParse {
  mac: MacCall;
  /** File offset of `content`. */
  at: number;
  depth: number;
}

function knownArgs(name: string, content: string): ArgsParse | undefined {
  if (name === 'vec') {
    return {
      content, prefix: 'fn __m(){[', suffix: '\n];}',
      fromTokens: (_L, raw) => ({ kind: 'Exprs', exprs: raw.map((a) => a.expr) }),
      lower: (R) => {
        const e = stmtExpr(R);
        if (e?.kind === 'Array') return { kind: 'Exprs', exprs: e.elems };
        if (e?.kind === 'Repeat') return { kind: 'Repeat', elem: e.elem, count: e.count };
        return 'unparsed';
      },
    };
  }
  if (name === 'matches') return matchesArgs(content);
  const isFormat = FORMAT_MACROS.has(name);
  const lead = ASSERTS[name] ?? (name === 'dbg' ? Infinity : undefined);
  if (!isFormat && lead === undefined) return undefined;
  return {
    content, prefix: 'fn __m(){__f(', suffix: '\n);}',
    lower: (R) => callArgsOf(R, name, lead, callArgs(R)),
    fromTokens: (L, raw) => callArgsOf(L, name, lead, raw),
  };
}

function callArgsOf(R: Lowerer, name: string, lead: number | undefined, raw: RawArg[] | undefined): MacArgs | 'unparsed' {
  if (!raw) return 'unparsed';
  if (lead !== undefined) {
    const exprs = raw.slice(0, lead).map((a) => a.expr);
    const rest = raw.slice(lead);
    if (!rest.length) return { kind: 'Exprs', exprs };
    const format = formatArgs(R, rest);
    return format ? { kind: 'Exprs', exprs, format } : 'unparsed';
  }
  let dest: Expr | undefined;
  let rest = raw;
  if (name === 'write' || name === 'writeln') {
    if (!raw.length) return 'unparsed';
    dest = raw[0]!.expr;
    rest = raw.slice(1);
  }
  if (!rest.length) return { kind: 'Format', dest };
  if (MESSAGE_ONLY.has(name) && rest.length === 1 && rest[0]!.expr.kind !== 'Lit') return 'unparsed';
  const format = formatArgs(R, rest);
  return format ? { kind: 'Format', dest, format } : 'unparsed';
}

/**
 * Parses the arguments of every std macro call lowered so far in ONE tree-sitter parse: each
 * distinct call text becomes a small function of one snippet (calls with the same text, common in a
 * long file, share it), lowered for each call with its offsets shifted back into the file. Macro
 * calls inside those arguments are read by the next round.
 */
export function lowerMacroArguments(file: FileState): void {
  while (file.macroJobs.length) {
    const jobs = file.macroJobs.splice(0);
    let snippet = '';
    // Per job, the index of its text among the distinct ones; per distinct text, its offset in the snippet.
    const textOf = new Int32Array(jobs.length);
    const starts: number[] = [];
    const seen = new Map<string, number>();
    for (let k = 0; k < jobs.length; k++) {
      const j = jobs[k]!;
      const text = j.prefix + j.content + j.suffix + '\n';
      let u = seen.get(text);
      if (u === undefined) {
        u = starts.length;
        seen.set(text, u);
        starts.push(snippet.length);
        snippet += text;
      }
      textOf[k] = u;
    }
    const tree = parseRust(snippet);
    const flat = flattenTree(tree);
    // Each distinct text's function in the copy, or -1 where its text did not parse as one.
    const fnAt = functionsAt(tree, flat, starts);
    const R = new Lowerer(file, flat, tree.language, snippet, 0);
    try {
      for (let k = 0; k < jobs.length; k++) {
        const j = jobs[k]!;
        const u = textOf[k]!;
        let args: MacArgs | 'unparsed' = 'unparsed';
        if (fnAt[u]! >= 0) {
          R.c.i = fnAt[u]!;
          R.delta = j.at - starts[u]! - j.prefix.length;
          R.depth = j.depth;
          if (child(R, (f) => f === 'body')) args = j.lower(R);
        }
        if (args === 'unparsed') {
          const unparsed: Unsupported = { kind: 'Unsupported', id: file.nextId++, span: j.mac.span, what: `arguments of \`${j.mac.name}!\` that do not parse`, reason: 'syntax-error' };
          file.unsupported.push(unparsed);
        } else j.mac.args = args;
      }
    } finally {
      tree.delete();
    }
  }
}

/** For each offset of `starts`, the copy's index of the function that starts there without errors, or -1. */
function functionsAt(tree: Tree, flat: FlatTree, starts: readonly number[]): Int32Array {
  const out = new Int32Array(starts.length).fill(-1);
  const top = tree.walk();
  try {
    let more = top.gotoFirstChild();
    // `top` and `at` move together over the snippet's functions: `top` for what the copy does not keep (`hasError`).
    let at = more ? 1 : -1;
    for (let k = 0; k < starts.length; k++) {
      // Arguments that do not parse may swallow the next ones: each function must start where its text does.
      while (more && top.startIndex < starts[k]!) {
        more = top.gotoNextSibling();
        at = flat.next[at]!;
      }
      if (more && top.startIndex === starts[k] && top.nodeType === 'function_item' && !top.currentNode.hasError) out[k] = at;
    }
  } finally {
    top.delete();
  }
  return out;
}

/** Moves the cursor to the first child whose field (or type) passes `ok`. */
function child(R: Lowerer, ok: (field: string | null, type: string) => boolean): boolean {
  const c = R.c;
  if (!c.gotoFirstChild()) return false;
  do {
    if (ok(R.field, R.type)) return true;
  } while (c.gotoNextSibling());
  R.up();
  return false;
}

/** In the snippet's block: the one expression statement's expression. */
function stmtExpr(R: Lowerer): Expr | undefined {
  if (!child(R, (_f, t) => t === 'expression_statement')) return undefined;
  if (!child(R, (_f, t) => t !== ';' && R.named)) return undefined;
  return lowerExpr(R);
}

interface RawArg {
  name?: { name: string; span: Lit['span'] };
  expr: Expr;
}

/** In the snippet's block: `__f(args…)`'s arguments, `name = expr` kept apart. */
function callArgs(R: Lowerer): RawArg[] | undefined {
  if (!child(R, (_f, t) => t === 'expression_statement')) return undefined;
  if (!child(R, (_f, t) => t === 'call_expression')) return undefined;
  if (!child(R, (f) => f === 'arguments')) return undefined;
  const out: RawArg[] = [];
  R.each(() => {
    if (!R.named) return;
    if (R.type === 'assignment_expression') {
      let name: RawArg['name'];
      let expr: Expr | undefined;
      R.each(() => {
        if (R.field === 'left' && R.type === 'identifier') name = { name: R.text, span: R.span() };
        else if (R.field === 'left') expr = lowerExpr(R);
        else if (R.field === 'right' && name) expr = lowerExpr(R);
      });
      if (name && expr) {
        out.push({ name, expr });
        return;
      }
    }
    out.push({ expr: lowerExpr(R) });
  });
  return out;
}

function formatArgs(L: Lowerer, raw: RawArg[]): FormatArgs | undefined {
  const first = raw[0]!;
  if (first.name || first.expr.kind !== 'Lit' || first.expr.lit.kind !== 'Str') return undefined;
  const template = first.expr.lit;
  const parsed = parsedFormat(template.value);
  if ('error' in parsed) return undefined;
  const args: FormatArg[] = raw.slice(1).map((a) => ({
    kind: 'FormatArg', id: L.id(), span: a.name ? L.file.span(a.name.span.start, a.expr.span.end) : a.expr.span,
    name: a.name ? { name: a.name.name, span: a.name.span } : undefined, expr: a.expr,
  }));
  const captures: PathExpr[] = [];
  // Most templates name nothing (`{}`, `{:?}`): no sets and no source map for them.
  if (parsed.names.length === 0) return { kind: 'FormatArgs', id: L.id(), span: first.expr.span, template, pieces: parsed.pieces, args, captures };
  const explicit = new Set(args.flatMap((a) => (a.name ? [a.name.name] : [])));
  const seen = new Set<string>();
  const from = sourceMap(L, template);
  for (const { name, at } of parsed.names) {
    if (explicit.has(name) || seen.has(name)) continue;
    seen.add(name);
    const start = from(at);
    const span = L.file.span(start, start + name.length);
    captures.push({ kind: 'PathExpr', id: L.id(), span, path: { kind: 'Path', id: L.id(), span, global: false, segments: [{ ident: { name, span } }] } });
  }
  return { kind: 'FormatArgs', id: L.id(), span: first.expr.span, template, pieces: parsed.pieces, args, captures: tight(captures) };
}

/**
 * A template's parse, pieces kept tight, shared by every call that writes the same template (a
 * program repeats its `"{}"`s and `"{:?}"`s): the parse depends on the text alone and no reader
 * changes it. Bounded, so a long session's distinct templates do not pile up.
 */
function parsedFormat(value: string): ParsedFormat | { error: string } {
  let parsed = parsedFormats.get(value);
  if (parsed === undefined) {
    const p = parseFormat(value);
    parsed = 'error' in p ? p : { pieces: tight(p.pieces), names: p.names, positional: p.positional };
    if (parsedFormats.size >= PARSED_FORMATS_MAX) parsedFormats.clear();
    parsedFormats.set(value, parsed);
  }
  return parsed;
}

const PARSED_FORMATS_MAX = 4096;
const parsedFormats = new Map<string, ParsedFormat | { error: string }>();

/** Offset in the template's value → offset in the file. */
function sourceMap(L: Lowerer, template: Lit): (at: number) => number {
  const text = L.file.text.slice(template.span.start, template.span.end);
  const body = stringBody(text);
  if (!body) return () => template.span.start;
  if (body.raw) return (at) => template.span.start + body.bodyStart + at;
  const un = unescape(body.body, body.bodyStart);
  if (un && !un.from) return (at) => template.span.start + body.bodyStart + (at <= body.body.length ? at : 0);
  return (at) => template.span.start + (un?.from?.[at] ?? body.bodyStart);
}

/** `matches!(expr, pat if guard)`, parsed as `match expr { pat if guard => () }`. */
function matchesArgs(content: string): ArgsParse | undefined {
  const comma = topLevelComma(content);
  if (comma < 0) return undefined;
  // Same length, so every offset stays where it was.
  const asMatch = content.slice(0, comma) + '{' + content.slice(comma + 1).replace(/,\s*$/, (m) => ' '.repeat(m.length));
  return {
    content: asMatch, prefix: 'fn __m(){match ', suffix: '\n=> ()}}',
    lower: (R) => {
      if (!child(R, (_f, t) => t === 'expression_statement')) return 'unparsed';
      if (!child(R, (_f, t) => t === 'match_expression')) return 'unparsed';
      let expr: Expr | undefined;
      let pat: Pat | undefined;
      let guard: Expr | undefined;
      R.each(() => {
        if (R.field === 'value') expr = lowerExpr(R);
        else if (R.field === 'body') R.each(() => {
          if (R.type !== 'match_arm') return;
          R.each(() => {
            if (R.field === 'pattern') R.each(() => {
              if (R.field === 'condition') guard = lowerExpr(R);
              else if (R.named && !pat) pat = lowerPat(R);
            });
          });
        });
      });
      if (!expr || !pat) return 'unparsed';
      return { kind: 'Matches', expr, pat, guard };
    },
  };
}

/** The first `,` outside brackets, strings and chars; -1 if none. */
function topLevelComma(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '"') {
      for (i++; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) return i;
  }
  return -1;
}
