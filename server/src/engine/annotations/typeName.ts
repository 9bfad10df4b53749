// Type names written in annotations. They are checked with the Rust grammar itself (a synthetic
// `type` item), so anything rustc would accept as a type is accepted, and spelled one way
// (`Vec < u8 >` and `Vec<u8>` are the same key for `size` overrides and `expect size`).
import { parseRust } from '../parse/parser';

const cache = new Map<string, string | undefined>();

/** The normalised spelling of `text` if it is one Rust type, else undefined. Needs `initParser()` done. */
export function checkRustType(text: string): string | undefined {
  if (cache.has(text)) return cache.get(text);
  const result = parseType(text);
  cache.set(text, result);
  return result;
}

function parseType(text: string): string | undefined {
  if (/[;{}]|\/\/|\/\*/.test(text)) return undefined;
  const prefix = 'type __MemAnnotationType = ';
  const tree = parseRust(`${prefix}${text};`);
  try {
    const root = tree.rootNode;
    if (root.hasError || root.namedChildCount !== 1) return undefined;
    const item = root.namedChild(0);
    if (item?.type !== 'type_item') return undefined;
    const type = item.childForFieldName('type');
    if (!type || type.text.trim() !== text.trim()) return undefined;
    return normaliseTypeName(type.text);
  } finally {
    tree.delete();
  }
}

/** Removes blanks that carry no meaning: around punctuation, and runs of blanks. */
export function normaliseTypeName(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([<>,;()[\]&*:=])\s*/g, '$1')
    .replace(/,(?=\S)/g, ', ')
    .replace(/;(?=\S)/g, '; ')
    .trim();
}
