// The front end's cost on the generated file: lower, resolve and typeck, each per 1,000 lines and
// as a ratio to tree-sitter's parse of the same text (in-process, warm).
import { parseRust } from '../../server/src/engine/parse/parser';
import { lower } from '../../server/src/engine/syntax/lower';
import { resolve } from '../../server/src/engine/resolve';
import { typeck } from '../../server/src/engine/typeck';
import { userNames } from '../../server/src/engine/typeck/userNames';
import { fmt, generatedFile, time, timeFresh } from './stats';

export function frontEndFigures(sources: readonly string[], runs: number): void {
  const text = generatedFile(sources, 5000);
  const lines = text.split('\n').length;
  const parse = time(() => parseRust(text).delete(), runs);
  const tree = parseRust(text);
  // A fresh tree for each lowering: the tree's typed-array copy, part of the lowering's work, is kept with the tree.
  const lowerMs = timeFresh(() => parseRust(text), (t) => lower(t, text), runs, (t) => t.delete());
  const ast = lower(tree, text);
  const resolveMs = time(() => resolve(ast), runs);
  const resolution = resolve(ast);
  const typeckMs = time(() => typeck(ast, userNames(resolution)), runs);
  tree.delete();
  const per1k = (ms: number) => fmt((ms * 1000) / lines);
  console.log(`\n| front end, on the examples repeated to ${lines} lines (CPU, median of ${runs}) | ms | ms per 1,000 lines | × parse |`);
  console.log('|---|---:|---:|---:|');
  const rows = [
    ['parse (tree-sitter)', parse],
    ['lower', lowerMs],
    ['resolve', resolveMs],
    ['typeck', typeckMs],
    ['parse + lower + resolve + typeck', parse + lowerMs + resolveMs + typeckMs],
  ] as const;
  for (const [name, ms] of rows) console.log(`| ${name} | ${fmt(ms)} | ${per1k(ms)} | ${(ms / parse).toFixed(2)} |`);
}
