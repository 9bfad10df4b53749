// Compiles one probe program with rustc (metadata only, in a temporary directory) and gives back
// its JSON diagnostics: the std recorders ask rustc per name which calls and imports exist.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** rustc's diagnostics on `text` compiled as `crateType` (`bin` or `lib`), parsed. */
export function rustcDiagnostics(text, crateType) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-probe-'));
  const file = path.join(tmp, 'probe.rs');
  writeFileSync(file, text);
  return new Promise((resolve, reject) => {
    const child = spawn('rustc', ['--edition', '2021', '--error-format=json', '--emit=metadata', '--crate-type', crateType, '--out-dir', tmp, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', () => {
      rmSync(tmp, { recursive: true, force: true });
      resolve(stderr.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line)));
    });
  });
}
