import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/corpus/clean.ts';
import { parseByline, parseCreditLine, parsePhotoCredit } from '../../src/corpus/credits.ts';
import { parseDateText } from '../../src/corpus/dateText.ts';
import { extractMetadata, parseCopyright, parseDateLine, parseDateline } from '../../src/corpus/metadata.ts';

const meta = (text: string, overrides = {}) => extractMetadata('world/story.txt', classifyLines(text), overrides);

describe('parseDateline', () => {
  it.each([
    ['CAPRI (Reuters) – The minister spoke.', { place: 'CAPRI', outlet: 'Reuters' }],
    ['ANNAPOLIS, Md., Aug 6 (Reuters) – The minister spoke.', { place: 'ANNAPOLIS, Md.', outlet: 'Reuters', month: 8, day: 6 }],
    ['WASHINGTON, Aug. 6, 2024 (AP) — The minister spoke.', { place: 'WASHINGTON', outlet: 'AP', month: 8, day: 6, year: 2024 }],
    ['KYIV, Ukraine (AFP) - The minister spoke.', { place: 'KYIV, Ukraine', outlet: 'AFP' }],
    ['SAN JUAN — The minister spoke.', { place: 'SAN JUAN' }],
    ['TEL AVIV, Nov 3 (Thomson Reuters Foundation) - Talks resumed.', { place: 'TEL AVIV', outlet: 'Thomson Reuters Foundation', month: 11, day: 3 }],
  ])('reads %j', (text, expected) => {
    expect(parseDateline(text)).toEqual(expected);
  });

  it.each([
    'The United States – and its allies – agreed.',
    'US – the country – agreed.',
    'Officials said on Friday that talks would resume.',
    'NATO-led forces withdrew.',
  ])('finds no dateline in %j', (text) => {
    expect(parseDateline(text)).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    ['November 3, 2023', '2023-11-03'],
    ['Nov. 3, 2023', '2023-11-03'],
    ['3 November 2023', '2023-11-03'],
    ['Sept 30, 2024', '2024-09-30'],
    ['2024-04-19', '2024-04-19'],
    ['2024-04', '2024-04'],
    ['2024', '2024'],
    ['February 30, 2023', undefined],
    ['Friday', undefined],
  ])('parseDateText(%j) → %j', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it.each([
    ['Published: Friday, November 3, 2023 at 10:45 am', '2023-11-03'],
    ['Updated Nov 3, 2023, 10:45', '2023-11-03'],
    ['November 3, 2023', '2023-11-03'],
    ['On November 3, 2023 the talks began.', undefined],
  ])('parseDateLine(%j) → %j', (text, expected) => {
    expect(parseDateLine(text)).toBe(expected);
  });

  it.each([
    ['Copyright 2024 Thomson Reuters.', { year: 2024, holder: 'Thomson Reuters', outlet: 'Reuters' }],
    ['© 2019 The Associated Press. All rights reserved.', { year: 2019, holder: 'Associated Press', outlet: 'AP' }],
    ['Copyright © 2020-2023 Example Media Inc. All rights reserved', { year: 2020, holder: 'Example Media Inc', outlet: 'Example Media' }],
    ['Copyright', {}],
  ])('parseCopyright(%j)', (text, expected) => {
    expect(parseCopyright(text)).toEqual(expected);
  });
});

describe('credits', () => {
  it('reads every role and name of an agency credit line', () => {
    expect(parseCreditLine('(Reporting by Ann Lee and Bo Chan; additional reporting by Cy Diaz; Writing by Bo Chan, Editing by Di Eve)', 7)).toEqual([
      { role: 'reporting', name: 'Ann Lee', paragraph: 7 },
      { role: 'reporting', name: 'Bo Chan', paragraph: 7 },
      { role: 'reporting', name: 'Cy Diaz', paragraph: 7 },
      { role: 'writing', name: 'Bo Chan', paragraph: 7 },
      { role: 'editing', name: 'Di Eve', paragraph: 7 },
    ]);
  });

  it('leaves out the places reporters filed from', () => {
    expect(parseCreditLine('(Reporting by Ann Lee in Kyiv and Bo Chan in Paris; Editing by Di Eve)', 3).map((c) => c.name)).toEqual(['Ann Lee', 'Bo Chan', 'Di Eve']);
  });

  it('reads a byline', () => {
    expect(parseByline('By Ann Lee and Bo Chan', 2)).toEqual([
      { role: 'reporting', name: 'Ann Lee', paragraph: 2 },
      { role: 'reporting', name: 'Bo Chan', paragraph: 2 },
    ]);
    expect(parseByline('By the end of the day, the talks had failed.', 2)).toEqual([]);
  });

  it.each([
    ['The minister speaks at the meeting. Britta Pedersen/dpa', 'Britta Pedersen', 'dpa'],
    ['The minister speaks at the meeting. REUTERS/Evelyn Hockstein', 'Evelyn Hockstein', 'Reuters'],
    ['The minister speaks at the meeting. (Photo by Jane Doe/Getty Images)', 'Jane Doe', undefined],
  ])('reads the photo credit of %j', (caption, name, agency) => {
    const photo = parsePhotoCredit(caption, 4);
    expect(photo?.credit).toEqual({ role: 'photo', name, paragraph: 4 });
    expect(photo?.agency).toBe(agency);
  });

  it('finds no photo credit in a sentence with a slash', () => {
    expect(parsePhotoCredit('The vote was 52/48 in favour.', 1)).toBeUndefined();
  });
});

describe('extractMetadata', () => {
  it("keeps the page's links to other stories and its prompts, which are no paragraphs", () => {
    const page = meta('Lenz port reopens after storm\n\nThe port of Lenz reopened on Friday after the storm.\n\nREAD ALSO  Ferry strike ends in Selva\n\nThe harbour master said ships were waiting.\n\nPrevious\n\nCity council backs new bridge\n\nNext\n\nTram line closes for repairs');
    expect(page.pageLines).toEqual([
      { label: 'READ ALSO', text: 'Ferry strike ends in Selva' },
      { label: 'Previous', text: 'City council backs new bridge' },
      { label: 'Next', text: 'Tram line closes for repairs' },
    ]);
    expect(meta('Lenz port reopens after storm\n\nThe port of Lenz reopened on Friday after the storm.').pageLines).toBeUndefined();
  });

  it('keeps the site section the labels above the headline give', () => {
    expect(meta('Harbour & Port News\n\nLenz port reopens after storm\n\nLENZ, May 2 (Reuters) – The port of Lenz reopened on Friday after the storm.').section).toBe('Harbour & Port News');
    expect(meta('Lenz port reopens after storm\n\nLENZ, May 2 (Reuters) – The port of Lenz reopened on Friday after the storm.').section).toBeUndefined();
  });

  it('takes the headline, dateline place and outlet, and combines the dateline day with the copyright year', () => {
    const text = [
      'World News',
      'Ministers agree to extend the grain corridor for a year',
      'ISTANBUL, Mar 18 (Reuters) – Ministers agreed on Saturday to extend the corridor.',
      '(Reporting by Ann Lee; Editing by Di Eve)',
      'Copyright 2023 Thomson Reuters.',
    ].join('\n\n');
    expect(meta(text)).toEqual({
      file: 'world/story.txt',
      title: 'Ministers agree to extend the grain corridor for a year',
      outlet: 'Reuters',
      section: 'World News',
      place: 'ISTANBUL',
      date: '2023-03-18',
      copyright: { line: 'Copyright 2023 Thomson Reuters.', year: 2023, holder: 'Thomson Reuters' },
      credits: [
        { role: 'reporting', name: 'Ann Lee', paragraph: 3 },
        { role: 'editing', name: 'Di Eve', paragraph: 3 },
      ],
    });
  });

  it('gives the copyright year alone when the dateline has no day', () => {
    expect(meta('Ministers agree to extend the grain corridor\n\nISTANBUL (Reuters) – Ministers agreed.\n\nCopyright 2023 Thomson Reuters.').date).toBe('2023');
  });

  it('gives no date for a dateline day without any year', () => {
    expect(meta('Ministers agree to extend the grain corridor\n\nISTANBUL, Mar 18 (Reuters) – Ministers agreed.').date).toBeUndefined();
  });

  it('prefers a date line to the dateline', () => {
    expect(meta('Ministers agree to extend the grain corridor\n\nMarch 19, 2023\n\nISTANBUL, Mar 18 (Reuters) – Agreed.\n\nCopyright 2022 Reuters').date).toBe('2023-03-19');
  });

  it('takes the outlet from a "Read more … from" line, and a news agency from a photo credit last', () => {
    expect(meta('Ministers agree to extend the grain corridor\n\nMinisters agreed. Jane Doe/dpa\n\nRead more exclusive news from Example Daily.').outlet).toBe('Example Daily');
    expect(meta('Ministers agree to extend the grain corridor\n\nMinisters agreed. Jane Doe/dpa').outlet).toBe('dpa');
    expect(meta('Ministers agree to extend the grain corridor\n\nMinisters agreed. Jane Doe/Getty Images').outlet).toBeUndefined();
  });

  it('falls back to the file name when the first paragraph is prose', () => {
    expect(meta('Ministers agreed on Saturday to extend the corridor for another year.').title).toBe('story');
  });

  it('lets hand-set values override what the text gives', () => {
    const text = 'Ministers agree to extend the grain corridor\n\nISTANBUL (Reuters) – Agreed.\n\nCopyright 2023 Reuters';
    expect(meta(text, { title: 'Grain deal', outlet: 'Example Daily', date: '2023-03-18', url: 'https://example.com/a' })).toMatchObject({
      title: 'Grain deal',
      outlet: 'Example Daily',
      date: '2023-03-18',
      url: 'https://example.com/a',
      place: 'ISTANBUL',
    });
  });
});
