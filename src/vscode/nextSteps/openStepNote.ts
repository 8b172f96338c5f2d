import * as vscode from 'vscode';
import type { NextStepsItem } from './nextStepsItem';
import { openItem } from './openStep';

export const OPEN_STEP_NOTE_COMMAND = 'clientNotes.openNote';

/** Opens the note of an item of Next Steps (a click on an overdue recap, Open Note on a step). */
export function registerOpenStepNote(): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_STEP_NOTE_COMMAND, (item: NextStepsItem) => openItem(item, false));
}
