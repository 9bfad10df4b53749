// Each instantiation of a program's generic functions, as rustc's debug build lays out its frame,
// beside the frames the simulated run gives that function's calls. The frames goldens
// (NAME.frames.json) name instantiations alike, from legacy symbols (`largest` for
// `largest::<i32>` and `largest::<char>`); here the build uses v0 symbols, which name each
// instantiation, demangled with `c++filt` (binutils 2.36 or later).
// Usage: node --stack-size=65500 node_modules/.bin/tsx scripts/check/instanceFrames.ts FILE.rs...
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';

/** Frame bytes of each v0-mangled function of an assembly listing: return address, pushes, `sub $N, %rsp`. */
function framesOfAsm(asm: string): [string, number][] {
  const out: [string, number][] = [];
  let pending: string | undefined;
  let current: string | undefined;
  let size = 0;
  for (const raw of asm.split('\n')) {
    const label = /^(_R[^:\s]*):$/.exec(raw);
    if (label) {
      pending = label[1];
      continue;
    }
    const line = raw.trim();
    if (pending !== undefined && line === '.cfi_startproc') {
      current = pending;
      pending = undefined;
      size = 8;
      continue;
    }
    if (current === undefined) continue;
    const sub = /^subq\s+\$(\d+),\s*%rsp$/.exec(line);
    if (/^pushq\s/.test(line)) size += 8;
    else if (sub) size += Number(sub[1]);
    if (line === '.cfi_endproc' || /^(call|jmp|ret)/.test(line)) {
      out.push([current, size]);
      current = undefined;
    }
  }
  return out;
}

function realInstances(program: string): Map<string, number> {
  const crate = path.basename(program, '.rs');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-instances-'));
  try {
    const asmFile = path.join(dir, 'prog.s');
    execFileSync('rustc', ['--edition', '2021', '-C', 'opt-level=0', '-C', 'debuginfo=0', '-C', 'symbol-mangling-version=v0', '-A', 'warnings', '--crate-name', crate, '--emit', 'asm', '-o', asmFile, program]);
    const frames = framesOfAsm(fs.readFileSync(asmFile, 'utf8'));
    const names = execFileSync('c++filt', { input: frames.map(([s]) => s).join('\n') }).toString().split('\n');
    const out = new Map<string, number>();
    frames.forEach(([, size], i) => {
      // `crate[hash]::largest::<i32>` → `largest::<i32>`: the program's own generic functions only.
      const name = (names[i] ?? '').replace(/\[[0-9a-f]+\]/g, '');
      if (name.startsWith(`${crate}::`) && name.includes('::<')) out.set(name.split(`${crate}::`).join(''), size);
    });
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await initParser();
  for (const program of process.argv.slice(2)) {
    console.log(`${program}`);
    const real = realInstances(program);
    const { trace } = simulate(fs.readFileSync(program, 'utf8'), { file: path.basename(program) });
    const sim = new Map<string, number[]>();
    for (const step of trace.steps) {
      for (const e of step.events) {
        if (e.kind !== 'call') continue;
        const sizes = sim.get(e.fn) ?? [];
        if (!sizes.includes(e.size)) sizes.push(e.size);
        sim.set(e.fn, sizes);
      }
    }
    for (const [name, size] of real) {
      const fn = name.replace(/::<.*$/, '');
      console.log(`  ${name}: rustc's build ${size} B; the trace's \`${fn}\` calls ${(sim.get(fn) ?? []).join(', ') || '(none)'} B`);
    }
  }
}

void main();
