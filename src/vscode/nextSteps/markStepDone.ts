import * as vscode from 'vscode';
import { markStepDoneEdits } from '../../core/digest/markStepDone';
import { openNote } from '../../core/note/openNote';
import { lineEndingsIn, type LineEnding } from '../../core/base/lines';
import { today as todayOnTheClock } from '../clock';
import type { NoteConfiguration } from '../configuration';
import { toWorkspaceEdit } from '../convert';
import { workspaceFileAccess } from '../fileAccess';
import type { NextStepsItem } from './nextStepsItem';

export const MARK_STEP_DONE_COMMAND = 'clientNotes.markStepDone';

/** Mark Done on a step of Next Steps or Clients; resolves to whether the note was edited. */
export function registerMarkStepDone(configuration: NoteConfiguration): vscode.Disposable {
  return vscode.commands.registerCommand(MARK_STEP_DONE_COMMAND, (item: NextStepsItem) => markDone(item, configuration));
}

/**
 * Marks the step done today in its note, in every place it is written, as one undoable edit. A
 * note that had no unsaved changes is saved, so that the disk and the views agree; one
 * with unsaved changes is left for the user to save, and so is one whose line endings the
 * editor did not keep (see `savingKeepsLineEndings`).
 */
async function markDone(item: NextStepsItem, configuration: NoteConfiguration): Promise<boolean> {
  if (item.kind !== 'step') return false;
  const document = await vscode.workspace.openTextDocument(item.uri);
  const { config } = await configuration.forDocument(item.uri);
  const edits = markStepDoneEdits(openNote(document.getText(), config), item.step.key, todayOnTheClock());
  if (!edits) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: "{0}" is no longer an open step of {1}.', item.step.what, vscode.workspace.asRelativePath(item.uri)));
    return false;
  }
  const wasDirty = document.isDirty;
  const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits));
  if (applied && !wasDirty && (await savingKeepsLineEndings(document))) await document.save();
  return applied;
}

const LINE_ENDING_NAMES: Record<LineEnding, string> = { '\n': 'LF', '\r\n': 'CRLF', '\r': 'CR' };

/**
 * Whether saving the document writes the line endings its file has. VS Code holds a text
 * with LF or CRLF only: a note whose lines end in CR alone (classic Mac OS), or in a mix,
 * is turned into one of them when it is opened, and saving would write every line ending
 * anew, where `client-notes lint --fix` keeps them. Such a note is left unsaved, saying why.
 */
async function savingKeepsLineEndings(document: vscode.TextDocument): Promise<boolean> {
  let onDisk: string;
  try {
    onDisk = await workspaceFileAccess.readFile(document.uri.toString());
  } catch {
    return true;
  }
  const held = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const written = lineEndingsIn(onDisk);
  if (written.every((ending) => ending === held)) return true;
  void vscode.window.showWarningMessage(
    vscode.l10n.t(
      'Client Notes: the step is marked done, but {0} is left unsaved: its lines end in {1} on disk, which VS Code holds as {2}, so saving it would change its line endings. Save it to accept {2}, or undo.',
      vscode.workspace.asRelativePath(document.uri),
      written.map((ending) => LINE_ENDING_NAMES[ending]).join(vscode.l10n.t(' and ')),
      LINE_ENDING_NAMES[held],
    ),
  );
  return false;
}
