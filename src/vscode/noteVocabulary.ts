import * as vscode from 'vscode';
import type { ScenarioId } from '../core/note/scenarios';
import type { NoteTemplate } from '../core/scaffold/templates';

// The words the editor uses for a note's scenarios, channels and frontmatter keys, in the
// display language. The English originals live in the core (`note/scenarios.ts`, the note
// schema), which the CLI prints; a unit test holds every one of them to a key of the
// bundle these calls make, so that a reworded original cannot go untranslated here.

interface Described {
  label: string;
  description: string;
}

function scenarioTexts(): Record<ScenarioId, Described> {
  return {
    'scope-change': { label: vscode.l10n.t('Scope change'), description: vscode.l10n.t('The client wants more, less or different work than agreed.') },
    'missed-deadline': { label: vscode.l10n.t('Missed deadline'), description: vscode.l10n.t('A date slipped; own it and agree a revised timeline.') },
    'price-increase': { label: vscode.l10n.t('Price increase'), description: vscode.l10n.t('Raising your rates or the price of ongoing work.') },
    'budget-constraints': { label: vscode.l10n.t('Budget constraints'), description: vscode.l10n.t('The client cannot pay for everything they asked for.') },
    'unrealistic-expectations': {
      label: vscode.l10n.t('Unrealistic expectations'),
      description: vscode.l10n.t('What the client expects does not fit the time, budget or brief.'),
    },
    'quality-complaint': { label: vscode.l10n.t('Quality complaint'), description: vscode.l10n.t('The client is unhappy with work you delivered.') },
    'invoice-dispute': { label: vscode.l10n.t('Invoice dispute'), description: vscode.l10n.t('An invoice is questioned, late or unpaid.') },
    miscommunication: { label: vscode.l10n.t('Miscommunication'), description: vscode.l10n.t('Each side understood something different.') },
    'contract-termination': { label: vscode.l10n.t('Contract termination'), description: vscode.l10n.t('Ending the engagement, on your side or theirs.') },
    other: { label: vscode.l10n.t('Other'), description: vscode.l10n.t('Any other hard conversation with a client.') },
  };
}

function channelDescriptions(): Record<string, string> {
  return {
    'in-person': vscode.l10n.t('Face to face.'),
    'video-call': vscode.l10n.t('A video call.'),
    phone: vscode.l10n.t('A phone call.'),
    email: vscode.l10n.t('Email only: written, not live.'),
    chat: vscode.l10n.t('Chat or messages only: written, not live.'),
  };
}

/** What each frontmatter key is for, by its path (`next_steps.due` for a key of a step). */
function keyDescriptions(): Record<string, string> {
  return {
    type: vscode.l10n.t('Marks the file as a client conversation note. Only notes with this type are linted.'),
    client: vscode.l10n.t("The client's organisation or name, as you want it in the recap and the note's folder."),
    contact: vscode.l10n.t(
      'The person you spoke with, as `Name <email>` (or several, separated by commas); the recap greets them by first name and is addressed to the email.',
    ),
    date: vscode.l10n.t('The day of the conversation, written `YYYY-MM-DD`.'),
    channel: vscode.l10n.t(
      'How the conversation happened. Prefer a live channel (in person, video call, phone) for the hard part and send the written recap after.',
    ),
    scenario: vscode.l10n.t('What kind of difficult conversation this is; it chooses the template and the prompts.'),
    topic: vscode.l10n.t("One line on what the conversation is about; it becomes the recap's subject."),
    lang: vscode.l10n.t(
      'The language the note is written in (`en`, `de`, `fr`; a region may follow: `de-CH`, `fr-CA`): its section names, step words and tone phrases are read in it. Left out: the configured language, else recognised from the headings.',
    ),
    attendees: vscode.l10n.t('Everyone who took part. Those written `Name <email>` are copied (Cc) on the recap; the contact is not.'),
    cc: vscode.l10n.t(
      'People to copy on the recap, a list or one `Name <email>`: the `Cc` of the .eml and of the mail link. The contact is left out, and each address appears once.',
    ),
    agreements: vscode.l10n.t('What both sides agreed, one item each. Goes into the recap.'),
    next_steps: vscode.l10n.t('The next steps agreed, each with what, who owns it (`me`, `client` or a name) and when it is due.'),
    'next_steps.what': vscode.l10n.t('What will be done.'),
    'next_steps.owner': vscode.l10n.t("Who does it: `me` for you, `client` for the client, or a person's name."),
    'next_steps.due': vscode.l10n.t('When it is due, written `YYYY-MM-DD`.'),
    'next_steps.done': vscode.l10n.t('The day the step was done, written `YYYY-MM-DD` (Mark done writes it), or `true` when the day is not known.'),
    'next_steps.status': vscode.l10n.t("The step's state as task tools write it: `done`, `completed` or `closed` (with the day or not: `completed 2026-11-20`) mark it done; `open`, `pending` or `in progress` leave it open."),
    boundaries: vscode.l10n.t('What you can and cannot do, stated plainly. Goes into the recap.'),
    follow_up: vscode.l10n.t('The written recap you send after the conversation.'),
    'follow_up.due': vscode.l10n.t('When the recap should go out, written `YYYY-MM-DD`.'),
    'follow_up.sent': vscode.l10n.t('`false` until the recap is sent, then the day it was sent (`YYYY-MM-DD`).'),
    tags: vscode.l10n.t('Free-form tags for your own search, as Obsidian and Foam write them: a list (a year such as 2027 is a tag too) or one tag.'),
    private: vscode.l10n.t('Notes for your eyes only (mood, walk-away point…). Never appears in a recap.'),
  };
}

/** A scenario's name and line in the display language; an unknown id is shown as written. */
export function scenarioText(id: string): Described | undefined {
  return (scenarioTexts() as Record<string, Described>)[id];
}

/** What a `channel` value means, in the display language. */
export function channelDescription(id: string): string | undefined {
  return channelDescriptions()[id];
}

/** What a frontmatter key is for, in the display language; `parents` as the schema reaches it. */
export function keyDescription(parents: readonly string[], name: string): string | undefined {
  return keyDescriptions()[[...parents, name].join('.')];
}

/**
 * A template's name and line for the picker: a built-in scenario's (also when a user file
 * replaces it) in the display language; a line its author wrote as written.
 */
export function templateText(template: NoteTemplate): Described {
  const scenario = template.name === template.scenario ? scenarioText(template.scenario) : undefined;
  return {
    label: scenario?.label ?? template.label,
    description: template.description ?? scenario?.description ?? vscode.l10n.t('Your template, from the templates folder.'),
  };
}
