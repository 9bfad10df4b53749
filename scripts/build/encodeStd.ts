// Run by the build (stdDeclarations.mjs): the std declarations lowered, tabled and encoded.
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { lower } from '../../server/src/engine/syntax/lower';
import { STD_SOURCE } from '../../server/src/engine/typeck/std';
import { encodeStdDecls } from '../../server/src/engine/typeck/stdTable';

export async function encodedStd(): Promise<string> {
  await initParser();
  const tree = parseRust(STD_SOURCE);
  try {
    return encodeStdDecls(lower(tree, STD_SOURCE).root.items, STD_SOURCE);
  } finally {
    tree.delete();
  }
}
