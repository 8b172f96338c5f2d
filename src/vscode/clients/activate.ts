import type * as vscode from 'vscode';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { registerClientsView, type ClientsView } from './clientsView';

/** The Clients view: the notes by client, each client's open steps and recaps. */
export function activateClients(context: vscode.ExtensionContext, digest: WorkspaceDigest): ClientsView {
  const view = registerClientsView(digest);
  context.subscriptions.push(view);
  return view;
}
