// Entry of dist/cli.js (and of bin/rustmem.js through it): loads the CLI bundle, dist/cliMain.js,
// through V8's code cache, then runs the command line when started as a program.
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { requireCached } from '../codeCache';

// tree-sitter's WebAssembly starts in V8's baseline compiler (Liftoff) and its hot functions (the
// parser's loop, the Rust grammar's lexer) are recompiled by the optimising one on background
// threads: a 4-line `check` spent a third of its CPU on that, for code it then barely ran. Liftoff
// alone parses fast enough that a 5,000-line `check` costs no more. Set before the grammar is
// compiled; the language server, long-lived, keeps V8's tiering.
v8.setFlagsFromString('--liftoff-only');

type Cli = typeof import('./main');

const cli = requireCached(path.join(__dirname, 'cliMain.js'), 'exit').exports as Cli;

export const { main, runCli } = cli;

if (require.main === module) main();
