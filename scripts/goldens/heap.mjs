// Records the real heap traffic of every single-threaded golden program: a recording copy (in a
// temp folder, never in the tree) renames the user's `main`, adds a logging `#[global_allocator]`
// around `System` that appends to a fixed static buffer (it must not allocate itself), and a new
// `main` that warms stdout and the thread handle up, switches logging on around the user's `main`, switches it off at a
// panic (the panic machinery's own allocations are not the program's) and prints the log at the
// end. `NAME.heap.json` keeps the events in order: alloc size, realloc old → new size, dealloc size.
// The binary runs as the file's name without `.rs` (its argv[0], which `std::env::args()` copies
// to the heap), as the simulator starts it.
// Programs with threads (the order of their allocations depends on scheduling), that end the
// process themselves, that overflow the stack (the log is never printed) or whose traffic differs
// between runs (a HashMap drops its entries in the order of its random hash seed) are not recorded.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pool, recordCachedAsync } from './cache.mjs';
import { updateGolden } from './update.mjs';
import { listPrograms } from './programs.mjs';

const run = promisify(execFile);

const LOGGER = `
mod __rustmem_heap_log {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    pub static ON: AtomicBool = AtomicBool::new(false);
    const CAP: usize = 1 << 20;
    static mut LOG: [(u8, usize, usize); CAP] = [(0, 0, 0); CAP];
    static LEN: AtomicUsize = AtomicUsize::new(0);
    fn push(kind: u8, a: usize, b: usize) {
        if !ON.load(Ordering::Relaxed) { return; }
        let i = LEN.fetch_add(1, Ordering::Relaxed);
        if i < CAP { unsafe { LOG[i] = (kind, a, b); } }
    }
    pub struct Logger;
    unsafe impl GlobalAlloc for Logger {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 { push(1, l.size(), 0); unsafe { System.alloc(l) } }
        unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 { push(1, l.size(), 0); unsafe { System.alloc_zeroed(l) } }
        unsafe fn dealloc(&self, p: *mut u8, l: Layout) { push(3, l.size(), 0); unsafe { System.dealloc(p, l) } }
        unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 { push(2, l.size(), n); unsafe { System.realloc(p, l, n) } }
    }
    #[global_allocator]
    static GLOBAL: Logger = Logger;
    pub struct Dump;
    impl Drop for Dump {
        fn drop(&mut self) {
            ON.store(false, Ordering::SeqCst);
            use std::io::Write;
            let n = LEN.load(Ordering::SeqCst);
            let mut err = std::io::stderr().lock();
            if n > CAP { let _ = writeln!(err, "@heap overflow {}", n); return; }
            for i in 0..n {
                let (k, a, b) = unsafe { LOG[i] };
                let _ = writeln!(err, "@heap {} {} {}", k, a, b);
            }
        }
    }
}
fn main() -> impl std::process::Termination {
    use std::io::Write;
    print!("");
    let _ = std::io::stdout().flush();
    // The thread's handle is made on first use, by a panic message at the latest: not the program's.
    let _ = std::thread::current();
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        __rustmem_heap_log::ON.store(false, std::sync::atomic::Ordering::SeqCst);
        default_hook(info)
    }));
    let _dump = __rustmem_heap_log::Dump;
    __rustmem_heap_log::ON.store(true, std::sync::atomic::Ordering::SeqCst);
    __rustmem_user_main()
}
`;

export function heapPath(program) {
  return program.replace(/\.rs$/, '.heap.json');
}

/** Why a program's heap traffic cannot be recorded exactly, or undefined when it can. */
export function notRecordable(source) {
  if (/\bthread::|std::thread\b|\bspawn\(/.test(source)) return 'threads';
  if (/process::exit|process::abort/.test(source)) return 'ends the process itself';
  if ((source.match(/^fn main\(/gm) ?? []).length !== 1) return 'no top-level `fn main(`';
  return undefined;
}

const KINDS = { 1: 'alloc', 2: 'realloc', 3: 'dealloc' };

/** The recording copy's stderr and the signal that ended it, if one did. */
function runAs(exe, argv0, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(exe, [], { cwd, argv0, env: { ...process.env, RUST_BACKTRACE: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGTERM'), 20000);
    child.on('error', reject);
    // A panicking program exits 101; its log up to the panic is still printed.
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      resolve({ stderr, signal });
    });
  });
}

/** The heap events of one run of the recording copy, or why there are none. */
async function heapLog(exe, argv0, cwd) {
  const { stderr, signal } = await runAs(exe, argv0, cwd);
  if (signal) return `killed by ${signal}`;
  if (/^@heap overflow/m.test(stderr)) return 'more than 2^20 heap events';
  const events = [];
  for (const line of stderr.split('\n')) {
    const m = /^@heap (\d) (\d+) (\d+)$/.exec(line);
    if (!m) continue;
    const kind = KINDS[m[1]];
    events.push(kind === 'realloc' ? [kind, Number(m[2]), Number(m[3])] : [kind, Number(m[2])]);
  }
  return events;
}

async function recordHeap(program) {
  const source = readFileSync(program, 'utf8');
  const why = notRecordable(source);
  if (why) return { skipped: why };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-heap-'));
  try {
    const copy = path.join(tmp, path.basename(program));
    writeFileSync(copy, source.replace(/^fn main\(/m, 'fn __rustmem_user_main(') + LOGGER);
    const exe = path.join(tmp, 'prog');
    await run('rustc', ['--edition', '2021', '-C', 'debuginfo=0', '-A', 'warnings', '-o', exe, copy], { cwd: tmp });
    // Eight runs must agree: a HashMap drops its entries in the order of its random hash seed, so
    // a program whose traffic follows that order differs between most pairs of runs.
    let first;
    for (let attempt = 0; attempt < 8; attempt++) {
      const events = await heapLog(exe, path.basename(program, '.rs'), tmp);
      if (typeof events === 'string') return { skipped: events };
      const text = JSON.stringify(events);
      if (first === undefined) first = text;
      else if (text !== first) return { skipped: 'the order differs from run to run (a hash seed)' };
    }
    const events = JSON.parse(first);
    return { events };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function recordAll(root, { write }) {
  const programs = listPrograms(root);
  const results = await pool(programs, (p) => recordCachedAsync(import.meta.url, [path.basename(p), readFileSync(p, 'utf8')], () => recordHeap(p)));
  const changed = [];
  programs.forEach((program, i) => {
    const result = results[i];
    const text = result.skipped ? '' : formatHeap(result.events);
    if (updateGolden(heapPath(program), text, write)) changed.push(path.relative(root, program));
  });
  return changed;
}

/** One event per line, so a diff shows which allocation changed. */
function formatHeap(events) {
  return `{"events": [\n${events.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]}\n`;
}
