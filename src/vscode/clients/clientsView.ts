import * as vscode from 'vscode';
import { relativeDueText } from '../dueText';
import { clientsOverview, type ClientNote, type ClientOverview, type SaidBefore, type UnsentRecap } from '../../core/digest/clients';
import { isolated } from '../../core/base/text';
import { scenarioText } from '../noteVocabulary';
import { OPEN_STEP_COMMAND } from '../nextSteps/openStep';
import type { NextStepsItem } from '../nextSteps/nextStepsItem';
import { shownTree, type ShownItem } from '../nextSteps/nextStepsView';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { today as todayOnTheClock } from '../clock';

export const CLIENTS_VIEW = 'clientNotes.clients';

/** An item of the Clients view; those with a `uri` are taken by the note commands (Open Note, Generate Follow-up Summary…). */
export type ClientsItem =
  /** `client` is the client's name, which New Conversation Note takes from the item's context menu. */
  | { kind: 'client'; client: string; overview: ClientOverview; today: string }
  | { kind: 'group'; label: string; children: ClientsItem[] }
  | Extract<NextStepsItem, { kind: 'step' }>
  | { kind: 'unsent'; uri: vscode.Uri; recap: UnsentRecap; today: string }
  | { kind: 'said'; uri: vscode.Uri; said: SaidBefore }
  | { kind: 'note'; uri: vscode.Uri; note: ClientNote };

/** The view, and its items as shown (for the test API). */
export interface ClientsView extends vscode.Disposable {
  shown(): Promise<Array<ShownItem<ClientsItem>>>;
}

/**
 * The Clients view: each client of the digest, what is open with them on both sides, what
 * the latest conversations settled, and their notes newest first. The grouping is the
 * core's (`clientsOverview`); this only shows it.
 */
export function registerClientsView(digest: WorkspaceDigest): ClientsView {
  const provider = new ClientsProvider(digest);
  const view = vscode.window.createTreeView(CLIENTS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const registration = vscode.Disposable.from(view, provider, digest.onDidChange(() => provider.refresh()));
  return Object.assign(registration, { shown: () => shownTree(provider) });
}

class ClientsProvider implements vscode.TreeDataProvider<ClientsItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly digest: WorkspaceDigest) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(item?: ClientsItem): Promise<ClientsItem[]> {
    if (!item) {
      const today = todayOnTheClock();
      return clientsOverview(await this.digest.notes(), today).map((overview) => ({ kind: 'client', client: overview.client, overview, today }));
    }
    if (item.kind === 'group') return item.children;
    if (item.kind !== 'client') return [];
    const { overview, today } = item;
    const steps = (steps: ClientOverview['mine']): ClientsItem[] => steps.map((step) => ({ kind: 'step', uri: vscode.Uri.parse(step.file), step, today }));
    const said = (items: SaidBefore[]): ClientsItem[] => items.map((entry) => ({ kind: 'said', uri: vscode.Uri.parse(entry.file), said: entry }));
    const groups: Array<{ label: string; children: ClientsItem[] }> = [
      { label: vscode.l10n.t('Open on my side'), children: steps(overview.mine) },
      { label: vscode.l10n.t('Open on their side'), children: steps(overview.theirs) },
      { label: vscode.l10n.t('Open, nobody named'), children: steps(overview.unowned) },
      { label: vscode.l10n.t('Recaps not sent'), children: overview.unsentRecaps.map((recap) => ({ kind: 'unsent', uri: vscode.Uri.parse(recap.file), recap, today })) },
      { label: vscode.l10n.t('Latest agreements'), children: said(overview.agreements) },
      { label: vscode.l10n.t('Latest boundaries'), children: said(overview.boundaries) },
    ];
    const notes: ClientsItem[] = overview.notes.map((note) => ({ kind: 'note', uri: vscode.Uri.parse(note.file), note }));
    return [...groups.filter((group) => group.children.length > 0).map((group): ClientsItem => ({ kind: 'group', ...group })), ...notes];
  }

  getTreeItem(item: ClientsItem): vscode.TreeItem {
    switch (item.kind) {
      case 'client': {
        const { overview } = item;
        const tree = new vscode.TreeItem(isolated(overview.client), vscode.TreeItemCollapsibleState.Collapsed);
        const open = overview.mine.length + overview.theirs.length + overview.unowned.length;
        const notes = overview.notes.length === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', overview.notes.length);
        const steps = open === 1 ? vscode.l10n.t('1 open step') : vscode.l10n.t('{0} open steps', open);
        tree.description = vscode.l10n.t('{0}, {1}', notes, steps);
        tree.iconPath = new vscode.ThemeIcon(overview.mine.concat(overview.theirs, overview.unowned).some((step) => step.overdue) ? 'warning' : 'organization');
        tree.contextValue = 'client';
        return tree;
      }
      case 'group': {
        const tree = new vscode.TreeItem(item.label, vscode.TreeItemCollapsibleState.Expanded);
        tree.description = String(item.children.length);
        tree.contextValue = 'group';
        return tree;
      }
      case 'step': {
        const { step, today } = item;
        const tree = new vscode.TreeItem(isolated(step.what));
        tree.description = step.due ? isolated(relativeDueText(step.due, today)) : vscode.l10n.t('no date');
        tree.tooltip = `${isolated(step.what)}\n${isolated(vscode.workspace.asRelativePath(item.uri))}:${step.line + 1}`;
        tree.iconPath = new vscode.ThemeIcon(step.overdue ? 'warning' : 'circle-large-outline', step.overdue ? new vscode.ThemeColor('list.warningForeground') : undefined);
        tree.contextValue = 'step';
        tree.command = { command: OPEN_STEP_COMMAND, title: vscode.l10n.t('Open Step'), arguments: [item] };
        return tree;
      }
      case 'unsent': {
        const { recap, today } = item;
        const tree = new vscode.TreeItem(isolated(recap.topic ?? vscode.workspace.asRelativePath(item.uri)));
        tree.description = recap.deadline ? `${isolated(recap.date) ?? ''} — ${isolated(relativeDueText(recap.deadline, today))}`.replace(/^ — /, '') : isolated(recap.date);
        tree.iconPath = new vscode.ThemeIcon('mail');
        tree.contextValue = 'recap';
        return withOpen(tree, item.uri);
      }
      case 'said': {
        const tree = new vscode.TreeItem(isolated(item.said.text));
        tree.description = isolated(item.said.date);
        tree.tooltip = `${isolated(item.said.text)}\n${isolated(vscode.workspace.asRelativePath(item.uri))}`;
        tree.contextValue = 'said';
        return withOpen(tree, item.uri);
      }
      case 'note': {
        const { note } = item;
        const tree = new vscode.TreeItem(`${isolated(note.date) ?? vscode.l10n.t('no date')} — ${isolated(note.topic ?? vscode.workspace.asRelativePath(item.uri))}`);
        tree.description = (note.scenario && scenarioText(note.scenario)?.label) ?? isolated(note.scenario);
        tree.iconPath = new vscode.ThemeIcon('note');
        tree.contextValue = 'note';
        return withOpen(tree, item.uri);
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** A click opens the note. */
function withOpen(tree: vscode.TreeItem, uri: vscode.Uri): vscode.TreeItem {
  tree.resourceUri = uri;
  tree.command = { command: 'vscode.open', title: vscode.l10n.t('Open Note'), arguments: [uri] };
  return tree;
}
