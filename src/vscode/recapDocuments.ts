import * as vscode from 'vscode';
import { editedRecapMessage, renderMarkdown, type RecapMessage, type RecapModel } from '../core/summary';
import type { TargetArgument } from './commands/target';

/** A recap open in the editor: the note it was made from, and the model its headers (To, From) come from. */
export interface OpenRecap {
  document: vscode.TextDocument;
  note: vscode.Uri;
  model: RecapModel;
  /** The recap's message as the document reads now, edits included. */
  message(): RecapMessage;
}

/**
 * The recaps open as untitled Markdown documents the freelancer can edit before sending,
 * each with the note it was made from. The `clientNotes.recapDocuments` context key holds
 * their paths, so that the editor title shows the recap's actions on them and on no other
 * document (`"when": "resourcePath in clientNotes.recapDocuments"`).
 */
export class RecapDocuments implements vscode.Disposable {
  static readonly CONTEXT_KEY = 'clientNotes.recapDocuments';
  private readonly recaps = new Map<string, { note: vscode.Uri; model: RecapModel; generated: string }>();
  private readonly closing: vscode.Disposable;

  constructor() {
    this.closing = vscode.workspace.onDidCloseTextDocument((document) => {
      if (this.recaps.delete(document.uri.toString())) this.publish();
    });
  }

  /**
   * Shows the recap of a note beside it. Run again, a recap of the note left as it was
   * generated is refreshed where it shows; one the freelancer edited is kept, and the new
   * recap opens in a document of its own.
   */
  async show(note: vscode.Uri, model: RecapModel): Promise<vscode.TextEditor> {
    const markdown = renderMarkdown(model);
    let document = vscode.workspace.textDocuments.find((candidate) => {
      const recap = this.recaps.get(candidate.uri.toString());
      return recap?.note.toString() === note.toString() && candidate.getText() === recap.generated;
    });
    if (document) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), markdown);
      await vscode.workspace.applyEdit(edit);
    } else {
      document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    }
    this.recaps.set(document.uri.toString(), { note, model, generated: markdown });
    this.publish();
    const shown = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
    return vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside, preview: false });
  }

  /**
   * The recap a command acts on: the document an editor title button passes (a Uri), the
   * one named by `{ uri }`, else the active editor's.
   */
  find(argument?: vscode.Uri | TargetArgument): OpenRecap | undefined {
    const given = argument instanceof vscode.Uri ? argument : argument?.uri;
    const uri = given ? (typeof given === 'string' ? vscode.Uri.parse(given) : given) : vscode.window.activeTextEditor?.document.uri;
    const recap = uri && this.recaps.get(uri.toString());
    const document = recap && vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    if (!recap || !document) return undefined;
    return { document, note: recap.note, model: recap.model, message: () => editedRecapMessage(document.getText(), recap.model) };
  }

  /** When the argument or the active editor is a recap, the note it was made from: commands act on that note. */
  noteOf(argument?: vscode.Uri | TargetArgument): TargetArgument | undefined {
    const recap = this.find(argument);
    return recap && { uri: recap.note };
  }

  /** `find`, or a word to the user when no recap is in view. */
  findOrWarn(argument?: vscode.Uri | TargetArgument): OpenRecap | undefined {
    const recap = this.find(argument);
    if (!recap) void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: generate a follow-up summary first; this acts on the recap it opens.'));
    return recap;
  }

  private publish(): void {
    const paths = [...this.recaps.keys()].map((key) => vscode.Uri.parse(key).path);
    void vscode.commands.executeCommand('setContext', RecapDocuments.CONTEXT_KEY, paths);
  }

  dispose(): void {
    this.closing.dispose();
  }
}
