import type * as vscode from 'vscode';
import type { NoteConfiguration } from '../configuration';
import { registerCopyRecap } from './copyRecap';
import { registerGenerateFollowUp } from './generateFollowUp';
import { registerMarkFollowUpSent } from './markFollowUpSent';
import { registerOpenRecapInMail } from './openRecapInMail';
import { RecapDocuments } from './recapDocuments';
import { registerSaveRecapEml } from './saveRecapEml';
import { registerSetMyName } from './setMyName';

/**
 * The recap: Generate Follow-up Summary opens it beside its note, to edit; Copy, Save as
 * .eml and Open in Mail App send it as edited; Mark Follow-up as Sent and Set Your Name for
 * Recaps. Gives the open drafts, which the reminders share.
 */
export function activateRecap(context: vscode.ExtensionContext, configuration: NoteConfiguration): RecapDocuments {
  const recaps = new RecapDocuments();
  context.subscriptions.push(
    recaps,
    registerGenerateFollowUp(configuration, recaps, context.globalState),
    registerCopyRecap(recaps),
    registerSaveRecapEml(recaps),
    registerOpenRecapInMail(recaps),
    registerMarkFollowUpSent(recaps),
    registerSetMyName(configuration, recaps),
  );
  return recaps;
}
