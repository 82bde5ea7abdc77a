import { describe, expect, it } from 'vitest';
import { classifyLines, cleanLines } from '../../src/corpus/clean.ts';

const HEADLINE = 'Minister pledges new funding for coastal flood defences';
const BODY = 'The minister said on Tuesday that the money would arrive next year.';
const BODY2 = 'Local councils welcomed the announcement but asked for more detail.';

/** An article with one line of furniture placed between two body paragraphs. */
const withLine = (line: string): string => [HEADLINE, BODY, line, BODY2].join('\n\n');

describe('cleanLines: boilerplate lines', () => {
  it.each([
    ['an ad marker', 'Advertisement'],
    ['an ad marker in capitals', 'ADVERTISEMENT'],
    ['a bare "Ad" label', 'Ad'],
    ['a story-continues marker', 'Story continues below advertisement'],
    ['a widget error on one line', 'Oops! Something went wrong. Please try again later.'],
    ['a "READ ALSO" cross-link with a headline', 'READ ALSO  Singer Marries Longtime Partner In Private Ceremony'],
    ['a "Read more:" cross-link', 'Read more: Council budget talks stall again'],
    ['a "Read more … from" outlet promotion', 'Read more exclusive news from Example Daily.'],
    ['a "Related Articles" heading', 'Related Articles'],
    ['a bare "Related" heading', 'Related'],
    ['a "More from" heading', 'More from Example Daily'],
    ['a "Leave a Reply" heading', 'Leave a Reply'],
    ['a comment-form notice', 'Your email address will not be published. Required fields are marked *'],
    ['a back-to-top button', 'Back to top button'],
    ['a newsletter heading', 'Newsletter'],
    ['a newsletter prompt', 'Get the best stories delivered to your inbox every morning.'],
    ['a sign-up prompt', 'Sign up for our daily briefing newsletter'],
    ['a subscribe prompt', 'Subscribe now'],
    ['a share button', 'Share this article'],
    ['a share bar', 'Facebook Twitter WhatsApp Email'],
    ['a copyright line', 'Copyright 2021 Example Media Group. All rights reserved.'],
    ['a line without words', '\u00a0'],
    ['a media-player label', 'Watch video'],
  ])('drops %s', (_kind, line) => {
    expect(cleanLines(withLine(line))).toEqual([HEADLINE, BODY, BODY2]);
  });

  it.each([
    ['a credit line', '(Reporting by Jane Doe; Editing by John Roe)'],
    ['a photo caption with its credit', 'The minister speaks to reporters in the port. Jane Doe/dpa'],
    ['a sentence that merely mentions a newsletter', 'The council said its newsletter would publish the figures.'],
    ['a sentence that starts with "Related"', 'Related talks with farmers will start in May.'],
    ['a standalone date line', 'March 4, 2021'],
  ])('keeps %s', (_kind, line) => {
    expect(cleanLines(withLine(line))).toEqual([HEADLINE, BODY, line, BODY2]);
  });

  it('drops a widget error split over a bullet and several indented lines', () => {
    const text = `${HEADLINE}\n\n  • Oops!\n    Something went wrong.\n    Please try again later.\n\n${BODY}`;
    expect(cleanLines(text)).toEqual([HEADLINE, BODY]);
  });

  it('gives the reason for each dropped line', () => {
    const lines = classifyLines(withLine('Leave a Reply'));
    expect(lines.find((l) => l.text === 'Leave a Reply')?.dropped).toBe('comment form');
  });
});

