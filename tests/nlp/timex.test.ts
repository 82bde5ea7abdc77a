import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractTimexes, type Timex } from '../../src/nlp/timex.ts';

/** A Wednesday in the fourth quarter. */
const WEDNESDAY = '2024-10-16';

type Row = [sentence: string, expected: Array<Pick<Timex, 'text' | 'type'> & { value?: string }>];

function timexes(sentence: string, date?: string): Array<Pick<Timex, 'text' | 'type' | 'value'>> {
  return extractTimexes(sentence, date).map(({ text, type, value }) => ({ text, type, ...(value === undefined ? {} : { value }) }));
}

describe('extractTimexes, article dated Wednesday 2024-10-16', () => {
  const cases: Record<string, Row[]> = {
    'dates that point forward resolve forward': [
      ['The board declared a dividend payable Dec. 7 to holders of record Nov. 22.', [
        { text: 'Dec. 7', type: 'DATE', value: '2024-12-07' },
        { text: 'Nov. 22', type: 'DATE', value: '2024-11-22' },
      ]],
      ['The exhibition will run through April.', [{ text: 'April', type: 'DATE', value: '2025-04' }]],
      ['The deal is expected to close in January.', [{ text: 'January', type: 'DATE', value: '2025-01' }]],
      ['The split would be paid on a still unspecified date in February.', [{ text: 'February', type: 'DATE', value: '2025-02' }]],
      ['The appeal is heard in March in the circuit court.', [{ text: 'March', type: 'DATE', value: '2025-03' }]],
      ['The rebels seized the town in April.', [{ text: 'April', type: 'DATE', value: '2024-04' }]],
      ['The agency gave no reason for the Oct. 30 deadline.', [{ text: 'Oct. 30', type: 'DATE', value: '2024-10-30' }]],
      ['Leaders said the talks would build on the Oct. 2 accord.', [{ text: 'Oct. 2', type: 'DATE', value: '2024-10-02' }]],
      ['The ceasefire agreed on Oct. 30 collapsed.', [{ text: 'Oct. 30', type: 'DATE', value: '2023-10-30' }]],
    ],
    'weekdays sit around the article date by tense': [
      ['The envoy arrived Monday.', [{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]],
      ['The envoy will arrive Monday.', [{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]],
      ['Lawyers will look for ways around Tuesday\'s ruling.', [{ text: 'Tuesday', type: 'DATE', value: '2024-10-15' }]],
      ['The offer had been due to expire Friday.', [{ text: 'Friday', type: 'DATE', value: '2024-10-11' }]],
      ['The offer is due to expire Friday.', [{ text: 'Friday', type: 'DATE', value: '2024-10-18' }]],
      ['The banks will remain closed until Tuesday.', [{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]],
      ['Parties campaigned ahead of Sunday\'s vote.', [{ text: 'Sunday', type: 'DATE', value: '2024-10-20' }]],
      ['The island has until Monday to pay, officials said.', [{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]],
      ['The minister flew Thursday to Cairo.', [{ text: 'Thursday', type: 'DATE', value: '2024-10-17' }]],
      ['The aide was told Thursday that he had lost the post.', [{ text: 'Thursday', type: 'DATE', value: '2024-10-10' }]],
      ['The ministry said Thursday it would appeal.', [{ text: 'Thursday', type: 'DATE', value: '2024-10-10' }]],
      ['The vote was held last Wednesday.', [{ text: 'last Wednesday', type: 'DATE', value: '2024-10-09' }]],
      ['Talks resume this Friday.', [{ text: 'this Friday', type: 'DATE', value: '2024-10-18' }]],
      ['The vote is this Tuesday.', [{ text: 'this Tuesday', type: 'DATE', value: '2024-10-22' }]],
      ['The vote was held this Monday.', [{ text: 'this Monday', type: 'DATE', value: '2024-10-14' }]],
      ['He resigned this past Thursday.', [{ text: 'this past Thursday', type: 'DATE', value: '2024-10-10' }]],
      ['The talks resume Monday in Geneva.', [{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]],
      ['Ministers meet separately Tuesday, officials said.', [{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]],
      ['The referendum takes place Sunday.', [{ text: 'Sunday', type: 'DATE', value: '2024-10-20' }]],
      ['The funeral is held Saturday.', [{ text: 'Saturday', type: 'DATE', value: '2024-10-19' }]],
      ['The court hears arguments Monday.', [{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]],
      ['The court heard arguments Monday.', [{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]],
      ['Lawmakers return from recess Monday.', [{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]],
      ['The envoy heads to Cairo on Monday.', [{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]],
      ['The envoy faces a hearing that started Monday.', [{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]],
      ['The vote, originally scheduled for Monday, was postponed.', [{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]],
      ['The vote is scheduled for Tuesday.', [{ text: 'Tuesday', type: 'DATE', value: '2024-10-22' }]],
      ["Monday's meeting will decide the ferry plan.", [{ text: 'Monday', type: 'DATE', value: '2024-10-21' }]],
      ["Monday's meeting decided the ferry plan.", [{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]],
      ['The two sides did not meet Monday.', [{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]],
      ['Traders waited for the open Monday.', [{ text: 'Monday', type: 'DATE', value: '2024-10-14' }]],
      ['The parliament votes on Friday.', [{ text: 'Friday', type: 'DATE', value: '2024-10-18' }]],
      ['The bank failed on Sept. 15, 2008. The following Monday, markets fell.', [
        { text: 'Sept. 15, 2008', type: 'DATE', value: '2008-09-15' },
        { text: 'The following Monday', type: 'DATE', value: '2008-09-22' },
      ]],
      ['The strike began on March 7, 2019. Talks had collapsed the previous Thursday.', [
        { text: 'March 7, 2019', type: 'DATE', value: '2019-03-07' },
        { text: 'the previous Thursday', type: 'DATE', value: '2019-02-28' },
      ]],
      ['The budget covers the fiscal year that begins July 1.', [
        { text: 'the fiscal year', type: 'DATE', value: '2024' },
        { text: 'July 1', type: 'DATE', value: '2025-07-01' },
      ]],
    ],
    'years, months, quarters, halves, seasons and decades': [
      ['Police linked him to a 2015 raid.', [{ text: '2015', type: 'DATE', value: '2015' }]],
      ['Profit fell from the 1988 period.', [{ text: 'the 1988 period', type: 'DATE', value: '1988' }]],
      ['The plant must close by 2040.', [{ text: '2040', type: 'DATE', value: '2040' }]],
      ['Sales fell in early 1998.', [{ text: 'early 1998', type: 'DATE', value: '1998' }]],
      ['He resigned last March.', [{ text: 'last March', type: 'DATE', value: '2024-03' }]],
      ['Floods hit the valley last September.', [{ text: 'last September', type: 'DATE', value: '2023-09' }]],
      ['Prices rose this month.', [{ text: 'this month', type: 'DATE', value: '2024-10' }]],
      ['Rates will fall next year.', [{ text: 'next year', type: 'DATE', value: '2025' }]],
      ['Profit rose in the third quarter.', [{ text: 'the third quarter', type: 'DATE', value: '2024-Q3' }]],
      ['Q1 revenue was flat.', [{ text: 'Q1', type: 'DATE', value: '2024-Q1' }]],
      ['Sales for the quarter rose.', [{ text: 'the quarter', type: 'DATE', value: '2024-Q3' }]],
      ['Loss narrowed in the second quarter. Results for that quarter included a charge.', [
        { text: 'the second quarter', type: 'DATE', value: '2024-Q2' },
        { text: 'that quarter', type: 'DATE', value: '2024-Q2' },
      ]],
      ['It expects a profit in the fourth quarter; in the quarter just ended, sales rose.', [
        { text: 'the fourth quarter', type: 'DATE', value: '2024-Q4' },
        { text: 'the quarter', type: 'DATE', value: '2024-Q3' },
      ]],
      ['Sales were flat in the 2022 quarter.', [{ text: 'the 2022 quarter', type: 'DATE', value: '2022-Q3' }]],
      ['Growth slowed in the first half of 2023.', [{ text: 'the first half of 2023', type: 'DATE', value: '2023-H1' }]],
      ['The dam burst last summer.', [{ text: 'last summer', type: 'DATE', value: '2024-SU' }]],
      ['Crime fell in the 1990s.', [{ text: 'the 1990s', type: 'DATE', value: '199' }]],
      ['Profit fell from $3 million a year earlier.', [{ text: 'a year earlier', type: 'DATE', value: '2023' }]],
      ['Sales in the latest period rose 5%.', [{ text: 'the latest period', type: 'DATE', value: '2024-Q3' }]],
      ['She moved to Paris in 2019 and left later that year.', [
        { text: '2019', type: 'DATE', value: '2019' },
        { text: 'later that year', type: 'DATE', value: '2019' },
      ]],
      ['The March accession was approved.', [{ text: 'March', type: 'DATE', value: '2024-03' }]],
      ['Shops will close on Christmas Day.', [{ text: 'Christmas Day', type: 'DATE', value: '2024-12-25' }]],
      ['The boy was found on Thanksgiving Day.', [{ text: 'Thanksgiving Day', type: 'DATE', value: '2023-11-23' }]],
      ['The family gathers on Thanksgiving Day.', [{ text: 'Thanksgiving Day', type: 'DATE', value: '2024-11-28' }]],
      ['Pilgrims came to Rome for Easter Sunday.', [{ text: 'Easter Sunday', type: 'DATE', value: '2024-03-31' }]],
      ['Fireworks light the sky on the Fourth of July.', [{ text: 'the Fourth of July', type: 'DATE', value: '2024-07-04' }]],
    ],
    'centuries, times back, halves, ranges, recurrences': [
      ['It was the worst crash of the 20th century.', [{ text: 'the 20th century', type: 'DATE', value: '19' }]],
      ['Coal use will fall by the end of the decade.', [{ text: 'the end of the decade', type: 'DATE', value: '202' }]],
      ['It is the worst flood this century.', [{ text: 'this century', type: 'DATE', value: '20' }]],
      ['The 19th Century mansion burned.', [{ text: 'The 19th Century', type: 'DATE', value: '18' }]],
      ['A decade ago the town was empty.', [{ text: 'A decade ago', type: 'DATE', value: '2014' }]],
      ['The mill closed several years ago.', [{ text: 'several years ago', type: 'DATE', value: 'PAST_REF' }]],
      ['The crater formed 1.5 million years ago.', [{ text: '1.5 million years ago', type: 'DATE', value: 'PAST_REF' }]],
      ['The ice sheet lasted 10 thousand years.', [{ text: '10 thousand years', type: 'DURATION', value: 'P10000Y' }]],
      ['They met a week or so ago.', [{ text: 'a week or so ago', type: 'DATE', value: '2024-W41' }]],
      ['They lived in camps for 2 1/2 years.', [{ text: '2 1/2 years', type: 'DURATION', value: 'P2Y6M' }]],
      ['The flight took five and a half hours.', [{ text: 'five and a half hours', type: 'DURATION', value: 'PT5H30M' }]],
      ['Shipments resume within two to three weeks.', [{ text: 'two to three weeks', type: 'DURATION', value: 'PXW' }]],
      ['It ended a decades-long feud.', [{ text: 'decades-long', type: 'DURATION', value: 'PXY' }]],
      ['Flights leave on Tuesday nights.', [{ text: 'Tuesday nights', type: 'SET', value: 'XXXX-WXX-2TNI' }]],
      ['Marchers parade each July.', [{ text: 'each July', type: 'SET', value: 'XXXX-07' }]],
      ['Hourly wages rose.', [{ text: 'Hourly', type: 'SET', value: 'PT1H' }]],
      ['He was shot last fall in his home.', [{ text: 'last fall', type: 'DATE', value: '2023-FA' }]],
      ['In July last year the party split.', [{ text: 'July last year', type: 'DATE', value: '2023-07' }]],
      ['The boy was rescued last Thanksgiving.', [{ text: 'last Thanksgiving', type: 'DATE', value: '2023-11-23' }]],
      ['The case may be heard the week of Nov. 4.', [{ text: 'the week of Nov. 4', type: 'DATE', value: '2024-W45' }]],
      ['Growth slowed in the fourth quarter of last year.', [{ text: 'the fourth quarter of last year', type: 'DATE', value: '2023-Q4' }]],
      ['The vote is due by the end of November.', [{ text: 'the end of November', type: 'DATE', value: '2024-11' }]],
      ['The rules take effect Jan. 1.', [{ text: 'Jan. 1', type: 'DATE', value: '2025-01-01' }]],
      ['Shares closed at $12 on Tuesday.', [{ text: 'Tuesday', type: 'DATE', value: '2024-10-15' }]],
      ['The bill must pass by the end of this week.', [{ text: 'the end of this week', type: 'DATE', value: '2024-W42' }]],
      ['The plan is effective Jan. 1, 1990 at 1, he said.', [{ text: 'Jan. 1, 1990', type: 'DATE', value: '1990-01-01' }]],
      ['He was shot on the night of Sunday, Oct. 22.', [{ text: 'Sunday, Oct. 22', type: 'DATE', value: '2023-10-22' }]],
      ['The bank posted a loss for the third quarter of $2 million.', [{ text: 'the third quarter', type: 'DATE', value: '2024-Q3' }]],
      ['Over the next couple of years, costs will rise.', [{ text: 'the next couple of years', type: 'DURATION', value: 'P2Y' }]],
      ['Violence grew over the past decade.', [{ text: 'the past decade', type: 'DURATION', value: 'P10Y' }]],
      ['Leaders of the 1992 protests moved away.', [{ text: '1992', type: 'DATE', value: '1992' }]],
      ['The late-November trip was cut short.', [{ text: 'late-November', type: 'DATE', value: '2023-11' }]],
    ],
    'days, weeks and parts of the day relative to the article': [
      ['Rockets fell yesterday.', [{ text: 'yesterday', type: 'DATE', value: '2024-10-15' }]],
      ['Parliament votes tomorrow.', [{ text: 'tomorrow', type: 'DATE', value: '2024-10-17' }]],
      ['The mayor speaks tonight.', [{ text: 'tonight', type: 'TIME', value: '2024-10-16TNI' }]],
      ['The deal closed this morning.', [{ text: 'this morning', type: 'TIME', value: '2024-10-16TMO' }]],
      ['Fighting resumed last week.', [{ text: 'last week', type: 'DATE', value: '2024-W41' }]],
      ['He was held on Sept. 3 and freed the next day.', [
        { text: 'Sept. 3', type: 'DATE', value: '2024-09-03' },
        { text: 'the next day', type: 'DATE', value: '2024-09-04' },
      ]],
      ['The firm was sold in March; the following month, its chief left.', [
        { text: 'March', type: 'DATE', value: '2024-03' },
        { text: 'the following month', type: 'DATE', value: '2024-04' },
      ]],
      ['Talks resume in the first week of November.', [{ text: 'the first week of November', type: 'DATE', value: '2024-W45' }]],
      ['Prices fell in the last week of September.', [{ text: 'the last week of September', type: 'DATE', value: '2024-W39' }]],
      ['Claims rose in the week ended Oct. 12.', [
        { text: 'the week', type: 'DURATION', value: 'P1W' },
        { text: 'Oct. 12', type: 'DATE', value: '2024-10-12' },
      ]],
      ['Spending slowed at the beginning of the year.', [{ text: 'the beginning of the year', type: 'DATE', value: '2024' }]],
      ['Protests broke out this past weekend.', [{ text: 'this past weekend', type: 'DATE', value: '2024-W41-WE' }]],
      ['Fans travel this coming weekend.', [{ text: 'this coming weekend', type: 'DATE', value: '2024-W42-WE' }]],
      ['The following week, talks resumed.', [{ text: 'The following week', type: 'DATE', value: '2024-W43' }]],
      ['Talks ended at 5 p.m. Friday.', [{ text: '5 p.m. Friday', type: 'TIME', value: '2024-10-11T17:00' }]],
      ['The raid began on Oct. 3. At 6 a.m., police entered.', [
        { text: 'Oct. 3', type: 'DATE', value: '2024-10-03' },
        { text: '6 a.m.', type: 'TIME', value: '2024-10-03T06:00' },
      ]],
      ['The polls closed at 22:00 GMT.', [{ text: '22:00 GMT', type: 'TIME', value: '2024-10-16T22:00' }]],
      ['The line was shut at 00:00 GMT on Friday.', [{ text: '00:00 GMT on Friday', type: 'TIME', value: '2024-10-11T00:00' }]],
    ],
    'present, past and future references': [
      ['Prices are now higher.', [{ text: 'now', type: 'DATE', value: 'PRESENT_REF' }]],
      ['She currently leads the party.', [{ text: 'currently', type: 'DATE', value: 'PRESENT_REF' }]],
      ['He recently left the firm.', [{ text: 'recently', type: 'DATE', value: 'PAST_REF' }]],
      ['Rates may rise in the near future.', [{ text: 'the near future', type: 'DATE', value: 'FUTURE_REF' }]],
      ['Prosecutors may soon seek an indictment.', [{ text: 'soon', type: 'DATE', value: 'FUTURE_REF' }]],
      ['The firm soon will begin selling cheaper boxes.', [{ text: 'soon', type: 'DATE', value: 'FUTURE_REF' }]],
      ['The firm expects sales to soon grow.', [{ text: 'soon', type: 'DATE', value: 'FUTURE_REF' }]],
      ['He was soon released.', []],
      ['Iraq was ready. Now, he says, the West wants war.', []],
      ['Now, officials say, the port is closed.', []],
      ['Now the port is closed.', [{ text: 'Now', type: 'DATE', value: 'PRESENT_REF' }]],
      ['For now, the port is closed.', [{ text: 'now', type: 'DATE', value: 'PRESENT_REF' }]],
      ['The rebels will leave as soon as they are paid.', []],
      ['The hostage would be freed soon after the talks.', []],
    ],
    'lengths of time': [
      ['The siege lasted three years.', [{ text: 'three years', type: 'DURATION', value: 'P3Y' }]],
      ['Talks went on for two weeks.', [{ text: 'two weeks', type: 'DURATION', value: 'P2W' }]],
      ['The hostages were held for 48 hours.', [{ text: '48 hours', type: 'DURATION', value: 'PT48H' }]],
      ['The war took a decade.', [{ text: 'a decade', type: 'DURATION', value: 'P10Y' }]],
      ['She signed a two-year contract.', [{ text: 'two-year', type: 'DURATION', value: 'P2Y' }]],
      ['Output rose over the past twenty-four months.', [{ text: 'the past twenty-four months', type: 'DURATION', value: 'P24M' }]],
      ['Rescuers searched for several days.', [{ text: 'several days', type: 'DURATION', value: 'PXD' }]],
      ['The trial is expected to last six weeks.', [{ text: 'six weeks', type: 'DURATION', value: 'P6W' }]],
      ['The strike lasted nearly two years.', [{ text: 'nearly two years', type: 'DURATION', value: 'P2Y' }]],
      ['The strike lasted about two years.', [{ text: 'two years', type: 'DURATION', value: 'P2Y' }]],
      ['The accord ends months of talks.', [{ text: 'months', type: 'DURATION', value: 'PXM' }]],
      ['Inflation was 2 percent in the year to February.', [
        { text: 'the year', type: 'DURATION', value: 'P1Y' },
        { text: 'February', type: 'DATE', value: '2024-02' },
      ]],
      ['The case has dragged on for years.', [{ text: 'years', type: 'DURATION', value: 'PXY' }]],
      ['Attacks have grown in recent months.', [{ text: 'recent months', type: 'DURATION', value: 'PXM' }]],
    ],
    'recurrences': [
      ['The council meets every week.', [{ text: 'every week', type: 'SET', value: 'P1W' }]],
      ['The paper is printed weekly.', [{ text: 'weekly', type: 'SET', value: 'P1W' }]],
      ['Elections are held every four years.', [{ text: 'every four years', type: 'SET', value: 'P4Y' }]],
      ['The board meets every other week.', [{ text: 'every other week', type: 'SET', value: 'P2W' }]],
      ['Auditors visit each year.', [{ text: 'each year', type: 'SET', value: 'P1Y' }]],
      ['Each summer, the river floods the valley.', [{ text: 'Each summer', type: 'SET', value: 'XXXX-SU' }]],
      ['It costs $400 million a year.', [{ text: 'a year', type: 'SET', value: 'P1Y' }]],
      ['Markets open on Tuesdays.', [{ text: 'Tuesdays', type: 'SET', value: 'XXXX-WXX-2' }]],
    ],
    'names, counts and sums are not time expressions': [
      ['A quarter of the vote went to the Greens.', []],
      ['The Future Party won 2000 votes.', []],
      ['Tickets cost $2015 each.', []],
      ['He is 52 years old.', []],
      ['The Sunday Times ran it.', []],
    ],
  };

  for (const [behaviour, rows] of Object.entries(cases)) {
    it.each(rows)(`${behaviour}: %s`, (sentence, expected) => {
      expect(timexes(sentence, WEDNESDAY)).toEqual(expected);
    });
  }
});

describe('extractTimexes in a January report', () => {
  it('puts a quarter not yet begun, told in the past tense, in the year before', () => {
    expect(timexes('Profit fell 18 percent in the fourth quarter.', '2025-01-20')).toEqual([{ text: 'the fourth quarter', type: 'DATE', value: '2024-Q4' }]);
    expect(timexes('Profit will rise in the fourth quarter.', '2025-01-20')).toEqual([{ text: 'the fourth quarter', type: 'DATE', value: '2025-Q4' }]);
  });
});

describe('extractTimexes without an article date', () => {
  it('keeps what needs the date as text without a value, and resolves what does not', () => {
    expect(timexes('He left on Friday after three years in 2019.')).toEqual([
      { text: 'Friday', type: 'DATE' },
      { text: 'three years', type: 'DURATION', value: 'P3Y' },
      { text: '2019', type: 'DATE', value: '2019' },
    ]);
  });
});

describe('extractTimexes offsets', () => {
  it('gives JavaScript string indices into the text, end exclusive', () => {
    const text = '“Déjà vu” — the talks ended on Oct. 3, 2023, after 48 hours.';
    for (const timex of extractTimexes(text, WEDNESDAY)) expect(text.slice(timex.start, timex.end)).toBe(timex.text);
    expect(extractTimexes(text, WEDNESDAY).map((timex) => timex.text)).toEqual(['Oct. 3, 2023', '48 hours']);
  });

  it('never returns overlapping or out-of-range spans, whatever the text', () => {
    const words = fc.constantFrom('the', 'third', 'quarter', 'last', 'week', 'Friday', 'May', '2015', 'three', 'years', 'a', 'year', 'ago', 'every', 'now', '5', 'p.m.', ',', 'said', 'will');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 14 }), (tokens) => {
        const text = tokens.join(' ');
        const found = extractTimexes(text, WEDNESDAY);
        found.forEach((timex, i) => {
          expect(text.slice(timex.start, timex.end)).toBe(timex.text);
          expect(timex.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
        });
      }),
      { numRuns: 200 },
    );
  });
});
