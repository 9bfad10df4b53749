// `recursion-depth` (information) and the static `stack-overflow` (error). Rust has no guaranteed
// tail calls: every level of a recursion keeps its frame. For a function that calls itself, the
// information says how much stack one level takes (a lower bound, see frames.ts) and how many
// levels the main thread's 8 MiB can hold at most. When a call site fixes the depth — a literal
// argument that the recursion counts down by a constant to a constant — and depth × frame
// exceeds the thread's stack, the call is reported as an overflow.
import type { AnalysisContext } from '../../analysis';
import type { EngineDiagnostic, Span } from '../../diagnostic';
import type { SyntaxNode } from '../../parse/parser';
import type { TypeEnv } from '../../layout';
import { FILE_VIEW, SnippetCache, macroArgs, macroKind, macroName, spanIn, type View } from '../macros';
import { estimateFrame, returnTypes, type FrameEstimate } from './frames';
import type { AnyNode } from '../syntax';
import { nameSpan } from './largeFrame';
import { arrayLength, formatBytes, typeEnvOf } from './sizes';

export const RECURSION_DEPTH = 'recursion-depth';
export const STACK_OVERFLOW = 'stack-overflow';

export const MAIN_STACK = 8 * 1024 * 1024;
export const SPAWNED_STACK = 2 * 1024 * 1024;

interface Recursive {
  fn: SyntaxNode;
  name: string;
  frame: FrameEstimate;
  /** Calls of the function by itself outside macros. */
  selfCalls: SyntaxNode[];
  /** How the depth follows from an argument, when the check can tell. */
  countdown?: { param: number; step: number; stop: number };
}

const NESTED_BODIES = new Set(['closure_expression', 'function_item', 'async_block']);

