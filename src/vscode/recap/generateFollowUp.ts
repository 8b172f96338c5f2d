import * as vscode from 'vscode';
import { renderFormat, subjectOf, RECAP_FORMATS, type RecapModel, type RecapFormat } from '../../core/recap';
import type { LintMessage } from '../../core/base/types';
import type { NoteConfiguration } from '../configuration';
import { notify, offerCommands } from '../notices';
import { noteRecap, type RecapDocuments } from './recapDocuments';
import { COPY_RECAP_COMMAND } from './copyRecap';
import { OPEN_RECAP_IN_MAIL_COMMAND } from './openRecapInMail';
import { SET_MY_NAME_COMMAND } from './setMyName';
import { targetDocument, type TargetArgument } from '../commandTarget';
import { now } from '../clock';

export const GENERATE_FOLLOW_UP_COMMAND = 'clientNotes.generateFollowUp';

export interface GenerateFollowUpArgument extends TargetArgument {
  /** The format of the returned text; given, the command asks nothing. Default `markdown`. */
  format?: RecapFormat;
}

/** Remembered once the name has been offered, so that it is offered once (the key kept from when it offered a signature). */
const NAME_OFFERED = 'clientNotes.signatureOffered';

/**
 * Shows the follow-up recap of a note beside it, as a document to edit before sending,
 * with what the check before sending found, and offers to copy it, save it as an .eml
 * draft, open it in the mail app or mark it sent (the same actions sit in the recap's
 * editor title). Resolves to the recap's text in the requested format, or undefined when
 * the note cannot be summarised (the message says what is missing).
 */
export function registerGenerateFollowUp(configuration: NoteConfiguration, recaps: RecapDocuments, memory: vscode.Memento): vscode.Disposable {
  return vscode.commands.registerCommand(GENERATE_FOLLOW_UP_COMMAND, async (argument?: GenerateFollowUpArgument) => {
    const format = argument?.format ?? 'markdown';
    if (!RECAP_FORMATS.includes(format)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Client Notes: unknown recap format "{0}"; use one of {1}.', String(format), RECAP_FORMATS.join(', ')));
      return undefined;
    }
    const note = await targetDocument(argument?.uri ? argument : recaps.noteOf() ?? argument);
    if (!note) return undefined;
    const prepared = await noteRecap(note, configuration);
    if (!prepared.ok) {
      void notify(vscode.window.showErrorMessage, vscode.l10n.t('Client Notes: no recap for this note. {0}', prepared.problems.join(' ')));
      return undefined;
    }
    const rendered = renderFormat(prepared.model, format, now(), vscode.env.language);
    if (!rendered.ok) {
      void notify(vscode.window.showErrorMessage, vscode.l10n.t('Client Notes: no {0} recap for this note. {1}', format, rendered.problems.join(' ')));
      return undefined;
    }
    const recap = await recaps.show(note.uri, prepared.model);
    // Ticks the walkthrough's step once a recap was really made, not when the button was merely pressed.
    void vscode.commands.executeCommand('setContext', RECAP_SHOWN_CONTEXT, true);
    // Nothing is awaited from here: the command resolves at once, the choices stay offered.
    // One notice over the recap: the findings of the check when there are any (the recap's actions are on its title bar too), else the actions.
    if (prepared.findings.length > 0) void showFindings(note, prepared.findings);
    else if (!argument?.format) offerActions(recap.document.uri, prepared.model, prepared.warnings);
    // Offered only when the recap really ends without a name: a signature, `myName` or the sender's name signs it.
    if (!prepared.model.signature && !prepared.model.senderName && !memory.get(NAME_OFFERED)) void offerName(memory, note.uri);
    return rendered.text;
  });
}

/** The walkthrough's "Send the recap" step is done when this context key is set. */
const RECAP_SHOWN_CONTEXT = 'clientNotes.recapShown';

/**
 * What the check before sending found, in one short notice over the recap: the first
 * finding and how many more, and a way to them (the first in the note, all in Problems).
 */
async function showFindings(note: vscode.TextDocument, findings: readonly LintMessage[]): Promise<void> {
  const showFindingsAction = vscode.l10n.t('Show Findings');
  // The finding's first sentence says what is wrong; its advice is in Problems and the hover.
  const first = `${/^.*?[.!?](?=\s|$)/su.exec(findings[0].message)?.[0] ?? findings[0].message} (${findings[0].ruleId})`;
  const message =
    findings.length === 1
      ? vscode.l10n.t('Client Notes: check the recap before sending it: {0}', first)
      : vscode.l10n.t('Client Notes: check the recap before sending it: {0}, and {1} more in Problems', first, findings.length - 1);
  if ((await notify(vscode.window.showWarningMessage, message, showFindingsAction)) !== showFindingsAction) return;
  const selection = new vscode.Range(note.positionAt(findings[0].start), note.positionAt(findings[0].end));
  const shown = vscode.window.visibleTextEditors.find((editor) => editor.document === note);
  await vscode.window.showTextDocument(note, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection });
  if (findings.length > 1) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

function offerActions(recap: vscode.Uri, model: RecapModel, warnings: readonly string[]): void {
  const addressed = model.contacts.some((contact) => contact.address);
  // Two buttons at most, so that no language cuts them short ("Kopi…"); Save as .eml and
  // Mark as Sent stay on the recap's title bar, with these two.
  const actions: Array<[string, string]> = [
    [vscode.l10n.t('Copy'), COPY_RECAP_COMMAND],
    ...(addressed ? ([[vscode.l10n.t('Open in Mail App'), OPEN_RECAP_IN_MAIL_COMMAND]] as Array<[string, string]>) : []),
  ];
  const message = [vscode.l10n.t('Client Notes: the recap "{0}" is ready; edit it here before sending.', subjectOf(model)), ...warnings].join(' ');
  // The recap document is passed as an editor title button passes it: the actions read its text as edited.
  offerCommands(vscode.window.showInformationMessage, message, actions, recap);
}

/**
 * With no signature and no sender, the recap ends at its closing line: offered once to sign
 * every recap with the freelancer's name, written where the editor and the CLI both read it.
 */
async function offerName(memory: vscode.Memento, note: vscode.Uri): Promise<void> {
  await memory.update(NAME_OFFERED, true);
  const addIt = vscode.l10n.t('Add My Name');
  const choice = await notify(vscode.window.showInformationMessage, vscode.l10n.t('Client Notes: the recap ends without your name. Sign every recap with it?'), addIt);
  if (choice === addIt) await vscode.commands.executeCommand(SET_MY_NAME_COMMAND, { uri: note });
}
