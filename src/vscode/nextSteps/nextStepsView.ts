import * as vscode from 'vscode';
import { agendaOf, DUE_GROUPS, dueGroupOf, overdueCount, overdueRecapsOf, type AgendaStep, type OwnerFilter } from '../../core/digest/agenda';
import { dueGroupTitle, relativeDueText } from '../dueText';
import { isolated } from '../../core/base/text';
import { longDate } from '../../core/recap/dates';
import type { NextStepsItem } from './nextStepsItem';
import { OPEN_STEP_COMMAND } from './openStep';
import { OPEN_STEP_NOTE_COMMAND } from './openStepNote';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { today as todayOnTheClock } from '../clock';

export const NEXT_STEPS_VIEW = 'clientNotes.nextSteps';

/** How the view groups the steps: by when they are due, by client or by owner. */
export type StepGrouping = 'due' | 'client' | 'owner';

/** What the view's commands change (Group by…, Filter), and what it shows (for the tests, through the extension's API). */
export interface NextStepsView {
  shown(): Promise<ShownItem[]>;
  setGrouping(grouping: StepGrouping): void;
  /** Shows the steps of these owners only, the view's description saying whose (none for all). */
  setFilter(owner: OwnerFilter, description: string | undefined): void;
}

/**
 * The Next Steps view: the open steps of every note, grouped by when they are due (or by
 * client, or owner), the overdue recaps first; its badge counts what is overdue.
 */
