import * as vscode from 'vscode';
import { noteLanguage } from '../../core/note/noteLanguage';
import { openNote } from '../../core/note/openNote';
import type { NoteConfiguration } from '../configuration';
import { readExtensionFile } from '../extensionFiles';

// Markdown turns suggestions as you type off (`editor.quickSuggestions`), so the snippets
// the manifest contributes would show only on Ctrl+Space. A trigger character works
// whatever that setting says and asks only the providers that registered it: typing the
// `-` of `cn-` asks this one, which offers the same snippets, from the same files. It never
// touches the Markdown settings, and stays silent after any other `-` (a list item, a
// hyphenated word). On Ctrl+Space it offers nothing, as VS Code's own snippet completion
// lists these snippets then.
const TYPED_PREFIX = /(?:^|[^\w-])(cn-[\w-]*)$/;

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

type Snippets = Readonly<Record<string, Snippet>>;

/**
 * The snippet file of each language, by the code of its language pack: `cn-…` in English,
 * `cn-de-…`, `cn-fr-…` (made from the templates by `npm run generate`); the files the
 * manifest contributes, read from the extension's folder (`extensionFiles.ts`).
 */
const SNIPPET_FILES: Readonly<Record<string, string>> = { en: 'snippets/markdown.json', de: 'snippets/markdown.de.json', fr: 'snippets/markdown.fr.json' };

/**
 * The `cn-` snippets as soon as `cn-` is typed, in any Markdown file (`cn-note` starts a note
 * in an empty one): those of the note's language (its `lang`, the configured language, its
 * headings, else English), so that a German note is offered `cn-de-facts` and not English
 * prose; once more of a prefix is typed (`cn-fr-`), every language's that start with it.
 */
export class SnippetCompletion implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = ['-'];

  /** Every language's snippets, read at the first `cn-` typed and kept. */
  private snippets: Promise<Readonly<Record<string, Snippets>>> | undefined;

  constructor(
    private readonly configuration: NoteConfiguration,
    private readonly extensionUri: vscode.Uri,
  ) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): Promise<vscode.CompletionItem[]> {
    if (context.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter) return [];
    const typed = TYPED_PREFIX.exec(document.lineAt(position.line).text.slice(0, position.character))?.[1];
    if (!typed) return [];
    const snippets = await this.readSnippets();
    const offered =
      typed === 'cn-'
        ? Object.entries(snippets[await this.languageOf(document)] ?? snippets.en)
        : Object.values(snippets).flatMap((snippets) => Object.entries(snippets).filter(([, { prefix }]) => prefix.startsWith(typed)));
    // From the start of `cn-`, which the word pattern would split at the dash, so that
    // typing on filters by the whole prefix.
    const range = new vscode.Range(position.translate(0, -typed.length), position);
    return offered.map(([name, { prefix, description, body }]) => {
      const item = new vscode.CompletionItem(prefix, vscode.CompletionItemKind.Snippet);
      item.detail = name;
      item.documentation = description;
      item.insertText = new vscode.SnippetString(body.join('\n'));
      item.range = range;
      return item;
    });
  }

  private readSnippets(): Promise<Readonly<Record<string, Snippets>>> {
    this.snippets ??= Promise.all(
      Object.entries(SNIPPET_FILES).map(async ([language, path]) => [language, JSON.parse(await readExtensionFile(this.extensionUri, path)) as Snippets] as const),
    ).then(Object.fromEntries, (error: unknown) => {
      // Asked again at the next `cn-`, should a read have failed.
      this.snippets = undefined;
      throw error;
    });
    return this.snippets;
  }

  /** The code of the note's language pack (`noteLanguage.ts`, as the linter reads the note). */
  private async languageOf(document: vscode.TextDocument): Promise<string> {
    const { config } = await this.configuration.forDocument(document.uri);
    const { frontmatter, source } = openNote(document.getText(), config);
    return noteLanguage(frontmatter?.data?.lang, config.language, source).code;
  }
}
