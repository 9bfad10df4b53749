// Sizes of the values the stack checks look at (array expressions, struct literals, annotated
// bindings), read from the layout engine. A size that is not certain is either a lower bound
// (an unsuffixed integer literal may be a `u8`) or unknown; the checks never round up.
import type { Tree, SyntaxNode } from '../../parse/parser';
import type { TypeEnv } from '../../layout';
import { annotatedTypeEnv } from '../../annotations/checks';

/** The layout environment of a tree (with its `// @mem size` overrides), built once per tree. */
export function typeEnvOf(tree: Tree): TypeEnv {
  return annotatedTypeEnv(tree);
}

export interface ValueSize {
  /** Bytes, or the least it can be when `lowerBound`. */
  size: number;
  lowerBound: boolean;
  /** The type as source text, `_` where the element type is inferred. */
  typeText: string;
}

const INT_SUFFIX = /(i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize)$/;

/** `1 KiB (1024 bytes)`: the unit a reader thinks in, and the exact count. */
export function formatBytes(n: number): string {
  const units: [number, string][] = [[1 << 30, 'GiB'], [1 << 20, 'MiB'], [1 << 10, 'KiB']];
  for (const [size, unit] of units) {
    if (n >= size) {
      const v = n / size;
      const text = Number.isInteger(v) ? `${v}` : v.toFixed(1);
      return `${text} ${unit} (${n.toLocaleString('en-US')} bytes)`;
    }
  }
  return `${n} bytes`;
}

/** The size of a type written as text, when the layout engine knows it. */
export function sizeOfText(env: TypeEnv, text: string): number | undefined {
  const l = env.layoutOfText(text);
  return l.known ? l.size : undefined;
}

/** The number of elements `[_; len]` has, evaluated by the layout engine's constant evaluator. */
export function arrayLength(env: TypeEnv, lenText: string): number | undefined {
  return sizeOfText(env, `[u8; ${lenText}]`);
}

/** The size of the value an expression builds, when it can be read from its syntax. */
export function valueSize(env: TypeEnv, node: SyntaxNode): ValueSize | undefined {
  switch (node.type) {
    case 'integer_literal': {
      const m = INT_SUFFIX.exec(node.text);
      if (m) return { size: sizeOfText(env, m[1]!) ?? 0, lowerBound: false, typeText: m[1]! };
      // An unsuffixed integer takes the type inference gives it: at least one byte.
      return { size: 1, lowerBound: true, typeText: '_' };
    }
    case 'float_literal':
      if (/f32$/.test(node.text)) return { size: 4, lowerBound: false, typeText: 'f32' };
      if (/f64$/.test(node.text)) return { size: 8, lowerBound: false, typeText: 'f64' };
      return { size: 4, lowerBound: true, typeText: '_' };
    case 'boolean_literal':
      return { size: 1, lowerBound: false, typeText: 'bool' };
    case 'char_literal':
      return { size: 4, lowerBound: false, typeText: 'char' };
    case 'type_cast_expression': {
      const t = node.childForFieldName('type');
      const size = t ? sizeOfText(env, t.text) : undefined;
      return t && size !== undefined ? { size, lowerBound: false, typeText: t.text } : undefined;
    }
    case 'unit_expression':
      return { size: 0, lowerBound: false, typeText: '()' };
    case 'negative_literal':
    case 'unary_expression':
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((c) => c !== null);
      return inner ? valueSize(env, inner) : undefined;
    }
    case 'struct_expression': {
      const name = node.childForFieldName('name');
      if (!name || name.type === 'generic_type' || /^Self\b/.test(name.text)) return undefined;
      const size = sizeOfText(env, name.text);
      return size === undefined ? undefined : { size, lowerBound: false, typeText: name.text };
    }
    case 'array_expression':
      return arraySize(env, node);
    case 'tuple_expression': {
      const parts = node.namedChildren.filter((c): c is SyntaxNode => c !== null).map((c) => valueSize(env, c));
      if (parts.some((p) => !p || p.lowerBound)) return undefined;
      const text = `(${parts.map((p) => p!.typeText).join(', ')}${parts.length === 1 ? ',' : ''})`;
      const size = sizeOfText(env, text);
      return size === undefined ? undefined : { size, lowerBound: false, typeText: text };
    }
    default:
      return undefined;
  }
}

export interface ArraySize extends ValueSize {
  /** The repeated element (`[value; len]`), if that is the form. */
  repeat?: { value: SyntaxNode; length: SyntaxNode; elemText: string };
}

/** The size of an array expression: `[value; len]` or `[a, b, c]`. */
export function arraySize(env: TypeEnv, node: SyntaxNode): ArraySize | undefined {
  const length = node.childForFieldName('length');
  const elems = node.namedChildren.filter((c): c is SyntaxNode => c !== null && c.id !== length?.id && c.type !== 'attribute_item');
  const first = elems[0];
  if (!first) return undefined;
  const elem = valueSize(env, first);
  if (!elem) return undefined;
  const n = length ? arrayLength(env, length.text) : elems.length;
  if (n === undefined) return undefined;
  const typeText = `[${elem.typeText}; ${length ? length.text : n}]`;
  // Alignment padding never applies between array elements: size is exactly n × element size.
  const result: ArraySize = { size: elem.size * n, lowerBound: elem.lowerBound, typeText };
  if (length) result.repeat = { value: first, length, elemText: elem.typeText };
  return result;
}