describe('cleanLines: position and repetition', () => {
  it('drops "Previous"/"Next" links and the teaser headline after each', () => {
    const text = [HEADLINE, BODY, 'Previous', 'Harbour Master Resigns After Audit', 'Next', 'Ferry Timetable Changes Announced'].join('\n\n');
    expect(cleanLines(text)).toEqual([HEADLINE, BODY]);
  });

  it('drops the headline list after a "Related" heading but keeps prose that follows it', () => {
    const text = [HEADLINE, BODY, 'Related Articles', 'Harbour Master Resigns After Audit', 'Ferry Timetable Changes Announced', BODY2].join('\n\n');
    expect(cleanLines(text)).toEqual([HEADLINE, BODY, BODY2]);
  });

  it('drops short section labels above the headline', () => {
    expect(cleanLines(['World News', 'Climate & Environment', HEADLINE, BODY].join('\n\n'))).toEqual([HEADLINE, BODY]);
  });

  it('keeps a short Title Case headline when no headline-shaped line follows it', () => {
    expect(cleanLines(['Floods Hit Coast', BODY, BODY2].join('\n\n'))).toEqual(['Floods Hit Coast', BODY, BODY2]);
  });

  it('does not take a sentence-case short headline for a label', () => {
    expect(cleanLines(['Floods hit coast', 'Thousands leave their homes as rivers burst their banks', BODY].join('\n\n'))).toEqual([
      'Floods hit coast',
      'Thousands leave their homes as rivers burst their banks',
      BODY,
    ]);
  });

  it('keeps a repeated line once, at its first occurrence', () => {
    const caption = 'The minister visits the harbour wall on Monday. Jane Doe/dpa';
    const text = [HEADLINE, caption, caption, BODY, caption, caption, caption].join('\n\n');
    expect(cleanLines(text)).toEqual([HEADLINE, caption, BODY]);
  });

  it('treats lines that differ only in quotation-mark style as repeats', () => {
    const text = [HEADLINE, 'She said ‘the plan is ready’ on Monday', BODY, 'She said \'the plan is ready\' on Monday'].join('\n\n');
    expect(cleanLines(text)).toEqual([HEADLINE, 'She said ‘the plan is ready’ on Monday', BODY]);
  });

  it('finds repeats in plain ASCII lines and in lines with other letters alike, and keeps lines that differ in a digit', () => {
    const dashes = ['Prices rose — sharply — in May and June', 'PRICES ROSE -- SHARPLY -- IN MAY AND JUNE'];
    const letters = ['Café owners in Zürich and Łódź protest', 'CAFÉ OWNERS IN ZÜRICH AND ŁÓDŹ PROTEST'];
    const digits = ['Prices rose 5 percent in May', 'Prices rose 6 percent in May'];
    expect(cleanLines([HEADLINE, ...dashes, ...letters, ...digits].join('\n\n'))).toEqual([HEADLINE, dashes[0], letters[0], ...digits]);
  });

  it('keeps short repeated lines, which are not taken for duplicates', () => {
    expect(cleanLines(['Q: Is it ready?', 'A: No.', 'Q: Will it be?', 'A: No.'].join('\n\n'))).toEqual(['Q: Is it ready?', 'A: No.', 'Q: Will it be?', 'A: No.']);
  });
});

describe('cleanLines: line breaks and paragraphs', () => {
  it('normalises CRLF and lone CR', () => {
    expect(cleanLines(`${HEADLINE}\r\n\r\n${BODY}\r\rLast paragraph here.`)).toEqual([HEADLINE, BODY, 'Last paragraph here.']);
  });

  it('splits on single newlines when the file has no blank line at all', () => {
    expect(cleanLines(`${HEADLINE}\n${BODY}\n${BODY2}`)).toEqual([HEADLINE, BODY, BODY2]);
  });

  it('joins a hard-wrapped paragraph back into one', () => {
    const wrapped = [
      'The minister said on Tuesday that the money for the sea',
      'walls would arrive next year, after councils had asked for',
      'it for a decade. Engineers will start work in the spring.',
    ].join('\n');
    expect(cleanLines(`${HEADLINE}\n\n${wrapped}\n\n${BODY2}`)).toEqual([
      HEADLINE,
      'The minister said on Tuesday that the money for the sea walls would arrive next year, after councils had asked for it for a decade. Engineers will start work in the spring.',
      BODY2,
    ]);
  });

  it('joins a line that stops mid-sentence with the next when it continues in lower case', () => {
    expect(cleanLines(`${HEADLINE}\n\nThe minister, who spoke in the port\ntown of Dover, said the money would come.`)).toEqual([
      HEADLINE,
      'The minister, who spoke in the port town of Dover, said the money would come.',
    ]);
  });

  it('rejoins a word hyphenated across a line break', () => {
    expect(cleanLines('Title of the article goes right here\n\nThe long-awaited and well-\nknown plan was published.')).toEqual([
      'Title of the article goes right here',
      'The long-awaited and well-known plan was published.',
    ]);
  });

  it('keeps separate lines of one block apart when each ends a sentence or the next starts a new one', () => {
    expect(cleanLines(`${HEADLINE}\n\nThe plan was published.\nCouncils welcomed it.\n\n${BODY}`)).toEqual([
      HEADLINE,
      'The plan was published.',
      'Councils welcomed it.',
      BODY,
    ]);
  });

  it('makes every bullet its own line, without the bullet glyph', () => {
    const text = `${HEADLINE}\n\n  • Councils get money for sea walls\n  • Work to start in the spring\n\n${BODY}`;
    expect(cleanLines(text)).toEqual([HEADLINE, 'Councils get money for sea walls', 'Work to start in the spring', BODY]);
  });

  it('collapses no-break and repeated spaces and drops zero-width characters', () => {
    expect(cleanLines(`${HEADLINE}\n\nSuch as\u00a0deploying  two\u200b aircraft carriers.\u00a0`)).toEqual([HEADLINE, 'Such as deploying two aircraft carriers.']);
  });
});
