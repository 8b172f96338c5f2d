import * as vscode from 'vscode';
import type { OwnerFilter } from '../../core/digest/agenda';
import type { NextStepsView } from './nextStepsView';
import { pick } from '../notices';

export const FILTER_STEPS_COMMAND = 'clientNotes.filterNextSteps';

type Filter = 'all' | 'me' | 'client';

const FILTERS: ReadonlyArray<{ filter: Filter; label: string; owner: OwnerFilter }> = [
  { filter: 'all', label: vscode.l10n.t('All steps'), owner: { kind: 'all' } },
  { filter: 'me', label: vscode.l10n.t('Mine (owner: me)'), owner: { kind: 'me' } },
  { filter: 'client', label: vscode.l10n.t("The client's (anyone else named)"), owner: { kind: 'client' } },
];

/** Filter on the Next Steps view: whose steps it shows; the filter is asked for unless given. */
export function registerFilterNextSteps(view: NextStepsView): vscode.Disposable {
  return vscode.commands.registerCommand(FILTER_STEPS_COMMAND, async (filter?: Filter) => {
    const chosen = filter ? FILTERS.find((candidate) => candidate.filter === filter) : await pick(FILTERS, { placeHolder: vscode.l10n.t('Show whose next steps?') });
    if (!chosen) return;
    view.setFilter(chosen.owner, chosen.filter === 'all' ? undefined : chosen.filter === 'me' ? vscode.l10n.t('mine') : vscode.l10n.t("the client's"));
  });
}
