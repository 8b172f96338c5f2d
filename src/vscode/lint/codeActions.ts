import * as vscode from 'vscode';
import { fixAll, lint, type FixAllResult } from '../../core/lint/engine';
import { staleFileName } from '../../core/scaffold/datedFileName';
import { digestNote } from '../../core/digest/noteDigest';
import { isRemindable } from '../../core/recap/reminder';
import { DRAFT_REMINDER_COMMAND } from '../reminders/draftReminder';
import type { NoteConfiguration } from '../configuration';
import { differenceEdit, ruleDocUri, ruleIdOf, toRange, toWorkspaceEdit } from '../convert';
import { today } from '../clock';
import { editorLintOptions } from './lintOptions';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('clientNotes');

/**
 * Quick fixes, "Show documentation" and `source.fixAll.clientNotes`. Fixes are computed
 * from the document's current text when asked for, so they never apply to a stale version.
 */
export class NoteCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite, FIX_ALL_KIND],
  };

  constructor(
    private readonly configuration: NoteConfiguration,
    private readonly extensionUri: vscode.Uri,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const version = document.version;
    const { config, relativePath } = await this.configuration.forDocument(document.uri);
    // The request and its diagnostics are about one version of the note. Should it change
    // while the configuration is looked up, VS Code asks again for the new version; edits
    // made from the new text must not answer for the old one.
    if (token.isCancellationRequested || document.version !== version) return [];
    const options = editorLintOptions({ config, relativePath });
    if (context.only && (FIX_ALL_KIND.contains(context.only) || context.only.contains(FIX_ALL_KIND))) {
      const action = fixAllAction(document, options);
      return action ? [action] : [];
    }
    const actions: vscode.CodeAction[] = [];
    const rename = renameForDayAction(document, range);
    if (rename && (!context.only || context.only.contains(vscode.CodeActionKind.RefactorRewrite))) actions.push(rename);
    const reminder = draftReminderAction(document, range, config);
    if (reminder && (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix))) actions.push(reminder);
    const ours = context.diagnostics.filter((diagnostic) => ruleIdOf(diagnostic) !== undefined);
    if (ours.length === 0) return actions;
    const messages = lint(document.getText(), options).messages;
    const documented = new Set<string>();
    for (const diagnostic of ours) {
      const ruleId = ruleIdOf(diagnostic)!;
      const message = messages.find(
        (candidate) => candidate.ruleId === ruleId && toRange(document, candidate.start, candidate.end).isEqual(diagnostic.range) && candidate.message === diagnostic.message,
      );
      if (message?.fix) {
        const action = new vscode.CodeAction(message.fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, message.fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = message.fix.safe;
        actions.push(action);
      }
      if (!documented.has(ruleId)) {
        documented.add(ruleId);
        const docs = new vscode.CodeAction(vscode.l10n.t('Show documentation for {0}', ruleId), vscode.CodeActionKind.QuickFix);
        docs.command = {
          title: vscode.l10n.t('Show documentation for {0}', ruleId),
          // Locked and to the side: the page stays open while the user goes back to the note.
          command: 'markdown.showLockedPreviewToSide',
          arguments: [ruleDocUri(this.extensionUri, ruleId)],
        };
        docs.diagnostics = [diagnostic];
        actions.push(docs);
      }
    }
    return actions;
  }
}

/**
 * On the `date:` line of a note whose file name starts with another day (the meeting
 * moved): rename the file after the day, as New Conversation Note would have named it.
 * A workspace edit, so Undo renames it back; it never replaces a file of that name.
 */
function renameForDayAction(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction | undefined {
  // Not an untitled note, nor one of a read-only source such as git's (a host that cannot tell says undefined).
  if (document.isUntitled || vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) return undefined;
  const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
  const stale = staleFileName(document.getText(), name);
  if (!stale || !toRange(document, stale.start, stale.end).intersection(range)) return undefined;
  const action = new vscode.CodeAction(vscode.l10n.t('Rename the file to {0}', stale.fileName), vscode.CodeActionKind.RefactorRewrite);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.renameFile(document.uri, vscode.Uri.joinPath(document.uri, '..', stale.fileName), { overwrite: false, ignoreIfExists: false });
  return action;
}

/** On a step of the client's past its due day and not done: Draft Reminder, for the note's overdue steps of the client. */
function draftReminderAction(document: vscode.TextDocument, range: vscode.Range, config: Parameters<typeof digestNote>[1]): vscode.CodeAction | undefined {
  const day = today();
  const overdue = digestNote(document.getText(), config)?.steps.find((step) => isRemindable(step, day) && toRange(document, step.start, step.end).intersection(range));
  if (!overdue) return undefined;
  const action = new vscode.CodeAction(vscode.l10n.t('Draft Reminder to the client'), vscode.CodeActionKind.QuickFix);
  action.command = { command: DRAFT_REMINDER_COMMAND, title: vscode.l10n.t('Draft Reminder to the client'), arguments: [{ uri: document.uri }] };
  return action;
}

function fixAllAction(document: vscode.TextDocument, options: Parameters<typeof fixAll>[1]): vscode.CodeAction | undefined {
  const edit = fixAllEdit(document, options)?.edit;
  if (!edit) return undefined;
  const action = new vscode.CodeAction(vscode.l10n.t('Fix all Client Notes problems'), FIX_ALL_KIND);
  action.edit = edit;
  return action;
}

/** Every safe fix of a note as one workspace edit, with what Fix All did; undefined when there is nothing to fix. */
export function fixAllEdit(document: vscode.TextDocument, options: Parameters<typeof fixAll>[1]): { edit: vscode.WorkspaceEdit; result: FixAllResult } | undefined {
  const before = document.getText();
  const result = fixAll(before, options);
  const change = differenceEdit(before, result.text);
  return change ? { edit: toWorkspaceEdit(document, [change]), result } : undefined;
}
