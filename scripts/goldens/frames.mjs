// Records the real stack frame of every function of every golden program, as the debug build
// lays it out: `rustc -C opt-level=0 --emit asm`, then each function's prologue. A frame is the
// return address (8 B), one 8-byte slot per `push`, and what `sub $N, %rsp` reserves — including
// the page-by-page probe loop rustc emits for frames over a page (`mov %rsp, %r11; sub $N, %r11`).
// `NAME.frames.json` maps each of the program's own functions, named as the trace names them
// (`main`, `Stack::push`, `<Guard as Drop>::drop`), to its frame sizes (one per instantiation).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pool, recordCachedAsync } from './cache.mjs';
import { updateGolden } from './update.mjs';
import { listPrograms } from './programs.mjs';

const run = promisify(execFile);

export function framesPath(program) {
  return program.replace(/\.rs$/, '.frames.json');
}

const ESCAPES = { LT: '<', GT: '>', RF: '&', LP: '(', RP: ')', C: ',', BP: '*', SP: '@' };

/** A legacy-mangled symbol (`_ZN4prog1P3get17h…E`) as a path (`prog::P::get`), hash left out. */
export function demangle(symbol) {
  const m = /^_ZN(.*)E$/.exec(symbol);
  if (!m) return undefined;
  const parts = [];
  let rest = m[1];
  while (rest.length) {
    const len = /^(\d+)/.exec(rest);
    if (!len) return undefined;
    const n = Number(len[1]);
    parts.push(rest.slice(len[1].length, len[1].length + n));
    rest = rest.slice(len[1].length + n);
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .map((p) =>
      p
        .replace(/^_\$/, '$')
        .replace(/\$([A-Z]{1,2})\$/g, (all, code) => ESCAPES[code] ?? all)
        .replace(/\$u([0-9a-f]+)\$/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
        .replace(/\.\./g, '::'),
    )
    .join('::');
}

/** Frame bytes of each function in an assembly listing, by demangled name. */
export function framesOfAsm(asm) {
  const frames = new Map();
  let current;
  let pending;
  let size = 0;
  let probed = 0;
  const finish = () => {
    if (current !== undefined) {
      const sizes = frames.get(current) ?? [];
      sizes.push(size);
      frames.set(current, sizes);
    }
    current = undefined;
  };
  for (const raw of asm.split('\n')) {
    const label = /^(_ZN[^:\s]*E):$/.exec(raw);
    if (label) {
      finish();
      pending = undefined;
      pending = demangle(label[1]);
      continue;
    }
    const line = raw.trim();
    // Only a label whose code follows is a function (statics have labels too).
    if (pending !== undefined && line === '.cfi_startproc') {
      current = pending;
      pending = undefined;
      size = 8;
      probed = 0;
      continue;
    }
    if (current === undefined) continue;
    if (line === '.cfi_endproc') {
      finish();
      continue;
    }
    let m;
    if ((m = /^pushq\s/.exec(line))) size += 8;
    else if ((m = /^subq\s+\$(\d+),\s*%r11$/.exec(line))) probed = Number(m[1]);
    else if ((m = /^cmpq\s+%r11,\s*%rsp$/.exec(line)) && probed) {
      size += probed;
      probed = 0;
    } else if ((m = /^subq\s+\$(\d+),\s*%rsp$/.exec(line))) {
      // The probe loop's `sub $4096, %rsp` is counted through %r11 above.
      if (!(probed && m[1] === '4096')) size += Number(m[1]);
    }
    // The prologue is over at the first call, return or unconditional jump (the probe loop's
    // `jne` is part of it); pushes after that pass arguments.
    else if (/^(call|jmp|ret)/.test(line)) finish();
  }
  finish();
  return frames;
}

/** The program's own functions, named as the trace names them. */
export function ownFrames(frames, crate) {
  const out = {};
  for (const [name, sizes] of frames) {
    let own;
    if (name.startsWith(`${crate}::`)) own = name.slice(crate.length + 2);
    else if (name.startsWith('<') && name.includes(`${crate}::`)) own = name.split(`${crate}::`).join('');
    if (own === undefined) continue;
    (out[own] ??= []).push(...sizes);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function recordFrames(program) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-frames-'));
  try {
    const crate = path.basename(program, '.rs');
    const out = path.join(tmp, 'prog.s');
    await run('rustc', ['--edition', '2021', '-C', 'opt-level=0', '-C', 'debuginfo=0', '-A', 'warnings', '--crate-name', crate, '--emit', 'asm', '-o', out, path.basename(program)], {
      cwd: path.dirname(program),
    });
    return { frames: ownFrames(framesOfAsm(readFileSync(out, 'utf8')), crate) };
  } catch (e) {
    return { skipped: String(e.message).split('\n')[0] };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function recordAll(root, { write }) {
  const programs = listPrograms(root);
  const results = await pool(programs, (p) => recordCachedAsync(import.meta.url, [path.basename(p), readFileSync(p, 'utf8')], () => recordFrames(p)));
  const changed = [];
  programs.forEach((program, i) => {
    const result = results[i];
    const text = result.skipped ? '' : `${JSON.stringify(result.frames, null, 1)}\n`;
    if (updateGolden(framesPath(program), text, write)) changed.push(path.relative(root, program));
  });
  return changed;
}
