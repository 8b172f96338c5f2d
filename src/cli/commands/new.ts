import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { resolveConfig } from '../../core/config/config';
import { SCENARIOS } from '../../core/note/scenarios';
import { clientOverview } from '../../core/digest/clients';
import { noteFileName, noteRelativePath } from '../../core/scaffold/slug';
import { preparationOf, withPreparation } from '../../core/scaffold/preparation';
import { BUNDLED_TEMPLATE_TEXTS } from '../../core/scaffold/bundledTemplates';
import { findTemplate, listTemplates, renderTemplate, TEMPLATE_LANGUAGES, templateLanguage, type TemplateFile, type TemplateLanguage } from '../../core/scaffold/templates';
import { packFor } from '../../core/lang/packs';
import type { LanguagePack } from '../../core/lang/pack';
import { isRealDate, localDay } from '../../core/base/days';
import { closestMatch } from '../../core/base/editDistance';
import { createNewFile } from '../../node/createNewFile';
import { ConfigDiscovery, describeFsError } from '../../node/config';
import { readTemplateFolder } from '../../node/templateFolder';
import { cliNow } from '../clock';
import { CliError, parseCommandArgs, UsageError, type CliContext, type Command } from '../command';
import { digestFiles, filesOfInputs } from '../inputs';
import { printable } from '../printable';

const SYNOPSIS =
  'Usage: client-notes new --client NAME --scenario SCENARIO --topic TEXT [--dir FOLDER] [--date YYYY-MM-DD] [--contact TEXT] [--lang en|de|fr] [--templates FOLDER]';

/** Printed after a usage error. */
const USAGE = `${SYNOPSIS}\nRun "client-notes new --help" for more.\n`;

const SCENARIO_WIDTH = Math.max(...SCENARIOS.map((scenario) => scenario.id.length)) + 2;

const HELP = `${SYNOPSIS}

Creates a client conversation note from the scenario's template, at
FOLDER/{client}/{date}-{topic}.md with names made safe for any file system, and prints
its path. An existing file is never replaced: the new note's name gets -2, -3… instead.
When FOLDER holds earlier notes with the client, the note goes beside the newest of
them, takes its contact, and its Preparation section starts with what is open with
them (my steps, theirs, recaps not sent) and the agreements and boundaries of the last
conversations, each linked to its note.

Options:
  --client NAME        the client, as it should read in the note and the recap
  --scenario SCENARIO  the template: a scenario below, or a template in --templates
  --topic TEXT         one line on what the conversation is about
  --dir FOLDER         the notes folder (default: notes)
  --date YYYY-MM-DD    the day of the conversation (default: today)
  --contact TEXT       who you speak with, as "Name <email>" (default: the contact of
                       the client's newest note, else a placeholder to fill in)
  --lang en|de|fr      the language of the note and its template (default: the
                       language of .clientnotesrc, else en)
  --templates FOLDER   your own templates: SCENARIO.md replaces the built-in one, any
                       other .md file is a scenario of its own
  -h, --help           show this help

Scenarios:
${SCENARIOS.map((scenario) => `  ${scenario.id.padEnd(SCENARIO_WIDTH)}${scenario.description}`).join('\n')}

Exit codes: 0 the note was created, 2 bad usage or a file that cannot be read or written.

Environment:
  CLIENT_NOTES_NOW  for testing: today, as YYYY-MM-DD
`;

const REQUIRED = ['client', 'scenario', 'topic'] as const;

