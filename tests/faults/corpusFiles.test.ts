/**
 * Corpus faults end to end: the real engine reindexes a temporary folder holding one good article
 * and one odd file; the odd file is either read correctly (its words are found and cited) or
 * skipped with a reason that /reindex and the console report.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BylineEngine } from '../../src/engine.ts';
import { renderReport } from '../../src/render/text.ts';
import type { Response } from '../../src/types.ts';
import { makeFifo, settlesWithin } from '../helpers/fifo.ts';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

let corpus: TempCorpus;

beforeEach(async () => {
  corpus = await tempCorpus();
  await corpus.put('good.txt', article('Port Zembla'));
});
afterEach(() => corpus.stop());

const search = (engine: BylineEngine, text: string): Promise<Response> => engine.ask({ command: 'search', text });
const citedFiles = (response: Response): string[] => [...new Set(response.answers.flatMap((a) => a.citations.map((c) => c.file)))].sort();
const citations = (response: Response) => response.answers.flatMap((a) => a.citations);

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('files skipped with a reason that /reindex and the console report', () => {
  it.each([
    ['an empty file', 'empty.txt', '', 'empty file'],
    ['a file of blank lines', 'blank.txt', '\r\n \n\n', 'empty file'],
    ['a PNG renamed .txt', 'image.txt', PNG, 'not text (binary: PNG)'],
  ])('skips %s', async (_name, file, content, reason) => {
    await corpus.put(file, content);
    const engine = await corpus.open();
    const report = await engine.reindex();
    expect(report.skipped).toEqual([{ file, reason }]);
    expect(report.articles).toBe(1);
    expect(renderReport(report)).toContain(`skipped ${file}: ${reason}`);
    expect(engine.sources().map((meta) => meta.file)).toEqual(['good.txt']);
  });

  it('does not follow a symbolic link to a file or a folder outside the corpus folder', async () => {
    await writeFile(path.join(corpus.root, 'secret.txt'), article('Outer Vellmark'));
    await mkdir(path.join(corpus.root, 'elsewhere'));
    await writeFile(path.join(corpus.root, 'elsewhere', 'inner.txt'), article('Outer Vellmark'));
    await symlink(path.join(corpus.root, 'secret.txt'), path.join(corpus.corpusDir, 'link.txt'));
    await symlink(path.join(corpus.root, 'elsewhere'), path.join(corpus.corpusDir, 'linked-folder'));
    const engine = await corpus.open();
    const report = await engine.reindex();
    const reason = 'symbolic link points outside the corpus folder; not followed';
    expect(report.skipped).toEqual([{ file: 'link.txt', reason }, { file: 'linked-folder', reason }]);
    expect(citedFiles(await search(engine, 'Vellmark'))).toEqual([]);
    expect(renderReport(report)).not.toContain(corpus.root);
  });

  it('skips a link whose target is gone as unreadable', async () => {
    await symlink(path.join(corpus.corpusDir, 'missing.txt'), path.join(corpus.corpusDir, 'gone.txt'));
    const report = await (await corpus.open()).reindex();
    expect(report.skipped).toEqual([{ file: 'gone.txt', reason: 'unreadable (broken symbolic link)' }]);
  });
});

describe('files read correctly', () => {
  const QUILLBURY = 'Café owners of Quillbury protest\n\nThe minister’s “plan” for Quillbury – a tax on café terraces';
  /** Encodes text as Windows-1252: Latin-1 letters as themselves, curly quotes and dashes in 0x80–0x9F. */
  const windows1252 = (text: string) =>
    Buffer.from([...text].map((ch) => ({ '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 })[ch] ?? ch.charCodeAt(0)));
  const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

  it.each([
    ['Windows-1252 (curly quotes, dash, é)', windows1252(QUILLBURY), 'The minister’s “plan” for Quillbury – a tax on café terraces'],
    ['UTF-16 LE with a BOM', utf16(QUILLBURY), 'The minister’s “plan” for Quillbury – a tax on café terraces'],
  ])('decodes %s without mojibake', async (_name, bytes, paragraph2) => {
    await corpus.put('odd.txt', bytes);
    const engine = await corpus.open();
    const report = await engine.reindex();
    expect(report.skipped).toEqual([]);
    const cited = citations(await search(engine, 'Quillbury terraces'));
    expect(cited).toContainEqual({ file: 'odd.txt', paragraph: 2, excerpt: expect.stringContaining(paragraph2) });
    expect(engine.sources().find((meta) => meta.file === 'odd.txt')?.title).toBe('Café owners of Quillbury protest');
  });

  it.each([
    ['CRLF', '\r\n\r\n'],
    ['lone CR', '\r\r'],
    ['single line breaks (no blank line anywhere)', '\n'],
    ['single CRLF line breaks', '\r\n'],
  ])('splits paragraphs on %s', async (_name, lineBreak) => {
    const text = article('Dunmore Quay').split('\n\n').join(lineBreak);
    await corpus.put('breaks.txt', text);
    const engine = await corpus.open();
    await engine.reindex();
    const cited = citations(await search(engine, 'Dunmore Quay tides'));
    const paragraphs = article('Dunmore Quay').split('\n\n');
    expect(cited.filter((c) => c.file === 'breaks.txt')).toContainEqual({ file: 'breaks.txt', paragraph: 3, excerpt: paragraphs[2] });
    for (const citation of cited) expect(citation.excerpt).not.toMatch(/\r/);
  });

  it('reads sub-folders recursively and cites the relative path with / separators', async () => {
    await corpus.put('world/europe/quay.txt', article('Dunmore Quay'));
    const engine = await corpus.open();
    await engine.reindex();
    expect(engine.sources().map((meta) => meta.file)).toEqual(['good.txt', 'world/europe/quay.txt']);
    expect(citedFiles(await search(engine, 'Dunmore Quay'))).toEqual(['world/europe/quay.txt']);
  });

  it('ignores non-article files (.json, .md notes, dotfiles, dot-folders) without reporting them', async () => {
    const other = article('Outer Vellmark');
    await corpus.put('data.json', JSON.stringify({ text: other }));
    await corpus.put('NOTES.md', other);
    await corpus.put('.draft.txt', other);
    await corpus.put('.git/old.txt', other);
    const engine = await corpus.open();
    const report = await engine.reindex();
    expect(report).toMatchObject({ articles: 1, skipped: [], notes: [] });
    expect(citedFiles(await search(engine, 'Vellmark'))).toEqual([]);
  });
});

describe('files that must not hang, leak or garble the index', () => {
  it('starts and reindexes without opening a FIFO named as a sidecar, and says why it was ignored', async () => {
    const fifo = makeFifo(path.join(corpus.corpusDir, 'good.meta.json'));
    const engine = await settlesWithin(corpus.open(), [fifo]);
    const report = await settlesWithin(engine.reindex(), [fifo]);
    expect(report.articles).toBe(1);
    expect(renderReport(report)).toContain('good.txt: sidecar good.meta.json ignored: not a regular file');
  });

  it('refuses a sidecar linked from outside the corpus folder: its title never shows, its keys are never echoed', async () => {
    await writeFile(path.join(corpus.root, 'outside.json'), JSON.stringify({ title: 'Outer Vellmark secrets', vellmarkKey: 'x' }));
    await symlink(path.join(corpus.root, 'outside.json'), path.join(corpus.corpusDir, 'good.meta.json'));
    const engine = await corpus.open();
    const report = await engine.reindex();
    expect(engine.sources()[0]?.title).toBe('Harbour board of Port Zembla names a new harbour master');
    expect(report.notes).toEqual([
      { file: 'good.txt', reason: 'sidecar good.meta.json ignored: symbolic link points outside the corpus folder; not followed' },
    ]);
    expect(renderReport(report)).not.toMatch(/vellmark/i);
  });

  it('keeps a UTF-8 article whole when one byte in it is not UTF-8, and notes the byte', async () => {
    const text = 'Café owners of Quillbury protest\n\nThe minister’s “plan” for Quillbury – a tax on café terraces\n\nPrices rose by 5';
    await corpus.put('mixed.txt', Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0xa3]), Buffer.from(' a cup.')]));
    const engine = await corpus.open();
    const report = await engine.reindex();
    expect(engine.article('mixed.txt')?.title).toBe('Café owners of Quillbury protest');
    const cited = citations(await search(engine, 'Quillbury terraces'));
    expect(cited).toContainEqual({ file: 'mixed.txt', paragraph: 2, excerpt: 'The minister’s “plan” for Quillbury – a tax on café terraces' });
    expect(renderReport(report)).toContain('mixed.txt: not valid UTF-8 at 1 byte (first on line 5), read as Windows-1252');
  });

  it('skips a file with a NUL byte past its first 8 KiB, so nothing after it is answered', async () => {
    const padding = Array.from({ length: 200 }, (_, n) => `Paragraph ${n} of the harbour minutes of Dunmore Quay.`).join('\n\n');
    await corpus.put('late-nul.txt', Buffer.concat([Buffer.from(padding), Buffer.from([0]), Buffer.from('\n\nThe Vellmark ledger.')]));
    const engine = await corpus.open();
    const report = await engine.reindex();
    expect(report.skipped).toEqual([{ file: 'late-nul.txt', reason: expect.stringMatching(/^not text \(binary: NUL byte at byte [\d,]+\)$/) }]);
    expect(citedFiles(await search(engine, 'Vellmark ledger'))).toEqual([]);
  });
});

