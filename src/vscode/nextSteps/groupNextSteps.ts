import * as vscode from 'vscode';
import type { NextStepsView, StepGrouping } from './nextStepsView';

/** Group by Due Date, Client and Owner: one command each, for the view's menu to show the one in use as checked. */
const GROUP_COMMANDS: Record<StepGrouping, string> = { due: 'clientNotes.groupNextStepsByDue', client: 'clientNotes.groupNextStepsByClient', owner: 'clientNotes.groupNextStepsByOwner' };

/** The view's Group by… commands. */
export function registerGroupNextSteps(view: NextStepsView): vscode.Disposable {
  return vscode.Disposable.from(
    ...Object.entries(GROUP_COMMANDS).map(([grouping, command]) => vscode.commands.registerCommand(command, () => view.setGrouping(grouping as StepGrouping))),
  );
}
