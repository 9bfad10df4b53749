// Run by the build (stdDeclarations.mjs): prints the std declarations lowered and encoded.
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { encodeAst } from '../../server/src/engine/syntax/astCodec';
import { lower } from '../../server/src/engine/syntax/lower';
import { STD_SOURCE } from '../../server/src/engine/typeck/std';

export async function encodedStd(): Promise<string> {
  await initParser();
  const tree = parseRust(STD_SOURCE);
  try {
    return encodeAst(lower(tree, STD_SOURCE));
  } finally {
    tree.delete();
  }
}
