import * as vscode from 'vscode';
import { clientOverview } from '../../core/digest/clients';
import { SCENARIOS, type ScenarioId } from '../../core/note/scenarios';
import { preparationOf, withPreparation } from '../../core/scaffold/preparation';
import { firstFreePath, noteFileName, noteRelativePath } from '../../core/scaffold/slug';
import {
  builtInTemplatePath,
  findTemplate,
  isTemplateFile,
  listTemplates,
  renderTemplate,
  TEMPLATE_LANGUAGES,
  templateLanguage,
  type BuiltInTexts,
  type NoteTemplate,
  type TemplateFile,
  type TemplateLanguage,
} from '../../core/scaffold/templates';
import { packFor } from '../../core/lang/packs';
import { addDays, isRealDate } from '../../core/base/days';
import { isolated } from '../../core/base/text';
import { parseContacts } from '../../core/note/contact';
import type { NoteConfiguration } from '../configuration';
import { log } from '../log';
import { readFileText } from '../noteSource';
import { readExtensionFile } from '../extensionFiles';
import { weekdayName } from '../dueText';
import { templateText } from '../noteVocabulary';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { today as todayOnTheClock } from '../clock';

export const NEW_NOTE_COMMAND = 'clientNotes.newNote';

/** Skips the prompts for what it gives, for keybindings, tasks, tests and the Clients view (whose client items hold `client`). */
export interface NewNoteArgument {
  client?: string;
  /** A scenario id, or the name of a template from the templates folder. */
  scenario?: string;
  /**
   * The note's language, whose templates are offered: `en`, `de`, `fr` (a region allowed,
   * `de-CH`). By default the configured language of notes, else the display language when
   * there are templates in it, else English; the scenario's quick pick offers the others.
   */
  language?: string;
  topic?: string;
  /** `YYYY-MM-DD`, the day of the conversation; asked for when left out (today first, the coming days offered). */
  date?: string;
  /**
   * `Name <email>`, or `''` for none yet; by default the contact of the client's newest
   * note, and asked for (skippably) for a client without notes.
   */
  contact?: string;
}

export interface NewNote extends vscode.Disposable {
  /** Fires with the title of each prompt as it opens: tests answer a prompt once it is up. */
  onDidShowPrompt: vscode.Event<string>;
}

/** How many days after tomorrow the date prompt offers by name. */
const COMING_DAYS = 6;

/** How many times a name taken between the check and the creation is retried with the next suffix. */
const CREATE_ATTEMPTS = 5;

/**
 * Asks for the scenario (in the note's language, which its quick pick can switch), the client and the topic, creates
 * `{notesFolder}/{client-slug}/{date}-{topic-slug}.md`, or for a known client
 * `{date}-{topic-slug}.md` beside their newest note (never over an existing file: a
 * `-2`, `-3`… suffix instead), and opens it with the scenario's template as a snippet, so
 * that Tab walks through its prompts. For a client with earlier notes, its Preparation
 * section starts with what is open with them and what the last conversations settled
 * (`preparationOf`). Resolves to the new note's URI, undefined when cancelled.
 */
