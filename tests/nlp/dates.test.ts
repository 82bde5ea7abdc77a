import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractTimes, timeExpressionsIn } from '../../src/nlp/dates.ts';
import { pointsInTime } from '../../src/nlp/model/timeKinds.ts';
import { addDays, daysBetween, inferYear, resolveWeekday, weekdayOf, type CalendarDay } from '../../src/nlp/model/timeCalendar.ts';
import type { ParsedArticle } from '../../src/types.ts';

/** A Friday. */
const FRIDAY = '2023-11-03';

type Case = [sentence: string, expected: Array<{ text: string; date?: string }>];

function found(sentence: string, articleDate?: string): Array<{ text: string; date?: string }> {
  return timeExpressionsIn(sentence, articleDate).map(({ text, date }) => ({ text, ...(date ? { date } : {}) }));
}

describe('timeExpressionsIn, article dated Friday 2023-11-03', () => {
  const cases: Record<string, Case[]> = {
    'absolute dates keep their own year': [
      ['The accord was signed on November 3, 2021.', [{ text: 'November 3, 2021', date: '2021-11-03' }]],
      ['The accord was signed on 4 March 2022.', [{ text: '4 March 2022', date: '2022-03-04' }]],
      ['The figures were released on 2022-12-24.', [{ text: '2022-12-24', date: '2022-12-24' }]],
      ['Fighting broke out in June 2021.', [{ text: 'June 2021', date: '2021-06' }]],
    ],
    'month-day without a year takes the article year, or the one before in the past tense': [
      ['Militants crossed the border on Oct. 7.', [{ text: 'Oct. 7', date: '2023-10-07' }]],
      ['The surprise attack of October 7 shocked the country.', [{ text: 'October 7', date: '2023-10-07' }]],
      ['Nobody wants another October 7th, she said.', [{ text: 'October 7th', date: '2023-10-07' }]],
      ["It was the worst day since the Dec 12 blast.", [{ text: 'Dec 12', date: '2022-12-12' }]],
      ['A summit will take place on Feb 2.', [{ text: 'Feb 2', date: '2024-02-02' }]],
    ],
    'a month within two months of the article\'s takes a verb only when the verb is next to it': [
      ['Traders placed heavy orders in the morning to start trading for December contracts.', [{ text: 'the morning', date: '2023-11-03' }, { text: 'December', date: '2023-12' }]],
      ['The board met to discuss the vote on Dec. 12 and its aftermath.', [{ text: 'Dec. 12', date: '2023-12-12' }]],
      ['Prices fell in December.', [{ text: 'December', date: '2022-12' }]],
      ['The plant opened in April, the company said.', [{ text: 'April', date: '2023-04' }]],
    ],
    'bare weekdays point back in past-tense reporting': [
      ['The minister said on Friday that aid was coming.', [{ text: 'Friday', date: '2023-11-03' }]],
      ['The minister said on Tuesday that aid was coming.', [{ text: 'Tuesday', date: '2023-10-31' }]],
      ['A drone struck the depot Wednesday, the army said.', [{ text: 'Wednesday', date: '2023-11-01' }]],
      ['Blasts shook the port in the early hours of Thursday.', [{ text: 'the early hours of Thursday', date: '2023-11-02' }]],
      ['Earlier Monday, a convoy was hit.', [{ text: 'Monday', date: '2023-10-30' }]],
      ["Two towns were shelled since Saturday's raid.", [{ text: 'Saturday', date: '2023-10-28' }]],
      ['He resigned last Friday.', [{ text: 'last Friday', date: '2023-10-27' }]],
    ],
    'bare weekdays point forward in future tense': [
      ['The envoys will meet on Monday.', [{ text: 'Monday', date: '2023-11-06' }]],
      ['The council is set to vote on Tuesday.', [{ text: 'Tuesday', date: '2023-11-07' }]],
      ['Talks are expected to resume on Thursday in Doha.', [{ text: 'Thursday', date: '2023-11-09' }]],
      ['The hearing will be held on Wednesday.', [{ text: 'Wednesday', date: '2023-11-08' }]],
      ['The deadline is next Friday.', [{ text: 'next Friday', date: '2023-11-10' }]],
      ['The aide said on Tuesday that the president will fly out on Sunday.', [
        { text: 'Tuesday', date: '2023-10-31' },
        { text: 'Sunday', date: '2023-11-05' },
      ]],
    ],
    'relative days count from the article date': [
      ['Rockets were fired yesterday.', [{ text: 'yesterday', date: '2023-11-02' }]],
      ['The ministry said overnight that more had died.', [{ text: 'overnight', date: '2023-11-03' }]],
      ['The envoy landed last night.', [{ text: 'last night', date: '2023-11-02' }]],
      ['Parliament sits today.', [{ text: 'today', date: '2023-11-03' }]],
      ['Three days ago the crossing closed.', [{ text: 'Three days ago', date: '2023-10-31' }]],
    ],
    'months and years resolve to their precision': [
      ['Prices rose in October.', [{ text: 'October', date: '2023-10' }]],
      ['Prices rose in December.', [{ text: 'December', date: '2022-12' }]],
      ['Elections will be held in March.', [{ text: 'March', date: '2024-03' }]],
      ['Prices rose in mid-October.', [{ text: 'mid-October', date: '2023-10' }]],
      ['The blockade has lasted since 2007.', [{ text: '2007', date: '2007' }]],
      ['Exports fell last month.', [{ text: 'last month', date: '2023-10' }]],
      ['Exports fell last year.', [{ text: 'last year', date: '2022' }]],
    ],
    'vague spans keep their text and no date': [
      ['Raids were stepped up last week.', [{ text: 'last week' }]],
      ['The premier this week formed a cabinet.', [{ text: 'this week' }]],
      ['He urged a pause earlier in the week.', [{ text: 'earlier in the week' }]],
      ['Attacks have grown in recent months.', [{ text: 'recent months' }]],
      ['She vowed to end the war on day one.', [{ text: 'day one' }]],
    ],
    'names, modals and counts are not dates': [
      ['The Sunday Times first reported the story.', []],
      ['May God give them strength, he said.', []],
      ['Crowds may march through the capital.', []],
      ['The clinic is open 24/7.', []],
      ['A force of 2000 troops was sent.', []],
      ['She came second, one vote behind.', []],
      ['April Ryan asked a question.', []],
      ['He won 2015 votes in the primary.', []],
      ['A quarter of the budget went to defence.', []],
      ['USA Today ran the photo.', []],
      ['Out of this tragedy may come a better tomorrow.', []],
    ],
  };

  for (const [behaviour, rows] of Object.entries(cases)) {
    it.each(rows)(`${behaviour}: %s`, (sentence, expected) => {
      expect(found(sentence, FRIDAY)).toEqual(expected);
    });
  }
});

describe('timeExpressionsIn without a precise article date', () => {
  it.each<[string, string | undefined, Array<{ text: string; date?: string }>]>([
    ['The ministers met on Friday.', undefined, [{ text: 'Friday' }]],
    ['Rockets were fired yesterday.', undefined, [{ text: 'yesterday' }]],
    ['Militants crossed the border on Oct. 7.', undefined, [{ text: 'Oct. 7' }]],
    ['The accord was signed on November 3, 2021.', undefined, [{ text: 'November 3, 2021', date: '2021-11-03' }]],
    ['The war began in 2022.', undefined, [{ text: '2022', date: '2022' }]],
    ['Militants crossed the border on Oct. 7.', '2023', [{ text: 'Oct. 7', date: '2023-10-07' }]],
    ['Militants crossed the border on Dec. 7.', '2023-11', [{ text: 'Dec. 7', date: '2022-12-07' }]],
    ['The ministers met on Friday.', '2023-11', [{ text: 'Friday' }]],
    ['Exports fell last month.', '2023', [{ text: 'last month' }]],
  ])('%s (article date %s)', (sentence, articleDate, expected) => {
    expect(found(sentence, articleDate)).toEqual(expected);
  });
});

describe('timeExpressionsIn offsets', () => {
  it('gives the offset of the span as written, without the preposition', () => {
    const text = 'Blasts shook the port in the early hours of Thursday.';
    const [time] = timeExpressionsIn(text, FRIDAY);
    expect(time).toBeDefined();
    expect(text.slice(time?.offset, (time?.offset ?? 0) + (time?.text.length ?? 0))).toBe('the early hours of Thursday');
  });
});

describe('extractTimes', () => {
  const article: ParsedArticle = {
    meta: { file: 'a.txt', title: 'Talks', date: FRIDAY, credits: [] },
    passages: [
      { file: 'a.txt', paragraph: 1, text: 'No dates here.', sentences: ['No dates here.'] },
      {
        file: 'a.txt',
        paragraph: 2,
        text: 'The envoy arrived on Tuesday. He will leave on Sunday.',
        sentences: ['The envoy arrived on Tuesday.', 'He will leave on Sunday.'],
      },
    ],
  };

  it('finds expressions in every sentence with file, paragraph, sentence index and passage offset', () => {
    expect(extractTimes(article)).toEqual([
      { text: 'Tuesday', type: 'DATE', value: '2023-10-31', date: '2023-10-31', file: 'a.txt', paragraph: 2, sentence: 0, offset: 21 },
      { text: 'Sunday', type: 'DATE', value: '2023-11-05', date: '2023-11-05', file: 'a.txt', paragraph: 2, sentence: 1, offset: 47 },
    ]);
  });

  it('leaves the date out when the article has none', () => {
    const undated: ParsedArticle = { ...article, meta: { file: 'a.txt', title: 'Talks', credits: [] } };
    expect(extractTimes(undated).map((time) => time.date)).toEqual([undefined, undefined]);
  });

  it('reads a passage without sentences as one sentence', () => {
    const passage = { file: 'b.txt', paragraph: 1, text: 'Shelling resumed overnight.', sentences: [] };
    const single: ParsedArticle = { meta: { ...article.meta, file: 'b.txt' }, passages: [passage] };
    expect(extractTimes(single)).toEqual([
      { text: 'overnight', type: 'DATE', value: FRIDAY, date: FRIDAY, file: 'b.txt', paragraph: 1, sentence: 0, offset: 17 },
    ]);
  });
});

describe('extractTimes: a yearless dateline and its lead\'s weekday', () => {
  const story = (lead: string, more: string): ParsedArticle => ({
    meta: { file: 'w.txt', title: 'Ferry talks', place: 'LENZ', credits: [] },
    passages: [
      { file: 'w.txt', paragraph: 1, text: 'Ferry talks', sentences: ['Ferry talks'] },
      { file: 'w.txt', paragraph: 2, text: `LENZ, Mar 4 (Reuters) – ${lead}`, sentences: [`LENZ, Mar 4 (Reuters) – ${lead}`] },
      { file: 'w.txt', paragraph: 3, text: more, sentences: [more] },
    ],
  });
  const values = (article: ParsedArticle) => extractTimes(article).map(({ text, value, date }) => [text, value, date]);

  it('makes the lead\'s weekday the dateline\'s day and places the other weekdays from it, without a year', () => {
    const article = story('The harbour master said on Wednesday the ferries would resume.', 'A storm closed the port Sunday. Talks resume Friday.');
    expect(values(article)).toEqual([
      ['Mar 4', 'XXXX-03-04', undefined],
      ['Wednesday', 'XXXX-03-04', undefined],
      ['Sunday', 'XXXX-03-01', undefined],
      ['Friday', 'XXXX-03-06', undefined],
    ]);
  });

  it('leaves weekdays unplaced when the lead names none, or names one its words move', () => {
    expect(values(story('The harbour master said the ferries would resume.', 'A storm closed the port Sunday.'))).toEqual([
      ['Mar 4', undefined, undefined],
      ['Sunday', undefined, undefined],
    ]);
    expect(values(story('The ferries will resume next Wednesday, the harbour master said.', 'A storm closed the port Sunday.'))).toEqual([
      ['Mar 4', undefined, undefined],
      ['next Wednesday', undefined, undefined],
      ['Sunday', undefined, undefined],
    ]);
  });
});

describe('calendar', () => {
  const day = fc
    .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
    .map((date): CalendarDay => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }));
  const toTime = (d: CalendarDay): number => Date.UTC(d.year, d.month - 1, d.day);
  const DAY_MS = 86_400_000;

  it('resolves a weekday in the past to that weekday within the six days on or before', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), (from, weekday) => {
        const resolved = resolveWeekday(weekday, from, 'past');
        const back = (toTime(from) - toTime(resolved)) / DAY_MS;
        return weekdayOf(resolved) === weekday && back >= 0 && back <= 6;
      }),
    );
  });

  it('resolves a weekday in the strict future to that weekday within the seven days after', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), (from, weekday) => {
        const resolved = resolveWeekday(weekday, from, 'strictFuture');
        const ahead = (toTime(resolved) - toTime(from)) / DAY_MS;
        return weekdayOf(resolved) === weekday && ahead >= 1 && ahead <= 7;
      }),
    );
  });

  it('counts the days between two days as addDays adds them', () => {
    fc.assert(fc.property(day, fc.integer({ min: -400, max: 400 }), (from, days) => daysBetween(from, addDays(from, days)) === days));
  });

  it('crosses month and year ends when adding days', () => {
    expect(addDays({ year: 2024, month: 1, day: 1 }, -1)).toEqual({ year: 2023, month: 12, day: 31 });
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each<[number, number | undefined, 'past' | 'future', number]>([
    [10, 7, 'past', 2023],
    [12, 1, 'past', 2022],
    [11, 3, 'past', 2023],
    [1, 15, 'future', 2024],
    [12, 1, 'future', 2023],
    [11, undefined, 'past', 2023],
  ])('infers the year of month %i day %s in the %s from 2023-11-03 as %i', (month, dayOfMonth, direction, year) => {
    expect(inferYear(month, dayOfMonth, { year: 2023, month: 11, day: 3 }, direction)).toBe(year);
  });
});

