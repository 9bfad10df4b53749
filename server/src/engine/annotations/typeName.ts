// Type names written in annotations. They are checked with the Rust grammar itself (a synthetic
// `type` item), so anything rustc would accept as a type is accepted, and spelled one way
// (`Vec < u8 >` and `Vec<u8>` are the same key for `size` overrides and `expect size`). The type is
// read from the lowered item, as every type of a program is.
import { parseRust } from '../parse/parser';
import { lower } from '../syntax/lower';

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
  const source = `type __MemAnnotationType = ${text};`;
  const tree = parseRust(source);
  try {
    if (tree.rootNode.hasError) return undefined;
    const items = lower(tree, source).root.items;
    const item = items[0];
    if (items.length !== 1 || item?.kind !== 'TypeAlias' || !item.ty) return undefined;
    const written = source.slice(item.ty.span.start, item.ty.span.end);
    return written.trim() === text.trim() ? normaliseTypeName(written) : undefined;
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