export function registerNewNote(digest: WorkspaceDigest, configuration: NoteConfiguration, extensionUri: vscode.Uri): NewNote {
  const builtIn = (language: TemplateLanguage) => builtInTexts(extensionUri, language);
  const promptShown = new vscode.EventEmitter<string>();
  const prompts: Prompts = { shown: (title) => promptShown.fire(title) };
  const command = vscode.commands.registerCommand(NEW_NOTE_COMMAND, async (argument: NewNoteArgument = {}) => {
    const folder = targetFolder();
    if (!folder) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: open a folder first; new notes are created in its notes folder.'));
      return undefined;
    }
    const { notesFolder, templatesFolder } = configuration.newNoteFolders(folder.uri);
    const language = argument.language === undefined ? await defaultLanguage(configuration, vscode.Uri.joinPath(folder.uri, notesFolder)) : writtenLanguage(argument.language);
    if (!language) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: no templates in "{0}"; use one of {1}.', String(argument.language), TEMPLATE_LANGUAGES.join(', ')));
      return undefined;
    }
    const userFiles = await readTemplatesFolder(folder.uri, templatesFolder);

    const templates = listTemplates(await builtIn(language), userFiles);
    // The picker may switch to another language's templates: the note is in the one chosen.
    const picked = argument.scenario === undefined ? await pickTemplate(userFiles, language, builtIn, prompts) : { template: findTemplate(templates, argument.scenario), language };
    const template = picked?.template;
    if (!picked || !template) {
      if (argument.scenario !== undefined) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Client Notes: no template "{0}"; use one of {1}.', argument.scenario, templates.map((candidate) => candidate.name).join(', ')),
        );
      }
      return undefined;
    }
    const people = await digest.people();
    const client = argument.client?.trim() || (await pickClient(people.clients, prompts));
    if (!client) return undefined;
    const topic = argument.topic?.trim() || (await askTopic(prompts));
    if (!topic) return undefined;
    const today = todayOnTheClock();
    const date = argument.date ?? (await pickDate(today, prompts));
    if (date === undefined) return undefined;
    if (!isRealDate(date)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: the date must be a real day written YYYY-MM-DD, not "{0}".', date));
      return undefined;
    }
    const digested = await digest.notes();
    // A known client's note goes beside their newest note, whatever their folder is called, and starts with its contact.
    const known = clientOverview(digested, client, today);
    // A new client's contact is asked once, here, so that the first recap has someone to greet and an address.
    const contact = argument.contact ?? (known ? known.contact : await askContact(client, prompts));
    if (contact === undefined && !known && argument.contact === undefined) return undefined;

    const uri = known
      ? await createNewFile(vscode.Uri.joinPath(vscode.Uri.parse(known.notes[0].file), '..'), noteFileName(date, topic))
      : await createNewFile(folder.uri, noteRelativePath(notesFolder, client, date, topic));
    if (!uri) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: could not create a new note in "{0}".', notesFolder));
      return undefined;
    }
    const notes = digested.map((note) => ({ ...note, file: vscode.Uri.parse(note.file).path }));
    const { config } = await configuration.forDocument(uri);
    const noteLanguage = packFor(picked.language);
    const preparation = preparationOf(notes, client, uri.path, today, config.historySignals, noteLanguage);
    const templateText = preparation ? withPreparation(template.text, preparation, config.requiredSections, noteLanguage) : template.text;
    const { snippet } = renderTemplate(templateText, { client, contact, date, topic, scenario: template.scenario });
    const editor = await vscode.window.showTextDocument(uri);
    await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
    return uri;
  });
  return { onDidShowPrompt: promptShown.event, dispose: () => vscode.Disposable.from(command, promptShown).dispose() };
}

/** Tells of each prompt as it opens. */
interface Prompts {
  shown(title: string): void;
}

/** The workspace folder of the active editor, else the first one. */
function targetFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}

/**
 * The `.md` files of the templates folder (relative to the workspace folder, or absolute);
 * none when unset. Only regular files are read: a symbolic link could lead out of the
 * folder (a `notes.md` linking to `/etc/shadow` would be copied into the note), and
 * `workspace.fs` cannot tell where it leads; a named pipe would never end. Each file
 * left out is named in a warning.
 */
async function readTemplatesFolder(root: vscode.Uri, setting: string): Promise<TemplateFile[]> {
  if (!setting.trim()) return [];
  const folder = /^([a-z]:)?[\\/]/i.test(setting) ? vscode.Uri.file(setting) : vscode.Uri.joinPath(root, setting);
  try {
    const entries = (await vscode.workspace.fs.readDirectory(folder)).filter(([name, type]) => type !== vscode.FileType.Directory && isTemplateFile(name));
    const names = entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
    const skipped = entries.filter(([, type]) => type !== vscode.FileType.File).map(([name]) => name);
    if (skipped.length > 0) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Client Notes: templates skipped in "{0}": {1}. Only regular files are read, not symbolic links or special files.', setting, skipped.join(', ')),
      );
    }
    return await Promise.all(
      names.map(async (name) => ({ name, text: await readFileText(vscode.Uri.joinPath(folder, name)) })),
    );
  } catch (error) {
    log.warn(`Cannot read the templates folder ${setting}`, error);
    void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: cannot read the templates folder "{0}"; the built-in templates are offered.', setting));
    return [];
  }
}

/** The built-in templates of a language, read from the extension's folder (`extensionFiles.ts`). */
async function builtInTexts(extensionUri: vscode.Uri, language: TemplateLanguage): Promise<BuiltInTexts> {
  const texts = await Promise.all(SCENARIOS.map(({ id }) => readExtensionFile(extensionUri, builtInTemplatePath(language, id))));
  return Object.fromEntries(SCENARIOS.map(({ id }, index) => [id, texts[index]])) as Record<ScenarioId, string>;
}

/**
 * The language a new note is offered in: the configured language of the notes in the
 * notes folder (`clientNotes.noteLanguage`, `language` in `.clientnotesrc`), else the
 * display language when there are templates in it, else English.
 */
async function defaultLanguage(configuration: NoteConfiguration, notesFolder: vscode.Uri): Promise<TemplateLanguage> {
  const { language } = await configuration.forFolder(notesFolder);
  return templateLanguage(language || vscode.env.language);
}

/** The template language a language tag names (`de-CH` is `de`), undefined for one without templates. */
function writtenLanguage(tag: string): TemplateLanguage | undefined {
  const code = packFor(tag)?.code;
  return TEMPLATE_LANGUAGES.find((language) => language === code);
}

