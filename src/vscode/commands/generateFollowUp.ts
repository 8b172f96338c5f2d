import * as vscode from 'vscode';
import { isClientNote } from '../../core/lint/engine';
import {
  buildRecapModel,
  renderEml,
  renderFormat,
  renderMailto,
  renderMarkdown,
  renderTextBody,
  subjectOf,
  SUMMARY_FORMATS,
  type RecapModel,
  type SummaryFormat,
} from '../../core/summary';
import type { NoteConfiguration } from '../configuration';
import { targetDocument, type TargetArgument } from './target';

export const GENERATE_FOLLOW_UP_COMMAND = 'clientNotes.generateFollowUp';
export const RECAP_SCHEME = 'client-notes-recap';

export interface GenerateFollowUpArgument extends TargetArgument {
  /** The format of the returned text; given, the command asks nothing. Default `markdown`. */
  format?: SummaryFormat;
}

const COPY = vscode.l10n.t('Copy');
const SAVE_EML = vscode.l10n.t('Save as .eml');
const OPEN_MAIL = vscode.l10n.t('Open in Mail App');

/**
 * Shows the follow-up recap of a note beside it and offers to copy it, save it as an .eml
 * draft or open it in the mail app. Resolves to the recap's text in the requested format,
 * or undefined when the note cannot be summarised (the message says what is missing).
 */
export function registerGenerateFollowUp(configuration: NoteConfiguration): vscode.Disposable {
  const recaps = new RecapDocuments();
  const command = vscode.commands.registerCommand(GENERATE_FOLLOW_UP_COMMAND, async (argument?: GenerateFollowUpArgument) => {
    const format = argument?.format ?? 'markdown';
    if (!SUMMARY_FORMATS.includes(format)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: unknown recap format "{0}"; use one of {1}.', String(format), SUMMARY_FORMATS.join(', ')));
      return undefined;
    }
    const note = await targetDocument(argument?.uri ? argument : recapNote() ?? argument);
    if (!note) return undefined;
    const { config, relativePath } = await configuration.forDocument(note.uri);
    const text = note.getText();
    const built = buildRecapModel(text, {
      ...config.summary,
      requiredSections: config.requiredSections,
      privateSections: config.privateSections,
      isNote: isClientNote(text, config, relativePath),
    });
    if (!built.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: no recap for this note. {0}', built.problems.join(' ')));
      return undefined;
    }
    const rendered = renderFormat(built.model, format, new Date());
    if (!rendered.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: no {0} recap for this note. {1}', format, rendered.problems.join(' ')));
      return undefined;
    }
    await recaps.show(note.uri, renderMarkdown(built.model));
    // The choices are offered without being awaited: the command resolves at once.
    if (!argument?.format) offerActions(note.uri, built.model, built.warnings);
    return rendered.text;
  });
  return vscode.Disposable.from(command, recaps);
}

/** Read-only Markdown documents holding the recaps, one per note, refreshed on each run. */
class RecapDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      vscode.workspace.registerTextDocumentContentProvider(RECAP_SCHEME, this),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.scheme === RECAP_SCHEME) this.contents.delete(document.uri.toString());
      }),
      this.changed,
    ];
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  async show(note: vscode.Uri, markdown: string): Promise<vscode.TextEditor> {
    const name = note.path.split('/').pop()?.replace(/\.(md|markdown)$/i, '') || 'note';
    const uri = vscode.Uri.from({ scheme: RECAP_SCHEME, path: `/Follow-up ${name}.md`, query: note.toString() });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'markdown') document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    // Run again, the recap refreshes where it already shows rather than opening one more column.
    const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
    return vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside, preview: false });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** When the active editor shows a recap, the note it was made from: commands act on that note. */
export function recapNote(): TargetArgument | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return active?.scheme === RECAP_SCHEME && active.query ? { uri: vscode.Uri.parse(active.query) } : undefined;
}

function offerActions(note: vscode.Uri, model: RecapModel, warnings: readonly string[]): void {
  const subject = subjectOf(model);
  const addressed = model.contacts.some((contact) => contact.address);
  const actions = addressed ? [COPY, SAVE_EML, OPEN_MAIL] : [COPY];
  const message = [vscode.l10n.t('Client Notes: the recap "{0}" is ready.', subject), ...warnings].join(' ');
  void vscode.window.showInformationMessage(message, ...actions).then(async (choice) => {
    try {
      if (choice === COPY) await copyRecap(model);
      else if (choice === SAVE_EML) await saveEml(note, model);
      else if (choice === OPEN_MAIL) await openInMailApp(model);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: {0}', error instanceof Error ? error.message : String(error)));
    }
  });
}

async function copyRecap(model: RecapModel): Promise<void> {
  await vscode.env.clipboard.writeText(renderTextBody(model));
  void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: the recap is on the clipboard. Subject: {0}', subjectOf(model)));
}

async function saveEml(note: vscode.Uri, model: RecapModel): Promise<void> {
  const eml = renderEml(model, new Date());
  if (!eml.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: {0}', eml.problems.join(' ')));
    return;
  }
  const defaultUri = note.scheme === 'untitled' ? undefined : note.with({ path: note.path.replace(/(\.(md|markdown))?$/i, '.eml') });
  // The save dialog itself asks before replacing a file that exists.
  const target = await vscode.window.showSaveDialog({
    defaultUri,
    filters: { [vscode.l10n.t('Email message')]: ['eml'] },
    saveLabel: vscode.l10n.t('Save Recap'),
    title: vscode.l10n.t('Save the recap as an email draft'),
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(eml.text));
  void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: saved {0}; open it with your mail program to send it.', target.path.split('/').pop() ?? ''));
}

async function openInMailApp(model: RecapModel): Promise<void> {
  const link = renderMailto(model);
  if (!link.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: {0}', link.problems.join(' ')));
    return;
  }
  if (!link.complete) {
    await vscode.env.clipboard.writeText(renderTextBody(model));
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Client Notes: the recap is too long for a mail link, so the new message has only the subject. Its text is on the clipboard: paste it into the message.'),
    );
  }
  await vscode.env.openExternal(mailtoTarget(link.uri));
}

/**
 * What to hand to `env.openExternal` for a mailto link. A Uri is re-encoded on the way
 * (`encodeURI(uri.toString(true))`), which turns an encoded `&` in the subject or body back
 * into a parameter separator; VS Code opens a string target exactly as given, so the link
 * goes as a string whenever the Uri would not survive that trip.
 */
export function mailtoTarget(link: string): vscode.Uri {
  const uri = vscode.Uri.parse(link);
  if (sameMailto(encodeURI(uri.toString(true)), link)) return uri;
  return link as unknown as vscode.Uri;
}

function sameMailto(a: string, b: string): boolean {
  const parts = (link: string) => {
    const [to, query = ''] = link.split('?', 2);
    return JSON.stringify([safeDecode(to), ...query.split('&').map(safeDecode)]);
  };
  return parts(a) === parts(b);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
