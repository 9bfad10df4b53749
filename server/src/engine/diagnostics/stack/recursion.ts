// `recursion-depth` (information) and the static `stack-overflow` (error). Rust has no guaranteed
// tail calls: every level of a recursion keeps its frame. For a function that calls itself, the
// information says how much stack one level takes (a lower bound, see frames.ts) and how many
// levels the main thread's 8 MiB can hold at most. When a call site fixes the depth — a literal
// argument that the recursion counts down by a constant to a constant — and depth × frame
// exceeds the thread's stack, the call is reported as an overflow. Which function a call calls is
// the resolver's answer, not a match of names.
import type { AnalysisContext } from '../../analysis';
import type { EngineDiagnostic, Span } from '../../diagnostic';
import type { TypeEnv } from '../../layout';
import type { CallExpr, Expr, FnItem, NodeId } from '../../syntax/ast';
import { calledFn, estimateFrame, functionsOf, type FrameEstimate } from './frames';
import { nameSpan } from './largeFrame';
import { constValue, formatBytes, patternName, sourceOf, spanOf, typeEnvOf } from './sizes';
import { walk, type CodeNode } from './walk';

export const RECURSION_DEPTH = 'recursion-depth';
export const STACK_OVERFLOW = 'stack-overflow';

export const MAIN_STACK = 8 * 1024 * 1024;
export const SPAWNED_STACK = 2 * 1024 * 1024;

/** A call with the nodes around it, outermost first. */
interface CallSite {
  call: CallExpr;
  around: CodeNode[];
}

interface Recursive {
  fn: FnItem;
  name: string;
  frame: FrameEstimate;
  /** Calls of the function by itself outside macros. */
  selfCalls: CallSite[];
  /** How the depth follows from an argument, when the check can tell. */
  countdown?: { param: number; step: number; stop: number };
}

/** Nodes whose insides run in another frame, or never as part of this body. */
function nestedBody(n: CodeNode): boolean {
  return n.kind === 'Closure' || n.kind === 'ItemStmt';
}

/** The function a call's callee names, if it is one of the file's. */
function callee(env: TypeEnv, call: CallExpr): NodeId | undefined {
  return call.callee.kind === 'PathExpr' ? calledFn(env.program.resolution, call.callee) : undefined;
}

function callsTo(env: TypeEnv, fn: FnItem & { body: NonNullable<FnItem['body']> }): { direct: CallSite[]; inMacros: boolean } {
  const direct: CallSite[] = [];
  let inMacros = false;
  const opaque = new RegExp(`(^|[^\\w$])${fn.name.name}\\s*\\(`);
  walk([fn.body], (n, around) => {
    if (nestedBody(n)) return false;
    if (n.kind === 'Call' && callee(env, n) === fn.id) {
      if (around.some((a) => a.kind === 'MacCall')) inMacros = true;
      else direct.push({ call: n, around: [...around] });
    }
    // A macro whose arguments are not parsed may still call it.
    if (n.kind === 'MacCall' && n.args.kind === 'Opaque' && opaque.test(n.args.tokens)) inMacros = true;
    return true;
  }, { macros: 'all' });
  return { direct, inMacros };
}

const INT_TYPES = /^(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize)$/;
const LARGE_WHEN_TRUE = new Set(['>', '>=', '!=']);
const SMALL_WHEN_TRUE = new Set(['==', '<', '<=']);
const MIRROR: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' };

function intLiteral(e: Expr | undefined): number | undefined {
  if (e?.kind !== 'Lit' || e.lit.kind !== 'Int') return undefined;
  const v = Number(e.lit.value);
  return Number.isSafeInteger(v) ? v : undefined;
}

/** `p OP L` with `p` the parameter, normalised so that `p` is on the left. */
function comparison(env: TypeEnv, cond: Expr, param: string): { op: string; value: number } | undefined {
  while (cond.kind === 'Paren') cond = cond.expr;
  if (cond.kind !== 'Binary') return undefined;
  const { op, lhs, rhs } = cond;
  if (sourceOf(env, lhs) === param && intLiteral(rhs) !== undefined) return { op, value: intLiteral(rhs)! };
  if (sourceOf(env, rhs) === param && intLiteral(lhs) !== undefined && MIRROR[op]) return { op: MIRROR[op]!, value: intLiteral(lhs)! };
  return undefined;
}

