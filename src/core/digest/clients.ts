import { agendaOf, compareText as compare, ownerMatches, type AgendaStep, type DigestedNote } from './agenda';

/** A note in a client's history. */
export interface ClientNote {
  file: string;
  date: string | undefined;
  scenario: string | undefined;
  topic: string | undefined;
}

/** A recap never marked sent, and the day it is due by when known. */
export interface UnsentRecap extends ClientNote {
  deadline: string | undefined;
}

/** An agreement or a boundary, with the conversation it comes from. */
export interface SaidBefore extends ClientNote {
  text: string;
}

/** What the Clients view and a prepared note show of one client. */
export interface ClientOverview {
  /** As written in the client's most recent note. */
  client: string;
  /** Newest first. */
  notes: ClientNote[];
  /** The contact of the newest note that names one: a new note for the client starts with it. */
  contact: string | undefined;
  /** Open steps, as the agenda orders them: mine (`owner: me`), theirs (anyone else named), nobody's. */
  mine: AgendaStep[];
  theirs: AgendaStep[];
  unowned: AgendaStep[];
  /** Of conversations held (dated today or before, or undated); oldest first: the longest waiting heads the list. */
  unsentRecaps: UnsentRecap[];
  /** From the latest conversations that set any, newest first. */
  agreements: SaidBefore[];
  boundaries: SaidBefore[];
}

/** How many of a client's latest conversations their agreements and boundaries are taken from. */
export const LATEST_CONVERSATIONS = 3;

/** One client whatever the case or blanks its name is written with. */
export function clientKey(client: string): string {
  return client.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Each client with their notes, what is open on both sides and what the latest
 * conversations settled, clients in alphabetical order. Notes without a client are left
 * out: they belong to no one's history. `today` (YYYY-MM-DD) decides what is overdue.
 */
export function clientsOverview(notes: Iterable<DigestedNote>, today: string): ClientOverview[] {
  const byClient = new Map<string, DigestedNote[]>();
  for (const note of notes) {
    if (!note.digest.client) continue;
    const key = clientKey(note.digest.client);
    const group = byClient.get(key);
    if (group) group.push(note);
    else byClient.set(key, [note]);
  }
  return [...byClient.values()].map((group) => overviewOf(group, today)).sort((a, b) => a.client.localeCompare(b.client, 'en', { sensitivity: 'base' }));
}

/** The overview of one client (by `clientKey`), undefined when no note names them. */
export function clientOverview(notes: Iterable<DigestedNote>, client: string, today: string): ClientOverview | undefined {
  const key = clientKey(client);
  const own = [...notes].filter((note) => note.digest.client !== undefined && clientKey(note.digest.client) === key);
  return own.length > 0 ? overviewOf(own, today) : undefined;
}

function overviewOf(group: DigestedNote[], today: string): ClientOverview {
  // Newest first; notes of one day by file, so that the order never depends on how they came.
  const newest = [...group].sort((a, b) => compare(b.digest.date ?? '', a.digest.date ?? '') || compare(a.file, b.file));
  const noteOf = ({ file, digest }: DigestedNote): ClientNote => ({ file, date: digest.date, scenario: digest.scenario, topic: digest.topic });
  const said = (kind: 'agreements' | 'boundaries') =>
    newest
      .filter((note) => note.digest[kind].length > 0)
      .slice(0, LATEST_CONVERSATIONS)
      .flatMap((note) => note.digest[kind].map((text) => ({ ...noteOf(note), text })));
  // One agenda, split as the owner filters would split it, in its order.
  const open = agendaOf(newest, { today });
  return {
    client: newest[0].digest.client!,
    notes: newest.map(noteOf),
    contact: newest.find((note) => note.digest.contact !== undefined)?.digest.contact,
    mine: open.filter((step) => ownerMatches(step, { kind: 'me' })),
    theirs: open.filter((step) => ownerMatches(step, { kind: 'client' })),
    unowned: open.filter((step) => !ownerMatches(step, { kind: 'me' }) && !ownerMatches(step, { kind: 'client' })),
    unsentRecaps: newest
      // A meeting still to come owes no recap yet.
      .filter((note) => !note.digest.followUp.sent && !(note.digest.date !== undefined && note.digest.date > today))
      .map((note) => ({ ...noteOf(note), deadline: note.digest.followUp.deadline }))
      .sort((a, b) => compare(a.deadline ?? '9999', b.deadline ?? '9999') || compare(a.file, b.file)),
    agreements: said('agreements'),
    boundaries: said('boundaries'),
  };
}
