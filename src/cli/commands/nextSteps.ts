import { relative, resolve } from 'node:path';
import { agendaOf, type AgendaStep, type OwnerFilter } from '../../core/digest/agenda';
import { icsCalendar } from '../../core/digest/ics';
import { localDay } from '../../core/base/days';
import { ConfigDiscovery, fixedConfigSource, type ConfigSource } from '../../node/config';
import { cliNow } from '../clock';
import { parseCommandArgs, UsageError, type Command } from '../command';
import { digestFiles, filesOfInputs } from '../inputs';
import { printable } from '../printable';

const FORMATS = ['table', 'json', 'ics'] as const;
type Format = (typeof FORMATS)[number];

const SYNOPSIS = 'Usage: client-notes next-steps [paths or globs…] [--format table|json|ics] [--owner me|client|NAME]\n                                [--overdue] [--include-done] [--events] [--config FILE]';

/** Printed after a usage error. */
const USAGE = `${SYNOPSIS}\nRun "client-notes next-steps --help" for more.\n`;

const HELP = `${SYNOPSIS}

Lists the next steps of the client conversation notes among the given files, folders
and globs (the current folder when none is given), read from the frontmatter
next_steps and the list items under Agreed next steps; a step written in both places
is listed once. Open steps only, overdue first, then by due date, then by client.

Options:
  --format FORMAT   table (default), json (an array of { file, line, client, what,
                    owner, side, due, done, overdue }) or ics (an iCalendar file with one
                    all-day to-do per step that has a due date, for a calendar or
                    task program to import; importing again updates the same to-dos)
  --owner WHO       me (mine: me, I, myself, recap.myName, the name in
                    recap.from), client (the client's side and anyone else
                    named) or a name (steps that person owns)
  --overdue         only the steps past their due date
  --include-done    list the steps marked done too
  --events          with --format ics: all-day events on the due days instead of
                    to-dos, for calendars that ignore to-dos (Google Calendar,
                    Outlook on the web); same UIDs, so importing again updates them
  --config FILE     use this config file (include globs, sections) instead of the
                    nearest .clientnotesrc.json, .clientnotesrc.yaml or
                    .clientnotesrc.yml above each note
  -h, --help        show this help

Exit codes: 0 the steps were listed (even none), 2 bad usage, a path that cannot be
read or a bad config file. A note that cannot be read (gone since the folders were
searched, no permission) is named on stderr and the steps of every other note are
listed, then the exit code is 2.

Environment:
  CLIENT_NOTES_NOW  for testing: the day dates are judged against, as YYYY-MM-DD
                    (default: today)
`;

export const nextStepsCommand: Command = {
  name: 'next-steps',
  summary: 'list the open next steps across notes, or export them as a calendar',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string', default: 'table' },
        owner: { type: 'string' },
        overdue: { type: 'boolean', default: false },
        'include-done': { type: 'boolean', default: false },
        events: { type: 'boolean', default: false },
        config: { type: 'string' },
      },
      USAGE,
    );
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}"; expected ${FORMATS.join(', ')}.`, USAGE);
    if (values.events && format !== 'ics') throw new UsageError('--events goes with --format ics.', USAGE);
    const owner = ownerFilter(values.owner);
    const now = cliNow(context.env);
    const shown = (path: string) => relative(context.cwd, path) || path;
    const configs: ConfigSource = values.config ? await fixedConfigSource(resolve(context.cwd, values.config), values.config) : new ConfigDiscovery(shown);

    const unread: string[] = [];
    const notes = await digestFiles(await filesOfInputs(positionals, context, shown), configs, context, shown, unread);
    const steps = agendaOf(notes, { today: localDay(now), owner, overdueOnly: values.overdue === true, includeDone: values['include-done'] === true });
    if (format === 'json') context.stdout(`${JSON.stringify(steps.map((step) => jsonStep(step, shown)), null, 2)}\n`);
    else if (format === 'ics') context.stdout(icsCalendar(steps.map((step) => ({ ...step, shownFile: shown(step.file) })), now, { events: values.events === true }));
    else context.stdout(table(steps, shown));
    return unread.length > 0 ? 2 : 0;
  },
};

function ownerFilter(value: string | undefined): OwnerFilter {
  if (value === undefined) return { kind: 'all' };
  const name = value.trim();
  if (!name) throw new UsageError('--owner takes me, client or a name.', USAGE);
  if (name.toLowerCase() === 'me') return { kind: 'me' };
  if (name.toLowerCase() === 'client') return { kind: 'client' };
  return { kind: 'name', name };
}

function jsonStep(step: AgendaStep, shown: (path: string) => string) {
  return {
    file: shown(step.file),
    line: step.line + 1,
    client: step.client ?? null,
    what: step.what,
    owner: step.owner ?? null,
    side: step.side ?? null,
    due: step.due ?? null,
    done: step.done,
    overdue: step.overdue,
  };
}

/** Columns padded to their widest cell, by characters; control characters escaped. */
function table(steps: readonly AgendaStep[], shown: (path: string) => string): string {
  if (steps.length === 0) return 'No open next steps.\n';
  const header = ['Due', 'Client', 'Owner', 'Next step', 'Note'];
  const rows = steps.map((step) =>
    [
      `${step.due ?? '—'}${step.overdue ? ' overdue' : ''}${step.done ? ' done' : ''}`,
      step.client ?? '',
      step.owner ?? '',
      step.what,
      `${shown(step.file)}:${step.line + 1}`,
    ].map(printable),
  );
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => [...row[column]].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell + ' '.repeat(widths[column] - [...cell].length)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
