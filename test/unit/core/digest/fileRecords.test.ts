import * as assert from 'node:assert/strict';
import { FileRecords } from '../../../../src/core/digest/fileRecords';

function contents(records: FileRecords<string>): string[] {
  return [...records.values()].sort();
}

describe('FileRecords: reads that finish in any order', () => {
  it('keeps what the newest read of a file found, whichever finishes last', () => {
    const records = new FileRecords<string>();
    const older = records.begin('a.md');
    const newer = records.begin('a.md');
    assert.equal(records.settle('a.md', newer, 'new text'), true);
    assert.equal(records.settle('a.md', older, 'old text'), false);
    assert.equal(records.get('a.md'), 'new text');
  });

  it('drops a record when the newest read finds no note, and an older read does not bring it back', () => {
    const records = new FileRecords<string>();
    records.settle('a.md', records.begin('a.md'), 'a note');
    const older = records.begin('a.md');
    assert.equal(records.settle('a.md', records.begin('a.md'), undefined), true);
    assert.equal(records.settle('a.md', older, 'a note again'), false);
    assert.deepEqual(contents(records), []);
  });

  it('drops reads still under way when the file is removed', () => {
    const records = new FileRecords<string>();
    const reading = records.begin('a.md');
    assert.equal(records.remove('a.md'), false);
    assert.equal(records.settle('a.md', reading, 'text read before the delete'), false);
    assert.equal(records.get('a.md'), undefined);
  });

  it('a scan drops the files it did not list, and keeps those it listed', () => {
    const records = new FileRecords<string>();
    records.settle('gone.md', records.begin('gone.md'), 'gone');
    records.settle('kept.md', records.begin('kept.md'), 'kept, before');
    const mark = records.beginScan();
    records.settle('kept.md', records.begin('kept.md'), 'kept, after');
    assert.equal(records.endScan(mark, new Set(['kept.md'])), true);
    assert.deepEqual(contents(records), ['kept, after']);
  });

  it('a scan keeps a file created after it listed the folder, whether its read finished before or after the scan', () => {
    const records = new FileRecords<string>();
    const mark = records.beginScan();
    // The watcher reports two files the listing missed: one read at once, one still being read.
    records.settle('early.md', records.begin('early.md'), 'early');
    const late = records.begin('late.md');
    records.settle('listed.md', records.begin('listed.md'), 'listed');
    assert.equal(records.endScan(mark, new Set(['listed.md'])), false);
    records.settle('late.md', late, 'late');
    assert.deepEqual(contents(records), ['early', 'late', 'listed']);
  });

  it('a scan that ends after a newer one began does not undo it', () => {
    const records = new FileRecords<string>();
    const first = records.beginScan();
    const staleRead = records.begin('a.md');
    const second = records.beginScan();
    const freshRead = records.begin('a.md');
    records.settle('a.md', freshRead, 'fresh');
    assert.equal(records.endScan(second, new Set(['a.md'])), false);
    records.settle('a.md', staleRead, 'stale');
    assert.equal(records.endScan(first, new Set(['a.md'])), false);
    assert.equal(records.get('a.md'), 'fresh');
  });
});
