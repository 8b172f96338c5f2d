import * as vscode from 'vscode';
import { agendaOf, DUE_GROUPS, dueGroupOf, overdueCount, overdueRecapsOf, type AgendaStep, type OverdueRecap, type OwnerFilter } from '../core/digest/agenda';
import { dueGroupTitle, relativeDueText } from './dueText';
import { markStepDoneEdits } from '../core/digest/markStepDone';
import { openNote } from '../core/note/openNote';
import { isolated, lineEndingsIn, type LineEnding } from '../core/base/text';
import { longDate } from '../core/summary/dates';
import type { NoteConfiguration } from './configuration';
import { toRange, toWorkspaceEdit } from './convert';
import { workspaceFileAccess } from './fileAccess';
import type { WorkspaceDigest } from './workspaceDigest';
import { today as todayOnTheClock } from './clock';

export const NEXT_STEPS_VIEW = 'clientNotes.nextSteps';
export const OPEN_STEP_COMMAND = 'clientNotes.openStep';
export const MARK_STEP_DONE_COMMAND = 'clientNotes.markStepDone';
export const OPEN_NOTE_COMMAND = 'clientNotes.openNote';
export const FILTER_STEPS_COMMAND = 'clientNotes.filterNextSteps';
const GROUP_COMMANDS = { due: 'clientNotes.groupNextStepsByDue', client: 'clientNotes.groupNextStepsByClient', owner: 'clientNotes.groupNextStepsByOwner' } as const;

type Grouping = keyof typeof GROUP_COMMANDS;
type Filter = 'all' | 'me' | 'client';

/** A step or a recap in the view; `uri` lets the note commands (Generate Follow-up Summary…) take the item as their argument. */
export type NextStepsItem =
  | { kind: 'group'; label: string; children: NextStepsItem[] }
  | { kind: 'step'; uri: vscode.Uri; step: AgendaStep; today: string }
  | { kind: 'recap'; uri: vscode.Uri; recap: OverdueRecap; today: string };

const FILTERS: ReadonlyArray<{ filter: Filter; label: string; owner: OwnerFilter }> = [
  { filter: 'all', label: vscode.l10n.t('All steps'), owner: { kind: 'all' } },
  { filter: 'me', label: vscode.l10n.t('Mine (owner: me)'), owner: { kind: 'me' } },
  { filter: 'client', label: vscode.l10n.t("The client's (anyone else named)"), owner: { kind: 'client' } },
];

/**
 * The Next Steps view: the open steps of every note, grouped by when they are due (or by
 * client, or owner), the overdue recaps first; its badge counts what is overdue.
 */
export function registerNextStepsView(digest: WorkspaceDigest, configuration: NoteConfiguration): vscode.Disposable & { shown(): Promise<ShownItem[]> } {
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
  const setGrouping = (grouping: Grouping) => {
    provider.grouping = grouping;
    void vscode.commands.executeCommand('setContext', 'clientNotes.nextSteps.groupBy', grouping);
    provider.refresh();
  };
  setGrouping('due');
  void refresh();
  const registration = vscode.Disposable.from(
    view,
    provider,
    digest.onDidChange(() => void refresh()),
    ...Object.entries(GROUP_COMMANDS).map(([grouping, command]) => vscode.commands.registerCommand(command, () => setGrouping(grouping as Grouping))),
    vscode.commands.registerCommand(FILTER_STEPS_COMMAND, async (filter?: Filter) => {
      const chosen = filter ? FILTERS.find((candidate) => candidate.filter === filter) : await vscode.window.showQuickPick(FILTERS, { placeHolder: vscode.l10n.t('Show whose next steps?') });
      if (!chosen) return;
      provider.filter = chosen.owner;
      view.description = chosen.filter === 'all' ? undefined : chosen.filter === 'me' ? vscode.l10n.t('mine') : vscode.l10n.t("the client's");
      provider.refresh();
    }),
    vscode.commands.registerCommand(OPEN_STEP_COMMAND, (item: NextStepsItem) => openItem(item, true)),
    vscode.commands.registerCommand(OPEN_NOTE_COMMAND, (item: NextStepsItem) => openItem(item, false)),
    vscode.commands.registerCommand(MARK_STEP_DONE_COMMAND, (item: NextStepsItem) => markDone(item, configuration)),
  );
  return Object.assign(registration, { shown: () => shownTree(provider) });
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
  grouping: Grouping = 'due';
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
      tree.command = { command: OPEN_NOTE_COMMAND, title: vscode.l10n.t('Open Note'), arguments: [item] };
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

/** Opens the item's note, with the step selected when asked. */
async function openItem(item: NextStepsItem, selectStep: boolean): Promise<void> {
  if (item.kind === 'group') return;
  const document = await vscode.workspace.openTextDocument(item.uri);
  const selection = selectStep && item.kind === 'step' ? toRange(document, item.step.start, item.step.end) : undefined;
  await vscode.window.showTextDocument(document, { selection });
}

/**
 * Marks the step done today in its note, in every place it is written, as one undoable edit. A
 * note that had no unsaved changes is saved, so that the disk and the views agree; one
 * with unsaved changes is left for the user to save, and so is one whose line endings the
 * editor did not keep (see `savingKeepsLineEndings`).
 */
async function markDone(item: NextStepsItem, configuration: NoteConfiguration): Promise<boolean> {
  if (item.kind !== 'step') return false;
  const document = await vscode.workspace.openTextDocument(item.uri);
  const { config } = await configuration.forDocument(item.uri);
  const edits = markStepDoneEdits(openNote(document.getText(), config), item.step.key, todayOnTheClock());
  if (!edits) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: "{0}" is no longer an open step of {1}.', item.step.what, vscode.workspace.asRelativePath(item.uri)));
    return false;
  }
  const wasDirty = document.isDirty;
  const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits));
  if (applied && !wasDirty && (await savingKeepsLineEndings(document))) await document.save();
  return applied;
}

const LINE_ENDING_NAMES: Record<LineEnding, string> = { '\n': 'LF', '\r\n': 'CRLF', '\r': 'CR' };

/**
 * Whether saving the document writes the line endings its file has. VS Code holds a text
 * with LF or CRLF only: a note whose lines end in CR alone (classic Mac OS), or in a mix,
 * is turned into one of them when it is opened, and saving would write every line ending
 * anew, where `client-notes lint --fix` keeps them. Such a note is left unsaved, saying why.
 */
async function savingKeepsLineEndings(document: vscode.TextDocument): Promise<boolean> {
  let onDisk: string;
  try {
    onDisk = await workspaceFileAccess.readFile(document.uri.toString());
  } catch {
    return true;
  }
  const held = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const written = lineEndingsIn(onDisk);
  if (written.every((ending) => ending === held)) return true;
  void vscode.window.showWarningMessage(
    vscode.l10n.t(
      'Client Notes: the step is marked done, but {0} is left unsaved: its lines end in {1} on disk, which VS Code holds as {2}, so saving it would change its line endings. Save it to accept {2}, or undo.',
      vscode.workspace.asRelativePath(document.uri),
      written.map((ending) => LINE_ENDING_NAMES[ending]).join(vscode.l10n.t(' and ')),
      LINE_ENDING_NAMES[held],
    ),
  );
  return false;
}