export function registerNextStepsView(digest: WorkspaceDigest): vscode.Disposable & NextStepsView {
  const provider = new NextStepsProvider(digest);
  const view = vscode.window.createTreeView(NEXT_STEPS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const refresh = async () => {
    const notes = await digest.notes();
    const today = todayOnTheClock();
    const overdue = overdueCount(notes, today);
    view.badge = overdue > 0 ? { value: overdue, tooltip: vscode.l10n.t('{0} overdue', overdue) } : undefined;
    void vscode.commands.executeCommand('setContext', 'clientNotes.hasNotes', notes.length > 0);
    void vscode.commands.executeCommand('setContext', 'clientNotes.digestReady', true);
    provider.refresh();
  };
  const setGrouping = (grouping: StepGrouping) => {
    provider.grouping = grouping;
    void vscode.commands.executeCommand('setContext', 'clientNotes.nextSteps.groupBy', grouping);
    provider.refresh();
  };
  const setFilter = (owner: OwnerFilter, description: string | undefined) => {
    provider.filter = owner;
    view.description = description;
    provider.refresh();
  };
  setGrouping('due');
  void refresh();
  const registration = vscode.Disposable.from(view, provider, digest.onDidChange(() => void refresh()));
  return Object.assign(registration, { shown: () => shownTree(provider), setGrouping, setFilter });
}

/** What the view shows of an item, and the item itself (for the tests, through the extension's API). */
export interface ShownItem<T = NextStepsItem> {
  label: string;
  description: string | undefined;
  /** A Markdown tooltip's source. */
  tooltip: string | undefined;
  contextValue: string | undefined;
  item: T;
  children: Array<ShownItem<T>>;
}

/** A tree view's items as it shows them, all the way down: what a view shows cannot be read back from VS Code. */
export async function shownTree<T>(provider: vscode.TreeDataProvider<T>, parent?: T): Promise<Array<ShownItem<T>>> {
  const items = (await provider.getChildren(parent)) ?? [];
  return Promise.all(
    items.map(async (item) => {
      const tree = await provider.getTreeItem(item);
      const label = typeof tree.label === 'string' ? tree.label : (tree.label?.label ?? '');
      const description = typeof tree.description === 'string' ? tree.description : undefined;
      const tooltip = typeof tree.tooltip === 'string' ? tree.tooltip : tree.tooltip?.value;
      return { label, description, tooltip, contextValue: tree.contextValue, item, children: await shownTree(provider, item) };
    }),
  );
}

class NextStepsProvider implements vscode.TreeDataProvider<NextStepsItem>, vscode.Disposable {
  grouping: StepGrouping = 'due';
  filter: OwnerFilter = { kind: 'all' };
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly digest: WorkspaceDigest) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(item?: NextStepsItem): Promise<NextStepsItem[]> {
    if (item) return item.kind === 'group' ? item.children : [];
    const notes = await this.digest.notes();
    const today = todayOnTheClock();
    const recaps: NextStepsItem[] = overdueRecapsOf(notes, today).map((recap) => ({ kind: 'recap', uri: vscode.Uri.parse(recap.file), recap, today }));
    const steps = agendaOf(notes, { today, owner: this.filter }).map((step): NextStepsItem & { kind: 'step' } => ({ kind: 'step', uri: vscode.Uri.parse(step.file), step, today }));
    return [...recaps, ...this.groups(steps, today)];
  }

  private groups(steps: Array<NextStepsItem & { kind: 'step' }>, today: string): NextStepsItem[] {
    const keyOf =
      this.grouping === 'due'
        ? (item: { step: AgendaStep }) => dueGroupTitle(dueGroupOf(item.step, today))
        : this.grouping === 'client'
          ? (item: { step: AgendaStep }) => isolated(item.step.client) ?? vscode.l10n.t('No client')
          : (item: { step: AgendaStep }) => isolated(item.step.owner) ?? vscode.l10n.t('No owner');
    const groups = new Map<string, NextStepsItem[]>();
    if (this.grouping === 'due') for (const group of DUE_GROUPS) groups.set(dueGroupTitle(group), []);
    for (const step of steps) {
      const key = keyOf(step);
      const group = groups.get(key);
      if (group) group.push(step);
      else groups.set(key, [step]);
    }
    const ordered = this.grouping === 'due' ? [...groups] : [...groups].sort(([a], [b]) => a.localeCompare(b));
    return ordered.filter(([, children]) => children.length > 0).map(([label, children]) => ({ kind: 'group', label, children }));
  }

  getTreeItem(item: NextStepsItem): vscode.TreeItem {
    if (item.kind === 'group') {
      const tree = new vscode.TreeItem(item.label, vscode.TreeItemCollapsibleState.Expanded);
      tree.description = String(item.children.length);
      tree.contextValue = 'group';
      return tree;
    }
    if (item.kind === 'recap') {
      const { recap, today } = item;
      const tree = new vscode.TreeItem(
        recap.client
          ? vscode.l10n.t('Recap to {0} not sent — {1}', isolated(recap.client), isolated(relativeDueText(recap.deadline, today)))
          : vscode.l10n.t('Recap to the client not sent — {0}', isolated(relativeDueText(recap.deadline, today))),
      );
      tree.description = isolated(recap.topic);
      tree.tooltip = `${recap.topic ? vscode.l10n.t('The recap of "{0}" was due by {1}.', isolated(recap.topic), isolated(longDate(recap.deadline))) : vscode.l10n.t('The recap of this conversation was due by {0}.', isolated(longDate(recap.deadline)))}\n${isolated(vscode.workspace.asRelativePath(item.uri))}`;
      tree.iconPath = new vscode.ThemeIcon('mail', new vscode.ThemeColor('list.warningForeground'));
      tree.contextValue = 'recap';
      tree.resourceUri = item.uri;
      tree.command = { command: OPEN_STEP_NOTE_COMMAND, title: vscode.l10n.t('Open Note'), arguments: [item] };
      return tree;
    }
    const { step, today } = item;
    const tree = new vscode.TreeItem(isolated(step.what));
    // A due date that is not a real day is shown as written.
    const when = step.due ? isolated(relativeDueText(step.due, today)) : vscode.l10n.t('no date');
    // What matters first, so that a narrow sidebar cuts the rest, not the date; the group already says its own field.
    const about = [
      this.grouping === 'client' ? undefined : (isolated(step.client) ?? vscode.l10n.t('no client')),
      this.grouping === 'owner' ? undefined : (isolated(step.owner) ?? vscode.l10n.t('no owner')),
    ].filter((part) => part !== undefined);
    tree.description = [when, about.join(', ')].filter((part) => part.length > 0).join(' — ');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(isolated(step.what));
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(
      [
        vscode.l10n.t('Owner: {0}', isolated(step.owner) ?? vscode.l10n.t('nobody named')),
        vscode.l10n.t('Due: {0}', step.due ? `${isolated(longDate(step.due))} (${when})` : when),
        vscode.l10n.t('Client: {0}', isolated(step.client) ?? vscode.l10n.t('none named')),
        `${isolated(vscode.workspace.asRelativePath(item.uri))}:${step.line + 1}`,
      ].join('\n'),
    );
    tree.tooltip = tooltip;
    tree.iconPath = new vscode.ThemeIcon(step.overdue ? 'warning' : 'circle-large-outline', step.overdue ? new vscode.ThemeColor('list.warningForeground') : undefined);
    tree.contextValue = 'step';
    tree.command = { command: OPEN_STEP_COMMAND, title: vscode.l10n.t('Open Step'), arguments: [item] };
    return tree;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
