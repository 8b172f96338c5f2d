// A list of text in the frontmatter (`agreements`, `boundaries`, `attendees`, `cc`) is written one
// line per item, and a line often holds a colon: `- Rate: 180/h from January`, or with
// French typography's space before it, `- Tarif 2027 : CHF 0.32 le mot`. YAML reads such an
// item as a one-pair mapping, which its writer never meant: the item is read as the line
// it is, by the schema, the recap and the digest alike.
import { Scalar, isMap, isScalar, isSeq, type Document } from 'yaml';
import noteSchema from '../../../schemas/client-note.schema.json';

interface SchemaNode {
  type?: string | string[];
  items?: SchemaNode;
}

/** The frontmatter keys whose value is a list of text, read from the schema itself: `schemaInfo.ts` reaches it through the validator, which would close a circle back to the frontmatter's reading. */
const TEXT_LIST_KEYS: ReadonlySet<string> = new Set(
  Object.entries(noteSchema.properties as Record<string, SchemaNode>)
    .filter(([, node]) => ([] as string[]).concat(node.type ?? []).includes('array') && node.items?.type === 'string')
    .map(([key]) => key),
);

/**
 * Turns each item of a text list written `words: words` on one line, with nothing else in
 * it, into the text as written, in `document` itself. `source` is the YAML the document
 * was parsed from.
 */
export function readTextItemsAsWritten(document: Document, source: string): void {
  if (!isMap(document.contents)) return;
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || !TEXT_LIST_KEYS.has(String(pair.key.value)) || !isSeq(pair.value) || pair.value.flow) continue;
    const items = pair.value.items;
    items.forEach((item, index) => {
      const written = writtenLine(item, source);
      if (written !== undefined) items[index] = written;
    });
  }
}

function writtenLine(item: unknown, source: string): Scalar | undefined {
  if (!isMap(item) || item.flow || item.items.length !== 1) return undefined;
  const { key, value } = item.items[0]!;
  if (!isPlainText(key) || !isPlainText(value) || value.value === null) return undefined;
  const [start] = key.range!;
  const [, end, nodeEnd] = value.range!;
  const text = source.slice(start, end);
  if (text.includes('\n')) return undefined;
  const line = new Scalar(text);
  line.type = Scalar.PLAIN;
  line.range = [start, end, nodeEnd];
  if (value.comment) line.comment = value.comment;
  return line;
}

function isPlainText(node: unknown): node is Scalar {
  return isScalar(node) && node.type === Scalar.PLAIN && node.range !== undefined && !node.anchor && !node.tag;
}
