import { ConfigFileError } from '../node/config';
import { CliError, UsageError, type CliContext } from './command';
import { printable } from './printable';
import { commands } from './commands';
import { VERSION } from './version';

/** The command names' column: the longest name and two blanks, so that no summary runs into its name. */
const NAME_WIDTH = Math.max(...commands.map((command) => command.name.length)) + 2;

const HELP = `Usage: client-notes <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(NAME_WIDTH)}${command.summary}`).join('\n')}

Options:
  -h, --help     show this help
  -v, --version  show the version

Run "client-notes <command> --help" for a command's options.

Environment:
  CLIENT_NOTES_NOW  for testing: today, as YYYY-MM-DD (what lint judges dates
                    against, the day new dates a note by)
`;

/**
 * Runs `client-notes …` and returns the exit code. Problems the user can fix (bad usage,
 * a missing path, a bad config file) are printed as messages, never as stack traces.
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  try {
    return await dispatch([...argv], context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr(`${printedLines(error.message, 'client-notes: ')}\n${error.usage}`);
    } else if (error instanceof CliError) {
      context.stderr(printedLines(error.message, 'client-notes: '));
    } else if (error instanceof ConfigFileError) {
      context.stderr(printedLines(error.problems.join('\n')));
    } else {
      // A bug, not the user's doing: the stack helps whoever reports it.
      context.stderr(`client-notes: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return 2;
  }
}

async function dispatch(argv: string[], context: CliContext): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) throw new UsageError('Missing command.', HELP);
  if (name === '--help' || name === '-h') {
    context.stdout(HELP);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    context.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name || candidate.aliases?.includes(name));
  if (!command) throw new UsageError(name.startsWith('-') ? `Unknown option "${name}".` : `Unknown command "${name}".`, HELP);
  const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (options.includes('--help') || options.includes('-h')) {
    context.stdout(command.help);
    return 0;
  }
  return command.run(args, context);
}

/** A message as printed, each line after `prefix`; a message may quote a file's name or text, so no control character is printed as such. */
function printedLines(message: string, prefix = ''): string {
  return message
    .split('\n')
    .map((line) => `${prefix}${printable(line)}\n`)
    .join('');
}
