import * as vscode from 'vscode';
import { markFollowUpSentEdits } from '../../core/edit/markFollowUpSent';
import { isRealDate } from '../../core/base/days';
import type { TextEdit } from '../../core/base/types';
import { toWorkspaceEdit } from '../convert';
import type { RecapDocuments } from './recapDocuments';
import { targetDocument, type TargetArgument } from '../commandTarget';
import { today as todayOnTheClock } from '../clock';

export const MARK_FOLLOW_UP_SENT_COMMAND = 'clientNotes.markFollowUpSent';

export interface MarkFollowUpSentArgument extends TargetArgument {
  /** Replace a sent date already there without asking (keybindings, tests). */
  replace?: boolean;
}

/**
 * Sets `follow_up.sent` to today in the note's frontmatter as one undoable edit, changing
 * nothing else in the YAML; a note already marked sent on another day is changed only
 * when the user says so. Acts on the note, or on the note of a recap (the recap's editor
 * title passes the recap). Resolves to whether the note changed.
 */
export function registerMarkFollowUpSent(recaps: RecapDocuments): vscode.Disposable {
  return vscode.commands.registerCommand(MARK_FOLLOW_UP_SENT_COMMAND, async (argument?: vscode.Uri | MarkFollowUpSentArgument) => {
    const given = argument instanceof vscode.Uri ? { uri: argument } : argument;
    // A reminder is not the recap: marking from one would say a recap was sent that was not.
    const document = await targetDocument(recaps.noteOf(argument, 'recap') ?? given);
    if (!document) return false;
    const today = todayOnTheClock();
    const result = markFollowUpSentEdits(document.getText(), today);
    if (!result.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: {0}', result.problem));
      return false;
    }
    // Only a call with no argument object is the user's own (palette, menu): it is told what happened.
    const interactive = !given || argument instanceof vscode.Uri;
    if (result.edits.length === 0) {
      if (interactive) void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: the follow-up is already marked as sent today ({0}).', today));
      return false;
    }
    const sentOn = result.previous && isRealDate(result.previous) ? result.previous : undefined;
    const replaceGiven = Boolean(given && 'replace' in given && given.replace);
    const edits = sentOn && !replaceGiven ? await editsIfStillWanted(document, today, result.previous, askToReplace(sentOn, today)) : result.edits;
    if (!edits) return false;
    const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits));
    if (applied && interactive) {
      void vscode.window.showInformationMessage(
        result.previous && result.previous !== 'false'
          ? vscode.l10n.t('Client Notes: follow-up marked as sent on {0} (it said {1}).', today, result.previous)
          : vscode.l10n.t('Client Notes: follow-up marked as sent on {0}.', today),
      );
    }
    return applied;
  });
}

/** Asks before a sent date already there is replaced; resolves to whether the user said yes. */
function askToReplace(sentOn: string, today: string): () => Promise<boolean> {
  return async () => {
    const replace = vscode.l10n.t('Replace');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Client Notes: this follow-up is already marked as sent on {0}. Replace that date with today ({1})?', sentOn, today),
      { modal: true },
      replace,
    );
    return choice === replace;
  };
}

/**
 * The edits marking the note sent today, made after asking, for the note as it is once
 * the user answered: it can change while the question is open (a line typed above
 * `follow_up`, a sync), and edits computed before would land at stale offsets. When the
 * sent date is no longer the one asked about, nothing is edited and the user is told.
 * Undefined when nothing is to be edited.
 */
export async function editsIfStillWanted(document: vscode.TextDocument, today: string, asked: string | undefined, ask: () => Promise<boolean>): Promise<TextEdit[] | undefined> {
  if (!(await ask())) return undefined;
  const now = markFollowUpSentEdits(document.getText(), today);
  if (!now.ok || now.previous !== asked) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: the note changed while you were asked, so it was left as it is. Run Mark Follow-up as Sent again.'));
    return undefined;
  }
  return now.edits.length > 0 ? now.edits : undefined;
}
