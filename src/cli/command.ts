import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a command sees of the process, so that tests can run it in memory. */
export interface CliContext {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout shows ANSI colours (a terminal, and no `NO_COLOR`). */
  color: boolean;
}

/** A subcommand: `client-notes <name> …`. One file per command under `commands/`. */
export interface Command {
  name: string;
  /** Former names, still run as this command; the help lists the name alone. */
  aliases?: readonly string[];
  /** One line for the top-level help. */
  summary: string;
  /** The command's `--help` text. */
  help: string;
  /** Runs the command and returns the exit code. Throws `CliError` for what the user can fix. */
  run(args: string[], context: CliContext): Promise<number>;
}

/** A problem the user can fix (a missing path, an unreadable file): a message, exit code 2, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Bad usage: the message, then the usage of the command that was misused. */
export class UsageError extends CliError {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** `util.parseArgs`, strict, with its errors (unknown option, missing value) turned into `UsageError`. */
export function parseCommandArgs<T extends Options>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(error.message, usage);
    }
    throw error;
  }
}
