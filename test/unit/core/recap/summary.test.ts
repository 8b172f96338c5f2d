// The follow-up recap: golden files for every format (npm run generate rewrites them after an
// intended change), the .eml read back by a real mail parser, and the wording rules.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { simpleParser } from 'mailparser';
import { resolveConfig } from '../../../../src/core/config/config';
import { parseConfigFile } from '../../../../src/core/config/configFile';
import { longDate, rfc5322Date, shortDate } from '../../../../src/core/recap/dates';
import { inlineToPlain } from '../../../../src/core/recap/inline';
import { withoutNotation } from '../../../../src/core/note/nextSteps';
import { parseContacts } from '../../../../src/core/note/contact';
import {
  buildRecapModel,
  generateRecap,
  MAILTO_MAX_LENGTH,
  renderMailto,
  renderTextBody,
  type RecapModel,
  type RecapFormat,
  type GenerateRecapOptions,
} from '../../../../src/core/recap';
import { committed, RUN_GENERATE } from '../../../generate/generated';
import { GOLDEN_FILES, GOLDEN_ROOT, goldenCase, goldenCases, goldenRecap, goldenWarnings, NOW } from '../../../generate/recaps';
import { growsLinearly, scaled } from '../../support';

function model(text: string, options: Omit<GenerateRecapOptions, 'now'> = {}): RecapModel {
  const built = buildRecapModel(text, options);
  assert.ok(built.ok, built.ok ? '' : built.problems.join('\n'));
  return built.model;
}

function summary(text: string, format: RecapFormat, options: Omit<GenerateRecapOptions, 'now'> = {}): string {
  const result = generateRecap(text, format, { now: NOW, ...options });
  assert.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
  return result.text;
}

function problems(text: string, format: RecapFormat = 'markdown'): string[] {
  const result = generateRecap(text, format, { now: NOW });
  assert.equal(result.ok, false, 'expected the recap to be refused');
  return result.ok ? [] : result.problems;
}

const NOTE = [
  '---',
  'type: client-conversation',
  'client: Acme Ltd',
  'contact: Jane Doe <jane@acme.example>',
  'date: 2026-11-20',
  'channel: phone',
  'scenario: missed-deadline',
  'topic: Launch moves',
  'agreements:',
  '  - The launch moves to 5 December.',
  'next_steps:',
  '  - what: Send the revised timeline',
  '    owner: me',
  '    due: 2026-11-21',
  '---',
  '',
  '# Launch moves',
  '',
].join('\n');

