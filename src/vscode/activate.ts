import type * as vscode from 'vscode';
import { activateClients } from './clients/activate';
import { startClock } from './clock';
import { activateCompletion } from './completion/activate';
import { NoteConfiguration } from './configuration';
import { activateDigest } from './digest/activate';
import { activateHistory } from './history/activate';
import { activateLint } from './lint/activate';
import { openLog } from './log';
import { activateNextSteps } from './nextSteps/activate';
import { activateRecap } from './recap/activate';
import { activateReminders } from './reminders/activate';
import { activateScaffold } from './scaffold/activate';
import { testApi, type ClientNotesTestApi } from './testApi';
import type { DigestFiles } from '../core/digest/noteDigest';

export type { ClientNotesTestApi } from './testApi';

/**
 * What only the host the extension runs in can give it. On the desktop, the first scan of
 * the workspace reads the disk in worker threads (`node/diskDigests.ts`); a browser has no
 * disk and no threads, and the scan reads every note through `vscode.workspace.fs`.
 */
export interface EditorHost {
  digestFilesOnDisk: DigestFiles | undefined;
}

/**
 * The one activation, for the desktop (`src/extension.ts`) and the browser
 * (`src/extension.web.ts`) alike: starts what every feature shares (the clock, the log,
 * the configuration, the workspace digest), then each feature of its folder, and gives
 * the test API in an extension host run for tests, else nothing (`testApi.ts`).
 */
export function activateClientNotes(context: vscode.ExtensionContext, host: EditorHost): ClientNotesTestApi | undefined {
  const configuration = new NoteConfiguration();
  context.subscriptions.push(startClock(), openLog(), configuration);
  const digest = activateDigest(context, configuration, host.digestFilesOnDisk);
  const diagnostics = activateLint(context, configuration);
  activateCompletion(context, digest, configuration);
  const recaps = activateRecap(context, configuration);
  activateReminders(context, digest, configuration, recaps);
  const { view: nextSteps, overdueStatus } = activateNextSteps(context, digest, configuration);
  const clients = activateClients(context, digest);
  const history = activateHistory(context, digest, configuration);
  const newNote = activateScaffold(context, digest, configuration);
  return testApi(context, { diagnostics, nextSteps, overdueStatus, clients, history, newNote });
}
