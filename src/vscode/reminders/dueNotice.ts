import * as vscode from 'vscode';
import { agendaOf } from '../../core/digest/agenda';
import { isRealDate } from '../../core/base/days';
import { NEXT_STEPS_VIEW } from '../nextSteps/nextStepsView';
import { notify } from '../notices';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { onDidChangeDay, today } from '../clock';
import type { NoteConfiguration } from '../configuration';

const NOTICE = 'reminders.dailyNotification';
/** The last day the notice was given: once a day, whatever the windows and restarts. */
const LAST_DAY = 'clientNotes.dueNoticeDay';

/**
 * Once a day (when the editor starts, at midnight, and when the setting is turned on), a notice of the open next steps
 * that fell due since the last one (on the first day, every step due by today), with Open
 * Next Steps; `clientNotes.reminders.dailyNotification` turns it off. A day with nothing
 * fallen due shows nothing.
 */
export function registerDueNotice(digest: WorkspaceDigest, memory: vscode.Memento, configuration: NoteConfiguration): vscode.Disposable {
  let running = Promise.resolve();
  const check = () => {
    running = running.then(() => (configuration.noticeShown(NOTICE) ? notifyWhatFellDue(digest, memory) : undefined));
  };
  check();
  return vscode.Disposable.from(onDidChangeDay(check), configuration.onDidToggle(NOTICE, check));
}

async function notifyWhatFellDue(digest: WorkspaceDigest, memory: vscode.Memento): Promise<void> {
  const day = today();
  const last = memory.get<string>(LAST_DAY);
  if (last === day) return;
  const notes = await digest.notes();
  const fell = agendaOf(notes, { today: day }).filter((step) => step.due !== undefined && isRealDate(step.due) && step.due <= day && (last === undefined || step.due > last));
  await memory.update(LAST_DAY, day);
  if (fell.length === 0) return;
  const named = fell.slice(0, 3).map((step) => (step.client ? `${step.what} (${step.client})` : step.what)).join('; ');
  const message =
    fell.length === 1
      ? vscode.l10n.t('Client Notes: a next step fell due: {0}.', named)
      : fell.length <= 3
        ? vscode.l10n.t('Client Notes: {0} next steps fell due: {1}.', fell.length, named)
        : vscode.l10n.t('Client Notes: {0} next steps fell due, among them {1}.', fell.length, named);
  const open = vscode.l10n.t('Open Next Steps');
  void notify(vscode.window.showInformationMessage, message, open).then(async (choice) => {
    if (choice === open) await vscode.commands.executeCommand(`${NEXT_STEPS_VIEW}.focus`);
  });
}
