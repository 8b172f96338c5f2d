import * as vscode from 'vscode';

/**
 * A notice the extension gave the user: every notice of the commands that report what they
 * did (Generate Follow-up Summary, Fix All) goes through `notify`, and every quick pick a
 * command opens goes through `pick`, so that the integration tests read what a user saw,
 * buttons and choices all, and act on a pick once it is open rather than after a pause.
 */
export interface Notice {
  /** The message, or a pick's title (else its placeholder). */
  message: string;
  /** The buttons it offered, or a pick's choices, as shown. */
  actions: readonly string[];
}

/** Where notices are recorded: only while the test API records them (`testApi.ts`); in a user's editor, nowhere. */
let record: ((notice: Notice) => void) | undefined;

export type ShowMessage = (message: string, ...items: string[]) => Thenable<string | undefined>;

/** Shows a notice with `show` (`vscode.window.showInformationMessage`, …), recorded for the test API while it records (`recordNotices`). */
export function notify(show: ShowMessage, message: string, ...actions: string[]): Thenable<string | undefined> {
  record?.({ message, actions });
  return show(message, ...actions);
}

/** Opens a quick pick of `items`, recorded for the test API as it opens (`recordNotices`). */
export function pick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined> {
  record?.({ message: options.title ?? options.placeHolder ?? '', actions: items.map((item) => item.label) });
  return vscode.window.showQuickPick(items, options);
}

/**
 * `notify` with buttons that each run a command on `argument` (a recap document, as its
 * editor title buttons pass it). Nothing is awaited: the caller goes on at once, and the
 * choices stay offered.
 */
export function offerCommands(show: ShowMessage, message: string, actions: ReadonlyArray<readonly [title: string, command: string]>, argument: unknown): void {
  void notify(show, message, ...actions.map(([title]) => title)).then(async (choice) => {
    const command = actions.find(([title]) => title === choice)?.[1];
    if (command) await vscode.commands.executeCommand(command, argument);
  });
}

/** From now on, until disposed, every notice is recorded in `shown`, in order. */
export function recordNotices(shown: Notice[]): { dispose(): void } {
  record = (notice) => shown.push(notice);
  return { dispose: () => (record = undefined) };
}