const STOPPING_MACROS = /^(panic|assert|assert_eq|assert_ne|unreachable|todo|unimplemented)$/;

/** Constructs after which the recursion might stop early (an early return, a panic, an exit). */
function mayStopEarly(env: TypeEnv, body: CodeNode): boolean {
  let stop = false;
  walk([body], (n) => {
    if (stop || nestedBody(n)) return false;
    if (n.kind === 'Return' || n.kind === 'Try') stop = true;
    else if (n.kind === 'MacCall' && STOPPING_MACROS.test(n.name)) stop = true;
    else if ((n.kind === 'MethodCall' && /^(unwrap|expect)$/.test(n.method.name)) || (n.kind === 'Field' && /^(unwrap|expect)$/.test(n.field.name))) stop = true;
    else if (n.kind === 'PathExpr' && isExit(env, n)) stop = true;
    return !stop;
  }, { macros: 'all' });
  return stop;
}

function isExit(env: TypeEnv, e: Expr & { kind: 'PathExpr' }): boolean {
  const res = env.program.resolution.paths.get(e.path.id)?.res;
  if (res?.kind === 'Std') return /(^|::)exit$/.test(res.path);
  return e.path.segments.length > 1 && e.path.segments.at(-1)!.ident.name === 'exit';
}

function isLoopOrMatch(n: CodeNode): boolean {
  return n.kind === 'Match' || n.kind === 'While' || n.kind === 'Loop' || n.kind === 'For' || n.kind === 'Closure';
}

function isShortCircuit(n: CodeNode): boolean {
  return n.kind === 'Binary' && (n.op === '&&' || n.op === '||');
}

/** The countdown model of a recursion: `f(…, p - k, …)` on every path where `p` is above `stop`. */
function countdownOf(env: TypeEnv, fn: FnItem & { body: NonNullable<FnItem['body']> }, selfCalls: CallSite[]): Recursive['countdown'] {
  if (selfCalls.length === 0 || mayStopEarly(env, fn.body)) return undefined;
  const params = fn.sig.params;
  let param = -1;
  let step = 0;
  for (const { call } of selfCalls) {
    const i = call.args.findIndex((a, index) => {
      const p = params[index];
      return a.kind === 'Binary' && a.op === '-' && p !== undefined && sourceOf(env, a.lhs) === patternName(env, p.pat).text && (intLiteral(a.rhs) ?? 0) > 0;
    });
    if (i === -1 || (param !== -1 && i !== param)) return undefined;
    param = i;
    step = Math.max(step, intLiteral((call.args[i] as Expr & { kind: 'Binary' }).rhs)!);
  }
  const p = params[param];
  if (!p || !INT_TYPES.test(sourceOf(env, p.ty))) return undefined;
  const pName = patternName(env, p.pat).text;
  let stop = 0;
  for (const { call, around } of selfCalls) {
    let child: CodeNode = call;
    // From the call outwards to the body (the walk started at it, so `around[0]` is the body).
    for (let k = around.length - 1; k >= 1; child = around[k]!, k--) {
      const a = around[k]!;
      if (isLoopOrMatch(a) || isShortCircuit(a)) return undefined;
      if (a.kind !== 'If') continue;
      if (a.cond === child) return undefined; // a call inside a condition
      const cmp = comparison(env, a.cond, pName);
      if (!cmp) return undefined;
      const inThen = a.then === child;
      if (inThen ? !LARGE_WHEN_TRUE.has(cmp.op) : !SMALL_WHEN_TRUE.has(cmp.op)) return undefined;
      stop = Math.max(stop, cmp.value + 1);
    }
  }
  return { param, step, stop };
}

