// A lower bound on a function's stack frame in a debug build: the return address, the parameters
// and every local and large temporary whose size the layout engine knows. An unoptimised build
// gives each of them its own slot, so the real frame is at least this big (and usually bigger:
// spilled intermediate values are not counted). Used by `large-stack-frame`, `recursion-depth`
// and the static `stack-overflow`.
import type { Span } from '../../diagnostic';
import type { SyntaxNode } from '../../parse/parser';
import type { TypeEnv } from '../../layout';
import { arraySize, valueSize } from './sizes';

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

function spanOf(node: SyntaxNode): Span {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/** Nodes whose insides are another body (or no code at all): not part of this frame. */
const OTHER_BODIES = new Set(['closure_expression', 'function_item', 'impl_item', 'trait_item', 'mod_item', 'async_block', 'const_item', 'static_item']);

/** The return type nodes of the file's non-generic free functions, by name (read once per file). */
export function returnTypes(root: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const fn of root.namedChildren) {
    if (fn?.type !== 'function_item' || fn.childForFieldName('type_parameters')) continue;
    const ret = fn.childForFieldName('return_type');
    const name = fn.childForFieldName('name')?.text;
    if (ret && name) out.set(name, ret);
  }
  return out;
}

export function estimateFrame(env: TypeEnv, fn: SyntaxNode, returns: Map<string, SyntaxNode> = new Map()): FrameEstimate {
  const locals: FrameLocal[] = [];
  const add = (name: string, size: number | undefined, typeText: string, node: SyntaxNode) => {
    if (size !== undefined && size > 0) locals.push({ name, size, typeText, span: spanOf(node) });
  };
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (p?.type === 'self_parameter') {
      if (p.text.startsWith('&')) add('self', 8, p.text, p);
      continue;
    }
    if (p?.type !== 'parameter') continue;
    const t = p.childForFieldName('type');
    const l = t ? env.layoutOfTypeNode(t) : undefined;
    if (l?.known) add(p.childForFieldName('pattern')?.text ?? '_', l.size, t!.text, p);
  }
  // Each node's parent is passed down: `node.parent` walks from the root in web-tree-sitter.
  const visit = (node: SyntaxNode, parent: SyntaxNode | null): void => {
    if (OTHER_BODIES.has(node.type)) return;
    if (node.type === 'let_declaration') {
      const pattern = node.childForFieldName('pattern');
      const name = pattern?.text ?? '_';
      const t = node.childForFieldName('type');
      const value = node.childForFieldName('value');
      if (t) {
        const l = env.layoutOfTypeNode(t);
        if (l.known) add(name, l.size, t.text, pattern ?? node);
      } else if (value) {
        const s = valueSize(env, value) ?? calledReturnSize(env, value, returns);
        if (s) add(name, s.size, s.typeText, pattern ?? node);
      }
      // The initializer's own temporaries (a Box::new argument) still count.
      if (value) visitTemporaries(value, node);
      return;
    }
    if (node.type === 'array_expression' || isBoxNewArg(node, parent)) {
      visitTemporaries(node, parent);
      return;
    }
    for (const c of node.namedChildren) if (c) visit(c, node);
  };
  /** Large temporaries inside an expression that is not itself a binding's value. */
  const visitTemporaries = (node: SyntaxNode, parent: SyntaxNode | null): void => {
    if (OTHER_BODIES.has(node.type)) return;
    const boxed = isBoxNewArg(node, parent);
    if (boxed || (node.type === 'array_expression' && parent?.type !== 'let_declaration')) {
      const s = node.type === 'array_expression' ? arraySize(env, node) : valueSize(env, node);
      if (s) {
        add(boxed ? 'Box::new argument' : 'temporary array', s.size, s.typeText, node);
        return;
      }
    }
    for (const c of node.namedChildren) if (c) visitTemporaries(c, node);
  };
  const body = fn.childForFieldName('body');
  if (body) visit(body, fn);
  locals.sort((a, b) => b.size - a.size);
  return { size: RETURN_ADDRESS + locals.reduce((sum, l) => sum + l.size, 0), locals };
}

function isBoxNewArg(node: SyntaxNode, args: SyntaxNode | null): boolean {
  if (args?.type !== 'arguments' || (node.type !== 'array_expression' && node.type !== 'struct_expression')) return false;
  const fn = args.parent?.childForFieldName('function');
  return fn?.type === 'scoped_identifier' && /^(::)?(std::boxed::)?Box::new$/.test(fn.text);
}

/** `let x = make();` where `make` is a function of this file with a concrete return type. */
function calledReturnSize(env: TypeEnv, value: SyntaxNode, returns: Map<string, SyntaxNode>): { size: number; typeText: string } | undefined {
  if (value.type !== 'call_expression') return undefined;
  const callee = value.childForFieldName('function');
  const ret = callee?.type === 'identifier' ? returns.get(callee.text) : undefined;
  if (!ret) return undefined;
  const l = env.layoutOfTypeNode(ret);
  return l.known ? { size: l.size, typeText: ret.text } : undefined;
}