describe('files that change between two reindexes', () => {
  /** The answer to a question about the article that does not change, without scores (corpus statistics may shift). */
  const unchanged = async (engine: BylineEngine) =>
    (await search(engine, 'Zembla harbour master')).answers.filter((a) => a.citations.some((c) => c.file === 'good.txt')).map(({ text, citations: c }) => ({ text, c }));

  it('drops a deleted file: its passages are no longer cited, and nothing else changes', async () => {
    await corpus.put('gone.txt', article('Dunmore Quay', 'Olu Bankole'));
    const engine = await corpus.open();
    expect(citedFiles(await search(engine, 'Dunmore Quay'))).toEqual(['gone.txt']);
    const before = await unchanged(engine);
    const who = await engine.ask({ command: 'who', text: 'Who is the new harbour master of Port Zembla?' });

    await corpus.remove('gone.txt');
    const report = await engine.reindex();

    expect(report).toMatchObject({ articles: 1, extracted: 0, skipped: [] });
    expect(citedFiles(await search(engine, 'Dunmore Quay Bankole'))).not.toContain('gone.txt');
    expect(engine.sources().map((meta) => meta.file)).toEqual(['good.txt']);
    expect(await unchanged(engine)).toEqual(before);
    expect((await engine.ask({ command: 'who', text: 'Who is the new harbour master of Port Zembla?' })).answers.map((a) => a.text)).toEqual(
      who.answers.map((a) => a.text),
    );
  });

  it('follows a renamed file: the same passages are cited under the new name only', async () => {
    await corpus.put('old-name.txt', article('Dunmore Quay'));
    const engine = await corpus.open();
    const before = citations(await search(engine, 'Dunmore Quay'));
    expect(before.map((c) => c.file)).toContain('old-name.txt');

    await corpus.move('old-name.txt', 'desk/new-name.txt');
    await engine.reindex();

    const after = citations(await search(engine, 'Dunmore Quay'));
    expect(after.map((c) => c.file)).not.toContain('old-name.txt');
    expect(after).toEqual(before.map((c) => (c.file === 'old-name.txt' ? { ...c, file: 'desk/new-name.txt' } : c)));
  });
});
