import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { isClientNote } from '../../core/engine';
import { generateSummary, SUMMARY_FORMATS, type SummaryFormat } from '../../core/summary';
import { ConfigDiscovery, describeFsError, fixedConfigSource } from '../../node/config';
import { writeFileAtomic } from '../../node/writeFileAtomic';
import { cliNow } from '../clock';
import { CliError, parseCommandArgs, UsageError, type Command } from '../command';

const SYNOPSIS = 'Usage: client-notes summary NOTE [--format markdown|text|eml|mailto] [--out FILE] [--force] [--config FILE]';

/** Printed after a usage error. */
const USAGE = `${SYNOPSIS}\nRun "client-notes summary --help" for more.\n`;

const HELP = `${SYNOPSIS}

Prints the follow-up recap of a client conversation note: the subject, a greeting to
the contact, what was agreed, the next steps with who and by when, and the boundaries.
Nothing from the note's "private" frontmatter or its Private notes, Preparation or
Client's perspective sections is ever included.

Options:
  --format FORMAT   markdown (default), text (plain, no Markdown syntax), eml (a mail
                    message with To, Subject and Date that a mail program opens as a
                    draft) or mailto (a mailto: link)
  --out FILE        write the recap to FILE instead of printing it; an existing FILE
                    is never replaced unless --force is given
  --force           let --out replace an existing file
  --config FILE     use this config file (signature, sections to include) instead of
                    the nearest .clientnotesrc.json, .clientnotesrc.yaml or
                    .clientnotesrc.yml above the note
  -h, --help        show this help

Exit codes: 0 the recap was printed or written, 2 bad usage, a note that cannot be read
or has no recap (broken frontmatter, no contact…: the message says what is missing), or
a bad config file.
`;

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'print or write the follow-up recap of a note',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string', default: 'markdown' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        config: { type: 'string' },
      },
      USAGE,
    );
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Missing the note to summarise.' : 'Give one note at a time.', USAGE);
    const format = values.format as SummaryFormat;
    if (!SUMMARY_FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}"; expected ${SUMMARY_FORMATS.join(', ')}.`, USAGE);
    if (values.force && values.out === undefined) throw new UsageError('--force only makes sense with --out FILE.', USAGE);
    const now = cliNow(context.env);

    const path = resolve(context.cwd, positionals[0]);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new CliError(`Cannot read ${positionals[0]}: ${describeFsError(error)}`);
    }
    const shown = (file: string) => relative(context.cwd, file) || file;
    const configs = values.config ? await fixedConfigSource(resolve(context.cwd, values.config), values.config) : new ConfigDiscovery(shown);
    const { config, root } = await configs.forFolder(dirname(path));
    const relativePath = root === undefined ? undefined : relative(root, path).split(sep).join('/');

    const summary = generateSummary(text, format, {
      ...config.summary,
      requiredSections: config.requiredSections,
      privateSections: config.privateSections,
      isNote: isClientNote(text, config, relativePath),
      now,
    });
    if (!summary.ok) throw new CliError(`No recap for ${positionals[0]}:\n${summary.problems.map((problem) => `  ${problem}`).join('\n')}`);
    for (const warning of summary.warnings) context.stderr(`client-notes: ${warning}\n`);

    const output = summary.text.endsWith('\n') ? summary.text : `${summary.text}\n`;
    if (values.out === undefined) {
      context.stdout(output);
      return 0;
    }
    await writeRecap(resolve(context.cwd, values.out), values.out, output, values.force === true);
    context.stdout(`${values.out}\n`);
    return 0;
  },
};

/** Writes the recap to a new file; an existing one is replaced (atomically) only when forced. */
async function writeRecap(path: string, shownPath: string, text: string, force: boolean): Promise<void> {
  try {
    await writeFile(path, text, { encoding: 'utf8', flag: 'wx' });
    return;
  } catch (error) {
    const exists = error instanceof Error && 'code' in error && error.code === 'EEXIST';
    if (!exists) throw new CliError(`Cannot write ${shownPath}: ${describeFsError(error)}`);
    if (!force) throw new CliError(`${shownPath} already exists and was left as it is; choose another --out file, or add --force to replace it.`);
  }
  try {
    await writeFileAtomic(path, text);
  } catch (error) {
    throw new CliError(`Cannot write ${shownPath}: ${describeFsError(error)}`);
  }
}
