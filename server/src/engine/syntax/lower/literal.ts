// The literal node under the cursor → a `Lit`.
import type { Lit } from '../ast';
import { charLit, floatLit, intLit, stringLit } from './literals';
import type { Lowerer } from './lowerer';

export function literal(L: Lowerer): Lit | undefined {
  const span = L.span();
  const text = L.text;
  switch (L.type) {
    case 'integer_literal':
      return intLit(text, span);
    case 'float_literal':
      return floatLit(text, span);
    case 'boolean_literal':
      return { kind: 'Bool', value: text === 'true', span };
    case 'char_literal':
      return charLit(text, span);
    case 'string_literal':
    case 'raw_string_literal':
      return stringLit(text, span);
    default:
      return undefined;
  }
}

export const LITERAL_TYPES = new Set(['integer_literal', 'float_literal', 'boolean_literal', 'char_literal', 'string_literal', 'raw_string_literal']);
