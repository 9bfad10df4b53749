// `large-stack-array` and `box-stack-temporary` (warnings). An array is a value: `[0u8; N]` in a
// binding, an argument, a return value or a temporary occupies N bytes of the current stack
// frame, and `Box::new([0u8; N])` builds the array on the stack before it moves to the heap (in a
// debug build, and often in a release build too). The quick fixes allocate on the heap directly:
// `vec![v; N]`, or `Box::<[T; N]>::try_from(vec![v; N].into_boxed_slice()).unwrap()` to keep a
// fixed-size `Box<[T; N]>` (both compile as written; the test suite checks them with rustc).
import type { AnalysisContext } from '../../analysis';
import type { EngineDiagnostic, QuickFix, TextEdit } from '../../diagnostic';
import type { TypeEnv, TypeScope } from '../../layout';
import type { ArrayType, Block, CallExpr, Expr, LetStmt, Type } from '../../syntax/ast';
import { fixCompatibility, type FixCompat } from './bindingUses';
import { isBoxNewPath } from './frames';
import { arraySize, formatBytes, scopeAround, sourceOf, spanOf, typeEnvOf, valueSize, type ArraySize, type ValueSize } from './sizes';
import { walk, type CodeNode } from './walk';

export const LARGE_STACK_ARRAY = 'large-stack-array';
export const BOX_STACK_TEMPORARY = 'box-stack-temporary';

type ArrayExpr = Expr & { kind: 'Array' | 'Repeat' };

function isArray(n: CodeNode | undefined): n is ArrayExpr {
  return n?.kind === 'Array' || n?.kind === 'Repeat';
}

function isBoxNew(env: TypeEnv, call: CodeNode | undefined): call is CallExpr {
  return call?.kind === 'Call' && isBoxNewPath(env, call.callee);
}

/** Literals a value passes through on its way to `Box::new`'s argument. */
const LITERALS = new Set(['Array', 'Repeat', 'StructExpr', 'StructExprField', 'Tuple', 'Paren']);

/** Whether `node` (with the nodes `around` it) is an argument of `Box::new`, directly or as part of a literal. */
function insideBoxNew(env: TypeEnv, node: CodeNode, around: readonly CodeNode[]): boolean {
  let n: CodeNode = node;
  for (let k = around.length - 1; k >= 0; n = around[k]!, k--) {
    const p = around[k]!;
    if (p.kind === 'Call') return p.callee !== n && isBoxNew(env, p);
    if (!LITERALS.has(p.kind)) return false;
  }
  return false;
}

/** `let x: [T; N] = <node>;`: the annotation, when `node` is the whole initializer. */
function letAnnotation(node: CodeNode, parent: CodeNode | undefined): Type | undefined {
  return parent?.kind === 'Let' && parent.init === node ? parent.ty : undefined;
}

function sizeWithAnnotation(env: TypeEnv, node: ArrayExpr, annotation: Type | undefined, scope: TypeScope): ArraySize | undefined {
  const own = arraySize(env, node, scope);
  if (annotation?.kind !== 'ArrayType') return own;
  const l = env.layoutOfType(annotation, scope);
  if (!l.known) return own;
  const elemText = sourceOf(env, annotation.elem);
  return {
    size: l.size,
    lowerBound: false,
    typeText: sourceOf(env, annotation),
    ...(own?.repeat ? { repeat: { ...own.repeat, elemText } } : {}),
  };
}

function amount(s: ValueSize): string {
  return `${s.lowerBound ? 'at least ' : ''}${formatBytes(s.size)}`;
}

/** The heap fixes that keep the program compiling (see bindingUses.ts), preferred first. */
function heapFixes(
  env: TypeEnv,
  repeat: NonNullable<ArraySize['repeat']>,
  target: { span: Expr['span'] },
  annotation: ArrayType | undefined,
  offer: FixCompat,
): QuickFix[] {
  const v = sourceOf(env, repeat.value);
  const n = sourceOf(env, repeat.length);
  const boxed = `Box::<[${repeat.elemText}; ${n}]>::try_from(vec![${v}; ${n}].into_boxed_slice()).unwrap()`;
  const annotated = (text: string): TextEdit[] => (annotation ? [{ span: spanOf(annotation), newText: text }] : []);
  const elemAnn = annotation ? sourceOf(env, annotation.elem) : repeat.elemText;
  const fixes: QuickFix[] = [];
  if (offer.vec) {
    fixes.push({
      title: `Allocate on the heap: \`vec![${v}; ${n}]\``,
      edits: [{ span: spanOf(target), newText: `vec![${v}; ${n}]` }, ...annotated(`Vec<${elemAnn}>`)],
    });
  }
  if (offer.box) {
    fixes.push({
      title: `Allocate on the heap as a fixed-size \`Box<[${repeat.elemText}; ${n}]>\``,
      edits: [{ span: spanOf(target), newText: boxed }, ...annotated(`Box<[${elemAnn}; ${n}]>`)],
    });
  }
  if (offer.slice) {
    fixes.push({
      title: `Allocate on the heap as a boxed slice \`Box<[${repeat.elemText}]>\`: \`vec![${v}; ${n}].into_boxed_slice()\``,
      edits: [{ span: spanOf(target), newText: `vec![${v}; ${n}].into_boxed_slice()` }],
    });
  }
  if (fixes[0]) fixes[0].preferred = true;
  return fixes;
}

