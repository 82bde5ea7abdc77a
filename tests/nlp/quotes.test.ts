import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/nlp/people.ts';
import { findQuoteSpans } from '../../src/nlp/quoteMarks.ts';
import { extractQuotes, readSpeech } from '../../src/nlp/quotes.ts';
import { articleOf } from './articleFixture.ts';

function quotesOf(paragraphs: string[]) {
  const article = articleOf(paragraphs);
  return extractQuotes(article, extractMentions(article));
}

const INTRO = 'Daniel Okafor toured the harbour on Monday.';

describe('findQuoteSpans', () => {
  it.each([
    ['curly double quotes', '“We will rebuild,” Okafor said.', ['We will rebuild,']],
    ['straight double quotes', '"We will rebuild," Okafor said.', ['We will rebuild,']],
    ['curly single quotes', '‘We will rebuild,’ Okafor said.', ['We will rebuild,']],
    ['straight single quotes around apostrophes', "'Norway's ports don't close,' Okafor said.", ["Norway's ports don't close,"]],
    ['apostrophes and a plural possessive only', 'Norway’s ports don’t close, and the ministers’ plan stands.', []],
    ['a nested quotation inside its outer one', 'Okafor said: “They told us ‘wait,’ and we waited.”', ['They told us ‘wait,’ and we waited.']],
    ['a closing mark of the wrong kind', '“We will rebuild,’ Okafor said.', ['We will rebuild,']],
    ['a missing closing mark', 'Okafor said: “We will rebuild the port.', ['We will rebuild the port.']],
    ['an opening mark typed where a closing one belongs', 'He sought an “urgent review“ of the port.', ['urgent review']],
    ['a closing mark typed where an opening one belongs', '”We will rebuild,” Okafor said.', ['We will rebuild,']],
    ['an opening mark after an invisible direction mark', '\u202a”We will rebuild,” Okafor said.', ['We will rebuild,']],
    ['a closing mark set off by a space', '“We will rebuild, ” Okafor said.', ['We will rebuild, ']],
    ['a straight mark right after a colon', 'Okafor:"We will rebuild." Lee:"We will not."', ['We will rebuild.', 'We will not.']],
    ['an opening single mark typed as an apostrophe', 'On CBS‘ show, Okafor‘s aide said, “We will rebuild.”', ['We will rebuild.']],
    ['a straight closing mark set off by a space after a nested quotation', '"They say, \'Oh, this is vital,\' " Okafor said. "It is not."', ["They say, 'Oh, this is vital,' ", 'It is not.']],
    ['a closing mark with no space before the next sentence', '“We will rebuild!”Then he left. “Soon.”', ['We will rebuild!', 'Soon.']],
    ['the marks of markup attributes left in web copy', 'Lee wrote: <tweet author="@lee" date="May 2, 2016 ">We will rebuild.</tweet> “Soon,” he said.', ['Soon,']],
    ['apostrophes that cut a year short', 'The port was busy in the \'80s. “We will rebuild,” Okafor said of ‘16 and beyond.', ['We will rebuild,']],
    ['apostrophes that open an elision', "'Tis the season, and rock 'n' roll plays. ‘Round the clock we worked,’ Okafor said.", ['Round the clock we worked,']],
  ])('finds %s', (_case, text, expected) => {
    expect(findQuoteSpans(text).map((s) => text.slice(s.open + 1, s.close))).toEqual(expected);
  });

  it('marks a quotation left open at the paragraph end', () => {
    expect(findQuoteSpans('Okafor said: “We will rebuild.').map((s) => s.closed)).toEqual([false]);
  });
});

