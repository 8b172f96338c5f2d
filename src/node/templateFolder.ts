import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isTemplateFile, type TemplateFile } from '../core/templates';

/** The `.md` files directly in a templates folder, for `listTemplates`. An unreadable folder or file throws. */
export async function readTemplateFolder(folder: string): Promise<TemplateFile[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: TemplateFile[] = [];
  for (const entry of entries) {
    if (!isTemplateFile(entry.name)) continue;
    const path = join(folder, entry.name);
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile());
    if (isFile) files.push({ name: entry.name, text: await readFile(path, 'utf8') });
  }
  return files;
}
