import { realpathSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { isTemplateFile, type TemplateFile } from '../core/scaffold/templates';
import { FileNotReadError, readUserFile } from './userFile';

/** The templates of a folder, and the files that were not taken, each with why ("it is …"). */
export interface TemplateFolder {
  files: TemplateFile[];
  skipped: Array<{ name: string; reason: string }>;
}

/**
 * The `.md` files directly in a templates folder, for `listTemplates`. A template is read
 * only if it is a regular file whose real path lies inside the folder's: a link named
 * `notes.md` that leads to `/etc/shadow` would otherwise be copied into every new note.
 * An unreadable folder or file throws.
 */
export async function readTemplateFolder(folder: string): Promise<TemplateFolder> {
  const entries = await readdir(folder, { withFileTypes: true });
  const realFolder = realpathSync.native(folder);
  const files: TemplateFile[] = [];
  const skipped: TemplateFolder['skipped'] = [];
  for (const entry of entries) {
    if (!isTemplateFile(entry.name) || entry.isDirectory()) continue;
    try {
      const file = readUserFile(insideFolder(join(folder, entry.name), realFolder));
      // A template of bytes that are no text would put them into every note made from it.
      if (file.lossy) throw new FileNotReadError(`it ${file.notPlainUtf8}`);
      files.push({ name: entry.name, text: file.text });
    } catch (error) {
      if (!(error instanceof FileNotReadError)) throw error;
      skipped.push({ name: entry.name, reason: error.message });
    }
  }
  return { files, skipped };
}

/** The real path of a folder's entry, when it lies inside the folder's real path. */
function insideFolder(path: string, realFolder: string): string {
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch {
    // A link that loops or leads nowhere: reading it says which.
    return path;
  }
  const within = relative(realFolder, real);
  if (within.startsWith('..') || isAbsolute(within)) throw new FileNotReadError('it is a link to a file outside the templates folder');
  return real;
}
