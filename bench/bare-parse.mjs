// The floor the linter is measured against: reading every Markdown file under a folder
// and parsing it with unified + remark-parse + remark-frontmatter, and its frontmatter
// with yaml, in one Node process, doing nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

function* markdownFiles(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(path);
    else if (entry.name.endsWith('.md')) yield path;
  }
}

let nodes = 0;
for (const file of markdownFiles(process.argv[2])) {
  const tree = processor.parse(readFileSync(file, 'utf8'));
  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (yaml) parseDocument(yaml.value);
  nodes += tree.children.length;
}
console.log(`${nodes} top-level nodes`);
