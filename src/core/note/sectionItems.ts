import type { RootContent } from 'mdast';
import type { Note } from './parseNote';
import type { NotePrivacy } from './privacy';
import type { SectionKey } from './sections';

/**
 * What a client-facing section (Agreements, Boundaries) says, item by item, as the client
 * may read it: the first block of each list item, nested ones and those in quotes
 * included, on one line, without a task's box; what is private (comments, private
 * sub-sections) left out. The one reader of these items, for the recap and the digest
 * alike, so that the Clients view and a prepared note repeat what the recap said.
 */
export function visibleItemsOf(note: Note, key: SectionKey, privacy: NotePrivacy): string[] {
  const items: string[] = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'list') {
        for (const item of node.children) {
          const first = item.children[0];
          const start = first?.position?.start.offset;
          const end = first?.position?.end.offset;
          if (first?.type === 'paragraph' && start !== undefined && end !== undefined && privacy.visible(start)) {
            items.push(privacy.visibleText(start, end).replace(/\s+/g, ' ').trim().replace(TASK_BOX, ''));
          }
          walk(item.children);
        }
      } else if (node.type === 'blockquote') walk(node.children);
    }
  };
  for (const section of note.sections) if (section.known?.key === key) walk(section.nodes);
  return items.filter((item) => item.length > 0);
}

// remark without GFM leaves a task's `[ ]` or `[x]` in its words.
const TASK_BOX = /^\[[ xX]\][ \t]*/;