export const newCommand: Command = {
  name: 'new',
  summary: 'create a note from a scenario template',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        client: { type: 'string' },
        scenario: { type: 'string' },
        topic: { type: 'string' },
        dir: { type: 'string', default: 'notes' },
        date: { type: 'string' },
        contact: { type: 'string' },
        templates: { type: 'string' },
        lang: { type: 'string' },
      },
      USAGE,
    );
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`, USAGE);
    const missing = REQUIRED.filter((name) => !values[name]?.trim());
    if (missing.length > 0) throw new UsageError(`Missing ${missing.map((name) => `--${name}`).join(', ')}.`, USAGE);
    const date = values.date ?? localDay(cliNow(context.env));
    if (!isRealDate(date)) throw new UsageError(`--date must be a day written YYYY-MM-DD, such as 2026-11-20, not "${date}".`, USAGE);

    const language = values.lang === undefined ? await configuredLanguage(resolve(context.cwd, values.dir!), context) : values.lang.trim().toLowerCase();
    if (!isTemplateLanguage(language)) throw new UsageError(`--lang must be one of ${TEMPLATE_LANGUAGES.join(', ')}, not "${values.lang}".`, USAGE);
    const userFiles = values.templates ? await readTemplates(resolve(context.cwd, values.templates), values.templates, context) : [];
    const templates = listTemplates(BUNDLED_TEMPLATE_TEXTS[language], userFiles);
    const scenario = values.scenario!.trim();
    const template = findTemplate(templates, scenario);
    if (!template) {
      const names = templates.map((candidate) => candidate.name);
      const suggestion = closestMatch(scenario, names);
      throw new UsageError(`Unknown scenario "${scenario}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Expected one of: ${names.join(', ')}.`, USAGE);
    }

    const client = values.client!;
    const topic = values.topic!;
    const noteLanguage = packFor(language);
    const known = await earlierNotes(resolve(context.cwd, values.dir!), client, localDay(cliNow(context.env)), noteLanguage, context);
    // A known client's note goes where their notes are, and starts with their contact.
    const path = known?.folder ? join(known.folder, noteFileName(date, topic)) : resolve(context.cwd, noteRelativePath(values.dir!, client, date, topic));
    const preparation = known?.preparation(path);
    const templateText = preparation ? withPreparation(template.text, preparation, resolveConfig().requiredSections, noteLanguage) : template.text;
    const { text } = renderTemplate(templateText, { client, contact: values.contact ?? known?.contact, date, topic, scenario: template.scenario });
    const shown = (file: string) => relative(context.cwd, file) || file;
    let created: string | undefined;
    try {
      created = await createNewFile(path, text);
    } catch (error) {
      throw new CliError(`Cannot write ${shown(path)}: ${describeFsError(error)}`);
    }
    if (!created) throw new CliError(`Cannot write ${shown(path)}: too many notes of that name already exist.`);
    context.stdout(`${shown(created)}\n`);
    return 0;
  },
};

/**
 * What the notes folder knows of the client: the folder of their newest note, their
 * contact, and what is open with them for the new note's Preparation, in its language; undefined when the
 * folder is not there yet or has no note with the client. A note that cannot be read, or
 * a broken config file, costs this (said on stderr), never the new note.
 */
async function earlierNotes(
  folder: string,
  client: string,
  today: string,
  language: LanguagePack | undefined,
  context: CliContext,
): Promise<{ folder: string | undefined; contact: string | undefined; preparation: (notePath: string) => string | undefined } | undefined> {
  if (!existsSync(folder)) return undefined;
  const shown = (path: string) => relative(context.cwd, path) || path;
  try {
    // An earlier note that cannot be read is named on stderr, and the others still prepare the new one.
    const configs = new ConfigDiscovery(shown);
    const notes = await digestFiles(await filesOfInputs([folder], context, shown), configs, context, shown, []);
    const overview = clientOverview(notes, client, today);
    if (!overview) return undefined;
    // The signals' thresholds of the folder the notes are in.
    const { config } = await configs.forFolder(folder);
    return {
      folder: dirname(overview.notes[0].file),
      contact: overview.contact,
      preparation: (notePath) => preparationOf(notes, client, notePath, today, config.historySignals, language),
    };
  } catch (error) {
    context.stderr(`client-notes: warning: the note is not prepared from the earlier ones: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
}

function isTemplateLanguage(language: string): language is TemplateLanguage {
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(language);
}

/**
 * The template language of the notes folder's `.clientnotesrc` (`language: de-CH` is
 * German), English when it names none or none we write templates in. A broken config
 * file is said on stderr and costs only this.
 */
async function configuredLanguage(folder: string, context: CliContext): Promise<TemplateLanguage> {
  const shown = (path: string) => relative(context.cwd, path) || path;
  try {
    const { config } = await new ConfigDiscovery(shown).forFolder(existsSync(folder) ? folder : context.cwd);
    return templateLanguage(config.language);
  } catch (error) {
    context.stderr(`client-notes: warning: the note is in English, the configured language could not be read: ${error instanceof Error ? error.message : String(error)}\n`);
    return 'en';
  }
}

async function readTemplates(folder: string, written: string, context: CliContext): Promise<TemplateFile[]> {
  try {
    const { files, skipped } = await readTemplateFolder(folder);
    for (const { name, reason } of skipped) context.stderr(`client-notes: skipped the template ${printable(join(written, name))}: ${reason}\n`);
    return files;
  } catch (error) {
    throw new CliError(`Cannot read the templates folder ${written}: ${describeFsError(error)}`);
  }
}
