// A lower bound on a function's stack frame in a debug build: the return address, the parameters
// and every local and large temporary whose size the layout engine knows. An unoptimised build
// gives each of them its own slot, so the real frame is at least this big (and usually bigger:
// spilled intermediate values are not counted). Used by `large-stack-frame`, `recursion-depth`
// and the static `stack-overflow`.
import type { Span } from '../../diagnostic';
import type { TypeEnv, TypeScope } from '../../layout';
import type { Resolution } from '../../resolve';
import type { Expr, FnItem, NodeId } from '../../syntax/ast';
import { arraySize, patternName, scopeAround, sourceOf, spanOf, valueSize } from './sizes';
import { walk, type CodeNode } from './walk';

export interface FrameLocal {
  /** The binding's name, or what the temporary is (`Box::new argument`). */
  name: string;
  size: number;
  typeText: string;
  span: Span;
}

export interface FrameEstimate {
  /** At least this many bytes. */
  size: number;
  /** Locals and temporaries, biggest first. */
  locals: FrameLocal[];
}

/** The return address a call pushes. */
const RETURN_ADDRESS = 8;

/** `Box::new` written as a path (`Box::new`, `std::boxed::Box::new`). */
export function isBoxNewPath(env: TypeEnv, callee: Expr): boolean {
  return callee.kind === 'PathExpr' && callee.path.segments.length >= 2 && /^(::)?(std::boxed::)?Box::new$/.test(sourceOf(env, callee));
}

/** An array or struct literal given directly to `Box::new`: built on the stack first. */
export function isBoxNewArg(env: TypeEnv, node: CodeNode, parent: CodeNode | undefined): boolean {
  if (node.kind !== 'Array' && node.kind !== 'Repeat' && node.kind !== 'StructExpr') return false;
  return parent?.kind === 'Call' && parent.callee !== node && isBoxNewPath(env, parent.callee);
}

export function estimateFrame(env: TypeEnv, fn: FnItem, scope: TypeScope): FrameEstimate {
  const locals: FrameLocal[] = [];
  const add = (name: string, size: number | undefined, typeText: string, node: { span: FnItem['span'] }) => {
    if (size !== undefined && size > 0) locals.push({ name, size, typeText, span: spanOf(node) });
  };
  const self = fn.sig.selfParam;
  if (self && self.mode !== 'value') add('self', 8, sourceOf(env, self), self);
  for (const p of fn.sig.params) {
    const l = env.layoutOfType(p.ty, scope);
    if (l.known) add(patternName(env, p.pat).text, l.size, sourceOf(env, p.ty), p);
  }
  /** Large temporaries inside an expression that is not itself a binding's value. */
  const temporaries = (root: Expr, rootParent: CodeNode) => {
    walk([root], (n, around) => {
      if (n.kind === 'Closure' || n.kind === 'ItemStmt') return false;
      const parent = around.at(-1) ?? rootParent;
      const boxed = isBoxNewArg(env, n, parent);
      if (boxed || ((n.kind === 'Array' || n.kind === 'Repeat') && parent.kind !== 'Let')) {
        const s = n.kind === 'Array' || n.kind === 'Repeat' ? arraySize(env, n, scope) : valueSize(env, n as Expr, scope);
        if (s) {
          add(boxed ? 'Box::new argument' : 'temporary array', s.size, s.typeText, n);
          return false;
        }
      }
      return true;
    });
  };
  if (fn.body) {
    walk([fn.body], (n, around) => {
      if (n.kind === 'Closure' || n.kind === 'ItemStmt') return false;
      if (n.kind === 'Let') {
        const { text: name, span } = patternName(env, n.pat);
        if (n.ty) {
          const l = env.layoutOfType(n.ty, scope);
          if (l.known) add(name, l.size, sourceOf(env, n.ty), { span });
        } else if (n.init) {
          // The initializer's checked type (a call's return type included), else what its syntax says.
          const s = valueSize(env, n.init, scope);
          if (s) add(name, s.size, s.typeText, { span });
        }
        // The initializer's own temporaries (a Box::new argument) still count.
        if (n.init) temporaries(n.init, n);
        return false;
      }
      if (n.kind === 'Array' || n.kind === 'Repeat' || isBoxNewArg(env, n, around.at(-1))) {
        temporaries(n as Expr, around.at(-1) ?? fn);
        return false;
      }
      return true;
    });
  }
  locals.sort((a, b) => b.size - a.size);
  return { size: RETURN_ADDRESS + locals.reduce((sum, l) => sum + l.size, 0), locals };
}

/** The node of the file's function a path expression names, if it names one. */
export function calledFn(resolution: Resolution, callee: Expr & { kind: 'PathExpr' }): NodeId | undefined {
  const r = resolution.paths.get(callee.path.id);
  if (r?.res.kind !== 'Def' || r.unresolved !== 0) return undefined;
  const def = resolution.defs[r.res.def];
  return def?.kind === 'Fn' ? def.node : undefined;
}

/** A function with a body, where it is declared, and what generics and `Self` mean in it. */
export interface FnInFile {
  fn: FnItem & { body: NonNullable<FnItem['body']> };
  scope: TypeScope;
  /** What directly holds it: the file's root, a module, an impl, a trait, or a block. */
  container: 'root' | 'mod' | 'impl' | 'trait' | 'block';
}

const functions = new WeakMap<TypeEnv, FnInFile[]>();

/** Every function of the file with a body, in source order (one walk per environment). */
export function functionsOf(env: TypeEnv): FnInFile[] {
  let out = functions.get(env);
  if (out) return out;
  const found: FnInFile[] = [];
  walk(env.program.ast.root.items, (n, around) => {
    if (n.kind !== 'Fn' || !n.body) return;
    const parent = around.at(-1);
    const container = !parent ? 'root' : parent.kind === 'Mod' ? 'mod' : parent.kind === 'Impl' ? 'impl' : parent.kind === 'Trait' ? 'trait' : 'block';
    found.push({ fn: n as FnInFile['fn'], scope: env.scopeIn(scopeAround(env, around), n), container });
  });
  functions.set(env, (out = found));
  return out;
}
