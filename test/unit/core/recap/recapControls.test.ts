// A note's text is printed to a terminal (`client-notes recap`) and put into mail
// headers: a control character written in a note, or decoded from a YAML escape, must not
// reach either, where an ESC sequence recolours or clears a terminal, an OSC 8 sequence
// forges a link and a C1 control does either.
import * as assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import { generateRecap } from '../../../../src/core/recap';
import { decodedRecap, RECAP_FORMATS } from '../../recapSupport';
import { FIXED_NOW } from '../../support';

const ESC = '\u001b';
const NOTE = `---
type: client-conversation
client: Acme Ltd
contact: Jane Doe <jane@acme.example>
date: 2026-11-20
channel: video-call
topic: "Launch \\e[2J moves ${ESC}]8;;https://evil.example${ESC}\\\\here${ESC}]8;;${ESC}\\\\"
agreements:
  - "The launch moves \\x9b31m to 5 December."
---

# Launch

## Facts

The review ${ESC}[31mfound\u0007 two bugs\u009d0;title\u0007.

## Agreed next steps

- Send the timeline ${ESC}[1m (owner: me, due: 2026-11-30)
`;
// Tabs and line breaks are the recap's own; every other control character is not.
// eslint-disable-next-line no-control-regex -- what the test looks for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

describe('the recap and control characters', () => {
  for (const format of RECAP_FORMATS) {
    it(`${format}: none reaches the recap, its headers or its link, and the words stay`, async () => {
      const result = generateRecap(NOTE, format, { now: FIXED_NOW, includeSections: ['Facts'] });
      assert.ok(result.ok, result.ok ? '' : result.problems.join(' '));
      assert.doesNotMatch(result.text, CONTROL);
      const decoded = await decodedRecap(format, result.text);
      assert.doesNotMatch(decoded, CONTROL);
      assert.match(decoded, /Launch \[2J moves/);
      assert.match(decoded, /The launch moves/);
      assert.match(decoded, /Send the timeline/);
      if (format === 'eml') {
        const mail = await simpleParser(result.text);
        assert.doesNotMatch(mail.subject ?? '', CONTROL);
        assert.match(mail.subject ?? '', /^Follow-up: Launch/);
      }
    });
  }
});
