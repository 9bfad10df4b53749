// Lists, per rejected program of the error corpus, rustc's first error (code, line) beside the
// engine's rustc-coded errors, to see which programs the engine misses and why.
// Usage: npx tsx scripts/check/rejectedErrors.ts [CODE-or-name-filter] [--missed] [--labels]
// (--labels: the secondary labels of the first error, rustc's and the engine's, line:column and words)
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckFailure } from '../../server/src/engine/analysis';
import { initParser } from '../../server/src/engine/parse/parser';
import { listFiles, readRustcErrors, reportsFirstError, rustcCoded, staticDiagnostics } from '../../test/support/errorGoldens';

const ROOT = path.join(__dirname, '..', '..', 'test', 'golden', 'rejected');

async function main(): Promise<void> {
  await initParser();
  const args = process.argv.slice(2);
  const missedOnly = args.includes('--missed');
  const withLabels = args.includes('--labels');
  const filter = args.find((a) => !a.startsWith('--'))?.toLowerCase();
  let total = 0;
  let agreed = 0;
  for (const program of listFiles(ROOT, ['.rs'])) {
    const name = path.relative(ROOT, program);
    if (filter && !name.toLowerCase().includes(filter)) continue;
    const rustc = readRustcErrors(program);
    const failures: CheckFailure[] = [];
    const reported = staticDiagnostics(program, fs.readFileSync(program, 'utf8'), failures);
    const ok = reportsFirstError(reported, rustc);
    total++;
    if (ok) agreed++;
    if (missedOnly && ok) continue;
    const first = rustc[0];
    const engine = rustcCoded(reported).map((d) => `${d.code}@${d.span.start.line + 1}`).join(' ') || '-';
    const threw = failures.map((f) => ` threw(${f.check})`).join('');
    console.log(`${ok ? 'ok  ' : 'MISS'} ${name}  rustc ${first?.code ?? '-'}@${first?.line ?? '-'}  engine ${engine}${threw}`);
    // rustc's words for the first error, where the engine found it with other words.
    const same = rustcCoded(reported).find((d) => d.code === first?.code && d.span.start.line + 1 === first?.line);
    if (same && first && same.message !== first.message) console.log(`       words: engine "${same.message}" / rustc "${first.message}"`);
    if (withLabels && first) {
      for (const l of first.labels) console.log(`       rustc  ${l.line}:${l.column} ${l.label}`);
      for (const r of same?.related?.slice(1) ?? []) console.log(`       engine ${r.span.start.line + 1}:${r.span.start.character + 1} ${r.message}`);
    }
  }
  console.log(`${agreed}/${total} programs: the engine reports rustc's first error`);
}

void main();
