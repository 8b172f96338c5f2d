import type { Note } from './parseNote';
import { hasPlaceholder } from './placeholders';
import type { NotePrivacy } from './privacy';
import type { SectionKey } from './sections';

/**
 * What a known section says, item by item, as the client may read it: each top-level list
 * item's first block and each paragraph, on one line. Prompts left unfilled and what is
 * private (comments, private sub-sections) are left out. For the digest's agreements and
 * boundaries, which a prepared note repeats.
 */
export function visibleItemsOf(note: Note, key: SectionKey, privacy: NotePrivacy): string[] {
  const section = note.sections.find((candidate) => candidate.known?.key === key);
  if (!section) return [];
  const blocks = section.nodes.flatMap((node) => (node.type === 'list' ? node.children.map((item) => item.children[0]) : node.type === 'paragraph' ? [node] : []));
  return blocks.flatMap((block) => {
    const start = block?.position?.start.offset;
    const end = block?.position?.end.offset;
    if (start === undefined || end === undefined) return [];
    const text = privacy.visibleText(start, end).replace(/\s+/g, ' ').trim();
    return text.length > 0 && !hasPlaceholder(text) ? [text] : [];
  });
}
