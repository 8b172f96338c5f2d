import { isMap } from 'yaml';
import type { ResolvedConfig } from '../config/config';
import { isClientNote } from '../note/clientNote';
import { followUpOf, type FollowUpState } from '../note/followUp';
import { FrontmatterFields } from '../note/frontmatterFields';
import { openNote } from '../note/openNote';
import type { Note } from '../note/parseNote';
import { hasPlaceholder } from '../note/placeholders';
import type { Side } from '../note/owners';
import { notePrivacy } from '../note/privacy';
import { visibleItemsOf } from '../note/sectionItems';
import { detached } from '../base/text';
import { digestTree } from './digestText';
import { mergedStepsOf } from './steps';

/** A next step as the digest keeps it: plain data, no note behind it. */
export interface DigestStep {
  what: string;
  /** Which step of the note this is, for Mark done (`markStepDoneEdits`). */
  key: string;
  owner: string | undefined;
  /** Who the owner is, as `note/owners.ts` decides for every command and view. */
  side: Side | undefined;
  due: string | undefined;
  done: boolean;
  /** The day it was done, YYYY-MM-DD, when the note says it; a step done after its due date was done late. */
  doneOn: string | undefined;
  /** Where the step is written (first, when in two places): offsets in the note without its BOM, and the 0-based line. */
  start: number;
  end: number;
  line: number;
}

/** The small record the workspace digest keeps of each note. */
export interface NoteDigest {
  client: string | undefined;
  contact: string | undefined;
  /** The day of the conversation as written. */
  date: string | undefined;
  scenario: string | undefined;
  topic: string | undefined;
  followUp: FollowUpState;
  steps: DigestStep[];
  /**
   * What was agreed and the boundaries set, as the client may read them (the recap's
   * privacy): the frontmatter lists, then the items of the Agreements and Boundaries
   * sections, one line each, each once.
   */
  agreements: string[];
  boundaries: string[];
}

/** A file of the disk for a host to digest with many others (the editor's first scan), and the config that applies to it. */
export interface FileToDigest {
  path: string;
  config: ResolvedConfig;
  relativePath: string | undefined;
}

/**
 * What a file holds for the digest: its record, `null` when it is not a client note, or
 * `'unread'` when it could not be read (gone, a folder, a pipe, no permission).
 */
export type FileDigest = NoteDigest | null | 'unread';

/** Digests many files of the disk at once (in worker threads); the outcomes in the order of the files. */
export type DigestFiles = (files: readonly FileToDigest[]) => Promise<FileDigest[]>;

/**
 * The digest of one file: undefined when it is not a client note (by its frontmatter
 * type or the include globs, as the linter decides). Never throws on a note's content.
 */
export function digestNote(text: string, config: ResolvedConfig, relativePath?: string): NoteDigest | undefined {
  // The tree of the lines the digest reads (`digestTree`).
  const opened = openNote(text, config, digestTree);
  if (!isClientNote(opened.source, config, relativePath, opened.frontmatter)) return undefined;
  return digestOf(opened.note, config);
}

/** The digest of a parsed client note: whole, or with `digestTree`'s partial tree, which must give the same. */
export function digestOf(note: Note, config: ResolvedConfig): NoteDigest {
  const frontmatter = note.frontmatter;
  const data = frontmatter?.data;
  const field = (key: string) => {
    const value = data?.[key];
    return typeof value === 'string' && value.trim() ? detached(value.trim()) : undefined;
  };
  const privacy = notePrivacy(note, config);
  const yaml = frontmatter?.document;
  const fields = yaml && isMap(yaml.contents) ? new FrontmatterFields(yaml, yaml.contents) : undefined;
  const said = (key: 'agreements' | 'boundaries') => [
    ...new Set([...(fields?.list(key) ?? []), ...visibleItemsOf(note, key, privacy)].filter((item) => !hasPlaceholder(item)).map(detached)),
  ];
  const followUp = followUpOf(frontmatter, note.language, config.followUpDays);
  return {
    client: field('client'),
    contact: field('contact'),
    date: field('date'),
    scenario: field('scenario'),
    topic: field('topic'),
    followUp: { ...followUp, due: detached(followUp.due), deadline: detached(followUp.deadline) },
    steps: mergedStepsOf(note, config.recap, privacy).map(({ what, key, owner, side, due, done, doneOn, places: [first] }) => ({
      what: detached(what),
      key: detached(key),
      owner: detached(owner),
      side,
      due: detached(due),
      done,
      doneOn: detached(doneOn),
      start: first.start,
      end: first.end,
      line: note.lines.positionAt(first.start).line,
    })),
    agreements: said('agreements'),
    boundaries: said('boundaries'),
  };
}
