import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, splitSentences } from '../../src/corpus/passages.ts';

describe('splitSentences', () => {
  it.each([
    ['a plain pair', 'The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
    ['a title before a name', 'Mr. Smith and Dr. Jones met Sec. Austin.', ['Mr. Smith and Dr. Jones met Sec. Austin.']],
    ['a dotted acronym inside a sentence', 'The U.S. Navy sent two U.K. ships.', ['The U.S. Navy sent two U.K. ships.']],
    ['a dotted acronym ending a sentence', 'He lives in the U.S. The talks ended.', ['He lives in the U.S.', 'The talks ended.']],
    ['a state abbreviation in a dateline', 'ANNAPOLIS, Md., Aug. 6 (Reuters) – Talks began.', ['ANNAPOLIS, Md., Aug. 6 (Reuters) – Talks began.']],
    ['initials', 'The author J. R. R. Tolkien wrote it.', ['The author J. R. R. Tolkien wrote it.']],
    ['a decimal', 'Prices rose 2.5 percent. Wages did not.', ['Prices rose 2.5 percent.', 'Wages did not.']],
    ['"No." before a number', 'He lives at No. 10 Downing Street.', ['He lives at No. 10 Downing Street.']],
    ['"no." at the end of a sentence', 'He said no. Then he left.', ['He said no.', 'Then he left.']],
    ['a curly quote closing a sentence', '“We are ready.” He left.', ['“We are ready.”', 'He left.']],
    ['a straight quote closing a sentence', 'He said, "Go home." Then he left.', ['He said, "Go home."', 'Then he left.']],
    ['a quoted exclamation with attribution after it', '“Go home!” he shouted.', ['“Go home!” he shouted.']],
    ['a sentence opening with a quote', 'He spoke. “We are ready,” he said.', ['He spoke.', '“We are ready,” he said.']],
    ['question and exclamation marks', 'Why? Because! Fine.', ['Why?', 'Because!', 'Fine.']],
    ['an ellipsis inside a word run', 'He will do what is necessary to…respond.', ['He will do what is necessary to…respond.']],
    ['a lower-case word after a full stop', 'It cost approx. ten dollars each.', ['It cost approx. ten dollars each.']],
    ['no final punctuation', 'PHOTO: The minister in Tel Aviv', ['PHOTO: The minister in Tel Aviv']],
  ])('splits %s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('returns sentences that, joined with single spaces, give back any single-spaced paragraph', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.,!?“”"'’():–-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(' ');
        const sentences = splitSentences(text);
        expect(sentences.join(' ')).toBe(text);
        expect(sentences.every((s) => s.length > 0 && s === s.trim())).toBe(true);
      }),
    );
  });
});

describe('parseArticle', () => {
  const file = {
    file: 'gaza/report.txt',
    hash: 'h',
    text: 'Section\n\nAid convoys reach northern Gaza for the first time\n\nAdvertisement\n\nGAZA (AP) – Aid trucks arrived. Mr. Lee said more would come.\n\nBack to top',
  };

  it('numbers the cleaned paragraphs from 1 and splits each into sentences', () => {
    expect(parseArticle(file).passages).toEqual([
      { file: 'gaza/report.txt', paragraph: 1, text: 'Aid convoys reach northern Gaza for the first time', sentences: ['Aid convoys reach northern Gaza for the first time'] },
      {
        file: 'gaza/report.txt',
        paragraph: 2,
        text: 'GAZA (AP) – Aid trucks arrived. Mr. Lee said more would come.',
        sentences: ['GAZA (AP) – Aid trucks arrived.', 'Mr. Lee said more would come.'],
      },
    ]);
  });

  it('gives the same numbers every time for the same file', () => {
    expect(parseArticle({ ...file })).toEqual(parseArticle(file));
  });

  it('reads front matter, which overrides the text and is not a passage', () => {
    const article = parseArticle({ ...file, text: `---\ndate: 2024-04-19\ntitle: "Convoys reach Gaza"\n---\n${file.text}` });
    expect(article.meta).toMatchObject({ title: 'Convoys reach Gaza', date: '2024-04-19', outlet: 'AP', place: 'GAZA' });
    expect(article.passages.map((p) => p.paragraph)).toEqual([1, 2]);
  });

  it('lets the sidecar override front matter', () => {
    const article = parseArticle({ ...file, text: `---\noutlet: Example Daily\ndate: 2024-04-19\n---\n${file.text}`, sidecar: { outlet: 'Other Daily' } });
    expect(article.meta).toMatchObject({ outlet: 'Other Daily', date: '2024-04-19' });
  });
});
