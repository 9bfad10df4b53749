// Evaluates the constant expressions that decide layouts: array lengths (`[u8; 4 * N]`), const
// generic arguments and enum discriminants. Only integer arithmetic over literals and the file's
// own `const` items; anything else is reported as not evaluable (null) rather than guessed.
import type { SyntaxNode } from '../parse/parser';

export function parseIntegerLiteral(text: string): bigint | null {
  const t = text.replace(/_/g, '').replace(/(?:[iu](?:8|16|32|64|128|size))$/, '');
  try {
    if (/^0[xX][0-9a-fA-F]+$/.test(t) || /^0[oO][0-7]+$/.test(t) || /^0[bB][01]+$/.test(t)) return BigInt(t.toLowerCase().replace(/^0x/, '0x').replace(/^0o/, '0o').replace(/^0b/, '0b'));
    if (/^\d+$/.test(t)) return BigInt(t);
  } catch {
    // not an integer
  }
  return null;
}

/** Builds an evaluator that resolves identifiers through `lookupConst` (a file's const items). */
export function makeConstEval(lookupConst: (name: string) => SyntaxNode | undefined): (node: SyntaxNode) => bigint | null {
  const evaluating = new Set<string>();
  const cache = new Map<string, bigint | null>();
  const ev = (node: SyntaxNode): bigint | null => {
    switch (node.type) {
      case 'integer_literal':
        return parseIntegerLiteral(node.text);
      case 'parenthesized_expression':
      case 'block': {
        const inner = node.namedChildren.filter((c) => c !== null && !c.type.endsWith('comment'));
        return inner.length === 1 && inner[0] ? ev(inner[0]) : null;
      }
      case 'expression_statement': {
        const inner = node.namedChild(0);
        return inner ? ev(inner) : null;
      }
      case 'type_cast_expression': {
        const v = node.childForFieldName('value');
        return v ? ev(v) : null;
      }
      case 'unary_expression': {
        const arg = node.namedChild(0);
        const v = arg ? ev(arg) : null;
        if (v === null) return null;
        const op = node.child(0)?.text;
        return op === '-' ? -v : op === '!' ? ~v : null;
      }
      case 'binary_expression': {
        const l = node.childForFieldName('left');
        const r = node.childForFieldName('right');
        const a = l ? ev(l) : null;
        const b = r ? ev(r) : null;
        if (a === null || b === null) return null;
        switch (node.childForFieldName('operator')?.text) {
          case '+': return a + b;
          case '-': return a - b;
          case '*': return a * b;
          case '/': return b === 0n ? null : a / b;
          case '%': return b === 0n ? null : a % b;
          case '<<': return a << b;
          case '>>': return a >> b;
          case '&': return a & b;
          case '|': return a | b;
          case '^': return a ^ b;
          default: return null;
        }
      }
      case 'identifier':
      case 'scoped_identifier': {
        const name = node.type === 'identifier' ? node.text : (node.childForFieldName('name')?.text ?? node.text);
        if (cache.has(name)) return cache.get(name) ?? null;
        const def = lookupConst(name);
        if (!def || evaluating.has(name)) return null;
        evaluating.add(name);
        const v = ev(def);
        evaluating.delete(name);
        cache.set(name, v);
        return v;
      }
      default:
        return null;
    }
  };
  return ev;
}