/** A language's name in a display language (`German`, `allemand`, `Deutsch`); in its own, it names the language for whoever writes it. */
function languageName(language: TemplateLanguage, inLanguage: string): string {
  return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(language) ?? language;
}

interface TemplatePick extends vscode.QuickPickItem {
  template?: NoteTemplate;
  /** The item that shows the templates of another language instead. */
  language?: TemplateLanguage;
}

/**
 * The scenario's template, offered in `language`; below the templates, one item per other
 * language shows that language's templates in their place, so that a note in another
 * language costs a pick and one in the usual language costs nothing more. With it, the
 * language of the templates it was picked from: the new note's.
 */
async function pickTemplate(
  userFiles: readonly TemplateFile[],
  language: TemplateLanguage,
  builtIn: (language: TemplateLanguage) => Promise<BuiltInTexts>,
  prompts: Prompts,
): Promise<{ template: NoteTemplate; language: TemplateLanguage } | undefined> {
  for (let shown = language; ; ) {
    const builtInShown = await builtIn(shown);
    const chosen = await runPick<TemplatePick, NoteTemplate | TemplateLanguage>(
      prompts,
      (pick) => {
        pick.title = vscode.l10n.t('New Conversation Note (1/4): the scenario');
        pick.placeholder = vscode.l10n.t('What is the conversation about? The note is written in {0}.', languageName(shown, vscode.env.language));
        pick.matchOnDescription = true;
        pick.matchOnDetail = true;
        const templates: TemplatePick[] = listTemplates(builtInShown, userFiles).map((template) => {
          const { label, description } = templateText(template);
          return { label, description: template.origin === 'user' ? vscode.l10n.t('your template') : undefined, detail: description, template };
        });
        const others: TemplatePick[] = TEMPLATE_LANGUAGES.filter((other) => other !== shown).map((other) => {
          const ownName = languageName(other, other);
          return {
            label: `$(globe) ${ownName[0].toLocaleUpperCase(other)}${ownName.slice(1)}`,
            description: vscode.l10n.t('the templates in {0}', languageName(other, vscode.env.language)),
            language: other,
          };
        });
        pick.items = [...templates, { label: vscode.l10n.t('Write the note in another language'), kind: vscode.QuickPickItemKind.Separator }, ...others];
      },
      // Another language's pick opens in this one's place, as a prompt of its own.
      (pick) => pick.selectedItems[0]?.template ?? pick.selectedItems[0]?.language,
    );
    if (typeof chosen !== 'string') return chosen && { template: chosen, language: shown };
    shown = chosen;
  }
}

interface ClientPick extends vscode.QuickPickItem {
  /** The client's name as written, which the label shows isolated. */
  client: string;
}

/** Known clients first (most recent first); typing a name not among them offers it as a new client. */
function pickClient(known: readonly string[], prompts: Prompts): Promise<string | undefined> {
  const knownItems: ClientPick[] = known.map((client) => ({ label: isolated(client), description: vscode.l10n.t('known client'), client }));
  return runPick<ClientPick, string>(
    prompts,
    (pick) => {
      pick.title = vscode.l10n.t('New Conversation Note (2/4): the client');
      pick.placeholder = known.length > 0 ? vscode.l10n.t('Pick a client, or type a new one') : vscode.l10n.t('Type the client’s name');
      pick.items = knownItems;
      pick.onDidChangeValue((value) => {
        const typed = value.trim();
        const isKnown = known.some((client) => client.toLowerCase() === typed.toLowerCase());
        pick.items = typed && !isKnown ? [{ label: typed, description: vscode.l10n.t('new client'), alwaysShow: true, client: typed }, ...knownItems] : knownItems;
      });
    },
    (pick) => pick.selectedItems[0]?.client ?? (pick.value.trim() || undefined),
  );
}

/**
 * Shows a quick pick, its items set by `setUp` before it opens (so that accepting it at
 * once accepts its first item), and resolves to what `chosen` makes of it when accepted;
 * it stays open while `chosen` gives nothing, and resolves to undefined when closed.
 */
function runPick<Item extends vscode.QuickPickItem, Chosen>(
  prompts: Prompts,
  setUp: (pick: vscode.QuickPick<Item>) => void,
  chosen: (pick: vscode.QuickPick<Item>) => Chosen | undefined,
): Promise<Chosen | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<Item>();
    setUp(pick);
    let answer: Chosen | undefined;
    pick.onDidAccept(() => {
      answer = chosen(pick);
      if (answer !== undefined) pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(answer);
    });
    pick.show();
    prompts.shown(pick.title ?? '');
  });
}