function findRecursive(env: TypeEnv): Recursive[] {
  const out: Recursive[] = [];
  for (const { fn, scope, container } of functionsOf(env)) {
    if (container === 'impl' || container === 'block') continue;
    const calls = callsTo(env, fn);
    if (calls.direct.length === 0 && !calls.inMacros) continue;
    const r: Recursive = { fn, name: fn.name.name, frame: estimateFrame(env, fn, scope), selfCalls: calls.direct };
    const countdown = calls.inMacros ? undefined : countdownOf(env, fn, calls.direct);
    if (countdown) r.countdown = countdown;
    out.push(r);
  }
  return out;
}

function conditional(a: CodeNode): boolean {
  return a.kind === 'If' || isLoopOrMatch(a) || isShortCircuit(a);
}

/**
 * The stack budget of the thread a call runs on, when it runs unconditionally there: `around` is
 * what holds the call, outermost first.
 */
function threadBudget(env: TypeEnv, around: readonly CodeNode[]): { budget: number; thread: string } | undefined {
  for (let k = around.length - 1; k >= 0; k--) {
    const a = around[k]!;
    if (a.kind !== 'Closure' && conditional(a)) return undefined;
    if (a.kind === 'Fn') return k === 0 && a.name.name === 'main' ? { budget: MAIN_STACK, thread: 'the main thread' } : undefined;
    if (a.kind === 'Closure') {
      const spawn = around[k - 1];
      if (spawn?.kind === 'Call' && spawn.args.includes(a)) {
        return /^(std::)?thread::spawn$/.test(sourceOf(env, spawn.callee)) && spawn.callee.kind === 'PathExpr' && spawn.callee.path.segments.length > 1
          ? { budget: SPAWNED_STACK, thread: 'a spawned thread' }
          : undefined;
      }
      if (spawn?.kind === 'MethodCall' && spawn.args.includes(a) && spawn.method.name === 'spawn') {
        const size = stackSizeOf(env, spawn.receiver);
        return size ? { budget: size, thread: 'the thread' } : undefined;
      }
      return undefined;
    }
  }
  return undefined;
}

/** `thread::Builder::new().stack_size(N)`: the evaluated `N`. */
function stackSizeOf(env: TypeEnv, recv: Expr): number | undefined {
  for (let n: Expr = recv; n.kind === 'MethodCall'; n = n.receiver) {
    if (n.method.name === 'stack_size') return n.args[0] ? constValue(env, n.args[0]) : undefined;
  }
  return undefined;
}

/** Calls of the given functions anywhere in the file (in the formatting macros' arguments too). */
function callSites(env: TypeEnv, fns: Map<NodeId, Recursive>): CallSite[] {
  const out: CallSite[] = [];
  walk(env.program.ast.root.items, (n, around) => {
    if (n.kind === 'Call' && fns.has(callee(env, n) ?? -1)) out.push({ call: n, around: [...around] });
  }, { macros: 'format' });
  return out;
}

function levels(n: number): string {
  return n.toLocaleString('en-US');
}

export function recursionChecks(ctx: AnalysisContext): EngineDiagnostic[] {
  const env = typeEnvOf(ctx.tree, ctx.text);
  const out: EngineDiagnostic[] = [];
  const recursive = findRecursive(env);
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
      related: r.selfCalls.slice(0, 3).map((c) => ({ span: spanOf(c.call), message: `\`${r.name}\` calls itself here` })),
    });
  }
  const byFn = new Map(recursive.filter((r) => r.countdown).map((r) => [r.fn.id, r]));
  if (byFn.size === 0) return out;
  for (const site of callSites(env, byFn)) {
    const r = byFn.get(callee(env, site.call)!)!;
    // Calls inside the function itself are the recursion, not an entry into it.
    if (site.call.span.start >= r.fn.span.start && site.call.span.end <= r.fn.span.end) continue;
    const { param, step, stop } = r.countdown!;
    const arg = site.call.args[param];
    const start = arg ? constValue(env, arg) : undefined;
    // Inside a macro's arguments the call runs whenever the macro does, unless a branch holds it there.
    const where = threadBudget(env, site.around);
    if (start === undefined || !where) continue;
    const depth = Math.floor((start - stop) / step) + 1;
    const need = depth * r.frame.size;
    if (depth <= 0 || need <= where.budget) continue;
    const span: Span = spanOf(site.call);
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
  return out;
}
