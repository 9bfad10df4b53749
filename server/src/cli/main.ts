// The `rustmem` command line. This file only dispatches: each command lives in commands/, is named
// in commandNames.ts and loaded from LOADERS. Exit statuses: 0 done, 1 findings denied by a flag, 2 usage error or
// unreadable input, 3 internal error.
import type { CliCommand, CliIO } from './command';
import { UsageError } from './command';
import { COMMAND_NAMES, type CommandName } from './commandNames';
import { version } from '../../../package.json';

interface LazyCommand {
  name: CommandName;
  /** `require`, not `import()`: bundled, the command's modules are initialised on the first call; from source (tsx) it resolves like a static import. */
  load(): CliCommand;
}

/**
 * A command's module (and the simulator, the language server or the replay renderer behind it) is
 * loaded only when that command runs, so `rustmem check` starts without the code the other
 * commands need.
 */
const LOADERS: Record<CommandName, () => CliCommand> = {
  check: () => (require('./commands/check') as typeof import('./commands/check')).checkCommand,
  layout: () => (require('./commands/layout') as typeof import('./commands/layout')).layoutCommand,
  mir: () => (require('./commands/mir') as typeof import('./commands/mir')).mirCommand,
  run: () => (require('./commands/run') as typeof import('./commands/run')).runCommand,
  trace: () => (require('./commands/trace') as typeof import('./commands/trace')).traceCommand,
  replay: () => (require('./commands/replay') as typeof import('./commands/replay')).replayCommand,
  mdbook: () => (require('./commands/mdbook') as typeof import('./commands/mdbook')).mdbookCommand,
  lsp: () => (require('./commands/lsp') as typeof import('./commands/lsp')).lspCommand,
};

/** Every command, in the order `rustmem --help` lists them (commandNames.ts). */
export const COMMANDS: readonly LazyCommand[] = COMMAND_NAMES.map((name) => ({ name, load: LOADERS[name] }));

const EXIT_INTERNAL = 3;

export function mainHelp(): string {
  const commands = COMMANDS.map((c) => c.load());
  const width = Math.max(...commands.map((c) => c.name.length));
  const rows = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `rustmem ${version}: ownership, drops, Rc cycles, layouts and stack use of Rust programs

Usage: rustmem <command> [options] [FILE...]

Commands:
${rows}

Options:
  -h, --help     Print this help; \`rustmem <command> --help\` describes one command
  -V, --version  Print the version
`;
}

/** Whether `args` asks for help before any `--` (after which everything is a file name). */
function wantsHelp(args: string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(mainHelp());
    return 2;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(mainHelp());
    return 0;
  }
  if (first === '--version' || first === '-V') {
    io.stdout(`rustmem ${version}\n`);
    return 0;
  }
  if (first === 'help') {
    const topic = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && !topic) return unknownCommand(rest[0], io);
    io.stdout(topic ? topic.load().usage : mainHelp());
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === first);
  if (!entry) return first.startsWith('-') ? unknownOption(first, io) : unknownCommand(first, io);
  const command = entry.load();
  if (wantsHelp(rest)) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`rustmem ${command.name}: ${error.message}\nRun \`rustmem ${command.name} --help\` for usage.\n`);
      return 2;
    }
    io.stderr(`rustmem ${command.name}: internal error: ${describe(error)}\n`);
    return EXIT_INTERNAL;
  }
}

function unknownCommand(name: string, io: CliIO): number {
  const names = COMMANDS.map((c) => c.name).join(', ');
  io.stderr(`rustmem: unknown command \`${name}\` (commands: ${names})\nRun \`rustmem --help\` for usage.\n`);
  return 2;
}

function unknownOption(option: string, io: CliIO): number {
  io.stderr(`rustmem: unknown option \`${option}\`\nRun \`rustmem --help\` for usage.\n`);
  return 2;
}

/** Runs the process's command line; the entry point of dist/cli.js and of bin/rustmem.js. */
export function main(): void {
  const args = process.argv.slice(2);
  // A reader that closes the pipe early (`rustmem check … | head`) is not a failure of the command:
  // its output is dropped from then on and the command's own status stands. `lsp` owns stdout as its
  // connection, which sees the closed stream itself.
  let stdoutClosed = false;
  if (args[0] !== 'lsp') {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      stdoutClosed = true;
    });
  }
  const io: CliIO = {
    stdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
  runCli(args, io).then(
    (status) => {
      // Setting exitCode instead of calling exit() lets piped output drain completely. (`lsp`
      // never resolves: the connection ends the process.)
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`rustmem: internal error: ${describe(error)}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

// `node dist/cli.js …` runs at once; a test that imports runCli, or the bin launcher, does not.
if (require.main === module) main();