describe('pointsInTime', () => {
  it.each([
    ['DATE', true],
    ['TIME', true],
    ['DURATION', false],
    ['SET', false],
    [undefined, true],
  ] as const)('a %s expression answers "when": %s', (type, expected) => {
    expect(pointsInTime(type === undefined ? { text: 'two years' } : { text: 'two years', type })).toBe(expected);
  });

  it.each([
    ['a vague past reference', { text: 'recently', type: 'DATE', value: 'PAST_REF' }, true],
    ['a stretch before the time of writing', { text: 'recent months', type: 'DURATION', value: 'PXM' }, true],
    ['a stretch after the time of writing', { text: 'the coming weeks', type: 'DURATION', value: 'PXW' }, true],
    ['a stretch of no stated length placed nowhere', { text: 'years', type: 'DURATION', value: 'PXY' }, false],
    ['a stated length', { text: 'the past three years', type: 'DURATION', value: 'P3Y' }, false],
  ] as const)('%s answers "when": %s', (_name, time, expected) => {
    expect(pointsInTime(time)).toBe(expected);
  });
});

describe('timeExpressionsIn: the sentences chrono is not run on', () => {
  // Sentences whose only calendar-like words are lower case ("may", "march") or inside other words
  // ("mayor", "market") skip chrono; capitals in any case after the first letter, "ago" and years do not.
  it.each([
    ['The mayor may march past the market.', []],
    ['Talks resumed on TUESDAY in Port Ellis.', ['TUESDAY']],
    ['The ferry line opened in MAY.', ['MAY']],
    ['The harbour opened two weeks AGO.', ['two weeks AGO']],
    ['It reopened in 2019.', ['2019']],
  ])('%s', (text, expected) => {
    expect(timeExpressionsIn(text, '2024-04-20').map((found) => found.text)).toEqual(expected);
  });
});