function callsTo(body: SyntaxNode, name: string): { direct: SyntaxNode[]; inMacros: boolean } {
  const direct: SyntaxNode[] = [];
  let inMacros = false;
  const visit = (n: SyntaxNode) => {
    if (NESTED_BODIES.has(n.type)) return;
    if (n.type === 'call_expression' && n.childForFieldName('function')?.text === name) direct.push(n);
    if (n.type === 'token_tree') {
      const ids = n.descendantsOfType('identifier');
      if (ids.some((id) => id?.text === name && id.nextSibling?.type === 'token_tree' && id.nextSibling.text.startsWith('('))) inMacros = true;
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(body);
  return { direct, inMacros };
}

const INT_TYPES = /^(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize)$/;
const LARGE_WHEN_TRUE = new Set(['>', '>=', '!=']);
const SMALL_WHEN_TRUE = new Set(['==', '<', '<=']);
const MIRROR: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' };

function intLiteral(n: SyntaxNode | null): number | undefined {
  if (n?.type !== 'integer_literal') return undefined;
  const v = Number(n.text.replace(/_/g, '').replace(/[iu](8|16|32|64|128|size)$/, ''));
  return Number.isSafeInteger(v) ? v : undefined;
}

/** `p OP L` with `p` the parameter, normalised so that `p` is on the left. */
function comparison(cond: SyntaxNode | null, param: string): { op: string; value: number } | undefined {
  while (cond?.type === 'parenthesized_expression') cond = cond.firstNamedChild;
  if (cond?.type !== 'binary_expression') return undefined;
  const op = cond.childForFieldName('operator')?.text ?? cond.children.find((c) => c && !c.isNamed)?.text ?? '';
  const left = cond.childForFieldName('left');
  const right = cond.childForFieldName('right');
  if (left?.text === param && intLiteral(right) !== undefined) return { op, value: intLiteral(right)! };
  if (right?.text === param && intLiteral(left) !== undefined && MIRROR[op]) return { op: MIRROR[op]!, value: intLiteral(left)! };
  return undefined;
}

/** Constructs after which the recursion might stop early (an early return, a panic). */
function mayStopEarly(body: SyntaxNode): boolean {
  let stop = false;
  const visit = (n: SyntaxNode) => {
    if (stop || NESTED_BODIES.has(n.type)) return;
    if (n.type === 'return_expression' || n.type === 'try_expression') stop = true;
    if (n.type === 'macro_invocation' && /^(panic|assert|assert_eq|assert_ne|unreachable|todo|unimplemented)$/.test(macroName(n))) stop = true;
    if (n.type === 'field_identifier' && /^(unwrap|expect)$/.test(n.text)) stop = true;
    if (n.type === 'scoped_identifier' && /(^|::)exit$/.test(n.text)) stop = true;
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(body);
  return stop;
}

/** The countdown model of a recursion: `f(…, p - k, …)` on every path where `p` is above `stop`. */
function countdownOf(fn: SyntaxNode, selfCalls: SyntaxNode[]): Recursive['countdown'] {
  const body = fn.childForFieldName('body');
  if (!body || selfCalls.length === 0 || mayStopEarly(body)) return undefined;
  const params = (fn.childForFieldName('parameters')?.namedChildren ?? []).filter((p) => p?.type === 'parameter');
  let param = -1;
  let step = 0;
  for (const call of selfCalls) {
    const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is SyntaxNode => a !== null) ?? [];
    const i = args.findIndex((a, index) => {
      if (a.type !== 'binary_expression') return false;
      const p = params[index];
      const name = p?.childForFieldName('pattern')?.text;
      const op = a.children.find((c) => c && !c.isNamed)?.text;
      return op === '-' && a.childForFieldName('left')?.text === name && (intLiteral(a.childForFieldName('right')) ?? 0) > 0;
    });
    if (i === -1 || (param !== -1 && i !== param)) return undefined;
    param = i;
    step = Math.max(step, intLiteral(args[i]!.childForFieldName('right'))!);
  }
  const p = params[param];
  const pName = p?.childForFieldName('pattern')?.text ?? '';
  if (!INT_TYPES.test(p?.childForFieldName('type')?.text ?? '')) return undefined;
  let stop = 0;
  for (const call of selfCalls) {
    let child: SyntaxNode = call;
    for (let a = call.parent; a && a.id !== body.id; child = a, a = a.parent) {
      if (['match_expression', 'while_expression', 'loop_expression', 'for_expression', 'closure_expression'].includes(a.type)) return undefined;
      if (a.type === 'binary_expression' && /^(&&|\|\|)$/.test(a.children.find((c) => c && !c.isNamed)?.text ?? '')) return undefined;
      if (a.type !== 'if_expression' || a.childForFieldName('condition')?.id === child.id) {
        if (a.type === 'if_expression') return undefined; // a call inside a condition
        continue;
      }
      const cmp = comparison(a.childForFieldName('condition'), pName);
      if (!cmp) return undefined;
      const inThen = a.childForFieldName('consequence')?.id === child.id;
      if (inThen ? !LARGE_WHEN_TRUE.has(cmp.op) : !SMALL_WHEN_TRUE.has(cmp.op)) return undefined;
      stop = Math.max(stop, cmp.value + 1);
    }
  }
  return { param, step, stop };
}

function findRecursive(root: SyntaxNode, env: TypeEnv): Recursive[] {
  const out: Recursive[] = [];
  const returns = returnTypes(root);
  for (const fn of root.descendantsOfType('function_item')) {
    if (!fn || (fn.parent?.type !== 'source_file' && fn.parent?.type !== 'declaration_list') || fn.parent.parent?.type === 'impl_item') continue;
    const name = fn.childForFieldName('name')?.text ?? '';
    const body = fn.childForFieldName('body');
    if (!body) continue;
    const calls = callsTo(body, name);
    if (calls.direct.length === 0 && !calls.inMacros) continue;
    const r: Recursive = { fn, name, frame: estimateFrame(env, fn, returns), selfCalls: calls.direct };
    const countdown = calls.inMacros ? undefined : countdownOf(fn, calls.direct);
    if (countdown) r.countdown = countdown;
    out.push(r);
  }
  return out;
}

const CONDITIONAL = new Set(['if_expression', 'match_expression', 'while_expression', 'loop_expression', 'for_expression', 'closure_expression']);

function conditional(a: AnyNode): boolean {
  return CONDITIONAL.has(a.type) || (a.type === 'binary_expression' && /^(&&|\|\|)$/.test(a.children.find((c) => c && !c.isNamed)?.text ?? ''));
}

/** A call inside re-parsed macro arguments: it runs whenever the macro does, unless nested in a branch. */
function unconditionalInSnippet(call: AnyNode, anchor: SyntaxNode): boolean {
  if (call === anchor) return true;
  for (let a: AnyNode | null = call.parent; a && a.type !== 'function_item'; a = a.parent) if (conditional(a)) return false;
  return true;
}

/** The stack budget of the thread a call runs on, when it runs unconditionally there. */
function threadBudget(call: SyntaxNode, env: TypeEnv): { budget: number; thread: string } | undefined {
  for (let a = call.parent; a; a = a.parent) {
    if (a.type !== 'closure_expression' && conditional(a)) return undefined;
    if (a.type === 'function_item') {
      const top = a.parent?.type === 'source_file';
      return top && a.childForFieldName('name')?.text === 'main' ? { budget: MAIN_STACK, thread: 'the main thread' } : undefined;
    }
    if (a.type === 'closure_expression') {
      const spawn = a.parent?.type === 'arguments' ? a.parent.parent : null;
      const fn = spawn?.childForFieldName('function');
      if (!fn) return undefined;
      if (fn.type === 'scoped_identifier' && /^(std::)?thread::spawn$/.test(fn.text)) return { budget: SPAWNED_STACK, thread: 'a spawned thread' };
      if (fn.type === 'field_expression' && fn.childForFieldName('field')?.text === 'spawn') {
        const size = stackSizeOf(fn.childForFieldName('value'), env);
        if (size) return { budget: size, thread: 'the thread' };
      }
      return undefined;
    }
  }
  return undefined;
}

/** `thread::Builder::new().stack_size(N)`: the evaluated `N`. */
function stackSizeOf(recv: SyntaxNode | null, env: TypeEnv): number | undefined {
  for (let n = recv; n?.type === 'call_expression'; n = n.childForFieldName('function')?.childForFieldName('value') ?? null) {
    const f = n.childForFieldName('function');
    if (f?.type === 'field_expression' && f.childForFieldName('field')?.text === 'stack_size') {
      const arg = n.childForFieldName('arguments')?.firstNamedChild;
      return arg ? arrayLength(env, arg.text) : undefined;
    }
  }
  return undefined;
}

/** Calls of `name` in the file outside its own body, with the view that maps their positions. */
function callSites(root: SyntaxNode, names: Set<string>, cache: SnippetCache): { call: AnyNode; view: View; anchor: SyntaxNode }[] {
  const out: { call: AnyNode; view: View; anchor: SyntaxNode }[] = [];
  // `anchor`: the file's node the call is in (the macro invocation, for a call in macro arguments).
  const visit = (n: AnyNode, view: View, anchor: SyntaxNode | null) => {
    if (n.type === 'call_expression' && names.has(n.childForFieldName('function')?.text ?? '')) out.push({ call: n, view, anchor: anchor ?? (n as SyntaxNode) });
    if (n.type === 'macro_invocation' && macroKind(macroName(n)) === 'format') {
      const parsed = macroArgs(cache, view, n, 'format');
      for (const a of parsed?.args ?? []) visit(a, parsed!.view, anchor ?? (n as SyntaxNode));
      return;
    }
    for (const c of n.namedChildren) if (c) visit(c, view, anchor);
  };
  visit(root, FILE_VIEW, null);
  return out;
}

function levels(n: number): string {
  return n.toLocaleString('en-US');
}

export function recursionChecks(ctx: AnalysisContext): EngineDiagnostic[] {
  const env = typeEnvOf(ctx.tree);
  const out: EngineDiagnostic[] = [];
  const recursive = findRecursive(ctx.tree.rootNode, env);
  for (const r of recursive) {
    const max = Math.floor(MAIN_STACK / r.frame.size);
    out.push({
      span: nameSpan(r.fn),
      severity: 'information',
      code: RECURSION_DEPTH,
      message:
        `\`${r.name}\` calls itself. Each level keeps its own frame of at least ${formatBytes(r.frame.size)} on the stack ` +
        `(Rust does not guarantee tail calls), so the main thread's 8 MiB holds at most ${levels(max)} levels in a debug build ` +
        `and a spawned thread's 2 MiB at most ${levels(Math.floor(SPAWNED_STACK / r.frame.size))}. For deeper inputs use a loop or an explicit stack (\`Vec\`).`,
      related: r.selfCalls.slice(0, 3).map((c) => ({ span: spanIn(FILE_VIEW, c), message: `\`${r.name}\` calls itself here` })),
    });
  }
  const byName = new Map(recursive.filter((r) => r.countdown).map((r) => [r.name, r]));
  if (byName.size === 0) return out;
  const cache = new SnippetCache();
  try {
    for (const site of callSites(ctx.tree.rootNode, new Set(byName.keys()), cache)) {
      const r = byName.get(site.call.childForFieldName('function')!.text)!;
      // Calls inside the function itself are the recursion, not an entry into it.
      if (isInside(site.anchor, r.fn)) continue;
      const { param, step, stop } = r.countdown!;
      const arg = site.call.childForFieldName('arguments')?.namedChildren.filter((a): a is SyntaxNode => a !== null)[param];
      const start = arg ? arrayLength(env, arg.text) : undefined;
      const where = unconditionalInSnippet(site.call, site.anchor) ? threadBudget(site.anchor, env) : undefined;
      if (start === undefined || !where) continue;
      const depth = Math.floor((start - stop) / step) + 1;
      const need = depth * r.frame.size;
      if (depth <= 0 || need <= where.budget) continue;
      const span: Span = spanIn(site.view, site.call);
      out.push({
        span,
        severity: 'error',
        code: STACK_OVERFLOW,
        message:
          `This call recurses at least ${levels(depth)} levels deep. Each level of \`${r.name}\` takes at least ${formatBytes(r.frame.size)} of stack, ` +
          `${formatBytes(need)} in all, more than ${where.thread}'s ${formatBytes(where.budget)}: the program aborts with a stack overflow ` +
          `(in a debug build; an optimised build may turn the recursion into a loop). Use a loop or an explicit stack, or run it on a thread with a larger \`stack_size\`.`,
        related: [{ span: nameSpan(r.fn), message: `\`${r.name}\`: at least ${formatBytes(r.frame.size)} per level` }],
      });
    }
  } finally {
    cache.dispose();
  }
  return out;
}

function isInside(node: SyntaxNode, outer: SyntaxNode): boolean {
  return node.startIndex >= outer.startIndex && node.endIndex <= outer.endIndex;
}
