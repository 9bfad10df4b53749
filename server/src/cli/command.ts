// The shape of one `rustmem` subcommand. main.ts keeps the table of commands; each command lives
// in its own file under commands/ and is a thin adapter over the engine.

/** Where a command writes; tests pass their own to capture output without spawning. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The directory relative paths are resolved against. */
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One line for `rustmem --help`. */
  summary: string;
  /** The whole text of `rustmem <name> --help`. */
  usage: string;
  /** Runs the command and resolves to the process exit status. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** A mistake in how the command was called or a file that cannot be read: exit status 2, message on stderr. */
export class UsageError extends Error {}
