import { relative, resolve } from 'node:path';
import { localDay } from '../../core/base/days';
import { clientHistory, type ClientHistory, type StepCounts } from '../../core/digest/history';
import { ConfigDiscovery, fixedConfigSource, type ConfigSource } from '../../node/config';
import { cliNow } from '../clock';
import { CliError, parseCommandArgs, UsageError, type Command } from '../command';
import { digestFiles, filesOfInputs } from '../inputs';
import { printable } from '../printable';

const FORMATS = ['md', 'json'] as const;
type Format = (typeof FORMATS)[number];

const SYNOPSIS = 'Usage: client-notes history [paths or globs…] --client NAME [--format md|json] [--config FILE]';

/** Printed after a usage error. */
const USAGE = `${SYNOPSIS}\nRun "client-notes history --help" for more.\n`;

const HELP = `${SYNOPSIS}

Shows a client's history from every note with that client among the given files,
folders and globs (the current folder when none is given; the name in any case): the
conversations oldest first, how many of each scenario, each side's next steps done on
time, done late, open and overdue, the recaps not sent, the boundaries (the same
boundary written in several notes counted once, with the notes that hold it) and the
signals the notes show. Only what the client may read of a note is used: nothing from
its "private" frontmatter or its Private notes, Preparation or Client's perspective
sections.

Signals, each a fact with the notes that show it (thresholds: history.signals in the
config file, a number or "off"):
  recurring-scenario  the same scenario 3 or more times within 180 days
  late-commitments    3 or more of the client's dated steps, at least half done late
                      or overdue
  boundary-restated   the same boundary written in 3 or more notes
  payment-trouble     2 or more invoice disputes within 365 days
  escalation          3 or more conversations in the last 60 days

Options:
  --client NAME     the client, as the notes' client field names them (required)
  --format FORMAT   md (default, Markdown) or json ({ client, notes, conversations,
                    steps: { mine, theirs }, recapsNotSent, boundaries, signals })
  --config FILE     use this config file instead of the nearest .clientnotesrc.json,
                    .clientnotesrc.yaml or .clientnotesrc.yml above each note (the
                    signals' thresholds are those of the current folder's)
  -h, --help        show this help

Exit codes: 0 the history was shown, 2 bad usage, no note with that client, a path that
cannot be read or a bad config file. A note that cannot be read is named on stderr,
the history of the others is shown, then the exit code is 2.

Environment:
  CLIENT_NOTES_NOW  for testing: the day dates are judged against, as YYYY-MM-DD
                    (default: today)
`;

export const historyCommand: Command = {
  name: 'history',
  summary: "show a client's history: conversations, steps kept, boundaries, signals",
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(args, { client: { type: 'string' }, format: { type: 'string', default: 'md' }, config: { type: 'string' } }, USAGE);
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}"; expected ${FORMATS.join(', ')}.`, USAGE);
    const client = values.client?.trim();
    if (!client) throw new UsageError('--client NAME is required: the client whose history to show.', USAGE);
    const today = localDay(cliNow(context.env));
    const shown = (path: string) => relative(context.cwd, path) || path;
    const configs: ConfigSource = values.config ? await fixedConfigSource(resolve(context.cwd, values.config), values.config) : new ConfigDiscovery(shown);

    const unread: string[] = [];
    const notes = await digestFiles(await filesOfInputs(positionals, context, shown), configs, context, shown, unread);
    const { config } = await configs.forFolder(context.cwd);
    const history = clientHistory(
      notes.map((note) => ({ ...note, file: shown(note.file) })),
      client,
      today,
      config.historySignals,
    );
    if (!history) throw new CliError(`No note has the client "${printable(client)}".`);
    context.stdout(format === 'json' ? `${JSON.stringify(jsonHistory(history), null, 2)}\n` : markdown(history));
    return unread.length > 0 ? 2 : 0;
  },
};

/** The shape `--help` promises: counts where the core keeps lists for the editor's links. */
function jsonHistory(history: ClientHistory) {
  return {
    client: history.client,
    notes: history.notes.map(({ file, date, scenario, topic }) => ({ file, date: date ?? null, scenario: scenario ?? null, topic: topic ?? null })),
    conversations: history.conversations,
    steps: history.steps,
    recapsNotSent: history.recapsNotSent.length,
    boundaries: history.boundaries,
    signals: history.signals.map(({ id, message, files }) => ({ id, message, files })),
  };
}

function markdown(history: ClientHistory): string {
  const text = (value: string) => printable(value);
  const lines = [`# ${text(history.client)}: history`, ''];
  lines.push('## Signals', '');
  if (history.signals.length === 0) lines.push('None.');
  for (const signal of history.signals) lines.push(`- **${signal.id}**: ${text(signal.message)} (${signal.files.map(text).join(', ')})`);
  lines.push('', `## Conversations (${history.conversations.total})`, '');
  for (const note of history.notes) {
    const topic = note.topic === undefined ? '' : `: ${text(note.topic)}`;
    lines.push(`- ${note.date ?? 'undated'} ${text(note.scenario ?? 'no scenario')}${topic} (${text(note.file)})`);
  }
  const scenarios = Object.entries(history.conversations.byScenario).map(([scenario, count]) => `${text(scenario)} ${count}`);
  if (scenarios.length > 0) lines.push('', `By scenario: ${scenarios.join(', ')}.`);
  lines.push('', '## Next steps', '', '| Side | Total | Done | On time | Late | Open | Overdue |', '| --- | --- | --- | --- | --- | --- | --- |');
  const row = (side: string, counts: StepCounts) => `| ${side} | ${counts.total} | ${counts.done} | ${counts.doneOnTime} | ${counts.doneLate} | ${counts.open} | ${counts.overdue} |`;
  lines.push(row('Mine', history.steps.mine), row('Theirs', history.steps.theirs));
  lines.push('', `## Recaps not sent (${history.recapsNotSent.length})`, '');
  for (const recap of history.recapsNotSent) lines.push(`- ${recap.date ?? 'undated'} (${text(recap.file)})`);
  lines.push('', '## Boundaries', '');
  if (history.boundaries.length === 0) lines.push('None.');
  for (const boundary of history.boundaries) lines.push(`- ${text(boundary.text)}: ${boundary.times === 1 ? 'once' : `${boundary.times} times`} (${boundary.files.map(text).join(', ')})`);
  return `${lines.join('\n')}\n`;
}
