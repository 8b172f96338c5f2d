import * as vscode from 'vscode';

/**
 * The `clientNotes.openNotes` context key: the paths of the open documents that are client
 * notes, so that editor title buttons and context menu entries show on notes and on no
 * other Markdown file (`"when": "resourcePath in clientNotes.openNotes"`). `in` compares
 * strings, and `resourcePath` is a file's fsPath and any other URI's path.
 */
export class OpenNotesContext {
  static readonly KEY = 'clientNotes.openNotes';
  private readonly notes = new Set<string>();

  update(uri: vscode.Uri, isNote: boolean): void {
    const key = uri.scheme === 'file' ? uri.fsPath : uri.path;
    if (isNote === this.notes.has(key)) return;
    if (isNote) this.notes.add(key);
    else this.notes.delete(key);
    void vscode.commands.executeCommand('setContext', OpenNotesContext.KEY, [...this.notes]);
  }

  remove(uri: vscode.Uri): void {
    this.update(uri, false);
  }
}
