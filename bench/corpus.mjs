// Writes a deterministic corpus of realistic client notes for the benchmarks: mostly
// ~3 KB notes across clients and scenarios (some with typical mistakes), plus a few
// large ones. Same seed, same files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SCENARIOS = ['scope-change', 'missed-deadline', 'price-increase', 'budget-constraints', 'unrealistic-expectations', 'quality-complaint', 'invoice-dispute', 'miscommunication', 'contract-termination', 'other'];
const CHANNELS = ['video-call', 'phone', 'in-person', 'email', 'chat'];
const CLIENTS = ['Acme Ltd', 'Globex', 'Initech', 'Umbrella Studio', 'Stark Design', 'Wayne Foundation', 'Hooli', 'Pied Piper', 'Soylent Foods', 'Vandelay Imports'];
const PEOPLE = ['Jane Doe', 'Sam Lee', 'Priya Shah', 'Tomás García', 'Chloé Martin', 'Ola Nordmann', 'Kenji Sato', 'Amara Okafor'];
const SENTENCES = [
  'The staging review on 18 November found two blocking bugs in the checkout flow.',
  'The original estimate was 12 pages; the current sitemap lists 17.',
  'Invoice 42 was sent on 20 October with 14-day payment terms.',
  'The client asked for weekly calls instead of the agreed fortnightly ones.',
  'Feedback on the second draft arrived nine days after the agreed date.',
  'The new brand guidelines changed the colour palette after the designs were approved.',
  'I understand the delay put pressure on the marketing launch.',
  'We agreed that content is delivered by the client before development starts.',
  'The hosting costs rose by 15% in September, which the current price does not cover.',
  'Two of the five requested features are outside the signed statement of work.',
  'You never send the files on time and it is obviously your fault.',
];

function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function note(index, next, paragraphs) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
  const month = String(1 + Math.floor(next() * 11)).padStart(2, '0');
  const date = `2026-${month}-${day}`;
  const client = pick(CLIENTS);
  const contact = pick(PEOPLE);
  const scenario = index % 17 === 0 ? 'mised-deadline' : pick(SCENARIOS);
  const prose = (count) => Array.from({ length: count }, () => Array.from({ length: 3 }, () => pick(SENTENCES)).join(' ')).join('\n\n');
  const steps = Array.from({ length: 3 }, (_, step) => `- [${next() < 0.5 ? 'x' : ' '}] ${pick(SENTENCES).slice(0, 40)} (owner: ${pick(['me', 'client'])}${step === 2 && index % 5 === 0 ? '' : `, due: 2026-${month}-${String(Math.min(28, Number(day) + step + 1)).padStart(2, '0')}`})`).join('\n');
  return `---
type: client-conversation
client: ${client}
contact: ${contact} <${contact.split(' ')[0].toLowerCase()}@example.com>
date: ${date}
channel: ${pick(CHANNELS)}
scenario: ${scenario}
topic: Conversation ${index} about the ${scenario.replace(/-/g, ' ')}
attendees: [${contact}, Sam Lee]
agreements:
  - ${pick(SENTENCES)}
next_steps:
  - what: Send the revised timeline
    owner: me
    due: ${date}
  - what: Confirm the reduced scope for phase 1
    owner: client${index % 7 === 0 ? '' : `\n    due: ${date}`}
boundaries:
  - Pages beyond the agreed twelve are quoted separately.
follow_up:
  due: ${date}
  sent: ${index % 3 === 0 ? 'false' : date}
private:
  mood: ${pick(['tense', 'constructive', 'frustrated but constructive'])}
---

# Conversation ${index}

## Preparation

${prose(1)}

## Facts

${prose(paragraphs)}

## Client's perspective

${prose(1)}
${index % 11 === 0 ? '' : `\n## Boundaries\n\n${prose(1)}\n`}
## Options discussed

1. ${pick(SENTENCES)}
2. ${pick(SENTENCES)}

## Agreed next steps

${steps}

## Private notes

${prose(1)}
`;
}

/** Writes `count` notes of about 3 KB (and `large` notes of about 60 KB) under `folder`. */
export function writeCorpus(folder, count, large = 0) {
  rmSync(folder, { recursive: true, force: true });
  const next = random(count);
  for (let index = 0; index < count; index++) {
    const dir = join(folder, `client-${index % 50}`);
    if (index < 50) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `note-${index}.md`), note(index, next, 3));
  }
  if (large > 0) mkdirSync(join(folder, 'large'), { recursive: true });
  for (let index = 0; index < large; index++) writeFileSync(join(folder, 'large', `large-${index}.md`), largeNote(index, next));
}

/** A note of about 60 KB: as large as notes come while the core still lints their Markdown (MAX_PARSED_NOTE_LENGTH, 64 KB). */
export function largeNote(index, next = random(index + 1)) {
  return note(index, next, 270);
}

export function typicalNote(index = 1) {
  return note(index, random(index), 3);
}
