import { formatCount } from '../base/text';
import type { LintMessage, Severity } from '../base/types';

/** What a run over many notes found, counted as it goes. */
export class LintRunTally {
  notes = 0;
  notesWithFindings = 0;
  private readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  add(messages: readonly LintMessage[]): void {
    this.notes++;
    if (messages.length > 0) this.notesWithFindings++;
    for (const message of messages) this.bySeverity[message.severity]++;
  }

  /** "Linted 240 notes: 3 errors, 12 warnings and 1 info in 9 notes." */
  describe(): string {
    const found = (['error', 'warning', 'info'] as const)
      .filter((severity) => this.bySeverity[severity] > 0)
      .map((severity) => plural(this.bySeverity[severity], severity));
    const linted = `Linted ${plural(this.notes, 'note')}`;
    if (found.length === 0) return this.notes === 0 ? 'No client notes found in the workspace.' : `${linted}: no findings.`;
    const list = found.length === 1 ? found[0] : `${found.slice(0, -1).join(', ')} and ${found[found.length - 1]}`;
    return `${linted}: ${list} in ${plural(this.notesWithFindings, 'note')}.`;
  }
}

function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}
