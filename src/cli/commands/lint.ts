import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { fixAll, lint, type LintOptions } from '../../core/engine';
import { mapConcurrently } from '../../node/concurrency';
import { ConfigDiscovery, describeFsError, fixedConfigSource, type ConfigSource } from '../../node/config';
import { expandPaths } from '../../node/files';
import { writeFileAtomic } from '../../node/writeFileAtomic';
import { cliNow } from '../clock';
import { CliError, parseCommandArgs, UsageError, type CliContext, type Command } from '../command';
import { formatters, locate, type FileReport } from '../formatters';

const SYNOPSIS = 'Usage: client-notes lint [paths or globs…] [--format stylish|json|sarif] [--fix] [--config FILE]';

/** Printed after a usage error. */
const USAGE = `${SYNOPSIS}\nRun "client-notes lint --help" for more.\n`;

const HELP = `${SYNOPSIS}

Lints the client conversation notes among the given files, folders and globs (the
current folder when none is given). Folders are searched for *.md and *.markdown files,
skipping node_modules and .git; globs match Markdown files. Files that are not notes
(no "type: client-conversation" in their frontmatter, and not matched by the config's
"include" globs) are skipped without a word.

Options:
  --format FORMAT   stylish (default), json or sarif
  --fix             apply the safe fixes in place, then report what remains
  --config FILE     use this config file, instead of the nearest .clientnotesrc.json,
                    .clientnotesrc.yaml or .clientnotesrc.yml above each note
  -h, --help        show this help

Exit codes: 0 no error-level finding, 1 at least one, 2 bad usage, a path that cannot
be read, or a bad config file.

Environment:
  CLIENT_NOTES_NOW  for testing: the day dates are judged against, as YYYY-MM-DD
                    (default: today)
`;

/** How many files are read (and linted) at once. */
const CONCURRENCY = 16;

export const lintCommand: Command = {
  name: 'lint',
  summary: 'lint client conversation notes',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(
      args,
      { format: { type: 'string', default: 'stylish' }, fix: { type: 'boolean', default: false }, config: { type: 'string' } },
      USAGE,
    );
    const format = values.format;
    const formatter = Object.hasOwn(formatters, format) ? formatters[format] : undefined;
    if (!formatter) throw new UsageError(`Unknown format "${format}"; expected ${Object.keys(formatters).join(', ')}.`, USAGE);
    const now = cliNow(context.env);
    const shown = (path: string) => relative(context.cwd, path) || path;
    const configs: ConfigSource = values.config
      ? await fixedConfigSource(resolve(context.cwd, values.config), values.config)
      : new ConfigDiscovery(shown);

    const inputs = positionals.length > 0 ? positionals : ['.'];
    const { files, missing, emptyGlobs } = await expandPaths(inputs, context.cwd).catch((error: unknown) => {
      const path = error instanceof Error && 'path' in error ? shown(String(error.path)) : 'a folder';
      throw new CliError(`Cannot read ${path}: ${describeFsError(error)}`);
    });
    const problems = [...missing.map((input) => `No such file or folder: ${input}`), ...emptyGlobs.map((input) => `No Markdown file matches: ${input}`)];
    if (problems.length > 0) throw new CliError(problems.join('\n'));

    const reports = await mapConcurrently(files, CONCURRENCY, (file) => lintFile(file, { configs, now, fix: values.fix === true, shown, context }));
    const notes = reports.filter((report): report is FileReport => report !== undefined);
    context.stdout(formatter(notes, { color: context.color }));
    return notes.some((report) => report.messages.some((message) => message.severity === 'error')) ? 1 : 0;
  },
};

interface LintFileOptions {
  configs: ConfigSource;
  now: Date;
  fix: boolean;
  shown: (path: string) => string;
  context: CliContext;
}

/** Lints (and with `fix`, fixes) one file; undefined when it is not a note. */
async function lintFile(path: string, { configs, now, fix, shown, context }: LintFileOptions): Promise<FileReport | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(`Cannot read ${shown(path)}: ${describeFsError(error)}`);
  }
  let text = bytes.toString('utf8');
  const { config, root } = await configs.forFolder(dirname(path));
  const options: LintOptions = { config, now, relativePath: root === undefined ? undefined : relative(root, path).split(sep).join('/') };
  if (fix) {
    const fixed = fixAll(text, options).text;
    if (fixed !== text) {
      // Bytes that are not UTF-8 would not survive the round trip: leave such a file as it is.
      if (!Buffer.from(text, 'utf8').equals(bytes)) {
        context.stderr(`client-notes: ${shown(path)} is not valid UTF-8; not fixed.\n`);
      } else {
        try {
          await writeFileAtomic(path, fixed);
        } catch (error) {
          throw new CliError(`Cannot write ${shown(path)}: ${describeFsError(error)}`);
        }
        text = fixed;
      }
    }
  }
  const result = lint(text, options);
  return result.isNote ? { file: shown(path), messages: locate(text, result.messages) } : undefined;
}
