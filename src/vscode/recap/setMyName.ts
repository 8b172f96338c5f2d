import * as vscode from 'vscode';
import { configFileEdits } from '../../core/config/configFile';
import { applyEdits } from '../../core/lint/engine';
import type { TextEdit } from '../../core/base/types';
import type { NoteConfiguration, NoteConfigFile } from '../configuration';
import { toWorkspaceEdit } from '../convert';
import { notify } from '../notices';
import { noteRecap, type RecapDocuments } from './recapDocuments';
import { targetDocument, type TargetArgument } from '../commandTarget';

export const SET_MY_NAME_COMMAND = 'clientNotes.setMyName';

export interface SetMyNameArgument extends TargetArgument {
  /** The name to write; given, the command asks nothing. */
  name?: string;
}

/** Where the name is written: the recap's `recap.myName`, which signs it and tells which steps are the freelancer's. */
const MY_NAME_PATH = ['recap'] as const;
const MY_NAME_KEY = 'myName';

/**
 * Writes the freelancer's name as `recap.myName` into the config file the note reads
 * (`.clientnotesrc.*`, a new `.clientnotesrc.yaml` where there is none), so that the
 * editor and `client-notes recap` sign the recap alike: a VS Code setting never reaches
 * the command line. The file is edited as typed by hand (comments and layout kept) through
 * an undoable edit, and saved unless it held unsaved changes. An open recap of the note,
 * left as generated, is refreshed. Resolves to the config file written, or undefined.
 */
export function registerSetMyName(configuration: NoteConfiguration, recaps: RecapDocuments): vscode.Disposable {
  return vscode.commands.registerCommand(SET_MY_NAME_COMMAND, async (argument?: SetMyNameArgument) => {
    const note = await targetDocument(argument?.uri ? argument : recaps.noteOf() ?? argument);
    if (!note) return undefined;
    const file = await configuration.configFileFor(note.uri);
    if (!file) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Client Notes: {0} is outside the workspace folders, so no .clientnotesrc applies to it. Open its folder to set your name for its recaps.', vscode.workspace.asRelativePath(note.uri)),
      );
      return undefined;
    }
    const shownFile = vscode.workspace.asRelativePath(file.uri);
    if (file.exists && !file.valid) {
      await vscode.window.showTextDocument(file.uri);
      void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: {0} has problems (see Problems); fix them, then set your name again.', shownFile));
      return undefined;
    }
    const { config } = await configuration.forDocument(note.uri);
    const name = (argument?.name ?? (await askName(config.recap.myName, shownFile)))?.trim();
    if (!name) return undefined;
    if (!(await writeName(file, name, shownFile))) return undefined;
    configuration.configFilesChanged();
    const recap = await noteRecap(note, configuration);
    if (recap.ok) await recaps.refresh(note.uri, recap.model);
    const open = vscode.l10n.t('Open {0}', shownFile);
    void notify(vscode.window.showInformationMessage, vscode.l10n.t('Client Notes: "{0}" signs your recaps now, in the editor and on the command line ({1}).', name, shownFile), open).then(async (choice) => {
      if (choice !== open) return;
      const document = await vscode.workspace.openTextDocument(file.uri);
      const at = document.getText().indexOf(MY_NAME_KEY);
      await vscode.window.showTextDocument(document, { selection: at < 0 ? undefined : new vscode.Range(document.positionAt(at), document.positionAt(at + MY_NAME_KEY.length)) });
    });
    return file.uri;
  });
}

async function askName(current: string, shownFile: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Client Notes: your name for every recap'),
    prompt: vscode.l10n.t('It signs each recap under "Best regards,", and the steps it owns are yours. Saved in {0}, which the command line reads too.', shownFile),
    placeHolder: vscode.l10n.t('Jane Doe'),
    value: current,
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Write your name, or press Escape.')),
  });
}

/**
 * Sets the name in the config file: in its document, as one undoable edit saved unless the
 * user had unsaved changes there (saving checks that the file did not change on disk
 * meanwhile); a new file is created with it, never over one that appeared since.
 */
async function writeName(file: NoteConfigFile, name: string, shownFile: string): Promise<boolean> {
  const entries = [[MY_NAME_KEY, { text: name }]] as const;
  if (!file.exists) {
    // An empty text always takes the keys: it is the whole file.
    const text = applyEdits('', configFileEdits(file.uri.path, '', MY_NAME_PATH, entries) as TextEdit[]).text;
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(file.uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
    if (await vscode.workspace.applyEdit(edit)) return true;
    void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: {0} could not be created.', shownFile));
    return false;
  }
  const document = await vscode.workspace.openTextDocument(file.uri);
  const edits = configFileEdits(file.uri.path, document.getText(), MY_NAME_PATH, entries);
  const wasDirty = document.isDirty;
  if (!edits || !(await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits)))) {
    await vscode.window.showTextDocument(document);
    void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: your name could not be added to {0}; write it there as recap.myName.', shownFile));
    return false;
  }
  if (wasDirty || !(await document.save())) {
    await vscode.window.showTextDocument(document);
    void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: your name is added to {0}; save it to sign your recaps with it.', shownFile));
    return false;
  }
  return true;
}
