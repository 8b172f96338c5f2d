import { dirname, relative, resolve, sep } from 'node:path';
import { prepareRecap, renderFormat, RECAP_FORMATS, type RecapFormat } from '../../core/recap';
import { ConfigDiscovery, describeFsError, fixedConfigSource } from '../../node/config';
import { readUserFile } from '../../node/userFile';
import { replaceFile } from '../../node/replaceFile';
import { cliNow } from '../clock';
import { withLineColumns } from '../formatters/report';
import { CliError, parseCommandArgs, UsageError, type Command } from '../command';
import { printable } from '../printable';
import { readerLocale } from '../locale';

const SYNOPSIS = 'Usage: client-notes recap NOTE [--format markdown|text|eml|mailto] [--out FILE] [--force] [--strict] [--config FILE]\n                            [--locale LANG]';

/** Printed after a usage error. */
const USAGE = `${SYNOPSIS}\nRun "client-notes recap --help" for more.\n`;

const HELP = `${SYNOPSIS}

Prints the follow-up recap of a client conversation note: the subject, a greeting to
the contact, what was agreed, the next steps with who and by when, and the boundaries.
Nothing from the note's "private" frontmatter or its Private notes, Preparation or
Client's perspective sections is ever included.

Before it is printed, the recap's own text (subject, agreements, boundaries, next steps,
included sections) is checked by the rules about what a client reads: blame
(accusatory-language), judgement (judgemental-facts), template prompts left in
(unfilled-placeholder) and next steps without an owner or a date (next-step-incomplete),
as the config file sets them (a rule turned "off" is not run). Each finding goes to
stderr as NOTE:LINE:COLUMN: RULE: MESSAGE, and the recap is still printed.

Options:
  --format FORMAT   markdown (default), text (plain, no Markdown syntax), eml (a mail
                    message with To, Subject and Date that a mail program opens as a
                    draft) or mailto (a mailto: link)
  --out FILE        write the recap to FILE instead of printing it: a regular file,
                    written whole or not at all; an existing FILE is never replaced
                    unless --force is given
  --force           let --out replace an existing regular file (not a read-only one,
                    nor a symbolic link, which is never written through)
  --strict          when the check finds something, print or write no recap and exit 1
  --config FILE     use this config file (signature, sections to include) instead of
                    the nearest .clientnotesrc.json, .clientnotesrc.yaml or
                    .clientnotesrc.yml above the note
  --locale LANG     the language of the findings and of why there is no recap: en
                    (default), de or fr; a region may follow (de-AT, fr-CA). The recap
                    itself is in the note's language
  -h, --help        show this help

"client-notes summary", the command's former name, does the same.

Exit codes: 0 the recap was printed or written (findings or not), 1 --strict and the
check found something (no recap printed or written), 2 bad usage, a note that cannot be read
or has no recap (broken frontmatter, no contact…: the message says what is missing), or
a bad config file.

Environment:
  CLIENT_NOTES_NOW  for testing: the day dates are judged against, as YYYY-MM-DD
                    (default: today)
  CLIENT_NOTES_LOCALE
                    the language of the findings and of why there is no recap when
                    --locale is not given (default: English)
`;

export const recapCommand: Command = {
  name: 'recap',
  aliases: ['summary'],
  summary: 'print or write the follow-up recap of a note',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string', default: 'markdown' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        config: { type: 'string' },
        locale: { type: 'string' },
      },
      USAGE,
    );
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Missing the note to recap.' : 'Give one note at a time.', USAGE);
    const format = values.format as RecapFormat;
    if (!RECAP_FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}"; expected ${RECAP_FORMATS.join(', ')}.`, USAGE);
    if (values.force && values.out === undefined) throw new UsageError('--force only makes sense with --out FILE.', USAGE);
    const now = cliNow(context.env);
    const locale = readerLocale(values.locale, context.env, USAGE);

    const path = resolve(context.cwd, positionals[0]);
    let text: string;
    try {
      const note = readUserFile(path);
      text = note.text;
      if (note.notPlainUtf8) context.stderr(`client-notes: warning: ${printable(positionals[0])} ${note.notPlainUtf8}.\n`);
    } catch (error) {
      throw new CliError(`Cannot read ${positionals[0]}: ${describeFsError(error)}`);
    }
    const shown = (file: string) => relative(context.cwd, file) || file;
    const configs = values.config ? await fixedConfigSource(resolve(context.cwd, values.config), values.config) : new ConfigDiscovery(shown);
    const { config, root } = await configs.forFolder(dirname(path));
    const relativePath = root === undefined ? undefined : relative(root, path).split(sep).join('/');

    const noRecap = (problems: readonly string[]) => new CliError(`No recap for ${positionals[0]}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    const recap = prepareRecap(text, { config, relativePath, now, locale });
    if (!recap.ok) throw noRecap(recap.problems);
    const rendered = renderFormat(recap.model, format, now, locale);
    if (!rendered.ok) throw noRecap(rendered.problems);
    for (const warning of recap.warnings) context.stderr(`client-notes: ${warning}\n`);
    const findings = withLineColumns(text, recap.findings);
    // Messages quote the note: no control character reaches the terminal.
    for (const finding of findings) context.stderr(printable(`${positionals[0]}:${finding.line}:${finding.column}: ${finding.ruleId}: ${finding.message}`) + '\n');
    if (values.strict && findings.length > 0) {
      context.stderr(`client-notes: no recap printed: the check found ${findings.length === 1 ? '1 finding' : `${findings.length} findings`} to fix first (--strict).\n`);
      return 1;
    }

    const output = rendered.text.endsWith('\n') ? rendered.text : `${rendered.text}\n`;
    if (values.out === undefined) {
      context.stdout(output);
      return 0;
    }
    await writeRecap(resolve(context.cwd, values.out), values.out, output, values.force === true);
    context.stdout(`${values.out}\n`);
    return 0;
  },
};

/** Writes the recap to a new regular file, or over an existing one only when forced; whole, or not at all. */
async function writeRecap(path: string, shownPath: string, text: string, force: boolean): Promise<void> {
  const outcome = await replaceFile(path, text, (current) => force || current === undefined, 'refuse').catch((error: unknown) => {
    throw new CliError(`Cannot write ${shownPath}: ${describeFsError(error)}`);
  });
  // Without --force, a file that is there is refused for being there, whatever else is true of it.
  if (outcome === 'unexpected' || (!force && (outcome === 'read-only' || outcome === 'symlink'))) throw new CliError(`${shownPath} already exists and was left as it is; choose another --out file, or add --force to replace it.`);
  if (outcome === 'not-a-file') throw new CliError(`${shownPath} is not a regular file and was left as it is; --out writes regular files only.`);
  if (outcome === 'symlink') throw new CliError(`${shownPath} is a symbolic link and was left as it is; --out never writes through a link, even with --force: choose the file itself or another name.`);
  if (outcome === 'read-only') throw new CliError(`${shownPath} is read-only and was left as it is.`);
}
