import * as vscode from 'vscode';
import { toRange } from '../convert';
import type { NextStepsItem } from './nextStepsItem';

export const OPEN_STEP_COMMAND = 'clientNotes.openStep';

/** Opens the note of an item of Next Steps or Clients with its step selected (a click on a step). */
export function registerOpenStep(): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_STEP_COMMAND, (item: NextStepsItem) => openItem(item, true));
}

/** Opens the item's note, with the step selected when asked. */
export async function openItem(item: NextStepsItem, selectStep: boolean): Promise<void> {
  if (item.kind === 'group') return;
  const document = await vscode.workspace.openTextDocument(item.uri);
  const selection = selectStep && item.kind === 'step' ? toRange(document, item.step.start, item.step.end) : undefined;
  await vscode.window.showTextDocument(document, { selection });
}
