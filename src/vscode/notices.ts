/**
 * What the extension has told the user since it was activated, in order: every notice of
 * the commands that report what they did (Generate Follow-up Summary, Fix All) goes
 * through `notify`, so that the integration tests read what a user saw.
 */
const shown: string[] = [];

export type ShowMessage = (message: string, ...items: string[]) => Thenable<string | undefined>;

/** Shows a notice with `show` (`vscode.window.showInformationMessage`, …) and records it. */
export function notify(show: ShowMessage, message: string, ...items: string[]): Thenable<string | undefined> {
  shown.push(message);
  return show(message, ...items);
}

export function noticesShown(): readonly string[] {
  return shown;
}