async function askTopic(prompts: Prompts): Promise<string | undefined> {
  const title = vscode.l10n.t('New Conversation Note (3/4): the topic');
  const asking = vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('In a few words; it becomes the note’s title and file name'),
    placeHolder: vscode.l10n.t('Launch of the new booking site moves'),
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('A topic names the note and its file.')),
  });
  prompts.shown(title);
  return (await asking)?.trim() || undefined;
}

interface DayPick extends vscode.QuickPickItem {
  day: string;
}

/**
 * The day of the conversation: today first, then tomorrow and the days after it by name,
 * or any day typed as YYYY-MM-DD. A note prepared for next week is dated, and named, for it.
 */
function pickDate(today: string, prompts: Prompts): Promise<string | undefined> {
  const dayItem = (day: string, label: string): DayPick => ({ label, description: day, day });
  const offered: DayPick[] = [
    dayItem(today, vscode.l10n.t('Today')),
    dayItem(addDays(today, 1), vscode.l10n.t('Tomorrow')),
    ...Array.from({ length: COMING_DAYS }, (_, index) => {
      const day = addDays(today, index + 2);
      return dayItem(day, weekdayName(day));
    }),
  ];
  return runPick<DayPick, string>(
    prompts,
    (pick) => {
      pick.title = vscode.l10n.t('New Conversation Note (4/4): the day of the conversation');
      pick.placeholder = vscode.l10n.t('Pick a day, or type one as YYYY-MM-DD');
      pick.matchOnDescription = true;
      pick.items = offered;
      pick.onDidChangeValue((value) => {
        const typed = value.trim();
        pick.items = isRealDate(typed) && !offered.some((item) => item.day === typed) ? [dayItem(typed, typed), ...offered] : offered;
      });
    },
    // Anything typed that is not a day keeps the pick open for one.
    (pick) => pick.selectedItems[0]?.day ?? (isRealDate(pick.value.trim()) ? pick.value.trim() : undefined),
  );
}

/** A new client's contact, `Name <email>`: `''` when skipped (left empty), undefined when cancelled. */
async function askContact(client: string, prompts: Prompts): Promise<string | undefined> {
  const title = vscode.l10n.t('New Conversation Note: who at {0} reads the recap (optional)', client);
  const asking = vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('Name <name@example.com>; leave it empty to add it to the note later'),
    placeHolder: vscode.l10n.t('Jane Doe <jane@example.com>'),
    validateInput: (value) => (!value.trim() || parseContacts(value).ok ? undefined : vscode.l10n.t('Write it as Name <name@example.com>, or leave it empty.')),
  });
  prompts.shown(title);
  return (await asking)?.trim();
}

/**
 * Creates an empty file at the first free one of `relativePath`, `-2`, `-3`… through an
 * undoable workspace edit that fails rather than overwrite, retrying when another process
 * takes the name in between. The edit makes the folders the file needs; when no file is
 * created (a full disk), those it made are removed again, while empty.
 */
async function createNewFile(root: vscode.Uri, relativePath: string): Promise<vscode.Uri | undefined> {
  const exists = async (uri: vscode.Uri) => {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  };
  const made = await missingFolders(vscode.Uri.joinPath(root, relativePath), exists);
  for (let attempt = 0; attempt < CREATE_ATTEMPTS; attempt++) {
    const free = await firstFreePath(relativePath, (candidate) => exists(vscode.Uri.joinPath(root, candidate)));
    if (!free) break;
    const uri = vscode.Uri.joinPath(root, free);
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false });
    if (await vscode.workspace.applyEdit(edit)) return uri;
    // Not taken meanwhile, so not created for another reason (a full disk): trying again would not help.
    if (!(await exists(uri))) break;
  }
  await removeEmptyFolders(made);
  return undefined;
}

/** The folders above `file` that are not there yet, deepest first (a root, its own parent, ends the walk). */
async function missingFolders(file: vscode.Uri, exists: (uri: vscode.Uri) => Promise<boolean>): Promise<vscode.Uri[]> {
  const missing: vscode.Uri[] = [];
  for (let folder = vscode.Uri.joinPath(file, '..'); !(await exists(folder)); folder = vscode.Uri.joinPath(folder, '..')) {
    if (folder.path === missing.at(-1)?.path) break;
    missing.push(folder);
  }
  return missing;
}

/**
 * Removes the folders, deepest first, while each is empty: a delete that is not recursive
 * refuses a folder with anything in it, so a note another window created there meanwhile
 * keeps its folder and the folders above it.
 */
async function removeEmptyFolders(deepestFirst: readonly vscode.Uri[]): Promise<void> {
  for (const folder of deepestFirst) {
    const removed = await vscode.workspace.fs.delete(folder, { recursive: false, useTrash: false }).then(() => true, () => false);
    if (!removed) return;
  }
}
