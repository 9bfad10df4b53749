// Entry of dist/cli.js (and of bin/rustmem.js through it): loads the CLI bundle, dist/cliMain.js,
// through V8's code cache, then runs the command line when started as a program.
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { requireCached } from '../codeCache';
import { codeCacheUse } from './codeCacheUse';

// tree-sitter's WebAssembly starts in V8's baseline compiler (Liftoff) and its hot functions (the
// parser's loop, the Rust grammar's lexer) are recompiled by the optimising one on background
// threads: a 4-line `check` spent a third of its CPU on that, for code it then barely ran. Liftoff
// alone parses fast enough that a 5,000-line `check` costs no more. Set before the grammar is
// compiled. `rustmem lsp`, a language server that lives as long as the editor, keeps V8's
// tiering, as dist/server.js does, and so does its runs' code below.
const command = process.argv[2];
const oneCommand = command !== 'lsp';
if (oneCommand) v8.setFlagsFromString('--liftoff-only');

// V8 optimises a function once it has run about 132 KB of bytecode: in a process that lives for one
// command, that sent hundreds of the engine's functions (the borrow checker's most) to the
// optimising compiler's background threads during a long file's check, for code that then ran a
// few milliseconds more; 40 % of a 5,000-line `check`'s CPU. A budget 7.5 times larger keeps the
// optimising compiler for what runs long (a simulation's loop: a million iterations cost about 5 %
// more CPU) and leaves the rest to the interpreter and the baseline compiler.
if (oneCommand) v8.setFlagsFromString('--interrupt-budget=1000000');

// V8 validates a WebAssembly module's every function when it compiles it, even lazily compiled
// ones: about 3 ms of a 4-line `check` for tree-sitter's runtime and grammar, of which a parse
// runs a small part. Validated when first called instead; the modules are the package's own.
v8.setFlagsFromString('--wasm-lazy-validation');

type Cli = typeof import('./main');

// Each command has its own cache (`check` two: codeCacheUse.ts); `--help`, `--version` and mistakes share one.
const cli = requireCached(path.join(__dirname, 'cliMain.js'), 'exit', codeCacheUse(process.argv.slice(2))).exports as Cli;

export const { main, runCli } = cli;

if (require.main === module) main();
