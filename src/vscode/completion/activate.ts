import * as vscode from 'vscode';
import type { NoteConfiguration } from '../configuration';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { FrontmatterCompletion } from './frontmatterCompletion';
import { FrontmatterHover } from './hover';
import { SnippetCompletion } from './snippetCompletion';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** What the editor offers while a note is written: completion of its frontmatter and of the `cn-` snippets in its language, and hover on its keys and values. */
export function activateCompletion(context: vscode.ExtensionContext, digest: WorkspaceDigest, configuration: NoteConfiguration): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new FrontmatterCompletion(digest), ...FrontmatterCompletion.triggerCharacters),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new SnippetCompletion(configuration, context.extensionUri), ...SnippetCompletion.triggerCharacters),
    vscode.languages.registerHoverProvider(MARKDOWN, new FrontmatterHover()),
  );
}
