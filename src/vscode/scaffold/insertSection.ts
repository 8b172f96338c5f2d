import * as vscode from 'vscode';
import { insertSection, missingSectionNamed, missingSections, type MissingSection } from '../../core/edit/insertSection';
import { openNote } from '../../core/note/openNote';
import { unparsedBecause } from '../../core/note/parseLimits';
import { messageCatalog } from '../../core/lang/messages';
import type { NoteConfiguration } from '../configuration';
import { toRange, toWorkspaceEdit } from '../convert';
import { targetDocument, type TargetArgument } from '../commandTarget';
import { pick } from '../notices';

export const INSERT_SECTION_COMMAND = 'clientNotes.insertSection';

/** `{ section }` names the section to insert (its title or an alias) and skips the pick. */
export interface InsertSectionArgument extends TargetArgument {
  section?: string;
}

interface SectionPick extends vscode.QuickPickItem {
  section: MissingSection;
}

/**
 * Adds a section the note lacks, in canonical order, through one undoable edit, and
 * selects its prompt so the freelancer can type over it. Resolves to whether it inserted.
 */
export function registerInsertSection(configuration: NoteConfiguration): vscode.Disposable {
  return vscode.commands.registerCommand(INSERT_SECTION_COMMAND, async (argument?: InsertSectionArgument) => {
    const document = await targetDocument(argument);
    if (!document) return false;
    const { config } = await configuration.forDocument(document.uri);
    const version = document.version;
    const { note } = openNote(document.getText(), config);
    // Its sections were not read, so where one is missing, and where it would go, is unknown.
    if (note.skippedBody) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: this note {0}, so its sections were not read; add the heading by hand.', unparsedBecause(note.skippedBody.reason, messageCatalog(vscode.env.language).say)));
      return false;
    }
    const missing = missingSections(note, config.requiredSections);

    let section: MissingSection | undefined;
    if (argument?.section !== undefined) {
      section = missingSectionNamed(argument.section, missing);
      if (!section) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: this note already has a "{0}" section, or none is known by that name.', argument.section));
        return false;
      }
    } else {
      if (missing.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: this note has every section already.'));
        return false;
      }
      const picked = await pick<SectionPick>(
        missing.map((candidate) => ({ label: candidate.title, description: describe(candidate), section: candidate })),
        { title: vscode.l10n.t('Insert Section'), placeHolder: vscode.l10n.t('Pick a section to add; it goes in its usual place') },
      );
      if (!picked) return false;
      section = picked.section;
    }

    // The note can change while the pick is open (another editor of it, a sync): the
    // insertion is computed from its text as it is now, never from the text the pick saw.
    const current = document.version === version ? note : openNote(document.getText(), config).note;
    const target = current === note ? section : missingSectionNamed(section.title, missingSections(current, config.requiredSections));
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: the note has a "{0}" section now.', section.title));
      return false;
    }
    const insertion = insertSection(current, target, config.requiredSections);
    if (!insertion) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Client Notes: this note ends inside an HTML comment or a code block that is never closed; close it, then insert the section.'));
      return false;
    }
    if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(document, [insertion])))) return false;
    selectPrompt(document, insertion);
    return true;
  });
}

function describe(section: MissingSection): string {
  if (section.private) return vscode.l10n.t('private: never in the recap');
  return section.required ? vscode.l10n.t('required') : '';
}

/** Selects the first `{{prompt}}` of the inserted section in the note's editor, if it shows one. */
function selectPrompt(document: vscode.TextDocument, insertion: { start: number; text: string }): void {
  const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
  const prompt = /\{\{[^}]*\}\}/.exec(insertion.text);
  if (!editor || !prompt) return;
  const range = toRange(document, insertion.start + prompt.index, insertion.start + prompt.index + prompt[0].length);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
