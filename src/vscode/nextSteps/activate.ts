import type * as vscode from 'vscode';
import type { NoteConfiguration } from '../configuration';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { registerFilterNextSteps } from './filterNextSteps';
import { registerGroupNextSteps } from './groupNextSteps';
import { registerMarkStepDone } from './markStepDone';
import { registerNextStepsView, type NextStepsView } from './nextStepsView';
import { registerOpenStep } from './openStep';
import { registerOpenStepNote } from './openStepNote';
import { registerOverdueStatus, type OverdueStatus } from './overdueStatus';

/** The Next Steps view with its commands (group, filter, open, mark done), and the overdue count in the status bar. */
export function activateNextSteps(context: vscode.ExtensionContext, digest: WorkspaceDigest, configuration: NoteConfiguration): { view: NextStepsView; overdueStatus: OverdueStatus } {
  const view = registerNextStepsView(digest);
  const overdueStatus = registerOverdueStatus(digest, configuration);
  context.subscriptions.push(
    view,
    registerGroupNextSteps(view),
    registerFilterNextSteps(view),
    registerOpenStep(),
    registerOpenStepNote(),
    registerMarkStepDone(configuration),
    overdueStatus,
  );
  return { view, overdueStatus };
}
