import * as vscode from 'vscode';
import { overdueCount } from '../../core/digest/agenda';
import { NEXT_STEPS_VIEW } from './nextStepsView';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { today } from '../clock';
import type { NoteConfiguration } from '../configuration';

const NOTICE = 'statusBar.overdue';

/** The status bar item, and what it says while it shows (for the test API). */
export interface OverdueStatus extends vscode.Disposable {
  shownText(): string | undefined;
}

/**
 * `$(checklist) 3 overdue` in the status bar while any next step or recap is overdue,
 * hidden otherwise or when `clientNotes.statusBar.overdue` is off; a click shows the
 * Next Steps view.
 */
export function registerOverdueStatus(digest: WorkspaceDigest, configuration: NoteConfiguration): OverdueStatus {
  const item = vscode.window.createStatusBarItem('clientNotes.overdue', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Client Notes: overdue');
  item.command = `${NEXT_STEPS_VIEW}.focus`;
  let shown = false;
  const update = async () => {
    if (!configuration.noticeShown(NOTICE)) {
      item.hide();
      shown = false;
      return;
    }
    const count = overdueCount(await digest.notes(), today());
    item.text = `$(checklist) ${vscode.l10n.t('{0} overdue', count)}`;
    item.tooltip =
      count === 1
        ? vscode.l10n.t('Client Notes: 1 next step or recap overdue. Click to see it.')
        : vscode.l10n.t('Client Notes: {0} next steps and recaps overdue. Click to see them.', count);
    shown = count > 0;
    if (shown) item.show();
    else item.hide();
  };
  void update();
  const registration = vscode.Disposable.from(
    item,
    digest.onDidChange(() => void update()),
    configuration.onDidToggle(NOTICE, () => void update()),
  );
  // The status bar cannot be read back: the tests ask here what it shows.
  return Object.assign(registration, { shownText: () => (shown ? item.text : undefined) });
}
