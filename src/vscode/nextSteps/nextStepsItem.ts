import type * as vscode from 'vscode';
import type { AgendaStep, OverdueRecap } from '../../core/digest/agenda';

// Apart from the view, so that the commands a click on an item runs (`openStep.ts`,
// `openStepNote.ts`) take it without importing the view that names them.

/** A step or a recap in the view; `uri` lets the note commands (Generate Follow-up Summary…) take the item as their argument. */
export type NextStepsItem =
  | { kind: 'group'; label: string; children: NextStepsItem[] }
  | { kind: 'step'; uri: vscode.Uri; step: AgendaStep; today: string }
  | { kind: 'recap'; uri: vscode.Uri; recap: OverdueRecap; today: string };