/** `let name = <node>;` (a plain binding): the declaration, the block it is in, and the binding. */
function boundBy(node: CodeNode, around: readonly CodeNode[]): { decl: LetStmt; block: Block } | null {
  const decl = around.at(-1);
  const block = around.at(-2);
  if (decl?.kind !== 'Let' || decl.init !== node || block?.kind !== 'Block') return null;
  const pat = decl.pat;
  return pat.kind === 'IdentPat' && pat.mode === 'value' && !pat.sub ? { decl, block } : null;
}

const NO_FIX: FixCompat = { vec: false, box: false, slice: false };

export function largeStackArrays(ctx: AnalysisContext): EngineDiagnostic[] {
  const threshold = ctx.settings.largeArrayThreshold;
  const env = typeEnvOf(ctx.tree, ctx.text);
  const out: EngineDiagnostic[] = [];
  const over = (s: ValueSize | undefined): s is ValueSize => s !== undefined && s.size >= threshold;

  const visit = (node: CodeNode, around: readonly CodeNode[]): boolean => {
    if (node.kind === 'Const' || node.kind === 'Static') return false;
    const parent = around.at(-1);
    switch (node.kind) {
      case 'Array':
      case 'Repeat': {
        // The outermost array is the one placed on the stack; a Box::new argument is reported there.
        if (isArray(parent) || insideBoxNew(env, node, around)) break;
        const scope = scopeAround(env, around);
        const annotation = letAnnotation(node, parent);
        const size = sizeWithAnnotation(env, node, annotation, scope);
        if (!over(size)) break;
        const arrayAnnotation = annotation?.kind === 'ArrayType' ? annotation : undefined;
        out.push({
          span: spanOf(node),
          severity: 'warning',
          code: LARGE_STACK_ARRAY,
          message:
            `This array takes ${amount(size)} of stack (\`${size.typeText}\`), at or above the ${formatBytes(threshold)} limit ` +
            `(rustMemory.largeArrayThreshold). Arrays are stored inline, so it sits in this function's stack frame ` +
            `(8 MiB for the main thread, 2 MiB for a spawned one). Allocate it on the heap with \`vec!\` instead.`,
          related: [],
          ...(size.repeat ? { fixes: heapFixes(env, size.repeat, node, arrayAnnotation, { ...bindingFixes(node, around), slice: false }) } : {}),
        });
        return false;
      }
      case 'Let': {
        const annotation = node.ty;
        if (annotation?.kind === 'ArrayType' && !isArray(node.init)) {
          const l = env.layoutOfType(annotation, scopeAround(env, around));
          if (l.known && l.size >= threshold) {
            const text = sourceOf(env, annotation);
            out.push({
              span: spanOf(node.init ?? annotation),
              severity: 'warning',
              code: LARGE_STACK_ARRAY,
              message: `The binding holds a \`${text}\` of ${formatBytes(l.size)} on the stack, at or above the ${formatBytes(threshold)} limit (rustMemory.largeArrayThreshold). Keep it on the heap: \`Vec<_>\` or \`Box<${text}>\`.`,
              related: [],
            });
          }
        }
        break;
      }
      case 'Param':
        reportSignatureArray(node.ty, 'parameter', around);
        break;
      case 'ClosureParam':
        if (node.ty) reportSignatureArray(node.ty, 'parameter', around);
        break;
      case 'Fn':
        if (node.body && node.sig.ret) reportSignatureArray(node.sig.ret, 'return value', [...around, node]);
        break;
      case 'Call': {
        if (!isBoxNew(env, node)) break;
        const arg = node.args[0];
        if (!arg || (!isArray(arg) && arg.kind !== 'StructExpr')) break;
        const annotation = parent?.kind === 'Let' ? parent.ty : undefined;
        const scope = scopeAround(env, around);
        const size = isArray(arg) ? arraySize(env, arg, scope) : valueSize(env, arg, scope);
        if (!over(size)) break;
        const repeat = (size as ArraySize).repeat;
        out.push({
          span: spanOf(node),
          severity: 'warning',
          code: BOX_STACK_TEMPORARY,
          message:
            `\`Box::new\` receives a value of ${amount(size)} (\`${size.typeText}\`): it is built on the stack first and then ` +
            `moved to the heap, so it needs that much stack anyway (and can overflow it). ` +
            (isArray(arg) ? 'Build it on the heap directly from a `vec!`.' : 'Keep its large fields in a `Vec` or build it behind a `Box` field by field.'),
          related: [],
          ...(repeat ? { fixes: heapFixes(env, repeat, node, undefined, { vec: false, box: true, slice: !annotation && bindingFixes(node, around).slice }) } : {}),
        });
        break;
      }
    }
    return true;
  };

  /** Which fixes keep compiling: only for a plain binding whose later uses all allow it. */
  const bindingFixes = (init: CodeNode, around: readonly CodeNode[]): FixCompat => {
    const bound = boundBy(init, around);
    return bound ? fixCompatibility(env, bound.decl, bound.block) : NO_FIX;
  };

  const reportSignatureArray = (t: Type, what: string, around: readonly CodeNode[]) => {
    if (t.kind !== 'ArrayType') return;
    const l = env.layoutOfType(t, scopeAround(env, around));
    if (!l.known || l.size < threshold) return;
    out.push({
      span: spanOf(t),
      severity: 'warning',
      code: LARGE_STACK_ARRAY,
      message: `This ${what} is a \`${sourceOf(env, t)}\` of ${formatBytes(l.size)}, passed by value on the stack (at or above the ${formatBytes(threshold)} limit, rustMemory.largeArrayThreshold). Pass a slice or a \`Box\`/\`Vec\` instead.`,
      related: [],
    });
  };

  walk(env.program.ast.root.items, visit);
  return out;
}