describe('extractQuotes', () => {
  it('strips the marks and the trailing comma', () => {
    expect(quotesOf([INTRO, '“We will rebuild,” Okafor said.'])[0]).toMatchObject({ text: 'We will rebuild', partial: false, paragraph: 2 });
  });

  it('runs a quotation over paragraphs that open with a quote mark', () => {
    const quotes = quotesOf([
      'Daniel Okafor said: “We will rebuild the port.',
      '“We will reopen the schools.',
      '‘And we will not forget.”',
      'The visit ended on Monday.',
    ]);
    expect(quotes).toEqual([{
      text: 'We will rebuild the port. We will reopen the schools. And we will not forget.',
      speaker: 'Daniel Okafor', cue: 'said', file: 'fixture.txt', paragraph: 1, continues: [2, 3], partial: false,
    }]);
  });

  it('takes a paragraph opened by a single mark it never closes as a quotation by the speaker of the quotations around it', () => {
    const quotes = quotesOf([
      'Daniel Okafor, the harbour master, spoke on Monday.',
      '“We will stand with the crews, and we will say so plainly,” Okafor said.',
      '‘Not since the flood have we seen this kind of damage and we will keep working to repair it.',
      '“Help is on the way, and it adds to everything we have done for years.',
      '“There will be more requests and we will meet them.',
    ]);
    expect(quotes.map((q) => [q.paragraph, q.text, q.speaker])).toEqual([
      [2, 'We will stand with the crews, and we will say so plainly', 'Daniel Okafor'],
      [3, 'Not since the flood have we seen this kind of damage and we will keep working to repair it.', 'Daniel Okafor'],
      [4, 'Help is on the way, and it adds to everything we have done for years. There will be more requests and we will meet them.', 'Daniel Okafor'],
    ]);
  });

  it('ends a quotation left open where the next paragraph opens with the other mark and never closes it', () => {
    const quotes = quotesOf([
      'Daniel Okafor said on Monday: “We will stand with the crews today and every day.',
      '‘Not since the flood have we seen this kind of damage.',
      '‘We will keep working to repair it.',
      '“Help is on the way.',
    ]);
    expect(quotes.map((q) => [q.paragraph, q.text, q.speaker])).toEqual([
      [1, 'We will stand with the crews today and every day.', 'Daniel Okafor'],
      [2, 'Not since the flood have we seen this kind of damage. We will keep working to repair it.', 'Daniel Okafor'],
      [4, 'Help is on the way.', 'Daniel Okafor'],
    ]);
  });

  it('takes no quotation from apostrophes or a word set off in single marks at a paragraph start', () => {
    const quotes = quotesOf([
      '“We will stand with the crews,” Daniel Okafor said on Monday.',
      '‘Squad’ members voted against the harbour bill on Tuesday, and the port’s crews didn’t strike.',
      'Norway’s ports don’t close, Okafor’s aide said.',
      "'Tis the season for repairs at the port, the aide added.",
      '“Help is on the way,” he said.',
    ]);
    expect(quotes.map((q) => q.paragraph)).toEqual([1, 5]);
  });

  it('ends a quotation with no closing mark at its paragraph when the next does not continue it', () => {
    const quotes = quotesOf(['Daniel Okafor said: “We will rebuild the port.', 'The visit ended on Monday.']);
    expect(quotes.map((q) => [q.text, q.continues])).toEqual([['We will rebuild the port.', undefined]]);
  });

  it('keeps the part after "she said, adding," a quotation of its own', () => {
    const quotes = quotesOf([INTRO, '“They are not part of the harbour board,” Okafor said, adding, “The crews are grateful for their support.”']);
    expect(quotes.map((q) => q.text)).toEqual(['They are not part of the harbour board', 'The crews are grateful for their support.']);
  });

  it('joins a quotation interrupted by its attribution', () => {
    const quotes = quotesOf([INTRO, '“We will rebuild,” Okafor said, “and we will do it fast.”']);
    expect(quotes.map((q) => q.text)).toEqual(['We will rebuild … and we will do it fast.']);
  });

  it('joins a quotation interrupted by its attribution and a conjunction', () => {
    const quotes = quotesOf([INTRO, '“The deal needs strict checks,” Okafor said, and “clear penalties for any breach.”']);
    expect(quotes.map((q) => q.text)).toEqual(['The deal needs strict checks … clear penalties for any breach.']);
  });

  it('joins quotations that stand side by side with nothing between them', () => {
    const quotes = quotesOf([INTRO, 'Okafor spoke briefly. “We will rebuild the port.” “We will not forget the dead.”']);
    expect(quotes.map((q) => q.text)).toEqual(['We will rebuild the port. … We will not forget the dead.']);
  });

  it('joins a quotation taken up again by its speaker after an aside', () => {
    const quotes = quotesOf(['“We will rebuild the port,” said Daniel Okafor, the harbour master. He has run the port for ten years. “And we will do it fast.”']);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['We will rebuild the port … And we will do it fast.', 'Daniel Okafor']]);
  });

  it('joins a quotation taken up again after a lead-in word', () => {
    const quotes = quotesOf(['“We will rebuild the port,” said Daniel Okafor, the harbour master. But “We will not do it alone.”']);
    expect(quotes.map((q) => q.text)).toEqual(['We will rebuild the port … We will not do it alone.']);
  });

  it('joins a quotation whose first part leaves out the comma before its cue', () => {
    const quotes = quotesOf(['"We will rebuild the port" said Daniel Okafor, the harbour master. "And we will do it fast."']);
    expect(quotes.map((q) => q.text)).toEqual(['We will rebuild the port … And we will do it fast.']);
  });

  it('runs paragraphs of quotation alone into the attributed quotation that follows', () => {
    const quotes = quotesOf(['The harbour talks resumed on Monday.', '“We will rebuild the port.”', '“And we will do it fast,” Daniel Okafor said.']);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['We will rebuild the port. … And we will do it fast', 'Daniel Okafor']]);
  });

  it('joins a quotation across its attribution when a few words quoted in the aside stand between', () => {
    const quotes = quotesOf(['“It is pretty cool working there,” said Ann Lee, describing how she builds “tubular mixers” all day. “And the crew is like family.”']);
    expect(quotes.map((q) => q.text)).toEqual(['It is pretty cool working there … And the crew is like family.']);
  });

  it('joins a lowercase part that a lead-in word carries on after the aside', () => {
    const quotes = quotesOf(['“We were not happy at first,” said Daniel Okafor, the harbour master. Now, “the whole town is behind it.”']);
    expect(quotes.map((q) => q.text)).toEqual(['We were not happy at first … the whole town is behind it.']);
  });

  it('keeps apart a quotation that a new cue introduces after the aside', () => {
    const quotes = quotesOf(['“We will rebuild the port,” said Daniel Okafor, the harbour master. He later added: “And we will do it fast.”']);
    expect(quotes.map((q) => q.text)).toEqual(['We will rebuild the port', 'And we will do it fast.']);
  });

  it('keeps apart an answer whose own cue follows a finished question', () => {
    const quotes = quotesOf(['At the briefing Daniel Okafor asked, “Will the port reopen this year?” Ingrid Solberg answered, “Not before the spring.”']);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['Will the port reopen this year?', 'Daniel Okafor'], ['Not before the spring.', 'Ingrid Solberg']]);
  });

  it('still joins a question and its continuation around a trailing cue', () => {
    const quotes = quotesOf([INTRO, '“Will the port reopen?” Okafor asked. “Nobody knows.”']);
    expect(quotes.map((q) => q.text)).toEqual(['Will the port reopen? … Nobody knows.']);
  });

  it.each([
    ['"and"', 'At the rally Ann Lee kept saying “Ports come first” and “Jobs come next.”', 'Ports come first … Jobs come next.'],
    ['a comma and "and"', 'The crowd chanted back at her, “Send them home,” and “Build the port.”', 'Send them home … Build the port.'],
  ])('joins two quotations one verb introduces, joined by %s', (_case, text, joined) => {
    expect(quotesOf([INTRO, text]).map((q) => q.text)).toEqual([joined]);
  });

  it('joins a quotation whose sentence goes on to its cue before the next part', () => {
    const quotes = quotesOf([INTRO, '“The crews were cheering” before the storm, Okafor said. “Then the water came over the wall.”']);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['The crews were cheering … Then the water came over the wall.', 'Daniel Okafor']]);
  });

  it.each([
    ['curly', 'Ingrid Solberg said the plan was “dead on arrival” for now.'],
    ['straight single', "Ingrid Solberg said the plan was 'dead on arrival' for now."],
  ])('marks a fragment inside reported speech as partial (%s)', (_marks, text) => {
    expect(quotesOf([text])).toMatchObject([{ text: 'dead on arrival', partial: true, speaker: 'Ingrid Solberg' }]);
  });

  it.each([
    ['a phrase', 'Many voters disliked the phrase “open borders.”', 'the phrase “open borders.”'],
    ['a slogan set off by a comma', 'The campaign kept its usual slogan, “Build The Port Now.”', '“Build The Port Now.”'],
    ['a slogan in title case', 'Ann Lee ran on the slogan “Ports First” in 1998.', 'the slogan “Ports First”'],
  ])('keeps words a noun names as said, in the noun\'s phrase unless a comma sets them off (%s)', (_case, text, clause) => {
    const { quotations } = readSpeech(articleOf([text]), []);
    expect(quotations.map((q) => q.clause && text.slice(q.clause.start, q.clause.end))).toEqual([clause]);
  });

  it.each([
    ['a relative word', 'Okafor said that, after the storm, the port had reopened — which he added “is long overdue.”', '“is long overdue.”'],
    ['"and"', 'Okafor argued that the ferries were late - and insisting that the crews were “doing their best.”', 'that the crews were “doing their best.”'],
  ])('starts a fragment\'s clause at a speech verb after a dash and %s, nearer than its carrying paraphrase\'s start', (_case, text, clause) => {
    const article = articleOf([INTRO, text]);
    const { quotations } = readSpeech(article, extractMentions(article));
    expect(quotations.map((q) => q.clause && text.slice(q.clause.start, q.clause.end))).toEqual([clause]);
  });

  it.each([
    ['a comma', 'Okafor later suggested her schedule was behind her late arrival, called her “third-rate” and left the harbour.', 'her “third-rate”'],
    ['"and"', 'Okafor defended his record, saying he has been a champion of the port and calling the ferry plan “a disgrace.”', 'the ferry plan “a disgrace.”'],
  ])('starts a fragment\'s clause at a speech verb that opens a second predicate after %s', (_case, text, clause) => {
    const article = articleOf([INTRO, text]);
    const { quotations } = readSpeech(article, extractMentions(article));
    expect(quotations.map((q) => q.clause && text.slice(q.clause.start, q.clause.end))).toEqual([clause]);
  });

  it('keeps the carrying paraphrase\'s start before an inverted cue set off by commas', () => {
    const text = 'The trouble, says Dana Okafor, is that the crews were “doing their best.”';
    const article = articleOf([INTRO, text]);
    const { quotations } = readSpeech(article, extractMentions(article));
    expect(quotations.map((q) => q.clause && text.slice(q.clause.start, q.clause.end))).not.toContain('is that the crews were “doing their best.”');
  });

  it.each([
    ['a subject in quotes', '“Ferry riders” are “fed up with the delays,” Okafor said.', ['“Ferry riders” are “fed up with the delays,”']],
    ['a quotation closed by its own comma', '“We are ready,” Okafor said, wearing a “Port First” cap.', [undefined, 'wearing a “Port First” cap']],
  ])('joins a fragment to the quotation its clause reaches back to only when that one has no closing punctuation (%s)', (_case, text, clauses) => {
    const article = articleOf([INTRO, text]);
    const { quotations } = readSpeech(article, extractMentions(article));
    expect(quotations.map((q) => q.clause && text.slice(q.clause.start, q.clause.end))).toEqual(clauses);
  });

  it('starts a fragment\'s clause at a speech verb further back than its carrying paraphrase', () => {
    const quotes = readSpeech(articleOf(['Ingrid Solberg says her plan is the only one that “can still work” this winter.']), []);
    const q = quotes.quotations[0]!;
    expect(articleOf(['Ingrid Solberg says her plan is the only one that “can still work” this winter.']).passages[q.clause!.passage]!.text.slice(q.clause!.start, q.clause!.end))
      .toBe('her plan is the only one that “can still work” this winter');
  });

  it('keeps fragments of one clause as one quotation when the first ends in a word in s', () => {
    const quotes = quotesOf(['Ingrid Solberg said the council was “fully committed to the process” and “open to every view.”']);
    expect(quotes.map((q) => q.text)).toEqual(['fully committed to the process … open to every view.']);
  });

  it('ends a clause where the next fragment\'s own clause starts', () => {
    const text = 'Ingrid Solberg says voters are “right to be angry,” but also hungry for what she calls “real answers.”';
    const { quotations } = readSpeech(articleOf([text]), []);
    const clauses = quotations.map((q) => text.slice(q.clause!.start, q.clause!.end));
    expect(clauses).toEqual(['voters are “right to be angry,” but also hungry for', 'what she calls “real answers.”']);
  });

  it.each([
    ['a parenthetical cue', 'The harbour fund, Ingrid Solberg said, “is the best tool we have” for the winter.', 'The harbour fund, Ingrid Solberg said, “is the best tool we have” for the winter'],
    ['a trailing cue', 'The harbour fund, set up in 1990, “is the best tool we have,” Ingrid Solberg said.', 'The harbour fund, set up in 1990, “is the best tool we have,”'],
    ['a trailing cue after a verb in -ing', 'The council plans to grow by fostering “a culture of repair,” Ingrid Solberg said.', 'The council plans to grow by fostering “a culture of repair,”'],
  ])('starts the clause of a fragment that goes on its sentence\'s subject at the sentence start (%s)', (_case, text, clause) => {
    const { quotations } = readSpeech(articleOf([text]), extractMentions(articleOf([text])));
    expect(quotations.map((q) => text.slice(q.clause!.start, q.clause!.end))).toEqual([clause]);
  });

  it.each([
    ['after the speaker', 'Ingrid Solberg spoke on Monday. The council had “turned a corner” on the harbour this year, she said in a statement.', 'The council had “turned a corner” on the harbour this year'],
    ['before the speaker', '“Many would call that a defeat” if the vote failed again, said Ingrid Solberg, a councillor.', '“Many would call that a defeat” if the vote failed again'],
  ])('runs the clause of a fragment to the comma before a cue that closes its sentence (%s)', (_case, text, clause) => {
    const { quotations } = readSpeech(articleOf([text]), extractMentions(articleOf([text])));
    expect(quotations.map((q) => text.slice(q.clause!.start, q.clause!.end))).toEqual([clause]);
  });

  it('keeps a capitalised quotation after a comma to itself, even before a trailing cue', () => {
    const text = 'Ingrid Solberg weighed in, telling reporters on Monday, “But we are ready,” Lee said.';
    const { quotations } = readSpeech(articleOf([text]), extractMentions(articleOf([text])));
    expect(quotations.map((q) => q.clause && text.slice(q.clause.start, q.clause.end)).every((clause) => !clause?.startsWith('Ingrid'))).toBe(true);
  });

  it('drops an unattributed scare quote of a few words', () => {
    expect(quotesOf(['The ministry called the report “fake news” on Monday.'])).toEqual([]);
  });

  it.each([
    ['a phrase and a speech verb', '“Send them home,” the crowd chanted.', 'Send them home'],
    ['a phrase and a speaking verb before more of the sentence', '“Oh, my God,” a young woman exclaimed upon seeing him.', 'Oh, my God'],
  ])('keeps a quotation of a few words that %s attribute, though no one is named', (_how, paragraph, words) => {
    expect(quotesOf([INTRO, paragraph]).map((q) => q.text)).toEqual([words]);
  });

  it('drops a scare quote of a few words whose speaker no cue names (its owner), but keeps one a cue gives its speaker', () => {
    const quotes = quotesOf([
      'Ingrid Solberg’s appeal for “law and order” won the vote.',
      'Ingrid Solberg said the plan was “a disgrace.”',
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['a disgrace.']);
  });

  it('drops a headline or book credited to its author, but not words followed by a passive agent', () => {
    const quotes = quotesOf([
      'NOW OPEN — “Harbour gallery opens its doors to local painters,” by The Gazette’s Ann Lee.',
      'Ingrid Solberg said the fishermen had been “badly let down” by the ministry for years.',
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['badly let down']);
  });

  it('drops a title named by the noun before it or after a preposition, but keeps one a speech verb introduces', () => {
    const quotes = quotesOf([
      'Ingrid Solberg said in an interview with “Harbour Morning Live” that the port would reopen.',
      'Ingrid Solberg praised her latest film, “Northern Lights Over Bergen.”',
      'Asked about the port, Ingrid Solberg said, “Probably.”',
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['Probably.']);
  });

  it('drops a work named after its noun or before a role in it, and a title of short words', () => {
    const quotes = quotesOf([
      'Ingrid Solberg, a former host of the quiz show “Harbour Nights,” said the port would reopen.',
      'Ingrid Solberg also starred in the film “Storm Over Bergen: Not Again!” last year.',
      '“Fjord Life” star Ingrid Solberg opened the season.',
      'Ingrid Solberg said so on NRK’s “New Day,” on Monday.',
      'Ingrid Solberg said, “We are ready for the winter.”',
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['We are ready for the winter.']);
  });

  it('reads a title whose prepositions title case leaves in lower case as a title', () => {
    const quotes = quotesOf([
      'Ingrid Solberg is now host of “The Harbour Hour with Tom Ray.”',
      'Ingrid Solberg said, “We are ready for the winter.”',
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['We are ready for the winter.']);
  });

  it('drops a few quoted words between a determiner and their noun, unless a speech verb carries them', () => {
    const quotes = quotesOf([
      'Ingrid Solberg spoke on Monday. Solberg pushed the “harbour safety” narrative all week.',
      'She has backed the “fish first” plan since May.',
      'Ingrid Solberg said the plan was “dead on arrival” for now.',
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['dead on arrival']);
  });

  it('keeps a short exclamation with its cue as speech, though no one is named', () => {
    expect(quotesOf([INTRO, '“Rebuild it!” the crowd shouted back.']).map((q) => q.text)).toEqual(['Rebuild it!']);
  });

  it('keeps a short outcry with neither cue nor speaker as a partial quotation of its own words', () => {
    const quotes = quotesOf([INTRO, 'Marchers carried “Save the pier!” banners outside the town hall.', 'Nobody wanted a “quick fix” this time.']);
    expect(quotes).toMatchObject([{ text: 'Save the pier!', partial: true }]);
    expect(quotes[0]!.speaker).toBeUndefined();
  });

  it('keeps a longer quotation with no recoverable speaker, without a speaker', () => {
    expect(quotesOf(['“Nobody expected the storm to last this long.”'])).toEqual([
      { text: 'Nobody expected the storm to last this long.', file: 'fixture.txt', paragraph: 1, partial: false },
    ]);
  });
});