describe('follow-up summary', () => {
  describe('golden files', () => {
    for (const name of goldenCases()) {
      for (const [format, file] of Object.entries(GOLDEN_FILES) as Array<[keyof typeof GOLDEN_FILES, string]>) {
        it(`${name}: ${format}`, () => {
          const result = goldenRecap(name, format);
          const path = `${GOLDEN_ROOT}/${name}/${file}`;
          if (!result.ok) {
            // A note that cannot be addressed has no .eml: it gets problems instead.
            assert.ok(result.problems.length > 0);
            assert.equal(committed(path), undefined, `${path} exists but the note gives: ${result.problems.join(' ')}; ${RUN_GENERATE}`);
            return;
          }
          assert.equal(result.text, committed(path), `${path}: ${RUN_GENERATE}`);
        });
      }
      it(`${name}: warnings`, () => {
        const path = `${GOLDEN_ROOT}/${name}/warnings.txt`;
        assert.equal(goldenWarnings(name), committed(path), `${path}: ${RUN_GENERATE}`);
      });
    }
  });

  describe('.eml', () => {
    it('is a message a mail parser reads back: To, Subject, Date, UTF-8 body', async () => {
      const { note, options } = goldenCase('rich');
      const eml = summary(note, 'eml', options);
      const parsed = await simpleParser(eml);
      const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
      // The header holds the domain in punycode; the parser shows it in Unicode again.
      assert.match(eml, /^To: =\?UTF-8\?Q\?Zo=C3=AB_M=C3=BCller\?= <zoe@xn--mller-kva\.example>\r$/m);
      assert.deepEqual(to?.value, [{ name: 'Zoë Müller', address: 'zoe@müller.example' }]);
      const from = Array.isArray(parsed.from) ? parsed.from[0] : parsed.from;
      assert.deepEqual(from?.value, [{ name: 'Sam Lee', address: 'sam@lee.example' }]);
      assert.equal(parsed.subject, 'Follow-up: Rates for 2027 — what changes and why (20 November 2026)');
      assert.equal(parsed.date?.toISOString(), NOW.toISOString());
      assert.equal(parsed.headers.get('mime-version'), '1.0');
      assert.equal(parsed.headers.get('x-unsent'), '1');
      const contentType = parsed.headers.get('content-type') as { value: string; params: Record<string, string> };
      assert.equal(contentType.value, 'text/plain');
      assert.equal(contentType.params.charset, 'utf-8');
      assert.equal(parsed.text?.replace(/\r\n/g, '\n'), renderTextBody(model(note, options)));
    });

    it('keeps to the line rules: CRLF only, headers folded, encoded words for non-ASCII', () => {
      const { note, options } = goldenCase('rich');
      const eml = summary(note, 'eml', options);
      assert.doesNotMatch(eml, /[^\r]\n/, 'a bare LF');
      const [head, body] = eml.split('\r\n\r\n', 2);
      for (const line of head.split('\r\n')) assert.ok(line.length <= 78 && /^[\x20-\x7e]*$/.test(line), `header line: ${line}`);
      for (const line of body.split('\r\n')) assert.ok(line.length <= 76 && /^[\x20-\x7e\t]*$/.test(line), `body line: ${line}`);
      assert.match(head, /^Subject: .*=\?UTF-8\?Q\?/m);
      assert.match(head, /^Content-Transfer-Encoding: quoted-printable$/m);
    });

    it('quotes a display name with specials and encodes one that is not ASCII', async () => {
      const text = NOTE.replace('contact: Jane Doe <jane@acme.example>', 'contact: \'"Doe, Jane" <jane@acme.example>, Søren Ås <soren@acme.example>\'');
      const eml = summary(text, 'eml');
      assert.match(eml, /^To: "Doe, Jane" <jane@acme\.example>,\s+=\?UTF-8\?Q\?/m);
      const parsed = await simpleParser(eml);
      const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
      assert.deepEqual(to?.value, [
        { name: 'Doe, Jane', address: 'jane@acme.example' },
        { name: 'Søren Ås', address: 'soren@acme.example' },
      ]);
      assert.match(parsed.text ?? '', /^Hi Jane and Søren,/);
    });

    it('sends an ASCII-only body as 7bit, which a parser reads back too', async () => {
      const text = NOTE.replace(/agreements:\n.*\nnext_steps:\n.*\n.*\n.*\n/, '') + '## Facts\n\nThe review found two bugs.\n';
      const eml = summary(text, 'eml', { includeSections: ['Facts'] });
      assert.match(eml, /^Content-Transfer-Encoding: 7bit\r$/m);
      const parsed = await simpleParser(eml);
      assert.match(parsed.text ?? '', /Facts:\nThe review found two bugs\./);
    });

    it('dates the message with `now`, in UTC', () => {
      assert.equal(rfc5322Date(new Date(Date.UTC(2026, 0, 4, 9, 5, 7))), 'Sun, 04 Jan 2026 09:05:07 +0000');
      const eml = summary(NOTE, 'eml');
      assert.match(eml, /^Date: Mon, 23 Nov 2026 11:00:00 \+0000\r$/m);
      assert.equal(summary(NOTE, 'eml'), eml, 'same note, same now, same message');
    });

    it('needs an address: no contact, or a contact without email, is a clear problem', () => {
      const none = NOTE.replace(/^contact: .*\n/m, '');
      assert.match(problems(none, 'eml').join(' '), /no contact: add `contact: Name <email>`/);
      assert.match(problems(none, 'mailto').join(' '), /no contact/);
      const nameOnly = NOTE.replace('Jane Doe <jane@acme.example>', 'Jane Doe');
      assert.match(problems(nameOnly, 'eml').join(' '), /"Jane Doe" has no email address: write it as `Jane Doe <name@example.com>`/);
      const broken = NOTE.replace('jane@acme.example', 'jane@@acme');
      assert.match(problems(broken, 'eml').join(' '), /not an email address/);
      // Markdown and text still work, with a generic greeting.
      assert.match(summary(none, 'markdown'), /^Hello,$/m);
      assert.match(summary(nameOnly, 'text'), /^Hi Jane,$/m);
    });
    it('reads a phone number in the brackets, its digits masked too, as a contact reached by phone: the name, and no address to mail', () => {
      for (const number of ['+221 77 000 00 00', '+65 9xxx 4471']) {
        const phoned = NOTE.replace('Jane Doe <jane@acme.example>', `Jane Doe <${number}>`);
        assert.match(summary(phoned, 'text'), /^Hi Jane,$/m, number);
        assert.match(problems(phoned, 'eml').join(' '), /"Jane Doe" has no email address/, number);
      }
      // Too few digits for a phone: still not an address.
      assert.match(problems(NOTE.replace('Jane Doe <jane@acme.example>', 'Jane Doe <ext. 42>'), 'eml').join(' '), /not an email address/);
    });
    it('reads a phone number set off after the address, or between contacts, as how the contact is reached: the address stays', () => {
      for (const written of ['Jane Doe <jane@acme.example> / 06 12 34 56 78', 'Jane Doe <jane@acme.example>, +44 20 7946 0958', 'Jane Doe <jane@acme.example> – 06 12 34 56 78']) {
        const phoned = NOTE.replace('Jane Doe <jane@acme.example>', written);
        assert.match(summary(phoned, 'text'), /^Hi Jane,$/m, written);
        assert.match(summary(phoned, 'eml'), /^To: Jane Doe <jane@acme\.example>\r?$/m, written);
      }
      assert.match(problems(NOTE.replace('Jane Doe <jane@acme.example>', 'Jane Doe <jane@acme.example> / call after 5'), 'eml').join(' '), /is not a name and an email address/);
    });
    it('reads a social handle as a contact reached by its messages: no address to mail, no first name to greet', () => {
      for (const written of ['@lea.mrs (insta)', '@lea.mrs (insta) / 06 12 ** ** **', '@enzo_rvl']) {
        const messaged = NOTE.replace('Jane Doe <jane@acme.example>', `"${written}"`);
        assert.equal(parseContacts(written).ok, true, written);
        assert.match(summary(messaged, 'markdown'), /^Hello,$/m, written);
        assert.match(problems(messaged, 'eml').join(' '), /has no email address/, written);
      }
    });
    it('reads a remark in brackets after the name as how the contact is reached: the name, and no address to mail', () => {
      const remarked = NOTE.replace('Jane Doe <jane@acme.example>', 'Jane Doe (instagram @jane.doe)');
      assert.match(summary(remarked, 'text'), /^Hi Jane,$/m);
      assert.match(problems(remarked, 'eml').join(' '), /"Jane Doe" has no email address/);
    });

    it('reads a contact written as a link to the person\'s page, as Obsidian and Foam write people', () => {
      for (const contact of ['"[[Jane Doe]]"', '"[[people/Jane Doe]]"', '"[[jane-doe|Jane Doe]]"']) {
        const linked = NOTE.replace('contact: Jane Doe <jane@acme.example>', `contact: ${contact}`);
        assert.match(summary(linked, 'text'), /^Hi Jane,$/m, contact);
        assert.match(problems(linked, 'eml').join(' '), /"Jane Doe" has no email address/, contact);
      }
    });

    it('refuses a contact or sender with more than a name and an address, instead of guessing one', () => {
      const injected = NOTE.replace('contact: Jane Doe <jane@acme.example>', 'contact: "Jane Doe <jane@acme.example> Bcc: attacker@example.com"');
      for (const format of ['eml', 'mailto', 'markdown', 'text'] as const) {
        assert.deepEqual(problems(injected, format), [
          'The contact "Jane Doe <jane@acme.example> Bcc: attacker@example.com" is not a name and an email address: write it as `Name <name@example.com>`, several separated by commas.',
        ]);
      }
      const sender = generateRecap(NOTE, 'eml', { now: NOW, from: 'Sam Lee <sam@lee.example>\r\nBcc: attacker@example.com' });
      assert.ok(!sender.ok && sender.problems.length === 1 && /^The recap's "from" setting "Sam Lee <sam@lee\.example> Bcc: attacker@example\.com" holds a line break/.test(sender.problems[0]));
    });

    it('refuses a contact with a line break, even inside a quoted name, instead of reading it as a space', () => {
      const contacts = [
        String.raw`"\"Jane\r\nBcc: e@x.example\" <jane@acme.example>"`,
        String.raw`"Jane Doe\n<jane@acme.example>"`,
        String.raw`"\"Jane\u2028Doe\" <jane@acme.example>"`,
        '|\n  Jane Doe\n  <jane@acme.example>',
      ];
      for (const contact of contacts) {
        const text = NOTE.replace('contact: Jane Doe <jane@acme.example>', `contact: ${contact}`);
        for (const format of ['eml', 'mailto', 'markdown', 'text'] as const) {
          const refused = problems(text, format);
          assert.equal(refused.length, 1, contact);
          assert.match(refused[0], /^The contact ".*" holds a line break, where a mail header would end: write it as `Name <name@example\.com>`/, contact);
        }
      }
      // A folded block scalar ends in one line break, which is no part of the contact.
      assert.match(summary(NOTE.replace('contact: Jane Doe <jane@acme.example>', 'contact: >\n  Jane Doe\n  <jane@acme.example>'), 'eml'), /^To: Jane Doe <jane@acme\.example>\r$/m);
      // A copied person with one is left out of the Cc, with a warning.
      const copied = buildRecapModel(NOTE.replace('topic:', 'cc: ["\\"Sam\\r\\nBcc: e@x.example\\" <sam@acme.example>", Li Wei <li@acme.example>]\ntopic:'));
      assert.ok(copied.ok);
      assert.deepEqual(copied.ok ? copied.model.cc.map((person) => person.address) : [], ['li@acme.example']);
      assert.match(copied.ok ? copied.warnings.join('\n') : '', /The `cc` entry ".*" holds a line break.* It is left out of the recap's Cc\./);
    });

    it('refuses an address a mail program would read as another one, instead of rewriting it', () => {
      for (const address of ['jane@evil.example/acme.example', 'jane@evil.example?acme.example', 'jane@evil.example#acme.example', 'jane@evil.example:25', 'jane@[127.0.0.1]']) {
        const text = NOTE.replace('jane@acme.example', address);
        assert.deepEqual(problems(text, 'eml'), [`The contact "${address}" is not an email address a message can be sent to: write it as \`Name <name@example.com>\`, several separated by commas.`]);
      }
    });

    it('encodes a subject that reads as an encoded word, so that a mail program shows it as written', function () {
      const python = spawnSync('python3', ['--version']);
      if (python.error) {
        console.log('      (skipped: python3 is not on this machine)');
        this.skip();
      }
      const topics = ['=?utf-8?q?Invoice_paid?=', 'Paid =?utf-8?b?SW52b2ljZQ==?= in full', 'a=?b?c'];
      const emls = topics.map((topic) => summary(NOTE.replace('topic: Launch moves', `topic: '${topic}'`), 'eml'));
      // One Python for the three messages, each read from its bytes as a mail program reads a file.
      const read = spawnSync('python3', ['-c', 'import sys, json, email, email.policy; print(json.dumps([email.message_from_bytes(eml.encode(), policy=email.policy.default)["subject"] for eml in json.load(sys.stdin)]), end="")'], { input: JSON.stringify(emls), encoding: 'utf8' });
      assert.equal(read.status, 0, read.stderr);
      assert.deepEqual(JSON.parse(read.stdout), topics.map((topic) => `Follow-up: ${topic} (20 November 2026)`));
    });
  });

  describe('mailto', () => {
    it('carries the address, subject and body, percent-encoded', () => {
      const link = renderMailto(model(NOTE.replace('- The launch moves to 5 December.', '- "Q&A = fine? #1 moves to 5 December."')));
      assert.ok(link.ok && link.complete);
      const url = new URL(link.uri);
      assert.equal(url.protocol, 'mailto:');
      assert.equal(url.pathname, 'jane@acme.example');
      assert.equal(url.searchParams.get('subject'), 'Follow-up: Launch moves (20 November 2026)');
      const body = url.searchParams.get('body') ?? '';
      assert.match(body, /^Hi Jane,\r\n\r\n/);
      assert.match(body, /• Q&A = fine\? #1 moves to 5 December\./);
      assert.equal(link.uri.split('&').length, 2, 'one & only: the one before body=');
      assert.doesNotMatch(link.uri, /[\s#]/);
    });

    it('leaves the body out when the link would be too long', () => {
      const long = NOTE.replace('  - The launch moves to 5 December.', Array.from({ length: 60 }, (_, i) => `  - Agreement number ${i} is here.`).join('\n'));
      const link = renderMailto(model(long));
      assert.ok(link.ok);
      assert.equal(link.complete, false);
      assert.ok(link.uri.length <= MAILTO_MAX_LENGTH);
      assert.equal(new URL(link.uri).searchParams.get('body'), null);
      assert.equal(new URL(link.uri).searchParams.get('subject'), 'Follow-up: Launch moves (20 November 2026)');
    });
  });

  describe('plain text', () => {
    it('has no Markdown syntax left', () => {
      const { note, options } = goldenCase('rich');
      const text = summary(note, 'text', options);
      assert.doesNotMatch(text, /\*\*|__|`|\]\(|^#|^\s*[-*+] |^>|\\/m);
      assert.match(text, /^Subject: Follow-up: /);
      assert.match(text, /rose by 18 % this year \(see the breakdown \(https:\/\/example\.com\/costs\)\)/);
      assert.match(text, /keeps the current rate\./);
    });

    it('flattens inline Markdown and keeps escaped characters as written', () => {
      assert.equal(inlineToPlain('**Bold**, _em_, `code` and [a link](https://x.example)'), 'Bold, em, code and a link (https://x.example)');
      assert.equal(inlineToPlain('1\\. not a list \\*really\\*'), '1. not a list *really*');
      assert.equal(inlineToPlain('# of pages: 12'), '# of pages: 12');
      assert.equal(inlineToPlain('- dash first'), '- dash first');
      assert.equal(inlineToPlain('<https://x.example>'), 'https://x.example');
    });
  });

  describe('wording', () => {
    it('writes the subject as `Follow-up: {topic} ({date})`', () => {
      assert.match(summary(NOTE, 'markdown'), /^# Follow-up: Launch moves \(20 November 2026\)\n/);
      assert.match(summary(NOTE, 'text'), /^Subject: Follow-up: Launch moves \(20 November 2026\)\n/);
    });

    it('greets the contact by first name, whatever the way the name is written', () => {
      const greet = (contact: string) =>
        /^(Hi .*|Hello),$/m.exec(summary(NOTE.replace('Jane Doe <jane@acme.example>', `'${contact.replace(/'/g, "''")}'`), 'text'))?.[1];
      assert.equal(greet('Jane Doe <jane@acme.example>'), 'Hi Jane');
      assert.equal(greet('"Doe, Jane" <jane@acme.example>'), 'Hi Jane');
      assert.equal(greet('Dr. Jane Doe <jane@acme.example>'), 'Hi Jane');
      assert.equal(greet('jane@acme.example'), 'Hello');
      assert.equal(greet('Jane Doe <jane@acme.example>, Sam Lee <sam@acme.example>, Li Wei <li@acme.example>'), 'Hi Jane, Sam and Li');
    });

    it('thanks for the conversation by its channel and its day, written out', () => {
      assert.match(summary(NOTE, 'text'), /^Thank you for the call on Friday 20 November 2026\. /m);
      assert.match(summary(NOTE.replace('channel: phone', 'channel: in-person'), 'text'), /^Thank you for meeting with me on /m);
      assert.match(summary(NOTE.replace(/^channel: .*\n/m, ''), 'text'), /^Thank you for the conversation on /m);
    });

    /** The text recap's step groups: heading, then its items. */
    const groupsOf = (text: string, options: Omit<GenerateRecapOptions, 'now'> = {}) =>
      summary(text, 'text', options)
        .split('\n\n')
        .filter((block) => /^(What (?!we agreed).* will do|Also agreed|Next steps):\n/.test(block))
        .map((block) => block.split('\n'));

    it('groups next steps by who does them, each as written with its day, done ones stated as done', () => {
      const steps = (lines: string[]) => groupsOf(NOTE.replace(/next_steps:\n[\s\S]*?(?=---)/, `next_steps:\n${lines.join('\n')}\n`));
      assert.deepEqual(
        steps([
          '  - { what: Send the revised timeline, owner: me, due: 2026-11-21 }',
          '  - { what: Confirm the reduced scope., owner: client, due: 2026-11-25 }',
          '  - { what: Review the copy, owner: Sam Lee, due: 2026-12-01 }',
          '  - { what: QA the staging build, owner: Jane }',
          '  - { what: fortnightly check-in call, owner: "@lena", due: next Friday }',
          '  - { what: Book a follow-up call }',
          '  - { what: send the moodboard, owner: I, done: true, due: 2026-11-19 }',
          '  - { what: Final payment for phase one —, owner: Acme Ltd, due: 2026-12-01 }',
        ]),
        [
          ['What I will do:', '• Send the revised timeline by Saturday 21 November 2026', '• send the moodboard — done'],
          [
            'What you will do:',
            '• Confirm the reduced scope by Wednesday 25 November 2026',
            '• QA the staging build',
            '• Final payment for phase one by Tuesday 1 December 2026',
          ],
          ['What Sam Lee will do:', '• Review the copy by Tuesday 1 December 2026'],
          ['What lena will do:', '• fortnightly check-in call (due next Friday)'],
          ['Also agreed:', '• Book a follow-up call'],
        ],
      );
      assert.deepEqual(steps(['  - { what: Book a follow-up call, owner: both }', '  - { what: Plan the retro, owner: tbd }']), [
        ['What we will do:', '• Book a follow-up call'],
        ['Also agreed:', '• Plan the retro'],
      ]);
      assert.deepEqual(steps(['  - { what: Plan the retro }']), [['Next steps:', '• Plan the retro']], 'alone, steps nobody owns are the next steps');
    });

    it('counts the freelancer\'s own name, from `myName` or from `from`, as "I"', () => {
      const text = NOTE.replace('owner: me', 'owner: Sam Lee');
      assert.deepEqual(groupsOf(text, { myName: 'Sam Lee' })[0][0], 'What I will do:');
      assert.deepEqual(groupsOf(text, { from: 'Sam Lee <sam@lee.example>' })[0][0], 'What I will do:');
      assert.deepEqual(groupsOf(NOTE.replace('owner: me', 'owner: Sam'), { myName: 'Sam Lee' })[0][0], 'What I will do:');
      assert.deepEqual(groupsOf(text)[0][0], 'What Sam Lee will do:');
    });

    it('reads next steps from the Agreed next steps list too, once each, without their annotations', () => {
      const text = `${NOTE}## Agreed next steps\n\n- [ ] Send the revised timeline (owner: me, due: 2026-11-21)\n- [ ] Share the staging link @client by 2026-11-22\n- Plan the retro\n`;
      assert.deepEqual(groupsOf(text), [
        ['What I will do:', '• Send the revised timeline by Saturday 21 November 2026'],
        ['What you will do:', '• Share the staging link by Sunday 22 November 2026'],
        ['Also agreed:', '• Plan the retro'],
      ]);
      assert.equal(withoutNotation('Send it (owner: me, due: 2026-11-21)'), 'Send it');
      assert.equal(withoutNotation('Send it — due: 2026-11-21'), 'Send it');
      assert.equal(withoutNotation('Send it @sam by 2026-11-21'), 'Send it');
      // A run of separators after a bracket goes whole, not one at a time (found by the wording property).
      assert.equal(withoutNotation('( , , the (owner: me)'), '(the');
      assert.equal(withoutNotation('Send it (owner: me, ; due: 30/11)'), 'Send it (due: 30/11)');
    });

    it('states the boundaries under their own heading, and closes with the signature', () => {
      const text = NOTE.replace('next_steps:', 'boundaries:\n  - pages beyond the agreed twelve are quoted separately\nnext_steps:');
      const recap = summary(text, 'markdown', { signature: 'Sam Lee\nSam Lee Design' });
      assert.match(recap, /## To keep things clear\n\n- Pages beyond the agreed twelve are quoted separately\.\n/);
      assert.match(recap, /\n\nBest regards, {2}\nSam Lee {2}\nSam Lee Design\n$/);
      assert.match(summary(text, 'text', { signature: 'Warm wishes,\nSam' }), /\n\nWarm wishes,\nSam\n$/);
      assert.match(summary(text, 'text'), /\n\nBest regards,\n$/);
      assert.match(summary(text, 'text', { from: '"Lee, Sam" <sam@lee.example>' }), /\n\nBest regards,\nLee, Sam\n$/, 'no signature: the name in `from` signs');
      assert.match(summary(text, 'text', { myName: 'Sam', from: 'Sam Lee <sam@lee.example>' }), /\n\nBest regards,\nSam\n$/);
    });

    it('leaves out what is empty instead of printing it empty', () => {
      const recap = summary(NOTE, 'markdown');
      assert.doesNotMatch(recap, /To keep things clear|## Facts/);
      assert.match(recap, /## What we agreed/);
      const noAgreements = summary(NOTE.replace(/agreements:\n.*\n/, ''), 'markdown');
      assert.doesNotMatch(noAgreements, /What we agreed/);
    });

    it('escapes names so that Markdown shows them as written', () => {
      const text = NOTE.replace('owner: me', 'owner: "*Sam* [Lee]"');
      assert.match(summary(text, 'markdown'), /^## What \\\*Sam\\\* \\\[Lee\\\] will do$/m);
      assert.match(summary(text, 'text'), /^What \*Sam\* \[Lee\] will do:$/m);
    });

    it('writes dates out the same on every machine', () => {
      assert.equal(longDate('2026-11-21'), 'Saturday 21 November 2026');
      assert.equal(shortDate('2024-02-29'), '29 February 2024');
      assert.equal(longDate('2026-02-30'), '2026-02-30');
      assert.equal(longDate('next week'), 'next week');
      const intl = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let day = 0; day < 3000; day += 7) {
        const date = new Date(Date.UTC(2020, 0, 1 + day));
        assert.equal(longDate(date.toISOString().slice(0, 10)), intl.format(date).replace(',', ''));
      }
    });
  });

  describe('body sections', () => {
    const WITH_SECTIONS = `${NOTE}## Facts\n\nThe review found two bugs.\n\n### Private notes\n\nSECRET-A\n\n#### Details\n\nSECRET-B\n\n### Detail\n\nPublic detail.\n\n## Preparation\n\nSECRET-C\n\n## Options discussed\n\n- Move the launch\n\n<!-- SECRET-D a comment -->\n`;

    it('are added only when listed, private parts taken out, sub-headings re-levelled', () => {
      assert.doesNotMatch(summary(WITH_SECTIONS, 'markdown'), /review found/);
      const recap = summary(WITH_SECTIONS, 'markdown', { includeSections: ['Key facts', 'options'] });
      assert.match(recap, /## Facts\n\nThe review found two bugs\.\n\n### Detail\n\nPublic detail\.\n\n## Options discussed\n\n- Move the launch\n/);
      assert.doesNotMatch(recap, /SECRET/);
    });

    it('leave out sub-sections whose heading reads private, however it is decorated', () => {
      const text = `${NOTE}## Facts\n\nPublic.\n\n### Confidential: pricing\n\nSECRET-1\n\n### 🔒 Notes to self (Jane)\n\nSECRET-2\n\n### PREP\n\nSECRET-3\n\n### Later\n\nPublic later.\n`;
      const recap = summary(text, 'markdown', { includeSections: ['Facts'] });
      assert.doesNotMatch(recap, /SECRET|Confidential|Notes to self|PREP/);
      assert.match(recap, /## Facts\n\nPublic\.\n\n### Later\n\nPublic later\.\n/);
    });

    it('refuse a private section named in the settings, and say so', () => {
      const built = buildRecapModel(WITH_SECTIONS, { includeSections: ['Preparation', 'Notes to self', "Client's view"] });
      assert.ok(built.ok);
      assert.deepEqual(built.model.sections, []);
      assert.equal(built.warnings.filter((warning) => /is a private section and is never included/.test(warning)).length, 3);
    });

    it('come from the .clientnotesrc file and the settings alike', () => {
      const file = parseConfigFile('.clientnotesrc.yaml', 'summary:\n  signature: "Sam"\n  includeSections: [Facts]\n  myName: Sam Lee\n');
      assert.deepEqual(file.problems, []);
      const config = resolveConfig({ summary: { signature: 'Ignored', from: 'Sam <sam@lee.example>' } }, file.config);
      assert.deepEqual(config.recap, { signature: 'Sam', includeSections: ['Facts'], from: 'Sam <sam@lee.example>', myName: 'Sam Lee', tone: {} });
      assert.deepEqual(resolveConfig().recap, { signature: '', includeSections: [], from: '', myName: '', tone: {} });
      assert.match(parseConfigFile('.clientnotesrc.json', '{"summary":{"signatur":"x"}}').problems.join(' '), /did you mean "signature"/);
    });
  });

  describe('a note that cannot be summarised', () => {
    it('says what is missing instead of crashing or sending an empty email', () => {
      assert.match(problems('# Just a README\n').join(' '), /no frontmatter/);
      assert.match(problems('---\ntype: client-conversation\nclient: [Acme\n---\n').join(' '), /frontmatter has errors.*line \d+/);
      assert.match(problems('---\ntitle: Blog post\ntopic: x\n---\n').join(' '), /not a client note.*type: client-conversation/);
      assert.match(problems('---\ntype: client-conversation\nagreements: [x]\n---\n').join(' '), /no topic/);
      assert.match(problems('---\ntype: client-conversation\ntopic: Launch\n---\n# Launch\n').join(' '), /nothing to recap yet/);
      assert.match(problems('---\n---\n').join(' '), /frontmatter is empty/);
    });

    it('summarises a note made a note by the include globs, without `type`', () => {
      const text = NOTE.replace('type: client-conversation\n', '');
      assert.equal(generateRecap(text, 'markdown', { now: NOW }).ok, false);
      assert.equal(generateRecap(text, 'markdown', { now: NOW, isNote: true }).ok, true);
    });

    it('never throws, whatever the text', () => {
      for (const text of ['', '---', '---\n', '\u0000\uFFFF', '---\n: :\n---\n', '---\ntype: client-conversation\ntopic: x\nagreements: {a: 1}\n---\n', 'x'.repeat(100000)]) {
        for (const format of ['markdown', 'text', 'eml', 'mailto'] as const) {
          const result = generateRecap(text, format, { now: NOW });
          assert.equal(typeof result.ok, 'boolean');
        }
      }
    });
  });

  it('summarises a note of 9,000 included sections in time that grows as the note does', function () {
    // A guard against a recap that never ends, not a bound on speed: the recap is run some twenty times.
    this.timeout(5 * 60_000);
    // Each section was checked against every section chosen before it, and read from the whole note.
    const texts = scaled((sections) => NOTE + '## Facts\nThe launch moved.\n'.repeat(sections), 9000);
    const result = growsLinearly('the recap', texts, (text) => generateRecap(text, 'markdown', { now: NOW, includeSections: ['Facts'] }));
    assert.ok(result.ok && result.model.sections.length === 9000);
  });

  it('gives the same recap for CRLF line ends and a BOM', () => {
    const { note, options } = goldenCase('rich');
    for (const format of ['markdown', 'text', 'eml', 'mailto'] as const) {
      const plain = summary(note, format, options);
      assert.equal(summary(`\uFEFF${note.replace(/\n/g, '\r\n')}`, format, options), plain, format);
    }
  });

  it('leaves out a frontmatter value that is an alias into `private`', () => {
    const text = NOTE.replace('agreements:\n', 'private:\n  floor: &floor SECRET-FLOOR\nagreements:\n  - *floor\n');
    const built = buildRecapModel(text);
    assert.ok(built.ok);
    assert.deepEqual(built.model.agreements, ['The launch moves to 5 December.']);
    assert.match(built.warnings.join(' '), /refers to the private part/);
    for (const format of ['markdown', 'text', 'eml', 'mailto'] as const) assert.doesNotMatch(summary(text, format), /SECRET/);
  });
});
