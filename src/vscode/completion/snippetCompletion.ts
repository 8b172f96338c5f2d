import * as vscode from 'vscode';
import snippets from '../../../snippets/markdown.json';

// Markdown turns suggestions as you type off (`editor.quickSuggestions`), so the snippets
// the manifest contributes would show only on Ctrl+Space. A trigger character works
// whatever that setting says and asks only the providers that registered it: typing the
// `-` of `cn-` asks this one, which offers the same snippets, from the same file. It never
// touches the Markdown settings, and stays silent after any other `-` (a list item, a
// hyphenated word). On Ctrl+Space it offers nothing, as VS Code's own snippet completion
// lists these snippets then.
const TYPED_PREFIX = /(?:^|[^\w-])(cn-[\w-]*)$/;

/** The `cn-` snippets as soon as `cn-` is typed, in any Markdown file (`cn-note` starts a note in an empty one). */
export class SnippetCompletion implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = ['-'];

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    if (context.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter) return [];
    const typed = TYPED_PREFIX.exec(document.lineAt(position.line).text.slice(0, position.character))?.[1];
    if (!typed) return [];
    // From the start of `cn-`, which the word pattern would split at the dash, so that
    // typing on filters by the whole prefix.
    const range = new vscode.Range(position.translate(0, -typed.length), position);
    return Object.entries(snippets).map(([name, { prefix, description, body }]) => {
      const item = new vscode.CompletionItem(prefix, vscode.CompletionItemKind.Snippet);
      item.detail = name;
      item.documentation = description;
      item.insertText = new vscode.SnippetString(body.join('\n'));
      item.range = range;
      return item;
    });
  }
}
