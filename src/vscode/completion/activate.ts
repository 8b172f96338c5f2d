import * as vscode from 'vscode';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { FrontmatterCompletion } from './frontmatterCompletion';
import { FrontmatterHover } from './hover';
import { SnippetCompletion } from './snippetCompletion';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** What the editor offers while a note is written: completion of its frontmatter and of the `cn-` snippets, and hover on its keys and values. */
export function activateCompletion(context: vscode.ExtensionContext, digest: WorkspaceDigest): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new FrontmatterCompletion(digest), ...FrontmatterCompletion.triggerCharacters),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new SnippetCompletion(), ...SnippetCompletion.triggerCharacters),
    vscode.languages.registerHoverProvider(MARKDOWN, new FrontmatterHover()),
  );
}
