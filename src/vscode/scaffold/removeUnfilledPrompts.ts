import * as vscode from 'vscode';
import { promptRemovalEdits, removablePrompts } from '../../core/edit/unfilledPrompts';
import { openNote } from '../../core/note/openNote';
import { promptsExpected, unfilledPrompts } from '../../core/note/placeholders';
import type { NoteConfiguration } from '../configuration';
import { toWorkspaceEdit } from '../convert';
import { targetDocument, type TargetArgument } from '../commandTarget';
import { today } from '../clock';

export const REMOVE_UNFILLED_PROMPTS_COMMAND = 'clientNotes.removeUnfilledPrompts';

/** `{ confirmed: true }` skips the question asked before the conversation, for keybindings and tests. */
export interface RemoveUnfilledPromptsArgument extends TargetArgument {
  confirmed?: boolean;
}

/**
 * Takes the template prompts left unfilled out of the note's body in one undoable edit
 * (`promptRemovalEdits`: lines that held nothing else go, the freelancer's words stay).
 * Before the conversation the prompts are still the note's to-do list, so it asks first.
 * Resolves to how many prompts it removed.
 */
export function registerRemoveUnfilledPrompts(configuration: NoteConfiguration): vscode.Disposable {
  return vscode.commands.registerCommand(REMOVE_UNFILLED_PROMPTS_COMMAND, async (argument?: RemoveUnfilledPromptsArgument) => {
    const document = await targetDocument(argument);
    if (!document) return 0;
    const { config } = await configuration.forDocument(document.uri);
    const bodyPrompts = () => {
      const { note } = openNote(document.getText(), config);
      return { note, prompts: removablePrompts(unfilledPrompts(note).filter((prompt) => !note.frontmatter || prompt.start >= note.frontmatter.end)) };
    };
    const before = bodyPrompts();
    if (before.prompts.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: no template prompts left in the body of this note.'));
      return 0;
    }
    if (!argument?.confirmed && promptsExpected(before.note, today())) {
      const remove = vscode.l10n.t('Remove Them');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('Client Notes: the conversation has not happened yet, and its {0} prompts are what to fill in. Remove them all the same?', before.prompts.length),
        remove,
      );
      if (choice !== remove) return 0;
    }
    // The note can change while the question is open: the edit is computed from its text as it is now.
    const { note, prompts } = bodyPrompts();
    if (prompts.length === 0 || !(await vscode.workspace.applyEdit(toWorkspaceEdit(document, promptRemovalEdits(note.text, prompts))))) return 0;
    void vscode.window.showInformationMessage(
      prompts.length === 1 ? vscode.l10n.t('Client Notes: removed 1 unfilled prompt.') : vscode.l10n.t('Client Notes: removed {0} unfilled prompts.', prompts.length),
    );
    return prompts.length;
  });
}