describe('timeExpressionsIn: session 9 kinds (article dated Thursday 2024-10-17)', () => {
  const at = (text: string) => timeExpressionsIn(text, '2024-10-17').map(({ text: written, type, value }) => ({ text: written, type, value }));

  it('shifts "the day before/after" a weekday by a day', () => {
    expect(at("The day before last Tuesday's hearing, the ferry sailed.")).toEqual([{ text: 'The day before last Tuesday', type: 'DATE', value: '2024-10-14' }]);
    expect(at('The day after Tuesday, the ferry sailed.')).toEqual([{ text: 'The day after Tuesday', type: 'DATE', value: '2024-10-16' }]);
  });

  it('reads a month or a season with a spelled-out year', () => {
    expect(at('January nineteen ninety-seven. Port Ellis again.')).toEqual([{ text: 'January nineteen ninety-seven', type: 'DATE', value: '1997-01' }]);
    expect(at('the low we saw in the winter of nineteen ninety-four.')).toEqual([{ text: 'the winter of nineteen ninety-four', type: 'DATE', value: '1994-WI' }]);
  });

  it('marks an evening or afternoon of a weekday as a time of that day; a morning or night stays the day', () => {
    expect(at('The ferry sank Monday evening.')).toEqual([{ text: 'Monday evening', type: 'TIME', value: '2024-10-14TEV' }]);
    expect(at('The board met Tuesday afternoon.')).toEqual([{ text: 'Tuesday afternoon', type: 'TIME', value: '2024-10-15TAF' }]);
    expect(at('The ferry sank Sunday night.')).toEqual([{ text: 'Sunday night', type: 'DATE', value: '2024-10-13' }]);
  });

  it('puts a weekday ahead when something is put off to it or an event is on it, whatever the tense', () => {
    expect(at('The harbour vote was postponed until Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]);
    expect(at('The ferry trial was adjourned to Tuesday.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]);
    expect(at('The council vote is Tuesday.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]);
    expect(at('The council voted Tuesday.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-15' }]);
  });

  it('moves a season or half without a year by the tense, as quarters go', () => {
    const inJanuary = (text: string) => timeExpressionsIn(text, '2024-01-10').map((found) => found.value);
    const inNovember = (text: string) => timeExpressionsIn(text, '2024-11-10').map((found) => found.value);
    expect(inJanuary('The harbour law passed in the summer.')).toEqual(['2023-SU']);
    expect(inJanuary('Ferry sales rose in the second half.')).toEqual(['2023-H2']);
    expect(inJanuary('Ferry sales will rise in the second half.')).toEqual(['2024-H2']);
    expect(inJanuary('The harbour opened last summer.')).toEqual(['2023-SU']);
    expect(inNovember('The new pier will open in the spring.')).toEqual(['2025-SP']);
    expect(inNovember('The new pier opened in the spring.')).toEqual(['2024-SP']);
  });

  it('reads fractions of a unit, fortnights, weekends that recur and hourly rates', () => {
    expect(at('The crossing took half an hour.')).toEqual([{ text: 'half an hour', type: 'DURATION', value: 'PT30M' }]);
    expect(at('The march took three-quarters of an hour.')).toEqual([{ text: 'three-quarters of an hour', type: 'DURATION', value: 'PT45M' }]);
    expect(at('The pier stood for half a century.')).toEqual([{ text: 'half a century', type: 'DURATION', value: 'P50Y' }]);
    expect(at('The pier was built half a century ago.')).toEqual([{ text: 'half a century ago', type: 'DATE', value: '1974' }]);
    expect(at('The strike lasted a fortnight.')).toEqual([{ text: 'a fortnight', type: 'DURATION', value: 'P2W' }]);
    expect(at('The ferry office is closed on weekends.')).toEqual([{ text: 'weekends', type: 'SET', value: 'XXXX-WXX-WE' }]);
    expect(at('Dock workers earn $14 an hour.')).toEqual([{ text: 'an hour', type: 'SET', value: 'PT1H' }]);
  });

  it('puts a weekday ahead after a modal or a forecast with no past form between', () => {
    expect(at('The harbour master may resign Friday.')).toEqual([{ text: 'Friday', type: 'DATE', value: '2024-10-18' }]);
    expect(at('The storm is forecast to hit Port Ellis Friday.')).toEqual([{ text: 'Friday', type: 'DATE', value: '2024-10-18' }]);
    expect(at('The harbour master may have resigned Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
    expect(at('Officials who could help arrived Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
  });

  it('reads a four-digit number before a unit of measure or a plural without "-s" as a quantity, not a year', () => {
    expect(at('The plane flew at 2000 feet over Port Ellis.')).toEqual([]);
    expect(at('About 1500 people crossed the bridge.')).toEqual([]);
    expect(at('In 2019, 1500 people crossed the bridge.')).toEqual([{ text: '2019', type: 'DATE', value: '2019' }]);
  });

  it('reads "that night", "that afternoon" as a part of the day the text last named', () => {
    expect(at('The ferry sank on Sept. 3. That night, the captain resigned.')).toEqual([
      { text: 'Sept. 3', type: 'DATE', value: '2024-09-03' },
      { text: 'That night', type: 'TIME', value: '2024-09-03TNI' },
    ]);
  });

  it('reads "weeks ago" without a count as a past reference', () => {
    expect(at('Only weeks ago the ferry line was thriving.')).toEqual([{ text: 'weeks ago', type: 'DATE', value: 'PAST_REF' }]);
    expect(at('Three weeks ago the ferry line was thriving.')).toEqual([{ text: 'Three weeks ago', type: 'DATE', value: '2024-W39' }]);
  });

  it('reads "at the last minute" as a time with no calendar value, not the modifier "last-minute"', () => {
    expect(at('The port was warned at the last minute.')).toEqual([{ text: 'the last minute', type: 'DATE' }]);
    expect(at('The union struck a last-minute deal.')).toEqual([]);
  });

  it('reads a count with thousands separators whole, and one reaching before year 1 as the past', () => {
    expect(at('The ferry line ran 1,200 years ago.')).toEqual([{ text: '1,200 years ago', type: 'DATE', value: '0824' }]);
    expect(at('Farmers settled the coast 10,000 years ago.')).toEqual([{ text: '10,000 years ago', type: 'DATE', value: 'PAST_REF' }]);
    expect(at('The strike lasted 1,000 days.')).toEqual([{ text: '1,000 days', type: 'DURATION', value: 'P1000D' }]);
  });

  it('reads "last decade", "the last century" as the calendar one before, "the 1800s" as a century', () => {
    expect(at('Port Ellis grew fast last decade.')).toEqual([{ text: 'last decade', type: 'DATE', value: '201' }]);
    expect(at('The pier was built in the last century.')).toEqual([{ text: 'the last century', type: 'DATE', value: '19' }]);
    expect(at('The pier was built in the 1800s.')).toEqual([{ text: 'the 1800s', type: 'DATE', value: '18' }]);
    expect(at('The pier was rebuilt in the 1980s.')).toEqual([{ text: 'the 1980s', type: 'DATE', value: '198' }]);
    expect(at('Port Ellis grew over the past decade.')).toEqual([{ text: 'the past decade', type: 'DURATION', value: 'P10Y' }]);
  });

  it('makes "a year ago" a quarter only when its sentence or the one before speaks of a quarter', () => {
    const report = 'Harbour Line posted a third-quarter profit of $4 million. ';
    const later = 'The ferry company also runs buses. Its routes serve Port Ellis and the coast. ';
    const values = (text: string) => timeExpressionsIn(text, '2024-10-17').map((found) => found.value);
    expect(values(`${report}Profit was $3 million a year earlier.`)).toEqual(['2024-Q3', '2023-Q3']);
    expect(values(`${report}${later}It had 12 routes a year ago.`)).toEqual(['2024-Q3', '2023']);
  });

  it('reads "4 in the morning", "eight o\'clock in the evening" as clock times of the day last named', () => {
    expect(at('The ferry leaves on Oct. 20 at 4 in the morning.')).toEqual([{ text: 'Oct. 20 at 4 in the morning', type: 'TIME', value: '2024-10-20T04:00' }]);
    expect(at('The ferry sailed on Oct. 12. It docked at 4 in the morning.')).toEqual([
      { text: 'Oct. 12', type: 'DATE', value: '2024-10-12' },
      { text: '4 in the morning', type: 'TIME', value: '2024-10-12T04:00' },
    ]);
    expect(at("The ferry left at eight o'clock in the evening.")).toEqual([{ text: "eight o'clock in the evening", type: 'TIME', value: '2024-10-17T20:00' }]);
  });

  it('gives "year-end" the last day of the year, the one gone by when the text points back', () => {
    expect(at('The harbour board expects to close the sale by year-end.')).toEqual([{ text: 'year-end', type: 'DATE', value: '2024-12-31' }]);
    expect(at('The index has risen 4% since year-end.')).toEqual([{ text: 'year-end', type: 'DATE', value: '2023-12-31' }]);
  });

  it('sends December\'s "since year-end" and "from year-end" back to the year gone by', () => {
    expect(timeExpressionsIn('Ferry fares have risen 3% since year-end.', '2024-12-10').map(({ value }) => value)).toEqual(['2023-12-31']);
    expect(timeExpressionsIn('The toll index fell 2% from year-end.', '2024-12-20').map(({ value }) => value)).toEqual(['2023-12-31']);
    expect(timeExpressionsIn('The board hopes to close the sale by year-end.', '2024-12-10').map(({ value }) => value)).toEqual(['2024-12-31']);
  });
});

describe('timeExpressionsIn: session 10 kinds (article dated Thursday 2024-10-17)', () => {
  const at = (text: string) => timeExpressionsIn(text, '2024-10-17').map(({ text: written, type, value }) => ({ text: written, type, value }));

  it('puts a month just gone ahead when a future verb of its clause governs it through a preposition', () => {
    expect(at('The harbour board hopes to finish the new quay by September.')).toEqual([{ text: 'September', type: 'DATE', value: '2025-09' }]);
    expect(at('The ferry line expects to complete the sale of its old boats in September.')).toEqual([{ text: 'September', type: 'DATE', value: '2025-09' }]);
    // A past verb, or a future one in another clause, leaves the nearest September.
    expect(at('The harbour board finished the new quay in September.')).toEqual([{ text: 'September', type: 'DATE', value: '2024-09' }]);
    expect(at('The board will meet again, having sold the boats in September.')).toEqual([{ text: 'September', type: 'DATE', value: '2024-09' }]);
  });

  it('puts a month not yet come back when a past verb of its clause governs it through "in"', () => {
    expect(at('The ferry line changed from a fiscal year to a calendar year in December.')).toEqual([{ text: 'December', type: 'DATE', value: '2023-12' }]);
    // A subordinate clause is a clause of its own: "is heard" is not past.
    expect(at('The board had not signed the deal to move the ferry when the case is heard in November at the harbour court.')).toEqual([{ text: 'November', type: 'DATE', value: '2024-11' }]);
  });

  it('reads "60 miles an hour", "500 barrels a day" as rates, not lengths of time', () => {
    expect(at('The ferry was doing 60 miles an hour when it hit the quay.')).toEqual([]);
    expect(at('The field pumps 500 barrels a day.')).toEqual([]);
    expect(at('The crossing took an hour.')).toEqual([{ text: 'an hour', type: 'DURATION', value: 'PT1H' }]);
  });

  it('sees a sentence that ends right before "A year ago": a quarter two sentences back does not count', () => {
    expect(at('The ferry line posted a third-quarter loss. The line said the cuts would help. A year ago, it had a profit.').find((t) => /year ago/.test(t.text))).toEqual({ text: 'A year ago', type: 'DATE', value: '2023' });
    expect(at('The ferry line posted a third-quarter loss. A year ago, it had a profit.').find((t) => /year ago/.test(t.text))).toEqual({ text: 'A year ago', type: 'DATE', value: '2023-Q3' });
  });

  it('puts a named quarter long over ahead when a future verb governs it through a preposition, not the quarter just ended', () => {
    const atNov = (text: string) => timeExpressionsIn(text, '2024-11-20').map(({ text: written, value }) => ({ text: written, value }));
    expect(atNov('The ferry line expects to return to profit in the first quarter.')).toEqual([{ text: 'the first quarter', value: '2025-Q1' }]);
    expect(atNov('The ferry line will report a loss in the third quarter.')).toEqual([{ text: 'the third quarter', value: '2024-Q3' }]);
    expect(atNov('The ferry line lost money in the first quarter.')).toEqual([{ text: 'the first quarter', value: '2024-Q1' }]);
  });

  it('reads "a year earlier" in a sentence naming the end of a period as that day a year back', () => {
    const found = at('For the six months ended Aug. 12, the line earned $6 million, against $18 million a year earlier.');
    expect(found.find((t) => t.text === 'a year earlier')).toEqual({ text: 'a year earlier', type: 'DATE', value: '2023-08-12' });
  });

  it('reads the day an event has reached said to be today, a year after pre- or post-, and "last" for the period before', () => {
    expect(at("It's the third day of the ferry strike.")).toEqual([{ text: 'the third day', type: 'DATE', value: '2024-10-17' }]);
    expect(at('The third day of the strike was quiet.')).toEqual([]);
    expect(at('the post-1959 harbour rules')).toEqual([{ text: 'post-1959', type: 'DATE', value: '1959' }]);
    expect(at('The line pays twice as much this year as last.')).toEqual([
      { text: 'this year', type: 'DATE', value: '2024' },
      { text: 'last', type: 'DATE', value: '2023' },
    ]);
    expect(at('The ferry was last seen at dawn.')).toEqual([]);
  });

  it('reads weekdays after "starting", a reduced clause of schedule, a fronted limit and "night"', () => {
    // 2024-10-17 is a Thursday.
    expect(at('Starting Monday, the ferry leaves an hour earlier.')[0]).toEqual({ text: 'Monday', type: 'DATE', value: '2024-10-21' });
    expect(at('The strike, set to begin Monday, was called off.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]);
    expect(at('The permit had been due to expire Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
    expect(at('By Tuesday, the crews had cleared the quay.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-15' }]);
    expect(at('The crews have until Tuesday to clear the quay.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]);
    expect(at('Crews worked through the night Tuesday.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-15' }]);
  });

  it('reads fiscal and calendar years relative to the article or the year just named, and "this weekend"', () => {
    expect(at('The ferry line lost money last fiscal year.')).toEqual([{ text: 'last fiscal year', type: 'DATE', value: '2023' }]);
    expect(at('It expects a profit in the current fiscal year.')).toEqual([{ text: 'the current fiscal year', type: 'DATE', value: '2024' }]);
    expect(at('In fiscal 1988 sales rose, after falling in the previous fiscal year.')).toEqual([
      { text: 'fiscal 1988', type: 'DATE', value: '1988' },
      { text: 'the previous fiscal year', type: 'DATE', value: '1987' },
    ]);
    // A Thursday: the coming weekend; a Sunday: the weekend under way.
    expect(at('The regatta opens this weekend.')).toEqual([{ text: 'this weekend', type: 'DATE', value: '2024-W42-WE' }]);
    expect(timeExpressionsIn('The regatta opens this weekend.', '2024-10-20').map((t) => t.value)).toEqual(['2024-W42-WE']);
    // Told in the past tense on a weekday, the weekend just gone.
    expect(timeExpressionsIn("This weekend's regatta drew big crowds.", '2024-10-16').map((t) => t.value)).toEqual(['2024-W41-WE']);
    // Put first, the clause after the comma tells; a past verb far after it does not.
    expect(timeExpressionsIn('This weekend, the mayor complained about the ferries.', '2024-10-15').map((t) => t.value)).toEqual(['2024-W41-WE']);
    expect(timeExpressionsIn('If he wins the race this weekend, his lead is safe, said the mayor, who campaigned hard.', '2024-10-16').map((t) => t.value)).toEqual(['2024-W42-WE']);
    // On a Friday the coming one, whatever the tense.
    expect(timeExpressionsIn('The win set the stage for another rout this weekend.', '2024-10-18').map((t) => t.value)).toEqual(['2024-W42-WE']);
  });

  it('reads a season after a preposition without "the", and a modal of its clause as looking ahead', () => {
    expect(at('The new quay should open by spring.')).toEqual([{ text: 'spring', type: 'DATE', value: '2025-SP' }]);
    expect(at('The quay opened in early summer.')).toEqual([{ text: 'early summer', type: 'DATE', value: '2024-SU' }]);
    expect(at('The wall came down in fall 1989.')).toEqual([{ text: 'fall 1989', type: 'DATE', value: '1989-FA' }]);
    expect(at('a fall in ferry fares')).toEqual([]);
    expect(at('The sale, which needs approval from regulators, should close by September.')).toEqual([{ text: 'September', type: 'DATE', value: '2025-09' }]);
    expect(at('The sale may have closed in September.')).toEqual([{ text: 'September', type: 'DATE', value: '2024-09' }]);
    const atNov = (text: string) => timeExpressionsIn(text, '2024-11-20').map(({ text: written, value }) => ({ text: written, value }));
    expect(atNov('The ferry line expects to finish the quay by the third quarter.')).toEqual([{ text: 'the third quarter', value: '2025-Q3' }]);
  });

  it('reads "the next year" after a year named as the year after it', () => {
    expect(at('The quay flooded in 1997, and the next year the wall was built.')).toEqual([
      { text: '1997', type: 'DATE', value: '1997' },
      { text: 'the next year', type: 'DATE', value: '1998' },
    ]);
    expect(at('The next year will be hard for the ferry line.')).toEqual([{ text: 'The next year', type: 'DATE', value: '2025' }]);
  });

  it('reads a quarter with its year after it and a season of a two-digit year', () => {
    expect(at('the first quarter of fiscal 1990')).toEqual([{ text: 'the first quarter of fiscal 1990', type: 'DATE', value: '1990-Q1' }]);
    expect(at('Its third-quarter 1989 results were weak.')).toEqual([{ text: 'third-quarter 1989', type: 'DATE', value: '1989-Q3' }]);
    expect(at('the summer of \'89')).toEqual([{ text: "the summer of '89", type: 'DATE', value: '1989-SU' }]);
  });

  it('reads "overnight" before a market noun as the night before the day last named, which then anchors "the previous Friday"', () => {
    expect(at('Shares fell on Tuesday, hit by overnight losses in Tokyo, and were down 2% from the previous Friday.')).toEqual([
      { text: 'Tuesday', type: 'DATE', value: '2024-10-15' },
      { text: 'overnight', type: 'TIME', value: '2024-10-14TNI' },
      { text: 'the previous Friday', type: 'DATE', value: '2024-10-11' },
    ]);
    expect(at('Rebels attacked the town overnight.')).toEqual([{ text: 'overnight', type: 'DATE', value: '2024-10-17' }]);
  });

  it('reads "Tuesday of last week" in the calendar week before the article\'s', () => {
    expect(at('The quay flooded on Tuesday of last week.')).toEqual([{ text: 'Tuesday of last week', type: 'DATE', value: '2024-10-08' }]);
    expect(at('The vote is set for Tuesday of next week.')).toEqual([{ text: 'Tuesday of next week', type: 'DATE', value: '2024-10-22' }]);
  });

  it('puts a month gone by ahead after the present of a schedule, unless a past form says otherwise', () => {
    expect(at('The harbour show runs through September.')).toEqual([{ text: 'September', type: 'DATE', value: '2025-09' }]);
    expect(at('The mayor\'s term ends in September.')).toEqual([{ text: 'September', type: 'DATE', value: '2025-09' }]);
    expect(at('The mayor\'s term ended in September.')).toEqual([{ text: 'September', type: 'DATE', value: '2024-09' }]);
    expect(at('Housing starts in September rose 5%.')).toEqual([{ text: 'September', type: 'DATE', value: '2024-09' }]);
  });

  it('reads the fourth quarter named in the first quarter as the one just ended, unless something is put in it ahead', () => {
    const atJan = (text: string) => timeExpressionsIn(text, '2025-01-20').map(({ text: written, value }) => ({ text: written, value }));
    expect(atJan('The ferry line will report fourth-quarter results next week.')[0]).toEqual({ text: 'fourth-quarter', value: '2024-Q4' });
    expect(atJan('The ferry line expects a loss in the fourth quarter.')).toEqual([{ text: 'the fourth quarter', value: '2024-Q4' }]);
    expect(atJan('The ferry line expects to return to profit in the fourth quarter.')).toEqual([{ text: 'the fourth quarter', value: '2025-Q4' }]);
  });

  it('counts "last", "previous", "next", "current" quarters in calendar quarters, and "the final quarter" is the fourth', () => {
    const atMar = (text: string) => timeExpressionsIn(text, '2025-03-20').map(({ text: written, value }) => ({ text: written, value }));
    expect(atMar('Ferry traffic rose 5% last quarter.')).toEqual([{ text: 'last quarter', value: '2024-Q4' }]);
    expect(atMar('Ferry traffic will rise next quarter.')).toEqual([{ text: 'next quarter', value: '2025-Q2' }]);
    expect(atMar('Ferry traffic is rising in the current quarter.')).toEqual([{ text: 'the current quarter', value: '2025-Q1' }]);
    expect(atMar('Ferry traffic will peak in the final quarter.')).toEqual([{ text: 'the final quarter', value: '2025-Q4' }]);
    expect(atMar('Ferry traffic rose in the last quarter of 2023.')).toEqual([{ text: 'the last quarter of 2023', value: '2023-Q4' }]);
    expect(atMar('Ferry traffic rose in the third quarter, up from the previous quarter.')).toEqual([
      { text: 'the third quarter', value: '2024-Q3' },
      { text: 'the previous quarter', value: '2024-Q2' },
    ]);
    expect(atMar('In Q4 ferry traffic fell.')).toEqual([{ text: 'Q4', value: '2024-Q4' }]);
  });

  it('never takes the article\'s own quarter, still under way, for the latest one reported', () => {
    expect(timeExpressionsIn('Ferry traffic rose in the latest quarter.', '2025-03-20')[0]?.value).toBe('2024-Q4');
    expect(timeExpressionsIn('Ferry traffic rose in the latest quarter.', '2025-10-28')[0]?.value).toBe('2025-Q3');
  });

  it('leaves the full stop after "pm" to the sentence, and reads a 24-hour time in local time', () => {
    const atMar = (text: string) => timeExpressionsIn(text, '2025-03-21').map(({ text: written, type, value }) => ({ text: written, type, value }));
    expect(atMar('The ferry leaves at 8pm.')).toEqual([{ text: '8pm', type: 'TIME', value: '2025-03-21T20:00' }]);
    expect(atMar('The ferry leaves at 8 p.m.')).toEqual([{ text: '8 p.m.', type: 'TIME', value: '2025-03-21T20:00' }]);
    expect(atMar('The ferry sank at 10:30 local time.')).toEqual([{ text: '10:30 local time', type: 'TIME', value: '2025-03-21T10:30' }]);
  });

  it('puts the end of a range of yearless months or dates on or after its start', () => {
    const atMar = (text: string) => timeExpressionsIn(text, '2025-03-21').map(({ text: written, value }) => ({ text: written, value }));
    expect(atMar('The ferry season runs from April to October.')).toEqual([{ text: 'April', value: '2025-04' }, { text: 'October', value: '2025-10' }]);
    expect(atMar('Between November and February, ferry traffic fell.')).toEqual([{ text: 'November', value: '2024-11' }, { text: 'February', value: '2025-02' }]);
  });

  it('reads "the spring of last year" and "the year 2000" as one expression each', () => {
    const atMar = (text: string) => timeExpressionsIn(text, '2025-03-21').map(({ text: written, value }) => ({ text: written, value }));
    expect(atMar('The quay was rebuilt in the spring of last year.')).toEqual([{ text: 'the spring of last year', value: '2024-SP' }]);
    expect(atMar('The quay will be rebuilt in the fall of next year.')).toEqual([{ text: 'the fall of next year', value: '2026-FA' }]);
    expect(atMar('The quay was built in the year 2000.')).toEqual([{ text: 'the year 2000', value: '2000' }]);
  });

  it('reads "one day" after a modal or "to" as some time ahead, not a length of a day', () => {
    const atMar = (text: string) => timeExpressionsIn(text, '2025-03-21').map(({ text: written, type, value }) => ({ text: written, type, value }));
    expect(atMar('The port will one day reopen.')).toEqual([{ text: 'one day', type: 'DATE', value: 'FUTURE_REF' }]);
    expect(atMar('The mayor hopes to one day reopen the port.')).toEqual([{ text: 'one day', type: 'DATE', value: 'FUTURE_REF' }]);
    expect(atMar('The port closed for one day.')).toEqual([{ text: 'one day', type: 'DURATION', value: 'P1D' }]);
  });

  it('counts "a year earlier" from the year its sentence names, "a year ago" from publication', () => {
    const atMar = (text: string) => timeExpressionsIn(text, '2025-03-21').map(({ text: written, value }) => ({ text: written, value }));
    expect(atMar('Ferry traffic grew in 2022 from a year earlier.')).toEqual([{ text: '2022', value: '2022' }, { text: 'a year earlier', value: '2021' }]);
    expect(atMar('Ferry traffic grew 5% from a year earlier.')).toEqual([{ text: 'a year earlier', value: '2024' }]);
    expect(atMar('The ferry sank in 2019, and a year ago it was raised.')).toEqual([{ text: '2019', value: '2019' }, { text: 'a year ago', value: '2024' }]);
  });

  it('puts a month in a present-tense condition or time clause ahead ("if he loses in November")', () => {
    const atJan = (text: string) => timeExpressionsIn(text, '2024-01-19').map(({ text: written, value }) => ({ text: written, value }));
    expect(atJan('The mayor will resign if he loses in November.')).toEqual([{ text: 'November', value: '2024-11' }]);
    expect(atJan('The ruling can be overturned if a new mayor is elected in November.')).toEqual([{ text: 'November', value: '2024-11' }]);
    expect(atJan('The mayor resigned after he lost in November.')).toEqual([{ text: 'November', value: '2023-11' }]);
  });

  it('reads a condition clause with a past verb or no verb form ("his", "prices", "crisis") as no present condition', () => {
    const atJune = (text: string) => timeExpressionsIn(text, '2024-06-12').map(({ text: written, value }) => ({ text: written, value }));
    expect(atJune('The coach resigned when his team lost in November.')).toEqual([{ text: 'November', value: '2023-11' }]);
    expect(atJune('Ferry fares jumped when prices fell in March.')).toEqual([{ text: 'March', value: '2024-03' }]);
    expect(atJune('The harbour stayed shut when its crisis hit in March.')).toEqual([{ text: 'March', value: '2024-03' }]);
    expect(atJune('The harbour will close when the committee meets in March.')).toEqual([{ text: 'March', value: '2025-03' }]);
  });

  it('leaves titles alone: "Saturday Night Live", "the Weekly Standard", "Daily Mail"', () => {
    const atNov = (text: string) => timeExpressionsIn(text, '2024-11-13').map(({ text: written }) => written);
    expect(atNov('The mayor hosted Saturday Night Live.')).toEqual([]);
    expect(atNov('The harbour fire came on Saturday night.')).toEqual(['Saturday night']);
    expect(atNov('A writer for the Weekly Standard was there.')).toEqual([]);
    expect(atNov('Daily Mail reporters were there.')).toEqual([]);
    expect(atNov('Daily, the ferry crosses twice.')).toEqual(['Daily']);
  });

  it('ends a date at a dash that leads into words', () => {
    expect(timeExpressionsIn('The mayor testified on November 12, 2012–six days after the vote.', '2024-11-13').map(({ text }) => text)).toEqual(['November 12, 2012', 'six days']);
  });

  it('takes December\'s year-end as this year\'s whatever the tense, and "21st Century Fox" as a name', () => {
    expect(timeExpressionsIn('The council voted for a year-end budget deal.', '2024-12-28').map(({ text, value }) => ({ text, value }))).toEqual([{ text: 'year-end', value: '2024-12-31' }]);
    expect(timeExpressionsIn('Ferry fares have risen since year-end.', '2024-10-28').map(({ value }) => value)).toEqual(['2023-12-31']);
    expect(timeExpressionsIn('News Corp. and 21st Century Fox will move.', '2024-12-28')).toEqual([]);
    expect(timeExpressionsIn('In the 21st century, news moved.', '2024-12-28').map(({ value }) => value)).toEqual(['20']);
  });

  it('reads "this fall in prices" as a drop, "last fall in Iowa" as a season', () => {
    expect(timeExpressionsIn('After this fall in prices, ferry fares rose.', '2024-12-19')).toEqual([]);
    expect(timeExpressionsIn('Last fall in Iowa, the mayor campaigned.', '2024-12-19').map(({ text, value }) => ({ text, value }))).toEqual([{ text: 'Last fall', value: '2024-FA' }]);
  });

  it('leaves "USA TODAY" alone as a name, as "USA Today"', () => {
    expect(timeExpressionsIn('A new USA TODAY poll finds support.', '2024-10-16')).toEqual([]);
  });

  it('reads a date after a possessive before an event noun as naming the event, not by the past verb', () => {
    expect(timeExpressionsIn("The mayor's Dec. 28 meeting with the council was scheduled last week.", '2024-12-10').map(({ text, value }) => ({ text, value }))[0]).toEqual({ text: 'Dec. 28', value: '2024-12-28' });
  });

  it('knows Black Friday and Cyber Monday, and leaves "the Midnight Crew" alone', () => {
    expect(timeExpressionsIn('Shoppers queued on Black Friday.', '2024-12-04').map(({ text, value }) => ({ text, value }))).toEqual([{ text: 'Black Friday', value: '2024-11-29' }]);
    expect(timeExpressionsIn('Sales soared on Cyber Monday.', '2024-12-04').map(({ value }) => value)).toEqual(['2024-12-02']);
    expect(timeExpressionsIn('The unit was known as the Midnight Crew.', '2024-12-04')).toEqual([]);
    expect(timeExpressionsIn('The offer expired at midnight.', '2024-12-04').map(({ value }) => value)).toEqual(['2024-12-04T24:00']);
  });

  it('reads "a poll of 2047 registered voters" as a count, "in 2012 armed groups" as a year', () => {
    expect(timeExpressionsIn('A poll of 2047 registered voters was released.', '2024-12-10')).toEqual([]);
    expect(timeExpressionsIn('In 2012 armed groups took the port.', '2024-12-10').map(({ value }) => value)).toEqual(['2012']);
  });

  it('reads "the Sept. 11 attacks" and "9/11" as 2001, a weekday before a name as a name, and ends a date before a spaced dash and a number', () => {
    const values = (text: string) => timeExpressionsIn(text, '2024-02-15').map(({ text: written, value }) => ({ text: written, value }));
    expect(values('The mayor spoke of the Sept. 11 attacks.')).toEqual([{ text: 'Sept. 11', value: '2001-09-11' }]);
    expect(values('Since 9/11, the port has been guarded.')).toEqual([{ text: '9/11', value: '2001-09-11' }]);
    expect(values('The permit was filed on 11/9/11, the clerk said.').map(({ value }) => value)).not.toContain('2001-09-11');
    expect(values('The ferry vote will be held on Sept. 11.')).toEqual([{ text: 'Sept. 11', value: '2024-09-11' }]);
    expect(values('It was a memoir by Wednesday Martin.')).toEqual([]);
    expect(values('The ferry vote was Monday, March 3.')[0]?.text).toBe('Monday, March 3');
    expect(values('His finish on Tuesday night - 22 points behind - hurt.')).toEqual([{ text: 'Tuesday night', value: '2024-02-13' }]);
    expect(values('He polled better than in December, 64 percent to 56.')).toEqual([{ text: 'December', value: '2023-12' }]);
  });

  it('keeps "fiscal year" and "calendar year" with the year they name', () => {
    expect(timeExpressionsIn('The budget for fiscal year 2025 was approved.', '2024-03-22').map(({ text, value }) => ({ text, value }))).toEqual([{ text: 'fiscal year 2025', value: '2025' }]);
  });

  it('reads "expect the plant to open" and "will have spent" as pointing ahead', () => {
    const atOct = (text: string) => timeExpressionsIn(text, '2024-10-16').map(({ value }) => value);
    expect(atOct('Officials expect the ferry to sail in June.')).toEqual(['2025-06']);
    expect(atOct('The city will have spent $3 million by April.')).toEqual(['2025-04']);
    expect(atOct('The city has spent $3 million since April.')).toEqual(['2024-04']);
  });

  it('puts a weekday in a present-tense condition ahead, but not one that names an event after a possessive', () => {
    const atWed = (text: string) => timeExpressionsIn(text, '2024-03-20').map(({ text: written, value }) => ({ text: written, value }));
    expect(atWed('If he follows up his Tuesday win with a victory on Saturday, he leads.')).toEqual([
      { text: 'Tuesday', value: '2024-03-19' },
      { text: 'Saturday', value: '2024-03-23' },
    ]);
    expect(atWed('If he won on Saturday, nobody noticed.')).toEqual([{ text: 'Saturday', value: '2024-03-16' }]);
    // A future cue words before a possessive day does not put the event ahead.
    expect(atWed("If you want to understand the meaning of Tuesday's debate, read this.")).toEqual([{ text: 'Tuesday', value: '2024-03-19' }]);
  });

  it('reads a date after "the" and a hyphenated adjective before an event noun as naming the event', () => {
    expect(timeExpressionsIn('Then comes the delegate-packed April 19 primary, where he lost.', '2024-03-20').map(({ value }) => value)).toEqual(['2024-04-19']);
  });

  it('reads a month after a superlative ("the wettest March") as a date', () => {
    expect(timeExpressionsIn('It was the wettest March on record at the port.', '2024-04-22').map(({ text, value }) => ({ text, value }))).toEqual([{ text: 'March', value: '2024-03' }]);
  });

  it('reads "this January" said in December as the coming one unless told in the past tense', () => {
    expect(timeExpressionsIn('The ferry law takes effect this January.', '2024-12-10').map(({ value }) => value)).toEqual(['2025-01']);
    expect(timeExpressionsIn('The ferry law took effect this January.', '2024-12-10').map(({ value }) => value)).toEqual(['2024-01']);
    expect(timeExpressionsIn('The ferry vote is this December.', '2024-01-10').map(({ value }) => value)).toEqual(['2024-12']);
  });

  it('reads "heading into the fall", "heading into December" as ahead', () => {
    expect(timeExpressionsIn('The mayor said the party was strong heading into the fall.', '2024-06-09').map(({ value }) => value)).toEqual(['2024-FA']);
    expect(timeExpressionsIn('Ferry bookings are heading into December on a high.', '2024-06-09').map(({ value }) => value)).toEqual(['2024-12']);
    // Told in the past, the nearest: the day just gone.
    expect(timeExpressionsIn("The mayor had 40 backers heading into Tuesday's primary.", '2024-03-20').map(({ value }) => value)).toEqual(['2024-03-19']);
  });

  it('keeps a weekday after "on" before a capitalised word ("On Tuesday President …"), not "the Sunday Times"', () => {
    expect(timeExpressionsIn('On Tuesday President Lee opened the port.', '2024-03-22').map(({ text, value }) => ({ text, value }))).toEqual([{ text: 'Tuesday', value: '2024-03-19' }]);
    expect(timeExpressionsIn('On Thursday Marines left the port.', '2024-03-22').map(({ value }) => value)).toEqual(['2024-03-21']);
    expect(timeExpressionsIn('Early Monday Navy ships left the port.', '2024-03-22').map(({ text }) => text)).toEqual(['Early Monday']);
    expect(timeExpressionsIn('Last Tuesday President Lee opened the port.', '2024-03-22').map(({ text }) => text)).toEqual(['Last Tuesday']);
    expect(timeExpressionsIn('The Sunday Times said so.', '2024-03-22')).toEqual([]);
  });

  it('reads a capitalised decade word ("the Eighties") as the decade', () => {
    expect(at('The harbour boomed during the Eighties.')).toEqual([{ text: 'the Eighties', type: 'DATE', value: '198' }]);
  });

  it('reads "the past month" as a length of time and "the previous month" as the month before the one just named', () => {
    expect(at('Fares rose over the past month.')).toEqual([{ text: 'the past month', type: 'DURATION', value: 'P1M' }]);
    expect(at('In May, fares rose, after falling the previous month.')).toEqual([
      { text: 'May', type: 'DATE', value: '2024-05' },
      { text: 'the previous month', type: 'DATE', value: '2024-04' },
    ]);
  });

  it('puts the last day of a period that "ended" on or before the article, however close', () => {
    expect(at('In the year-ago quarter, the quarter ended Oct. 20, the line lost $3 million.').find((t) => t.text === 'Oct. 20')).toEqual({ text: 'Oct. 20', type: 'DATE', value: '2023-10-20' });
    expect(at('For the quarter ended Sept. 30, the line lost $3 million.').find((t) => t.text === 'Sept. 30')).toEqual({ text: 'Sept. 30', type: 'DATE', value: '2024-09-30' });
  });
});

describe('timeExpressionsIn: session 11 kinds (article dated Wednesday 2024-10-16)', () => {
  const at = (text: string) => timeExpressionsIn(text, '2024-10-16').map(({ text: written, type, value }) => ({ text: written, type, value }));

  it('takes the longest rule of a phrase group where a shorter one matches first ("yesterday evening", not "yesterday")', () => {
    expect(at('The ferry sank yesterday evening.')).toEqual([{ text: 'yesterday evening', type: 'TIME', value: '2024-10-15TEV' }]);
    expect(at('The ferry will sail tomorrow afternoon.')).toEqual([{ text: 'tomorrow afternoon', type: 'TIME', value: '2024-10-17TAF' }]);
    expect(at('The ferry sank late yesterday.')).toEqual([{ text: 'late yesterday', type: 'DATE', value: '2024-10-15' }]);
  });

  it('reads a month or a month and day with "last/this/next year" after it as one expression in that year', () => {
    expect(at('Gunmen attacked on Oct. 7 last year.')).toEqual([{ text: 'Oct. 7 last year', type: 'DATE', value: '2023-10-07' }]);
    expect(at('The port reopened in January of last year.')).toEqual([{ text: 'January of last year', type: 'DATE', value: '2023-01' }]);
    expect(at('The strike began in mid-September last year.')).toEqual([{ text: 'mid-September last year', type: 'DATE', value: '2023-09' }]);
    expect(at('The law takes effect on January 20 next year.')).toEqual([{ text: 'January 20 next year', type: 'DATE', value: '2025-01-20' }]);
  });

  it('reads "later that month", "that week", "that summer" as the month, week or season of the date last named', () => {
    expect(at('The ferry sank in June 2020. Later that month, divers found it.')).toEqual([
      { text: 'June 2020', type: 'DATE', value: '2020-06' },
      { text: 'Later that month', type: 'DATE', value: '2020-06' },
    ]);
    expect(at('The talks opened on June 3, 2020, and collapsed later that week.')[1]).toEqual({ text: 'later that week', type: 'DATE', value: '2020-W23' });
    expect(at('The port closed in 2019. That summer, the ferries stopped.')[1]).toEqual({ text: 'That summer', type: 'DATE', value: '2019-SU' });
    // A week of a month named without a day is not said.
    expect(at('The port closed in June 2020, and the ferries stopped that week.')[1]).toEqual({ text: 'that week', type: 'DATE', value: undefined });
    // "the same month last year" compares with another period.
    expect(at('Fares rose in October, above the same month last year.').map((t) => t.text)).toEqual(['October', 'last year']);
  });

  it('puts a weekday ahead after the present tense of a scheduled event a few words before it', () => {
    expect(at('The president heads to Japan on Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]);
    expect(at('Voters go to the polls on Sunday.')).toEqual([{ text: 'Sunday', type: 'DATE', value: '2024-10-20' }]);
    expect(at('Voters went to the polls on Sunday.')).toEqual([{ text: 'Sunday', type: 'DATE', value: '2024-10-13' }]);
    // A noun, a name and a relative clause are not a schedule.
    expect(at('He told radio host Ann Lee on Monday that he would run.')[0]).toEqual({ text: 'Monday', type: 'DATE', value: '2024-10-14' });
    expect(at("He said on NBC's Meet the Press on Sunday that he would run.")[0]).toEqual({ text: 'Sunday', type: 'DATE', value: '2024-10-13' });
  });

  it('reads "the latest fiscal year", "the most recent fiscal year" as the one before the article\'s, as "last fiscal year" is', () => {
    expect(at('Sales rose 5% in the latest fiscal year.')).toEqual([{ text: 'the latest fiscal year', type: 'DATE', value: '2023' }]);
    expect(at('Sales rose 5% in the most recent fiscal year.')).toEqual([{ text: 'the most recent fiscal year', type: 'DATE', value: '2023' }]);
  });

  it('reads a scheduled-event word after a determiner and an adjective as a noun, not a present tense pointing ahead', () => {
    expect(at('The convention got off to a rocky start Monday, when chaos broke out.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
    expect(at('The minister paid a surprise visit Monday to the troops.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
    expect(at('The talks resume Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]);
    expect(at('The ministers meet Tuesday.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]);
  });

  it('does not start a weekday\'s span at the comma after a place abbreviation', () => {
    expect(at('He held a rally in Fresno, Calif., on Tuesday.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-15' }]);
    expect(at('The suit was filed in Washington, D.C., Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
  });

  it('reads "October of that year", "March of the following year" in the year the text last named', () => {
    expect(at('He took office in January 2009 and jobless claims peaked in October of that year.')).toEqual([
      { text: 'January 2009', type: 'DATE', value: '2009-01' },
      { text: 'October of that year', type: 'DATE', value: '2009-10' },
    ]);
    expect(at('The war began in 2003. In March of the following year, troops withdrew.')[1]).toEqual({ text: 'March of the following year', type: 'DATE', value: '2004-03' });
  });

  it('drops an "of" chrono keeps after a month, and reads "the March of Dimes" as a name', () => {
    expect(at('He said in February of air conditioner makers that they would leave.')).toEqual([{ text: 'February', type: 'DATE', value: '2024-02' }]);
    expect(at('She works for the March of Dimes.')).toEqual([]);
  });

  it('does not take a past verb\'s tense for a date used as a modifier ("the Nov. 8 election"), but takes a future one', () => {
    const atJuly = (text: string) => timeExpressionsIn(text, '2024-07-31').map(({ text: written, value }) => ({ text: written, value }));
    expect(atJuly('Hackers released the emails to sway the Nov. 5 election, officials said.')).toEqual([{ text: 'Nov. 5', value: '2024-11-05' }]);
    expect(atJuly('The party met to prepare for the November vote.')).toEqual([{ text: 'November', value: '2024-11' }]);
    const atMarch = (text: string) => timeExpressionsIn(text, '2024-03-10').map(({ text: written, value }) => ({ text: written, value }));
    expect(atMarch('The bill would put a measure on the November ballot.')).toEqual([{ text: 'November', value: '2024-11' }]);
  });

  it('reads "in the morning", "earlier in the evening", "late afternoon", "mid-afternoon yesterday" as a part of the day last named', () => {
    expect(at('The ferry sank on Oct. 3. In the evening, the power failed.')[1]).toEqual({ text: 'the evening', type: 'TIME', value: '2024-10-03TEV' });
    expect(at('The mayor resigned earlier in the evening.')).toEqual([{ text: 'earlier in the evening', type: 'TIME', value: '2024-10-16TEV' }]);
    expect(at('By late afternoon, the crowd had left.')).toEqual([{ text: 'late afternoon', type: 'TIME', value: '2024-10-16TAF' }]);
    expect(at('Shares rose at mid-afternoon yesterday.')).toEqual([{ text: 'mid-afternoon yesterday', type: 'TIME', value: '2024-10-15TAF' }]);
    expect(at('Shares rose at mid afternoon yesterday.')).toEqual([{ text: 'mid afternoon yesterday', type: 'TIME', value: '2024-10-15TAF' }]);
    // A noun after it: no time of day.
    expect(at('He joined the morning shows in 2019.').map((t) => t.text)).toEqual(['2019']);
  });

  it('reads "two weeks from now", "a year from now" as a date that far ahead, and keeps "the end of the week" whole', () => {
    expect(at('The report is due two weeks from now.')).toEqual([{ text: 'two weeks from now', type: 'DATE', value: '2024-W44' }]);
    expect(at('Prices will be higher a year from now.')).toEqual([{ text: 'a year from now', type: 'DATE', value: '2025' }]);
    expect(at('The heat could last through the end of the week.')).toEqual([{ text: 'the end of the week', type: 'DATE', value: '2024-W42' }]);
  });

  it('leaves the verbs "fall", "spring" after "that" alone, and gives a habit in the morning no day', () => {
    expect(at('Korean has stops that fall between the two series.')).toEqual([]);
    expect(at('Acts that spring from intent count.')).toEqual([]);
    expect(at('Birds land in the morning and feed.')).toEqual([{ text: 'the morning', type: 'TIME', value: undefined }]);
    expect(at('The port closed in June 2020. Later the same month, it reopened.')[1]).toEqual({ text: 'Later the same month', type: 'DATE', value: '2020-06' });
  });

  it('keeps "mid-morning", "late afternoon" before a weekday with it, as "Friday afternoon" is', () => {
    expect(at('The storm hit late afternoon Tuesday.')).toEqual([{ text: 'late afternoon Tuesday', type: 'TIME', value: '2024-10-15TAF' }]);
    expect(at('The listing was replaced at mid-morning Tuesday.')).toEqual([{ text: 'mid-morning Tuesday', type: 'DATE', value: '2024-10-15' }]);
  });

  it('reads "FY2023", "FY 1997", "FY24" as the fiscal year and "H1 2024" as the half', () => {
    expect(at('Profit rose in FY2023.')).toEqual([{ text: 'FY2023', type: 'DATE', value: '2023' }]);
    expect(at('The budget in FY 1997 was $26 billion.')).toEqual([{ text: 'FY 1997', type: 'DATE', value: '1997' }]);
    expect(at('Profit rose in FY24.')).toEqual([{ text: 'FY24', type: 'DATE', value: '2024' }]);
    expect(at('Profit rose in H1 2024.')).toEqual([{ text: 'H1 2024', type: 'DATE', value: '2024-H1' }]);
    expect(at('Holders of the H1N1 vaccine were fine.')).toEqual([]);
  });

  it('reads "that" after a verb of saying as a conjunction, not "that month"', () => {
    expect(at('He said that month after month prices rose.')).toEqual([]);
  });

  it('reads "a day" after a percentage, a count of hours or days or of times as a recurrence (SET)', () => {
    expect(at('The program runs 24 hours a day, seven days a week.').map((t) => [t.text, t.type])).toEqual([
      ['24 hours', 'DURATION'], ['a day', 'SET'], ['seven days', 'DURATION'], ['a week', 'SET'],
    ]);
    expect(at('The economy grew 3% a year.')).toEqual([{ text: 'a year', type: 'SET', value: 'P1Y' }]);
    expect(at('She waited a day.')).toEqual([{ text: 'a day', type: 'DURATION', value: 'P1D' }]);
  });

  it('takes the verb of saying right after a fronted weekday as its verb, over a progressive before it', () => {
    expect(at('ABC is axing its revival of the show, and on Monday, CBS said it was canceling another.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
    expect(at('On Monday, officials will decide.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]);
  });

  it('does not join a month and "last year\'s" across a comma', () => {
    expect(at("In March, last year's winner won again.")).toEqual([
      { text: 'March', type: 'DATE', value: '2024-03' },
      { text: 'last year', type: 'DATE', value: '2023' },
    ]);
  });

  it('reads a holiday with its year written as that year\'s ("Election Day in 2020", "Christmas Eve 2019")', () => {
    expect(at('He was elected on Election Day in 2020.')).toEqual([{ text: 'Election Day in 2020', type: 'DATE', value: '2020-11-03' }]);
    expect(at('They married on Christmas Eve 2019.')).toEqual([{ text: 'Christmas Eve 2019', type: 'DATE', value: '2019-12-24' }]);
    expect(at("New Year's Eve 2019 was cold.")).toEqual([{ text: "New Year's Eve 2019", type: 'DATE', value: '2019-12-31' }]);
    expect(at('Stores will close on Christmas Day.')).toEqual([{ text: 'Christmas Day', type: 'DATE', value: '2024-12-25' }]);
  });
});

describe('timeExpressionsIn: session 15 kinds (article dated Thursday 2024-10-17)', () => {
  const at = (text: string) => timeExpressionsIn(text, '2024-10-17').map(({ text: written, type, value }) => ({ text: written, type, value }));

  it('reads the verb of a weekday\'s sentence past a title or an initial, which end no sentence', () => {
    expect(at('On Monday, Mr. Okafor will open the bridge.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]);
    expect(at('On Monday, John Q. Reyes will open the bridge.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]);
    expect(at('The bridge opened. On Monday, the mayor spoke.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
  });

  it('puts what is looked ahead to ahead, whatever the tense', () => {
    expect(at('Looking ahead to Tuesday, the mayor was cautious.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]);
  });

  it('reads a capitalised participle opening the sentence as past, but not one of schedule', () => {
    expect(at('Asked on Monday whether the mayor would resign, aides declined to comment.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
    expect(at('Pressed on Tuesday about the delay, the minister would not say.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-15' }]);
    expect(at('Scheduled for Monday, the vote will decide.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]);
  });

  it('reads "he\'s going to", "it\'s expected to", "she\'s to" as the future, as "is going to" is', () => {
    expect(at("He said he's going to retire in March.")).toEqual([{ text: 'March', type: 'DATE', value: '2025-03' }]);
    expect(at("Officials said it's expected to reopen in March.")).toEqual([{ text: 'March', type: 'DATE', value: '2025-03' }]);
    expect(at("She's to testify Tuesday.")).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]);
  });

  it('takes a verb of saying after the day as its verb only when the day opens its clause', () => {
    expect(at('Officials will vote Tuesday, the mayor said.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]);
    expect(at('The council is meeting again and on Tuesday, the mayor said it would vote.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-15' }]);
  });

  it('puts a weekday ahead after a scheduled event in the plural present a few words before', () => {
    expect(at('Voters head to the polls Sunday.')).toEqual([{ text: 'Sunday', type: 'DATE', value: '2024-10-20' }]);
    expect(at('Leaders gather in Paris on Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]);
    expect(at('The justices hear arguments Tuesday.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]);
  });

  it('leaves a verb inside a quotation opened after the expression out of its tense, but not one after a quoted term', () => {
    expect(at('The union is wary after her Tuesday remark: “We will close the mines.”')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-15' }]);
    expect(at("The union is wary after her Tuesday remark: ''We will close the mines.''")).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-15' }]);
    expect(at('Tuesday the "peace talks" will resume.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]);
  });

  it('keeps an older year written after a day of the month or a month, but not a count after a bare month', () => {
    expect(at('The declaration was signed on July 4, 1776.')).toEqual([{ text: 'July 4, 1776', type: 'DATE', value: '1776-07-04' }]);
    expect(at('On 14 July 1789, crowds stormed the Bastille.')).toEqual([{ text: '14 July 1789', type: 'DATE', value: '1789-07-14' }]);
    expect(at('In March 1500 troops arrived.').map((t) => t.value)).toEqual(['2024-03']);
    expect(at('In August 1757 the fort fell.')).toEqual([{ text: 'August 1757', type: 'DATE', value: '1757-08' }]);
  });

  it("starts a sentence at a quotation opened with two apostrophes, so the verbs before it do not count", () => {
    expect(at("The ferry sank, the harbour master said. ''Tuesday's vote will decide.''")).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]);
  });
});

describe('timeExpressionsIn: session 16 kinds (article dated Wednesday 2024-10-16)', () => {
  const at = (text: string) => timeExpressionsIn(text, '2024-10-16').map(({ text: written, type, value }) => ({ text: written, type, value }));

  it('reads "this past March" as the last March gone, as "last March" is', () => {
    expect(at('The ferry line cut its fares this past March.')).toEqual([{ text: 'this past March', type: 'DATE', value: '2024-03' }]);
    expect(at('This past December, the ferry line cut its fares.')).toEqual([{ text: 'This past December', type: 'DATE', value: '2023-12' }]);
  });

  it('takes a weekday after "said on" for one gone by, as after "said"', () => {
    expect(at('Harbour officials said on Thursday that the talks failed.')).toEqual([{ text: 'Thursday', type: 'DATE', value: '2024-10-10' }]);
  });

  it("puts a quarter after a year's possessive in that year", () => {
    expect(at("The ferry line lost money in 2023's fourth quarter.")).toEqual([{ text: "2023's fourth quarter", type: 'DATE', value: '2023-Q4' }]);
    expect(at("Fares rose in fiscal 1999's first quarter.")).toEqual([{ text: "fiscal 1999's first quarter", type: 'DATE', value: '1999-Q1' }]);
  });

  it('puts a month ahead when "is in" names when an event is', () => {
    expect(at("The ferry line's next annual meeting is in May.")).toEqual([{ text: 'May', type: 'DATE', value: '2025-05' }]);
    expect(at('The annual meeting was in May.')).toEqual([{ text: 'May', type: 'DATE', value: '2024-05' }]);
  });
});

describe('timeExpressionsIn: session 16 kinds, schedules and spoken decades (article dated Wednesday 2024-10-16)', () => {
  const at = (text: string) => timeExpressionsIn(text, '2024-10-16').map(({ text: written, type, value }) => ({ text: written, type, value }));

  it('puts a weekday ahead after a trial or talks that continue or conclude on it', () => {
    expect(at('The ferry trial continues Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]);
    expect(at('The harbour talks conclude Friday.')).toEqual([{ text: 'Friday', type: 'DATE', value: '2024-10-18' }]);
    expect(at('The ferry trial continued Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
  });

  it('puts the end of the year, a half or a season barely begun, told in the past, in the year gone by', () => {
    const atJanuary = (text: string) => timeExpressionsIn(text, '2025-01-06').map(({ text: written, value }) => ({ text: written, value }));
    expect(atJanuary('Ferry bookings rose at the end of the year.')).toEqual([{ text: 'the end of the year', value: '2024' }]);
    expect(atJanuary('The ferry line will sell two boats by the end of the year.')).toEqual([{ text: 'the end of the year', value: '2025' }]);
    expect(atJanuary('Ferry bookings rose in the first half.')).toEqual([{ text: 'the first half', value: '2024-H1' }]);
    expect(atJanuary('Ferry bookings will rise in the first half.')).toEqual([{ text: 'the first half', value: '2025-H1' }]);
    expect(at("Fares rose sharply at year's end.")).toEqual([{ text: "year's end", type: 'DATE', value: '2023' }]);
  });

  it('reads a decade spoken with its century, "the nineteen eighties"', () => {
    expect(at('Fares rose in the nineteen eighties.')).toEqual([{ text: 'the nineteen eighties', type: 'DATE', value: '198' }]);
  });
});

describe('timeExpressionsIn: session 20 kinds (article dated Tuesday 2024-10-15)', () => {
  const at = (text: string) => timeExpressionsIn(text, '2024-10-15').map(({ text: written, value }) => ({ text: written, value }));

  it('reads "is widely expected to" as ahead and "is widely expected" as no past form, but not a plan given up', () => {
    expect(at('The rate cut, which is widely expected to come on Oct. 30, worries savers.')).toEqual([{ text: 'Oct. 30', value: '2024-10-30' }]);
    expect(at('The ferry vote, which is widely expected on Friday, worries savers.')).toEqual([{ text: 'Friday', value: '2024-10-18' }]);
    expect(at('The ferry vote was originally expected to take place in September.')).toEqual([{ text: 'September', value: '2024-09' }]);
  });

  it('ends a date before a dash that opens an aside, and reads no verb across the dash as next to it', () => {
    expect(at('Ferry owners -- hoping for a busy season in December -- raised fares.')).toEqual([{ text: 'December', value: '2024-12' }]);
    expect(at('Ferry owners \u2014 hoping for a busy season in December \u2014 raised fares.')).toEqual([{ text: 'December', value: '2024-12' }]);
    expect(at('Ferry owners raised fares in December.')).toEqual([{ text: 'December', value: '2023-12' }]);
  });

  it('reads a date after "whose" before an event noun as naming the event, not by the past verb', () => {
    expect(at('In Maine, whose Jan. 9 ferry vote is the first, fares rose.')).toEqual([{ text: 'Jan. 9', value: '2025-01-09' }]);
  });

  it('reads a hyphenated adjective in "-ed" ("well-organized") as no past form', () => {
    expect(at('The ferry line is bent on winning the route before the vote in February, but well-organized rivals stand in its way.')).toEqual([{ text: 'February', value: '2025-02' }]);
  });

  it('reads a month after a one-off event and "in" ("the convention in February") as naming it, not by the past verb; not a debate', () => {
    expect(at('Ferry owners invited the mayor to speak at the party convention in February.')).toEqual([{ text: 'February', value: '2025-02' }]);
    expect(at('The mayor attacked the ferry owners at a debate in February.')).toEqual([{ text: 'February', value: '2024-02' }]);
    expect(at('Polls in February showed the ferry line ahead.')).toEqual([{ text: 'February', value: '2024-02' }]);
  });

  it('puts a weekday naming an event done ahead of ahead, and one done before at the nearest such day, whatever the tense', () => {
    const atThursday = (text: string) => timeExpressionsIn(text, '2024-10-17').map(({ text: written, value }) => ({ text: written, value }));
    expect(atThursday('The ferry line cut fares ahead of the harbour vote on Monday.')).toEqual([{ text: 'Monday', value: '2024-10-21' }]);
    expect(atThursday("The ferry line cut fares ahead of the town's crucial Monday vote.")).toEqual([{ text: 'Monday', value: '2024-10-21' }]);
    expect(atThursday("The ferry line cut fares days before Sunday's harbour vote.")).toEqual([{ text: 'Sunday', value: '2024-10-20' }]);
    expect(atThursday("The ferry line cut fares just before Tuesday's harbour vote.")).toEqual([{ text: 'Tuesday', value: '2024-10-15' }]);
  });

  it('puts a weekday ahead after "is planned", "is expected", as after "is"', () => {
    const atSunday = (text: string) => timeExpressionsIn(text, '2024-10-20').map(({ text: written, value }) => ({ text: written, value }));
    expect(atSunday('A memorial service for the ferry captain is planned Friday.')).toEqual([{ text: 'Friday', value: '2024-10-25' }]);
    expect(atSunday('A ruling on the ferry route is expected Tuesday.')).toEqual([{ text: 'Tuesday', value: '2024-10-22' }]);
  });

  it('reads a past verb of intent before "to" and a verb as looking to the nearest such date, not back', () => {
    expect(at('The ferry line offered to resume service Oct. 29 in the port.')).toEqual([{ text: 'Oct. 29', value: '2024-10-29' }]);
    expect(at('The ferry line threatened to cut service in February.')).toEqual([{ text: 'February', value: '2025-02' }]);
    expect(at('The ferry line returned to the port in February.')).toEqual([{ text: 'February', value: '2024-02' }]);
    const atFriday = (text: string) => timeExpressionsIn(text, '2024-10-18').map(({ text: written, value }) => ({ text: written, value }));
    expect(atFriday('The ferry line declined to comment on Monday.')).toEqual([{ text: 'Monday', value: '2024-10-14' }]);
  });

  it('reads "agreed", "freed" as past forms, though "-eed" words such as "need" are not', () => {
    const atThursday = (text: string) => timeExpressionsIn(text, '2024-10-17').map(({ text: written, value }) => ({ text: written, value }));
    expect(atThursday("The ferry line agreed to a merger on Monday, but it won't close soon.")).toEqual([{ text: 'Monday', value: '2024-10-14' }]);
    expect(atThursday("Rebels freed two ferry crews on Monday, but more won't be soon.")).toEqual([{ text: 'Monday', value: '2024-10-14' }]);
  });

  it('reads a plan told in the past ("was set to", "was to") as the nearest such day, either way', () => {
    const atThursday = (text: string) => timeExpressionsIn(text, '2024-10-17').map(({ text: written, value }) => ({ text: written, value }));
    expect(atThursday('The ferry captain was set to receive an award on Wednesday.')).toEqual([{ text: 'Wednesday', value: '2024-10-16' }]);
    expect(atThursday('The new ferry rule was to be issued on Monday.')).toEqual([{ text: 'Monday', value: '2024-10-14' }]);
    expect(atThursday('The ferry line was to report earnings on Saturday.')).toEqual([{ text: 'Saturday', value: '2024-10-19' }]);
  });

  it('reads a progressive as an arrangement only in the weekday\'s own clause, not across a comma or a dash', () => {
    const atThursday = (text: string) => timeExpressionsIn(text, '2024-10-17').map(({ text: written, value }) => ({ text: written, value }));
    expect(atThursday('The ferry strike is sapping trade \u2014 a poll on Wednesday showed.')).toEqual([{ text: 'Wednesday', value: '2024-10-16' }]);
    expect(atThursday('The ferry line is cutting fares, citing its losses on Tuesday.')).toEqual([{ text: 'Tuesday', value: '2024-10-15' }]);
    expect(atThursday('The ferry captain is travelling to Oslo on Monday.')).toEqual([{ text: 'Monday', value: '2024-10-21' }]);
    expect(atThursday('Owners are offering riders who spend $10,000 in fares two tickets to a gala on Saturday.')).toEqual([{ text: 'Saturday', value: '2024-10-19' }]);
  });

  it('puts a weekday ahead after "holds" a scheduled event ("holds its vote on Monday")', () => {
    const atThursday = (text: string) => timeExpressionsIn(text, '2024-10-17').map(({ text: written, value }) => ({ text: written, value }));
    expect(atThursday('The harbour town holds its ferry vote on Monday.')).toEqual([{ text: 'Monday', value: '2024-10-21' }]);
  });

  it('reads "didn\'t", "wasn\'t" as past forms', () => {
    const atThursday = (text: string) => timeExpressionsIn(text, '2024-10-17').map(({ text: written, value }) => ({ text: written, value }));
    expect(atThursday("Officials didn't say on Monday how the ferry vote will go.")).toEqual([{ text: 'Monday', value: '2024-10-14' }]);
  });

  it('reads "later Wednesday" as the nearest Wednesday, the day the story was written, whatever the tense', () => {
    const atThursday = (text: string) => timeExpressionsIn(text, '2024-10-17').map(({ text: written, value }) => ({ text: written, value }));
    expect(atThursday('The ferry minister will speak later Wednesday.')).toEqual([{ text: 'Wednesday', value: '2024-10-16' }]);
    expect(atThursday('The ferry minister will speak later Friday.')).toEqual([{ text: 'Friday', value: '2024-10-18' }]);
  });

  it('reads a prospect in the present ("is in a strong position to", "is on pace to", "stand a good chance to") as ahead', () => {
    const atThursday = (text: string) => timeExpressionsIn(text, '2024-10-17').map(({ text: written, value }) => ({ text: written, value }));
    expect(atThursday('The ferry line is in a strong position to win the route on Monday.')).toEqual([{ text: 'Monday', value: '2024-10-21' }]);
    expect(atThursday('The captain is on pace to finish the crossing on Saturday.')).toEqual([{ text: 'Saturday', value: '2024-10-19' }]);
    expect(atThursday('We stand a good chance to win the ferry vote on Tuesday.')).toEqual([{ text: 'Tuesday', value: '2024-10-22' }]);
  });

  it('moves a holiday off the nearest one only by a verb next to it, not one words away', () => {
    const atAugust = (text: string) => timeExpressionsIn(text, '2024-08-14').map(({ text: written, value }) => ({ text: written, value }));
    expect(atAugust('Ferry unions printed leaflets about the harbour levy on Election Day.')).toEqual([{ text: 'Election Day', value: '2024-11-05' }]);
    expect(atAugust('Ferry crews voted on Election Day.')).toEqual([{ text: 'Election Day', value: '2023-11-07' }]);
  });
});

describe('timeExpressionsIn: directions of months and quarters (article dated Wednesday 2024-10-16)', () => {
  const values = (text: string) => timeExpressionsIn(text, '2024-10-16').map(({ text: written, value }) => ({ text: written, value }));

  it('reads a month put first in its sentence by the verb of the clause after its comma, however far', () => {
    expect(values('In November, ferry sales rose 5%.')).toEqual([{ text: 'November', value: '2023-11' }]);
    expect(values('Starting in September, ferry fares will rise.')).toEqual([{ text: 'September', value: '2025-09' }]);
    expect(values('Ferry sales rose in November.')).toEqual([{ text: 'November', value: '2023-11' }]);
  });

  it('reads a scheduled event in the present before a month or a weekday as still to come', () => {
    expect(values('The harbour festival returns in August.')).toEqual([{ text: 'August', value: '2025-08' }]);
    expect(values('The port council reconvenes in September.')).toEqual([{ text: 'September', value: '2025-09' }]);
    expect(values('The ferry team plays Sunday.')).toEqual([{ text: 'Sunday', value: '2024-10-20' }]);
    expect(values('The ferry team played Sunday.')).toEqual([{ text: 'Sunday', value: '2024-10-13' }]);
    expect(values('The returns in September were strong.')).toEqual([{ text: 'September', value: '2024-09' }]);
  });

  it('reads "decide", "face", "announces" before a weekday as scheduled, next to it or a few words before it', () => {
    expect(values('Port voters decide Tuesday whether to fund the ferry.')).toEqual([{ text: 'Tuesday', value: '2024-10-22' }]);
    expect(values('The ferry captains face arraignment Monday.')).toEqual([{ text: 'Monday', value: '2024-10-21' }]);
    expect(values('The ferry line announces its fares Monday.')).toEqual([{ text: 'Monday', value: '2024-10-21' }]);
    expect(values('Port voters decided Tuesday to fund the ferry.')).toEqual([{ text: 'Tuesday', value: '2024-10-15' }]);
  });

  it('reads "is set for", "is planned for" a month as a schedule still ahead; "was set for" as the nearest', () => {
    expect(values('A hearing on the ferry fares is set for September.')).toEqual([{ text: 'September', value: '2025-09' }]);
    expect(values('The ferry launch is planned for September.')).toEqual([{ text: 'September', value: '2025-09' }]);
    expect(values('A hearing on the ferry fares was set for September.')).toEqual([{ text: 'September', value: '2024-09' }]);
  });

  it('reads "this quarter" told ahead as the article\'s own quarter, and otherwise as the one being reported', () => {
    expect(values('Ferry sales this quarter will rise.')).toEqual([{ text: 'this quarter', value: '2024-Q4' }]);
    expect(values("This quarter's loss includes a ferry write-down.")).toEqual([{ text: 'This quarter', value: '2024-Q3' }]);
  });

  it('reads a half year with its year named before it, and not a half of something else', () => {
    expect(values('Ferry profit in the 2022 first half was $5 million.')).toEqual([{ text: 'the 2022 first half', value: '2022-H1' }]);
    expect(values("Ferry profit rose in last year's second half.")).toEqual([{ text: "last year's second half", value: '2023-H2' }]);
    expect(values('Ferry profit rose in the first half of the year.')).toEqual([{ text: 'the first half of the year', value: '2024-H1' }]);
    expect(values('The ferry team led in the first half of the game.')).toEqual([]);
    expect(values('Ferry building boomed in the second half of the 19th century.').map(({ text }) => text)).toEqual(['the second half', 'the 19th century']);
  });

  it('reads "every morning", "each night" as a part of the day that recurs', () => {
    const sets = (text: string) => timeExpressionsIn(text, '2024-10-16').map(({ text: written, type, value }) => ({ text: written, type, value }));
    expect(sets('The ferry sails every morning.')).toEqual([{ text: 'every morning', type: 'SET', value: 'XXXX-XX-XXTMO' }]);
    expect(sets('The ferry sails each night.')).toEqual([{ text: 'each night', type: 'SET', value: 'XXXX-XX-XXTNI' }]);
  });
});

describe('timeExpressionsIn: session 25 kinds (article dated Wednesday 2024-10-16)', () => {
  const values = (text: string) => timeExpressionsIn(text, '2024-10-16').map(({ text: written, value }) => ({ text: written, value }));

  it('reads a date that ends a phrase after "since" ("since the storm in December") as gone by, though the month is near ahead', () => {
    expect(values('The ferry pier has been shut since the storm in December.')).toEqual([{ text: 'December', value: '2023-12' }]);
    expect(values('It is the worst gale since the flood on Nov. 3.')).toEqual([{ text: 'Nov. 3', value: '2023-11-03' }]);
    expect(values('Since the pier fire in December, the ferry has docked downriver.')).toEqual([{ text: 'December', value: '2023-12' }]);
    // "since" as "because", with a clause: no starting point.
    expect(values('Since the ferry vote is in December, the council waits.')).toEqual([{ text: 'December', value: '2024-12' }]);
  });

  it('reads a progressive after a comma as the present of the clause after it, not an arrangement, unless the day opens the sentence', () => {
    expect(values('After the ferry vote Tuesday, the mayor is regrouping.')).toEqual([{ text: 'Tuesday', value: '2024-10-15' }]);
    expect(values('On Tuesday, the mayor is sailing to the island.')).toEqual([{ text: 'Tuesday', value: '2024-10-22' }]);
  });

  it('reads an irregular past participle ("taken", "written") as a past form, as a regular one in "-ed" is', () => {
    expect(values('The ferry poll, taken through Friday, has a margin of error of 3 points.')).toEqual([{ text: 'Friday', value: '2024-10-11' }]);
    expect(values('The ferry poll, conducted through Friday, has a margin of error of 3 points.')).toEqual([{ text: 'Friday', value: '2024-10-11' }]);
  });

  it('reads "Super Tuesday" as the primaries\' day of an election year, not as the nearest Tuesday', () => {
    const on = (text: string, date: string) => timeExpressionsIn(text, date).map(({ text: written, value }) => ({ text: written, value }));
    expect(on('The ferry workers union looks to Super Tuesday.', '2015-11-20')).toEqual([{ text: 'Super Tuesday', value: '2016-03-01' }]);
    expect(on('The ferry town voted on Super Tuesday.', '2016-08-10')).toEqual([{ text: 'Super Tuesday', value: '2016-03-01' }]);
    expect(on('The ferry town votes on Super Tuesday.', '2019-06-10')).toEqual([{ text: 'Super Tuesday', value: '2020-03-03' }]);
  });

  it('reads no tense into a quotation from the verb of saying after it closes', () => {
    expect(values('"We like our chances in February," the ferry captain said.')).toEqual([{ text: 'February', value: '2025-02' }]);
    expect(values('The captain said: ``We like our chances in February,\'\' and left.')).toEqual([{ text: 'February', value: '2025-02' }]);
    expect(values('"The ferry vote went well in February," the captain said.')).toEqual([{ text: 'February', value: '2024-02' }]);
    // A name in quotes is no quotation: the verbs around it place it.
    expect(values("The mayor struggled on ``Ferry News Sunday'' to say whom he would call.")).toEqual([{ text: 'Sunday', value: '2024-10-13' }]);
  });

  it('reads no verb across a colon or a semicolon after the expression as its own', () => {
    expect(values('After the ferry vote Tuesday night, the mayor has one hope: that the council will change its mind.')).toEqual([{ text: 'Tuesday night', value: '2024-10-15' }]);
    expect(values('Plans for the ferry in February face one obstacle: the council rejected them.')).toEqual([{ text: 'February', value: '2025-02' }]);
  });

  it('reads "wouldn\'t say", "would not comment" as a refusal told in the past, not as "would"', () => {
    expect(values("The ferry chief wouldn't say Tuesday how the line would raise fares.")).toEqual([{ text: 'Tuesday', value: '2024-10-15' }]);
    expect(values('The ferry chief would not comment Monday on whether fares would rise.')).toEqual([{ text: 'Monday', value: '2024-10-14' }]);
    expect(values('The ferry chief would not sail Monday.')).toEqual([{ text: 'Monday', value: '2024-10-21' }]);
  });

  it('reads a date ending a gerund\'s phrase after "since" ("since launching in December") as gone by too', () => {
    expect(values('Since launching in December, the ferry line is full every day.').filter(({ text }) => text === 'December')).toEqual([{ text: 'December', value: '2023-12' }]);
  });

  it('reads a weekday after "a planned", "its scheduled" event as the nearest such day, whatever the tense', () => {
    expect(values('The mayor noted a planned ferry rally on Saturday.')).toEqual([{ text: 'Saturday', value: '2024-10-19' }]);
    expect(values('The mayor noted a planned ferry rally on Monday.')).toEqual([{ text: 'Monday', value: '2024-10-14' }]);
  });

  it('reads the verbs in "un-" ("unveiled", "unleashed") as past forms, though "un…ed" adjectives are not', () => {
    expect(values('The ferry line unveiled its plan in December.')).toEqual([{ text: 'December', value: '2023-12' }]);
  });

  it('reads a Sunday\'s "this week" told ahead, or with no past verb, as the week that starts the next day', () => {
    const sunday = (text: string) => timeExpressionsIn(text, '2024-10-20').map(({ text: written, value }) => ({ text: written, value }));
    expect(sunday('The ferry board will meet this week.')).toEqual([{ text: 'this week', value: '2024-W43' }]);
    expect(sunday('The ferry chief is not available this week.')).toEqual([{ text: 'this week', value: '2024-W43' }]);
    expect(sunday('The ferry board met this week.')).toEqual([{ text: 'this week', value: '2024-W42' }]);
    expect(sunday('The ferry board met earlier this week.').map(({ value }) => value)).toEqual(['2024-W42']);
    expect(values('The ferry board will meet this week.')).toEqual([{ text: 'this week', value: '2024-W42' }]);
  });

  it('puts the clock time opening an entry of a live report on the article\'s day, not the day last named', () => {
    const times = (text: string) => timeExpressionsIn(text, '2024-10-16').map(({ text: written, value }) => ({ text: written, value }));
    expect(times('The ferry council votes on Tuesday.\n\n___.\n\n9:18 p.m. The ferry mayor says she is pleased.')).toEqual([
      { text: 'Tuesday', value: '2024-10-22' },
      { text: '9:18 p.m.', value: '2024-10-16T21:18' },
    ]);
    expect(times('The ferry council voted on Friday and met again at 9 p.m.')).toEqual([
      { text: 'Friday', value: '2024-10-11' },
      { text: '9 p.m.', value: '2024-10-11T21:00' },
    ]);
  });

  it('reads a month modifying the subject of a condition in the present ("if the November vote fails") as ahead', () => {
    const march = (text: string) => timeExpressionsIn(text, '2024-03-06').map(({ text: written, value }) => ({ text: written, value }));
    expect(march('Ferry riders may lose their route if the November vote does not go their way.')).toEqual([{ text: 'November', value: '2024-11' }]);
    expect(march('Ferry riders lost their route when the November vote went badly.')).toEqual([{ text: 'November', value: '2023-11' }]);
  });
});

describe('timeExpressionsIn: session 26 kinds (article dated Wednesday 2024-10-16)', () => {
  const values = (text: string, date = '2024-10-16') => timeExpressionsIn(text, date).map(({ text: written, value }) => ({ text: written, value }));

  it('keeps "now", "today" after a weekday and a comma apart from it', () => {
    expect(values('The harbour bill, which passed the council Monday, now goes to the mayor.')).toEqual([
      { text: 'Monday', value: '2024-10-14' },
      { text: 'now', value: 'PRESENT_REF' },
    ]);
    expect(values('The harbour talks ended Friday, today the board said.')).toEqual([
      { text: 'Friday', value: '2024-10-11' },
      { text: 'today', value: '2024-10-16' },
    ]);
  });

  it('reads spelled hundreds and thousands as a count of a length of time', () => {
    expect(values('The harbour guilds kept their secrets for more than two thousand years.')).toEqual([{ text: 'more than two thousand years', value: 'P2000Y' }]);
    expect(values('The harbour siege went on for one hundred days.')).toEqual([{ text: 'one hundred days', value: 'P100D' }]);
  });

  it('puts two joined weekdays on one side of the article\'s day, in the order written', () => {
    expect(values('Harbour votes take place on Monday and Tuesday.')).toEqual([
      { text: 'Monday', value: '2024-10-21' },
      { text: 'Tuesday', value: '2024-10-22' },
    ]);
    expect(values('The harbour ruling could come Tuesday or Wednesday.')).toEqual([
      { text: 'Tuesday', value: '2024-10-22' },
      { text: 'Wednesday', value: '2024-10-23' },
    ]);
    // The first would be the day after the article's (a story dated the evening before), the second has gone by.
    expect(values('The harbour poll, taken Thursday through Monday, has a margin of error of 3 points.')).toEqual([
      { text: 'Thursday', value: '2024-10-10' },
      { text: 'Monday', value: '2024-10-14' },
    ]);
    expect(values('Statements made Friday and Thursday by the harbour master follow.')).toEqual([
      { text: 'Friday', value: '2024-10-11' },
      { text: 'Thursday', value: '2024-10-10' },
    ]);
    // Alone, the day after the article's keeps that reading.
    expect(values('The harbour master headed Thursday to the port.')).toEqual([{ text: 'Thursday', value: '2024-10-17' }]);
    expect(values('Harbour protests took place Saturday and Sunday.')).toEqual([
      { text: 'Saturday', value: '2024-10-12' },
      { text: 'Sunday', value: '2024-10-13' },
    ]);
  });

  it('reads "hit", "cut", "quit" after "he", "she", "it" as past forms, but not after a noun they may be part of', () => {
    expect(values('He quit on Dec. 3, the harbour board said.', '2024-11-20')).toEqual([{ text: 'Dec. 3', value: '2023-12-03' }]);
    expect(values('It cost the harbour $5 million in April.', '2024-02-20')).toEqual([{ text: 'April', value: '2023-04' }]);
    expect(values('The harbour plan includes a tax cut in April.', '2024-02-20')).toEqual([{ text: 'April', value: '2024-04' }]);
  });

  it('reads the minutes of a clock time before "in the morning"', () => {
    expect(values('The harbour blast came at 9:30 in the morning.')).toEqual([{ text: '9:30 in the morning', value: '2024-10-16T09:30' }]);
    expect(values('The harbour closed at 4 in the afternoon.')).toEqual([{ text: '4 in the afternoon', value: '2024-10-16T16:00' }]);
  });

  it('reads "each of the past three years" as a recurrence, once a year, not as a length of time', () => {
    expect(timeExpressionsIn('The harbour lost money in each of the past three years.', '2024-10-16').map(({ text, type, value }) => ({ text, type, value }))).toEqual([
      { text: 'each of the past three years', type: 'SET', value: 'P1Y' },
    ]);
  });

  it('never moves the end of a range of weekdays a year on', () => {
    expect(values('The harbour office is closed from Friday to Monday.', '2024-10-19').map(({ value }) => value?.slice(0, 4))).toEqual(['2024', '2024']);
  });
});

describe('timeExpressionsIn: session 27 kinds (article dated Wednesday 2024-10-16)', () => {
  const at = (text: string, date = '2024-10-16') => timeExpressionsIn(text, date).map(({ text: written, type, value }) => ({ text: written, type, value }));

  it('reads a holiday\'s week or weekend as one expression: the weekend before a Monday holiday, after a Thursday one', () => {
    // Labor Day 2024 is Monday Sept. 2: its weekend is Aug. 31–Sept. 1, ISO week 35.
    expect(at('Ferry traffic was heavy over the Labor Day weekend.')).toEqual([{ text: 'the Labor Day weekend', type: 'DATE', value: '2024-W35-WE' }]);
    // Thanksgiving 2024 is Thursday Nov. 28: its weekend is Nov. 30–Dec. 1, ISO week 48.
    expect(at('The ferry line expects crowds on Thanksgiving weekend.')).toEqual([{ text: 'Thanksgiving weekend', type: 'DATE', value: '2024-W48-WE' }]);
    expect(at('The ferry adds boats during Christmas week.')).toEqual([{ text: 'Christmas week', type: 'DATE', value: '2024-W52' }]);
  });

  it('puts a holiday week within a week of the article in that holiday\'s year, whatever the tense', () => {
    // Easter 2025 is April 20; on Monday April 14 "began" is this Easter's week, not last year's.
    expect(at('Pilgrims filled the ferry port as Easter week began.', '2025-04-14')).toEqual([{ text: 'Easter week', type: 'DATE', value: '2025-W16' }]);
  });

  it('reads a weekday put after a date ("Oct. 3, a Thursday") as that date, when the weekday is the date\'s', () => {
    expect(at('The ferry sank on Oct. 3, a Thursday, near the port.')).toEqual([
      { text: 'Oct. 3', type: 'DATE', value: '2024-10-03' },
      { text: 'Thursday', type: 'DATE', value: '2024-10-03' },
    ]);
    // Oct. 3, 2024 was a Thursday, not a Monday: the weekday is read on its own.
    expect(at('The ferry sank on Oct. 3, a Monday.')[1]).toEqual({ text: 'Monday', type: 'DATE', value: '2024-10-14' });
  });

  it('reads a month with a possessive ("January\'s figures") as the month, but not a person named like one', () => {
    expect(at("January's ferry figures were strong.", '2025-02-07')).toEqual([{ text: 'January', type: 'DATE', value: '2025-01' }]);
    expect(at("Analysts revised December's ferry figures.", '2025-02-07')).toEqual([{ text: 'December', type: 'DATE', value: '2024-12' }]);
    expect(at("Theresa May's ferry plan failed.", '2025-02-07')).toEqual([]);
    expect(at("Ms. April's ferry sank.", '2025-02-07')).toEqual([]);
  });

  it('reads "the 2023 period" in a quarterly report as that year\'s quarter, after nine months or a half as the year', () => {
    expect(at('Ferry sales for the quarter ended Sept. 30 rose 5%. In the 2023 period, the line earned $2 million.')).toEqual([
      { text: 'the quarter', type: 'DATE', value: '2024-Q3' },
      { text: 'Sept. 30', type: 'DATE', value: '2024-09-30' },
      { text: 'the 2023 period', type: 'DATE', value: '2023-Q3' },
    ]);
    expect(at('In the first nine months, the ferry line earned $5 million, against $4 million in the 2023 period.')).toEqual([
      { text: 'the first nine months', type: 'DURATION', value: 'P9M' },
      { text: 'the 2023 period', type: 'DATE', value: '2023' },
    ]);
  });

  it('reads a quarter or half with a spelled-out year, as transcripts have it, as that year\'s', () => {
    expect(at('Ferry traffic grew in the fourth quarter of nineteen ninety-seven.')).toEqual([
      { text: 'the fourth quarter of nineteen ninety-seven', type: 'DATE', value: '1997-Q4' },
    ]);
    expect(at('Ferry traffic slowed in the first half of nineteen ninety-six.')).toEqual([
      { text: 'the first half of nineteen ninety-six', type: 'DATE', value: '1996-H1' },
    ]);
  });

  it('puts a clock time on the day named right after it, past "local time" or a time zone in brackets', () => {
    expect(at('The ferry blast came at 10:30 a.m. (0730 GMT) on Oct. 3.')).toEqual([
      { text: '10:30 a.m.', type: 'TIME', value: '2024-10-03T10:30' },
      { text: 'Oct. 3', type: 'DATE', value: '2024-10-03' },
    ]);
    expect(at('The ferry blast came at 10:30 a.m. local time on Oct. 3.')[0]).toEqual({ text: '10:30 a.m. local time', type: 'TIME', value: '2024-10-03T10:30' });
    // A day in a clause of its own is not the clock's.
    expect(at('The ferry talks ended at 5 p.m., and on Oct. 3 they resumed.')[0]).toEqual({ text: '5 p.m.', type: 'TIME', value: '2024-10-16T17:00' });
  });

  it('marks "the end of" with a quarter, and puts a quarter already over, told ahead, in the next year', () => {
    expect(at('The ferry line expects to finish the refit by the end of the first quarter.')).toEqual([
      { text: 'the end of the first quarter', type: 'DATE', value: '2025-Q1' },
    ]);
    expect(at('The ferry refit ended at the end of the third quarter.')).toEqual([{ text: 'the end of the third quarter', type: 'DATE', value: '2024-Q3' }]);
  });

  it('reads "the year-earlier nine months" as one length of time, not "year-earlier" alone', () => {
    expect(at('Ferry profit for the year-earlier nine months included a gain.')).toEqual([
      { text: 'the year-earlier nine months', type: 'DURATION', value: 'P9M' },
    ]);
  });

  it('marks a year with its open end ("1994 or later", "2026 and beyond"), but not the year of a fuller date', () => {
    expect(at('The ferry line may not turn a profit until 2027 or later.')).toEqual([{ text: '2027 or later', type: 'DATE', value: '2027' }]);
    expect(at('Ferry fares are set for 2026 and beyond.')).toEqual([{ text: '2026 and beyond', type: 'DATE', value: '2026' }]);
    expect(at('Ferry fares rise on Jan. 1, 2026 or later.')).toEqual([{ text: 'Jan. 1, 2026', type: 'DATE', value: '2026-01-01' }]);
  });

  it('reads "the day after tomorrow" as two days after the article\'s, as "the day before yesterday" is two before', () => {
    expect(at('The ferry council meets the day after tomorrow.')).toEqual([{ text: 'the day after tomorrow', type: 'DATE', value: '2024-10-18' }]);
  });

  it('puts a ceremony, funeral or rally named by its weekday ahead when the verbs are ahead, behind when they are past', () => {
    expect(at("The mayor will attend Friday's ferry ceremony.")).toEqual([{ text: 'Friday', type: 'DATE', value: '2024-10-18' }]);
    expect(at("Thousands are expected at Saturday's ferry rally.")).toEqual([{ text: 'Saturday', type: 'DATE', value: '2024-10-19' }]);
    expect(at("The mayor attended Friday's ferry ceremony.")).toEqual([{ text: 'Friday', type: 'DATE', value: '2024-10-11' }]);
  });

  it('keeps a holiday with a comma before its year as one expression', () => {
    expect(at('The ferry sank on Christmas Eve, 2019.')).toEqual([{ text: 'Christmas Eve, 2019', type: 'DATE', value: '2019-12-24' }]);
  });
});

describe('timeExpressionsIn: session 28 kinds (article dated Wednesday 2024-10-16)', () => {
  const at = (text: string) => timeExpressionsIn(text, '2024-10-16').map(({ text: written, type, value }) => ({ text: written, type, value }));

  it('puts a weekday ahead in a past-tense time clause under a future in the past, the tense of reported speech moved back', () => {
    expect(at('Analysts said buyers were likely to return as soon as the harbour reopened Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]);
    expect(at('The minister said she would resign once the council met Friday.')).toEqual([{ text: 'Friday', type: 'DATE', value: '2024-10-18' }]);
    expect(at('Traders said they would sell after the market opened on Tuesday.')).toEqual([{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]);
  });

  it('leaves such a weekday behind without a future in the past, or after "would have"', () => {
    expect(at('Buyers returned as soon as the harbour reopened Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
    expect(at('She would have resigned once the council met Monday.')).toEqual([{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]);
  });
});
