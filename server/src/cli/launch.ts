// Entry of dist/cli.js (and of bin/rustmem.js through it): loads the CLI bundle, dist/cliMain.js,
// through V8's code cache, then runs the command line when started as a program.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { requireCached } from '../codeCache';
import { codeCacheUse } from './codeCacheUse';

// Each command has its own cache (`check` two: codeCacheUse.ts); `--help`, `--version` and mistakes share one.
const use = codeCacheUse(process.argv.slice(2));

/** The caches of commands that simulate a program (a `check` only of files that may be). */
const SIMULATES = new Set(['check-run', 'run', 'trace', 'replay', 'mdbook']);

// Node compiles its own modules from a code cache that V8 accepts only under the flags it was made
// with: once the flags below change, each of Node's modules loaded later is compiled from source.
// So the ones a command is sure to load are loaded first: stdout's stream (on a pipe `net` and the
// modules it needs, on a terminal `tty`), and for a command that simulates, the global
// `performance` the simulator's clock reads (`perf_hooks` and nine modules more). A 4-line
// `check` piped to another process, or one of a file with `fn main`, compiled them in 3 ms of CPU.
void process.stdout;
if (SIMULATES.has(use)) void globalThis.performance;

// tree-sitter's WebAssembly starts in V8's baseline compiler (Liftoff) and its hot functions (the
// parser's loop, the Rust grammar's lexer) are recompiled by the optimising one on background
// threads: a 4-line `check` spent a third of its CPU on that, for code it then barely ran. Liftoff
// alone parses fast enough that a 5,000-line `check` costs no more. Set before the grammar is
// compiled. `rustmem lsp`, a language server that lives as long as the editor, keeps V8's
// tiering, as dist/server.js does, and so does its runs' code below.
const command = process.argv[2];
const oneCommand = command !== 'lsp';
if (oneCommand) setFlagsFromString('--liftoff-only');

// V8 optimises a function once it has run about 132 KB of bytecode: in a process that lives for one
// command, that sent hundreds of the engine's functions (the borrow checker's most) to the
// optimising compiler's background threads during a long file's check, for code that then ran a
// few milliseconds more; 40 % of a 5,000-line `check`'s CPU. A budget 7.5 times larger keeps the
// optimising compiler for what runs long (a simulation's loop: a million iterations cost about 5 %
// more CPU) and leaves the rest to the interpreter and the baseline compiler.
if (oneCommand) setFlagsFromString('--interrupt-budget=1000000');

// V8 validates a WebAssembly module's every function when it compiles it, even lazily compiled
// ones: about 3 ms of a 4-line `check` for tree-sitter's runtime and grammar, of which a parse
// runs a small part. Validated when first called instead; the modules are the package's own.
setFlagsFromString('--wasm-lazy-validation');

type Cli = typeof import('./main');

const cli = requireCached(join(__dirname, 'cliMain.js'), 'exit', use).exports as Cli;

export const { main, runCli } = cli;

if (require.main === module) main();
