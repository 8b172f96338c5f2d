import * as vscode from 'vscode';
import { isClientNote } from '../core/lint/engine';
import { readFrontmatter } from '../core/note/frontmatter';
import type { NoteConfiguration } from './configuration';

export interface KnownPeople {
  /** Client names, most recent conversation first. */
  clients: string[];
  /** Contacts as written (`Jane Doe <jane@acme.example>`), with their client. */
  contacts: Array<{ contact: string; client: string | undefined }>;
}

/**
 * The clients and contacts of the workspace's notes, read from their frontmatter on first
 * need and again after a note or the configuration changes. A note is what the linter
 * takes for one (`isClientNote`, the `include` globs too). Feeds completion and New
 * Conversation Note.
 */
export class PeopleIndex implements vscode.Disposable {
  private known: Promise<KnownPeople> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly configuration: NoteConfiguration) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
    const invalidate = () => (this.known = undefined);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(invalidate),
      watcher.onDidChange(invalidate),
      watcher.onDidDelete(invalidate),
      configuration.onDidChange(invalidate),
    );
  }

  people(): Promise<KnownPeople> {
    this.known ??= this.scan();
    return this.known;
  }

  private async scan(): Promise<KnownPeople> {
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git}/**', 5000);
    const seen: Array<{ client?: string; contact?: string; date: string }> = [];
    await Promise.all(
      files.map(async (uri) => {
        try {
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
          const frontmatter = readFrontmatter(text);
          const { config, relativePath } = await this.configuration.forDocument(uri);
          if (!isClientNote(text, config, relativePath, frontmatter)) return;
          const data = frontmatter?.data;
          seen.push({
            client: typeof data?.client === 'string' ? data.client : undefined,
            contact: typeof data?.contact === 'string' ? data.contact : undefined,
            date: typeof data?.date === 'string' ? data.date : '',
          });
        } catch {
          // An unreadable file simply contributes no names.
        }
      }),
    );
    seen.sort((a, b) => b.date.localeCompare(a.date));
    const clients = [...new Set(seen.flatMap((note) => (note.client ? [note.client] : [])))];
    const contacts = new Map<string, string | undefined>();
    for (const note of seen) if (note.contact && !contacts.has(note.contact)) contacts.set(note.contact, note.client);
    return { clients, contacts: [...contacts].map(([contact, client]) => ({ contact, client })) };
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
