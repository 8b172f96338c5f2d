import * as vscode from 'vscode';
import { frontmatterContextAt } from '../../core/note/frontmatterContext';
import { propertyAt } from '../../core/note/schemaInfo';
import { channelDescription, keyDescription, scenarioText } from '../noteVocabulary';

/** Hover on a frontmatter key shows what the schema says of it; on a scenario or channel, what it means. */
export class FrontmatterHover implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const offset = document.offsetAt(position);
    const context = frontmatterContextAt(document.getText(), offset);
    if (!context?.key || context.keyStart === undefined || context.keyEnd === undefined) return undefined;
    const property = propertyAt(context.parents, context.key);
    if (!property) return undefined;
    if (offset >= context.keyStart && offset <= context.keyEnd) {
      const text = new vscode.MarkdownString(`**${property.name}**${property.required ? ` ${vscode.l10n.t('(required)')}` : ''}\n\n${keyDescription(context.parents, property.name) ?? property.description}`);
      if (property.values.length > 0) text.appendMarkdown(`\n\n${vscode.l10n.t('One of: {0}', property.values.map((value) => `\`${value}\``).join(', '))}`);
      return new vscode.Hover(text, new vscode.Range(document.positionAt(context.keyStart), document.positionAt(context.keyEnd)));
    }
    const word = document.getWordRangeAtPosition(position, /[\w-]+/);
    const value = word ? document.getText(word) : undefined;
    if (!value || !property.values.includes(value)) return undefined;
    const described = property.name === 'scenario' ? scenarioText(value)?.description : property.name === 'channel' ? channelDescription(value) : undefined;
    return described ? new vscode.Hover(`\`${value}\`: ${described}`, word) : undefined;
  }
}
