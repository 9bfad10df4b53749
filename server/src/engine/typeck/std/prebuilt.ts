// std's declarations, parsed and lowered: their table and each item's syntax (typeck/stdTable.ts).
// Run from source (tests, scripts) they are parsed and lowered here from the sources beside this
// file, which needs the parser initialised. The build (scripts/build/stdDeclarations.mjs) replaces
// this module in every bundle with one that decodes their encoding, made once per build: a
// process decodes the items it uses instead of parsing and lowering 1,300 lines of Rust, and the
// bundles hold neither the sources nor the code that writes them (num.ts's).
import { parseRust } from '../../parse/parser';
import { lower } from '../../syntax/lower';
import { stdDeclsOf, type StdDecls } from '../stdTable';
import { STD_SOURCE } from './index';

export function stdDecls(): StdDecls {
  return stdDeclsOf(lower(parseRust(STD_SOURCE), STD_SOURCE).root.items);
}
