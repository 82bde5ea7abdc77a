import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, splitSentences } from '../../src/corpus/passages.ts';

describe('splitSentences', () => {
  it.each([
    ['a plain pair', 'The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
    ['a title before a name', 'Mr. Smith and Dr. Jones met Sec. Austin.', ['Mr. Smith and Dr. Jones met Sec. Austin.']],
    ['a title after a hyphenated prefix', 'The talks began under then-Sen. Ann Orr and ex-Gov. Tom Ray.', ['The talks began under then-Sen. Ann Orr and ex-Gov. Tom Ray.']],
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
    ['a full stop glued to the next sentence', 'Talks ended on Friday.The ministry said so.', ['Talks ended on Friday.', 'The ministry said so.']],
    ['a full stop moved before the lost space', 'It could widen the war .Norvia said it would wait.', ['It could widen the war .', 'Norvia said it would wait.']],
    ['a glued stop after a closing quote', '“We are ready.”Officials left.', ['“We are ready.”', 'Officials left.']],
    ['a glued stop before an opening quote', 'He spoke.“We are ready,” he said.', ['He spoke.', '“We are ready,” he said.']],
    ['a title glued to a name', 'Mr.Holt met Gen.Arden.', ['Mr.Holt met Gen.Arden.']],
    ['a glued initial after a hyphen', 'Sen. Ann Orr (D-W.Va.) spoke.', ['Sen. Ann Orr (D-W.Va.) spoke.']],
    ['a glued acronym ending a sentence', 'He lives in Washington, D.C.The talks ended.', ['He lives in Washington, D.C.', 'The talks ended.']],
    ['glued initials', 'The author J.R.Marlow wrote it.', ['The author J.R.Marlow wrote it.']],
    ['a glued abbreviation before a name', 'She moved to St.Lorne last year.', ['She moved to St.Lorne last year.']],
    ['a capitalised domain', 'It ran on Larkfield.Com last week.', ['It ran on Larkfield.Com last week.']],
    ['a quoted title run together', 'The film “Stop.Go” opened.', ['The film “Stop.Go” opened.']],
    ['a glued decimal or acronym', 'Prices rose 2.5 percent in the U.S.Navy towns.', ['Prices rose 2.5 percent in the U.S.Navy towns.']],
  ])('splits %s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('returns trimmed slices of the paragraph, in order, with only whitespace between them', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.,!?“”"'’():–-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(' ');
        const sentences = splitSentences(text);
        let at = 0;
        for (const sentence of sentences) {
          expect(sentence.length > 0 && sentence === sentence.trim()).toBe(true);
          const start = text.indexOf(sentence, at);
          expect(text.slice(at, start).trim()).toBe('');
          at = start + sentence.length;
        }
        expect(text.slice(at).trim()).toBe('');
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
