import type { LintMessage, Severity } from '../base/types';

/** What a run over many notes found, counted as it goes; the editor words it in the display language. */
export class LintRunTally {
  notes = 0;
  notesWithFindings = 0;
  readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  add(messages: readonly LintMessage[]): void {
    this.notes++;
    if (messages.length > 0) this.notesWithFindings++;
    for (const message of messages) this.bySeverity[message.severity]++;
  }
}
