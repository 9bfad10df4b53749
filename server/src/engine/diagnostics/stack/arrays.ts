// `large-stack-array` and `box-stack-temporary` (warnings). An array is a value: `[0u8; N]` in a
// binding, an argument, a return value or a temporary occupies N bytes of the current stack
// frame, and `Box::new([0u8; N])` builds the array on the stack before it moves to the heap (in a
// debug build, and often in a release build too). The quick fixes allocate on the heap directly:
// `vec![v; N]`, or `Box::<[T; N]>::try_from(vec![v; N].into_boxed_slice()).unwrap()` to keep a
// fixed-size `Box<[T; N]>` (both compile as written; the test suite checks them with rustc).
import type { AnalysisContext } from '../../analysis';
import type { EngineDiagnostic, QuickFix, Span, TextEdit } from '../../diagnostic';
import type { SyntaxNode } from '../../parse/parser';
import type { TypeEnv } from '../../layout';
import { fixCompatibility, type FixCompat } from './bindingUses';
import { arraySize, formatBytes, typeEnvOf, valueSize, type ArraySize, type ValueSize } from './sizes';

export const LARGE_STACK_ARRAY = 'large-stack-array';
export const BOX_STACK_TEMPORARY = 'box-stack-temporary';

function spanOf(node: SyntaxNode): Span {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/** Items whose values live in static memory, not on a stack. */
const STATIC_ITEMS = new Set(['const_item', 'static_item']);

function isBoxNew(call: SyntaxNode | null): boolean {
  if (call?.type !== 'call_expression') return false;
  const fn = call.childForFieldName('function');
  return fn?.type === 'scoped_identifier' && /^(::)?(std::boxed::)?Box::new$/.test(fn.text.replace(/\s+/g, ''));
}

/** The `Box::new(…)` call whose argument (directly, or as part of a literal) `node` is. */
function enclosingBoxNew(node: SyntaxNode): SyntaxNode | null {
  let n: SyntaxNode = node;
  for (let p = n.parent; p; n = p, p = p.parent) {
    if (p.type === 'arguments') return isBoxNew(p.parent) ? p.parent : null;
    if (!['array_expression', 'struct_expression', 'field_initializer_list', 'field_initializer', 'tuple_expression', 'parenthesized_expression'].includes(p.type)) return null;
  }
  return null;
}

/** `let x: [T; N] = <node>;`: the annotation, when `node` is the whole initializer. */
function letAnnotation(node: SyntaxNode): SyntaxNode | null {
  const parent = node.parent;
  if (parent?.type !== 'let_declaration' || parent.childForFieldName('value')?.id !== node.id) return null;
  return parent.childForFieldName('type');
}

function sizeWithAnnotation(env: TypeEnv, node: SyntaxNode, annotation: SyntaxNode | null): ArraySize | undefined {
  const own = arraySize(env, node);
  if (annotation?.type !== 'array_type') return own;
  const l = env.layoutOfTypeNode(annotation);
  if (!l.known) return own;
  const elemText = annotation.childForFieldName('element')?.text ?? '_';
  return {
    size: l.size,
    lowerBound: false,
    typeText: annotation.text,
    ...(own?.repeat ? { repeat: { ...own.repeat, elemText } } : {}),
  };
}

function amount(s: ValueSize): string {
  return `${s.lowerBound ? 'at least ' : ''}${formatBytes(s.size)}`;
}

/** The heap fixes that keep the program compiling (see bindingUses.ts), preferred first. */
function heapFixes(
  repeat: NonNullable<ArraySize['repeat']>,
  target: SyntaxNode,
  annotation: SyntaxNode | null,
  offer: FixCompat,
): QuickFix[] {
  const v = repeat.value.text;
  const n = repeat.length.text;
  const boxed = `Box::<[${repeat.elemText}; ${n}]>::try_from(vec![${v}; ${n}].into_boxed_slice()).unwrap()`;
  const annotated = (text: string): TextEdit[] => (annotation ? [{ span: spanOf(annotation), newText: text }] : []);
  const elemAnn = annotation?.childForFieldName('element')?.text ?? repeat.elemText;
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

/** `let name = <node>;` (a plain binding): the declaration and the name. */
function boundBy(node: SyntaxNode): { decl: SyntaxNode; name: string } | null {
  const decl = node.parent;
  if (decl?.type !== 'let_declaration' || decl.childForFieldName('value')?.id !== node.id) return null;
  const pattern = decl.childForFieldName('pattern');
  return pattern?.type === 'identifier' ? { decl, name: pattern.text } : null;
}

const NO_FIX: FixCompat = { vec: false, box: false, slice: false };

export function largeStackArrays(ctx: AnalysisContext): EngineDiagnostic[] {
  const threshold = ctx.settings.largeArrayThreshold;
  const env = typeEnvOf(ctx.tree);
  const out: EngineDiagnostic[] = [];
  const over = (s: ValueSize | undefined): s is ValueSize => s !== undefined && s.size >= threshold;

  const visit = (node: SyntaxNode): void => {
    if (STATIC_ITEMS.has(node.type)) return;
    switch (node.type) {
      case 'array_expression': {
        // The outermost array is the one placed on the stack; a Box::new argument is reported there.
        if (node.parent?.type === 'array_expression' || enclosingBoxNew(node)) break;
        const annotation = letAnnotation(node);
        const size = sizeWithAnnotation(env, node, annotation);
        if (!over(size)) break;
        out.push({
          span: spanOf(node),
          severity: 'warning',
          code: LARGE_STACK_ARRAY,
          message:
            `This array takes ${amount(size)} of stack (\`${size.typeText}\`), at or above the ${formatBytes(threshold)} limit ` +
            `(rustMemory.largeArrayThreshold). Arrays are stored inline, so it sits in this function's stack frame ` +
            `(8 MiB for the main thread, 2 MiB for a spawned one). Allocate it on the heap with \`vec!\` instead.`,
          related: [],
          ...(size.repeat ? { fixes: heapFixes(size.repeat, node, annotation?.type === 'array_type' ? annotation : null, { ...bindingFixes(node), slice: false }) } : {}),
        });
        return;
      }
      case 'let_declaration': {
        const annotation = node.childForFieldName('type');
        const value = node.childForFieldName('value');
        if (annotation?.type === 'array_type' && value?.type !== 'array_expression') {
          const l = env.layoutOfTypeNode(annotation);
          if (l.known && l.size >= threshold) {
            out.push({
              span: spanOf(value ?? annotation),
              severity: 'warning',
              code: LARGE_STACK_ARRAY,
              message: `The binding holds a \`${annotation.text}\` of ${formatBytes(l.size)} on the stack, at or above the ${formatBytes(threshold)} limit (rustMemory.largeArrayThreshold). Keep it on the heap: \`Vec<_>\` or \`Box<${annotation.text}>\`.`,
              related: [],
            });
          }
        }
        break;
      }
      case 'parameter': {
        const t = node.childForFieldName('type');
        reportSignatureArray(t, 'parameter');
        break;
      }
      case 'function_item': {
        reportSignatureArray(node.childForFieldName('return_type'), 'return value');
        break;
      }
      case 'call_expression': {
        if (!isBoxNew(node)) break;
        const arg = node.childForFieldName('arguments')?.namedChildren.find((c) => c !== null && c.type !== 'attribute_item');
        if (!arg || (arg.type !== 'array_expression' && arg.type !== 'struct_expression')) break;
        const annotation = node.parent?.type === 'let_declaration' ? node.parent.childForFieldName('type') : null;
        const size = arg.type === 'array_expression' ? arraySize(env, arg) : valueSize(env, arg);
        if (!over(size)) break;
        const repeat = (size as ArraySize).repeat;
        out.push({
          span: spanOf(node),
          severity: 'warning',
          code: BOX_STACK_TEMPORARY,
          message:
            `\`Box::new\` receives a value of ${amount(size)} (\`${size.typeText}\`): it is built on the stack first and then ` +
            `moved to the heap, so it needs that much stack anyway (and can overflow it). ` +
            (arg.type === 'array_expression' ? 'Build it on the heap directly from a `vec!`.' : 'Keep its large fields in a `Vec` or build it behind a `Box` field by field.'),
          related: [],
          ...(repeat ? { fixes: heapFixes(repeat, node, null, { vec: false, box: true, slice: !annotation && bindingFixes(node).slice }) } : {}),
        });
        break;
      }
    }
    for (const c of node.namedChildren) if (c) visit(c);
  };

  /** Which fixes keep compiling: only for a plain binding whose later uses all allow it. */
  const bindingFixes = (init: SyntaxNode): FixCompat => {
    const bound = boundBy(init);
    return bound ? fixCompatibility(bound.decl, bound.name, ctx.tree.rootNode) : NO_FIX;
  };

  const reportSignatureArray = (t: SyntaxNode | null, what: string) => {
    if (t?.type !== 'array_type') return;
    const l = env.layoutOfTypeNode(t);
    if (!l.known || l.size < threshold) return;
    out.push({
      span: spanOf(t),
      severity: 'warning',
      code: LARGE_STACK_ARRAY,
      message: `This ${what} is a \`${t.text}\` of ${formatBytes(l.size)}, passed by value on the stack (at or above the ${formatBytes(threshold)} limit, rustMemory.largeArrayThreshold). Pass a slice or a \`Box\`/\`Vec\` instead.`,
      related: [],
    });
  };

  visit(ctx.tree.rootNode);
  return out;
}
