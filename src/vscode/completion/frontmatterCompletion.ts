import * as vscode from 'vscode';
import { frontmatterContextAt } from '../../core/note/frontmatterContext';
import { propertiesAt, propertyAt, type SchemaProperty } from '../../core/note/schemaInfo';
import { channelDescription, keyDescription, scenarioText } from '../noteVocabulary';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { today } from '../clock';

/** What a value of a key with a fixed set means, where the set is the note's vocabulary. */
const VALUE_DESCRIPTIONS: Record<string, (value: string) => string | undefined> = {
  scenario: (value) => scenarioText(value)?.description,
  channel: channelDescription,
};

const DATE_KEYS = new Set(['date', 'due', 'sent']);

/** Completion in a note's frontmatter, driven by the schema and the workspace's other notes. */
export class FrontmatterCompletion implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' '];

  constructor(private readonly digest: WorkspaceDigest) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const context = frontmatterContextAt(document.getText(), document.offsetAt(position));
    if (!context) return [];
    if (context.position === 'key') return keyItems(context.parents, context.siblings, document, position);
    if (!context.key) return [];
    return this.valueItems(context.parents, context.key);
  }

  private async valueItems(parents: string[], key: string): Promise<vscode.CompletionItem[]> {
    const property = propertyAt(parents, key);
    if (property && property.values.length > 0) {
      return property.values.map((value, order) => {
        const item = new vscode.CompletionItem(value, vscode.CompletionItemKind.EnumMember);
        item.documentation = VALUE_DESCRIPTIONS[key]?.(value);
        item.sortText = String(order).padStart(3, '0');
        return item;
      });
    }
    if (DATE_KEYS.has(key)) {
      const item = new vscode.CompletionItem(today(), vscode.CompletionItemKind.Value);
      item.detail = vscode.l10n.t('Today');
      return [item];
    }
    if (key === 'client' && parents.length === 0) {
      const { clients } = await this.digest.people();
      return clients.map((client) => new vscode.CompletionItem(client, vscode.CompletionItemKind.Value));
    }
    if (key === 'contact' && parents.length === 0) {
      const { contacts } = await this.digest.people();
      return contacts.map(({ contact, client }) => {
        const item = new vscode.CompletionItem(contact, vscode.CompletionItemKind.Value);
        item.detail = client;
        return item;
      });
    }
    if (key === 'owner') {
      return [
        ownerItem('me', vscode.l10n.t('You: the recap says "I will …".')),
        ownerItem('client', vscode.l10n.t('The client: the recap names the client.')),
      ];
    }
    return [];
  }
}

function ownerItem(label: string, documentation: string): vscode.CompletionItem {
  const item = new vscode.CompletionItem(label, vscode.CompletionItemKind.Value);
  item.documentation = documentation;
  return item;
}

function keyItems(parents: string[], siblings: string[], document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
  const line = document.lineAt(position.line).text.slice(0, position.character);
  const typed = /[\w-]*$/.exec(line)?.[0] ?? '';
  const replace = new vscode.Range(position.translate(0, -typed.length), position);
  const indent = ' '.repeat(line.length - line.trimStart().length + (/^\s*-\s/.test(line) ? 2 : 0) + 2);
  return propertiesAt(parents)
    .filter((property) => !siblings.includes(property.name))
    .map((property, order) => {
      const item = new vscode.CompletionItem(property.name, vscode.CompletionItemKind.Property);
      item.documentation = new vscode.MarkdownString(keyDescription(parents, property.name) ?? property.description);
      item.detail = property.required ? vscode.l10n.t('required') : undefined;
      item.insertText = new vscode.SnippetString(insertion(property, indent));
      item.range = replace;
      item.sortText = `${property.required ? 0 : 1}${String(order).padStart(3, '0')}`;
      if (property.values.length > 0 || property.shape === 'scalar') item.command = { title: vscode.l10n.t('Suggest'), command: 'editor.action.triggerSuggest' };
      return item;
    });
}

/** `key: ` with the cursor where the value goes, or the start of a list or mapping below. */
function insertion(property: SchemaProperty, indent: string): string {
  if (property.listOfMappings) return `${property.name}:\n${indent}- what: $1\n${indent}  owner: \${2|me,client|}\n${indent}  due: $3`;
  if (property.shape === 'list') return `${property.name}:\n${indent}- $0`;
  if (property.shape === 'mapping') return `${property.name}:\n${indent}$0`;
  return `${property.name}: $0`;
}
