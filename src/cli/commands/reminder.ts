import { dirname, relative, resolve, sep } from 'node:path';
import { localDay } from '../../core/base/days';
import { buildReminder, checkReminder, REMINDER_FORMATS, renderReminder, type ReminderFormat } from '../../core/recap/reminder';
import { ConfigDiscovery, describeFsError, fixedConfigSource } from '../../node/config';
import { readUserFile } from '../../node/userFile';
import { cliNow } from '../clock';
import { withLineColumns } from '../formatters/report';
import { CliError, parseCommandArgs, UsageError, type Command } from '../command';
import { printable } from '../printable';
import { readerLocale } from '../locale';

const SYNOPSIS = 'Usage: client-notes reminder NOTE [--format text|markdown|eml|mailto] [--config FILE] [--locale LANG]';

/** Printed after a usage error. */
const USAGE = `${SYNOPSIS}\nRun "client-notes reminder --help" for more.\n`;

const HELP = `${SYNOPSIS}

Prints a reminder to the client of a note of the steps they agreed to and have not done
by their day: a greeting to the contact, what was agreed and by when (with the day of
the conversation), a polite ask for a new date, and the recap's signature. Like the
recap, it holds nothing from the note's "private" frontmatter or its Private notes,
Preparation or Client's perspective sections. The steps it quotes and the topic are
checked first by the recap's rules; each finding goes to stderr as
NOTE:LINE:COLUMN: RULE: MESSAGE, and the reminder is still printed.

Options:
  --format FORMAT   text (default: a Subject: line, then the message), markdown, eml (a
                    mail draft with To, Subject and Date) or mailto (a mailto: link)
  --config FILE     use this config file (signature, sender) instead of the nearest
                    .clientnotesrc.json, .clientnotesrc.yaml or .clientnotesrc.yml
  --locale LANG     the language of the findings and of why there is no reminder: en
                    (default), de or fr; a region may follow (de-AT, fr-CA)
  -h, --help        show this help

Exit codes: 0 the reminder was printed, 2 bad usage, a note that cannot be read or has
no recap to build on, or no step of the client's in the note is overdue.

Environment:
  CLIENT_NOTES_NOW  for testing: the day dates are judged against, as YYYY-MM-DD
                    (default: today)
  CLIENT_NOTES_LOCALE
                    the language of the findings and of why there is no reminder
                    when --locale is not given (default: English)
`;

export const reminderCommand: Command = {
  name: 'reminder',
  summary: "print a reminder of the client's overdue steps of a note",
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string', default: 'text' }, config: { type: 'string' }, locale: { type: 'string' } }, USAGE);
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Missing the note to remind of.' : 'Give one note at a time.', USAGE);
    const format = values.format as ReminderFormat;
    if (!REMINDER_FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}"; expected ${REMINDER_FORMATS.join(', ')}.`, USAGE);
    const now = cliNow(context.env);
    const locale = readerLocale(values.locale, context.env, USAGE);
    const shownNote = printable(positionals[0]);
    const path = resolve(context.cwd, positionals[0]);
    let text: string;
    try {
      text = readUserFile(path).text;
    } catch (error) {
      throw new CliError(`Cannot read ${shownNote}: ${describeFsError(error)}`);
    }
    const shown = (file: string) => relative(context.cwd, file) || file;
    const configs = values.config ? await fixedConfigSource(resolve(context.cwd, values.config), values.config) : new ConfigDiscovery(shown);
    const { config, root } = await configs.forFolder(dirname(path));
    const relativePath = root === undefined ? undefined : relative(root, path).split(sep).join('/');

    const built = buildReminder(text, config, localDay(now), relativePath, locale);
    if (!built.ok) throw new CliError(`No reminder for ${shownNote}:\n${built.problems.map((problem) => `  ${problem}`).join('\n')}`);
    const { reminder } = built;
    if (reminder.steps.length === 0) throw new CliError(`No step of the client's in ${shownNote} is overdue: nothing to remind of.`);
    for (const finding of withLineColumns(text, checkReminder(text, reminder, config, now, relativePath, locale))) {
      context.stderr(printable(`${positionals[0]}:${finding.line}:${finding.column}: ${finding.ruleId}: ${finding.message}`) + '\n');
    }
    const rendered = renderReminder(reminder, format, now, undefined, locale);
    if (!rendered.ok) throw new CliError(`No reminder for ${shownNote}:\n${rendered.problems.map((problem) => `  ${problem}`).join('\n')}`);
    context.stdout(rendered.text.endsWith('\n') ? rendered.text : `${rendered.text}\n`);
    return 0;
  },
};
