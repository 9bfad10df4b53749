// Records rustc's verdict on each permission probe of test/golden/permissions/*.rs. A program rustc
// accepts names, in `// probe LINE PLACE ±PERM: STATEMENT` comments, what the engine says a place
// may or may not do at a line; the recorder inserts STATEMENT as a new line just before LINE
// (1-based, in the unmodified program) and compiles it. `-W` claims the permission is missing there
// (rustc must reject the variant), `+W` that it is present (rustc must accept it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordCached } from './cache.mjs';
import { updateGolden } from './update.mjs';

const PROBE = /^\/\/ probe (\d+) (\S+) ([+-])([RWO]): (.+)$/;

/** The probes of a program, in the order written. */
export function probesOf(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const m = PROBE.exec(line.trim());
    if (m) out.push({ line: Number(m[1]), place: m[2], has: m[3] === '+', perm: m[4], statement: m[5] });
  }
  return out;
}

function compile(text) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-perms-'));
  try {
    writeFileSync(path.join(tmp, 'main.rs'), text);
    const run = spawnSync('rustc', ['--edition', '2021', '--error-format=json', '--emit=metadata', '-A', 'warnings', '--out-dir', tmp, 'main.rs'], { cwd: tmp, encoding: 'utf8' });
    const codes = [];
    for (const line of run.stderr.split('\n')) {
      if (!line.startsWith('{')) continue;
      const d = JSON.parse(line);
      if (d.level === 'error') codes.push(d.code?.code ?? 'error');
    }
    return { accepted: run.status === 0, codes };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** rustc on the program and on each probe's variant. */
export function recordPermissions(program) {
  const text = readFileSync(program, 'utf8');
  return recordCached(import.meta.url, [path.basename(program), text], () => {
    const lines = text.split('\n');
    return {
      program: compile(text),
      probes: probesOf(text).map((p) => {
        const variant = [...lines.slice(0, p.line - 1), p.statement, ...lines.slice(p.line - 1)].join('\n');
        return { ...p, ...compile(variant) };
      }),
    };
  });
}

export function recordAll(root, { write }) {
  const changed = [];
  for (const name of readdirSync(root).filter((f) => f.endsWith('.rs')).sort()) {
    const program = path.join(root, name);
    const text = JSON.stringify(recordPermissions(program), null, 2) + '\n';
    if (updateGolden(program.replace(/\.rs$/, '.expected.json'), text, write)) changed.push(name);
  }
  return changed;
}
