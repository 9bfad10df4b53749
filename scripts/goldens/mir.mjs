// Records what rustc's MIR says of each program in test/golden/mir/: per free function, the user
// variables with their types (the `debug x => _1;` lines) and the drops on the normal path, in
// the order a depth-first walk from bb0 meets them (each successor in the order rustc lists it,
// cleanup blocks never entered), each named by the type of the dropped place. `rustc --emit=mir
// -C opt-level=0` prints the MIR after drop elaboration. Types are written as the engine writes
// them: paths shortened to their last segment, lifetimes left out.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pool, recordCachedAsync } from './cache.mjs';
import { updateGolden } from './update.mjs';

const run = promisify(execFile);

/** `std::vec::Vec<std::string::String>` → `Vec<String>`; `&'a str` → `&str`. */
export function shortType(t) {
  return t
    .replace(/\{closure@[^}]*\}/g, '{{closure}}')
    .replace(/'[a-z_]+ ?/g, '')
    .replace(/<'_>/g, '')
    .replace(/\b(?:[A-Za-z_][A-Za-z0-9_]*::)+/g, '')
    .replace(/<, /g, '<')
    .replace(/<>/g, '');
}

/** The type of a place as printed in a drop: `_3`, `(_1.0: String)`, `(*_2)`. */
function placeType(text, locals) {
  const field = /^\((.*): (.*)\)$/.exec(text);
  if (field) return field[2];
  const local = /^_(\d+)$/.exec(text);
  return local ? locals.get(Number(local[1])) : undefined;
}

/** Per free function of a `--emit=mir` listing: user variables and normal-path drops. */
export function parseMir(text) {
  const out = {};
  const fnRe = /^fn ([A-Za-z_][A-Za-z0-9_]*)\(([^)]*)\) -> .* \{$/;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = fnRe.exec(lines[i]);
    // A tuple struct's constructor (`fn Guard(_1: u32) -> Guard`) is a shim, not the program's code.
    if (!head || /^[A-Z]/.test(head[1])) continue;
    const name = head[1];
    const locals = new Map();
    for (const arg of head[2].split(/, (?=_\d+:)/)) {
      const m = /^_(\d+): (.*)$/.exec(arg.trim());
      if (m) locals.set(Number(m[1]), m[2]);
    }
    const debug = [];
    const blocks = new Map();
    let current;
    for (i++; i < lines.length && lines[i] !== '}'; i++) {
      const line = lines[i].trim();
      let m;
      if ((m = /^let (?:mut )?_(\d+): (.*);$/.exec(line))) locals.set(Number(m[1]), m[2]);
      else if ((m = /^debug (\S+) => _(\d+);$/.exec(line))) debug.push([m[1], Number(m[2])]);
      else if ((m = /^bb(\d+)( \(cleanup\))?: \{$/.exec(line))) {
        current = { cleanup: !!m[2], terminator: '' };
        blocks.set(Number(m[1]), current);
      } else if (current && line !== '}' && line !== '') current.terminator = line;
    }
    const vars = debug.map(([n, l]) => `${n}: ${shortType(locals.get(l) ?? '?')}`).sort();
    const drops = [];
    const seen = new Set();
    const stack = [0];
    while (stack.length) {
      const b = stack.pop();
      if (seen.has(b) || !blocks.has(b)) continue;
      seen.add(b);
      const t = blocks.get(b).terminator;
      const drop = /^drop\((.*)\) -> /.exec(t);
      if (drop) drops.push(shortType(placeType(drop[1], locals) ?? '?'));
      // Normal successors only: `return:`, `success:`, switch arms, a bare `-> bbN`, `goto`.
      const arrow = t.slice(t.lastIndexOf('->') + 2).trim();
      const next = [...arrow.matchAll(/(?:^|[\[,] *)(?:(?:return|success|real|otherwise|-?\d+): )?bb(\d+)/g)].map((x) => Number(x[1]));
      for (let k = next.length - 1; k >= 0; k--) if (!seen.has(next[k])) stack.push(next[k]);
    }
    out[name] = { vars, drops };
  }
  return out;
}

async function recordMir(program) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-mir-'));
  try {
    const out = path.join(tmp, 'prog.mir');
    await run('rustc', ['--edition', '2021', '-C', 'opt-level=0', '-A', 'warnings', '--crate-name', 'prog', '--emit', 'mir', '-o', out, path.basename(program)], { cwd: path.dirname(program) });
    return { functions: parseMir(readFileSync(out, 'utf8')) };
  } catch (e) {
    return { skipped: String(e.message).split('\n')[0] };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function recordAll(dir, { write }) {
  const programs = readdirSync(dir).filter((f) => f.endsWith('.rs')).sort().map((f) => path.join(dir, f));
  const results = await pool(programs, (p) => recordCachedAsync(import.meta.url, [path.basename(p), readFileSync(p, 'utf8')], () => recordMir(p)));
  const changed = [];
  programs.forEach((program, i) => {
    const result = results[i];
    const text = result.skipped ? '' : `${JSON.stringify(result.functions, null, 1)}\n`;
    if (updateGolden(program.replace(/\.rs$/, '.mir.json'), text, write)) changed.push(path.basename(program));
  });
  return changed;
}
