import { describe, expect, it } from 'vitest';
import { extractText, parseExtractLine, type ExtractResult } from '../../src/extract/extract.ts';

const HEADLINE = 'Port talks resume\n\n';

function extract(body: string, date?: string): ExtractResult & { text: string } {
  const text = HEADLINE + body;
  return { ...extractText({ text, ...(date ? { date } : {}) }), text };
}

describe('extractText offsets', () => {
  it('gives end-exclusive string offsets into the text as given, for every kind of span', () => {
    const result = extract('Mayor Lena Holt opened the bridge on Friday.\n\n“We are ready,” she said. Acme Bank said that repairs would take a year.', '2024-04-20');
    const spans = [...result.quotes, ...result.statements, ...result.times, ...result.entities];
    expect(spans.length).toBeGreaterThanOrEqual(5);
    for (const span of spans) expect(result.text.slice(span.start, span.end)).toBe(span.text);
    const quote = result.quotes[0]!;
    expect(result.text.slice(quote.speakerStart, quote.speakerEnd)).toBe('she');
    expect(quote.speaker).toBe('Lena Holt');
  });

  it('keeps offsets right across single line breaks and leading blank lines', () => {
    const text = '\n\nPort talks\n\nTom Ray said the port\nwould reopen in spring.\n“It will,” he said.';
    const result = extractText({ text });
    expect(result.quotes.map((q) => text.slice(q.start, q.end))).toEqual(['It will']);
    expect(result.statements.map((s) => text.slice(s.start, s.end))).toEqual(['the port\nwould reopen in spring']);
  });
});

describe('paragraphs', () => {
  it('reads a line that ends a sentence before a line that starts one as a paragraph break', () => {
    // As one paragraph the second mark would sit inside a single quotation; as two, the open quotation runs on.
    const text = 'Port talks\n\nTom Ray spoke on Monday: “We will win.\n“And we will stay.”';
    const [quote] = extractText({ text }).quotes;
    expect(quote?.text).toBe('We will win. And we will stay.');
    expect(quote?.pieces?.map((p) => text.slice(p.start, p.end))).toEqual(['We will win.', 'And we will stay.']);
  });
});

describe('quotation shape', () => {
  it('attributes a quotation whose cue sentence runs into the next without a space', () => {
    const result = extract('“We will rebuild the port,” Tom Ray said.Ray added that talks would resume.');
    expect(result.quotes.map((q) => [q.text, q.speaker, result.text.slice(q.speakerStart, q.speakerEnd)])).toEqual([['We will rebuild the port', 'Tom Ray', 'Tom Ray']]);
  });

  it('makes one quote with verbatim pieces of a quotation interrupted by its cue sentence', () => {
    const result = extract('“We will rebuild the port,” Tom Ray said. “And we will do it fast.”');
    expect(result.quotes).toHaveLength(1);
    const quote = result.quotes[0]!;
    expect(quote.text).toBe('We will rebuild the port … And we will do it fast.');
    expect(quote.pieces!.map((p) => result.text.slice(p.start, p.end))).toEqual(['We will rebuild the port', 'And we will do it fast.']);
    expect(quote.speaker).toBe('Tom Ray');
  });

  it.each([
    ['a long attribution sentence', '“We will rebuild the port,” said Sen. Tom Ray (D-Ore.) in an interview on Monday. “And we will do it fast.”'],
    ['a question and its cue', '“Can we rebuild the port?” Tom Ray asked the crowd at the harbour. “Yes, we can.”'],
    ['a title inside the attribution', '“We will rebuild the port,” Tom Ray said on “Meet the Press.” “And we will do it fast.”'],
  ])('resumes a quotation after %s', (_case, body) => {
    const result = extract(body);
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]!.pieces).toHaveLength(2);
    expect(result.quotes[0]!.speaker).toBe('Tom Ray');
  });

  it('does not resume a quotation that ended its sentence when more than a cue stands between', () => {
    const result = extract('“We will rebuild the port.” Tom Ray said this while walking along the pier. “It will take a year.”');
    expect(result.quotes.map((q) => q.text)).toEqual(['We will rebuild the port.', 'It will take a year.']);
  });

  it('continues an attributed quotation into a paragraph that is only a quotation', () => {
    const result = extract('“We will rebuild the port,” Tom Ray said.\n\n“And we will do it fast.”');
    expect(result.quotes.map((q) => [q.text, q.speaker, q.pieces?.length])).toEqual([['We will rebuild the port … And we will do it fast.', 'Tom Ray', 2]]);
  });

  it('does not continue it into a paragraph with an attribution of its own', () => {
    const result = extract('“We will rebuild the port,” Tom Ray said.\n\n“Not this year,” Ann Lee replied.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Tom Ray', 'Ann Lee']);
  });

  it('gives words introduced verbatim the extent of their marks, not of the sentence that reports them', () => {
    const result = extract('Mayor Tom Ray posted a message reading “Thank you Ohio” shortly after the polls closed.');
    expect(result.quotes.map((q) => q.text)).toEqual(['“Thank you Ohio”']);
  });

  it('makes the fragments of one clause one partial quotation over the clause', () => {
    const result = extract('Tom Ray said his rivals are waging “profane” and “sexist” attacks.');
    expect(result.quotes.map((q) => [q.text, q.pieces?.length, q.partial])).toEqual([['his rivals are waging “profane” and “sexist” attacks', 2, true]]);
  });

  it('keeps a short fragment that a quoting verb introduces', () => {
    expect(extract('Outside the hall, the crowd chanted “USA! USA!”').quotes.map((q) => [q.text, q.partial])).toEqual([['“USA! USA!”', true]]);
  });

  it('does not take a show named after a possessive for a quotation', () => {
    const result = extract('Tom Ray said on CNN’s “State of the Union” that the port would reopen.');
    expect(result.quotes.map((q) => q.text)).not.toContainEqual(expect.stringContaining('State of the Union'));
  });

  it('keeps two quotations apart when the second has a speaker of its own', () => {
    const result = extract('“We will rebuild,” Tom Ray said. “Not this year,” Ann Lee replied.');
    expect(result.quotes.map((q) => [q.text, q.speaker])).toEqual([['We will rebuild', 'Tom Ray'], ['Not this year', 'Ann Lee']]);
  });

  it.each([
    ['NYT doubled apostrophes', "''We will rebuild the port,'' Tom Ray said."],
    ['AQUAINT backticks', "``We will rebuild the port,'' Tom Ray said."],
  ])('reads %s as quote marks', (_name, body) => {
    expect(extract(body).quotes.map((q) => [q.text, q.speaker])).toEqual([['We will rebuild the port', 'Tom Ray']]);
  });

  it('marks a scare quote inside reported speech partial, spanning the paraphrase that carries it', () => {
    const result = extract('Tom Ray said the plan was “a disaster” for the town.');
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]).toMatchObject({ text: 'the plan was “a disaster” for the town', partial: true, speaker: 'Tom Ray' });
    expect(result.statements).toEqual([]);
  });

  it('marks a quoted word after a non-speech verb partial', () => {
    const result = extract('Tom Ray boasted how “nice” the new bridge looked.');
    expect(result.quotes.map((q) => q.partial)).toEqual([true]);
  });

  it('gives an uncued outcry on a sign the extent of its own words, partial', () => {
    const text = 'Marchers carried “Save the pier!” banners outside the town hall.';
    const { quotes, text: full } = extract(text);
    expect(quotes.map((q) => [q.text, full.slice(q.start, q.end), q.partial])).toEqual([['Save the pier!', 'Save the pier!', true]]);
  });

  it('does not take an unattributed title for a quotation', () => {
    expect(extract('The series “Orange Is the New Black” ran for years.').quotes).toEqual([]);
  });

  it('does not take single-quoted headline words for quotations in an article that quotes with double marks', () => {
    const result = extractText({ text: 'Ray Calls Plan ‘Troubling’\n\n“It is troubling,” Tom Ray said. “We will see,” he said later.' });
    expect(result.quotes.map((q) => q.text)).toEqual(['It is troubling', 'We will see']);
  });
});

describe('speakers', () => {
  it.each([
    ['a title between verb and name', '“The toll is rising,” says Dr. Ann Lee, the province’s chief coroner.', 'Ann Lee'],
    ['a description between name and verb', '“Rates will fall,” Tom Ray, chief economist at Acme Bank, said in an interview.', 'Tom Ray'],
    ['a job title before the name', '“We need a quarterback,” said Falcons general manager Dan Moss.', 'Dan Moss'],
    ['an honorific before a name that ends the sentence', "''We are done,'' Mr. King said.", 'King'],
    ['a parenthesis between name and verb', '“We will vote no,” Sen. Ann Lee (D-N.Y.) said.', 'Ann Lee'],
    ['a lowercase job description before the name', '“The filings look odd,” said election lawyer Tom Ray.', 'Tom Ray'],
    ['a name inside the title before the name', '“We will win,” said Acme campaign manager Tom Ray.', 'Tom Ray'],
    ['an appositive holding names and commas of its own', '“Rates will fall,” Tom Ray, chief economist of Acme Bank, a lender in Ohio, said.', 'Tom Ray'],
    ['a parenthesis and a relative clause', '“We will vote no,” Sen. Ann Lee (D-N.Y.), who backs the plan, said.', 'Ann Lee'],
    ['a verb the cue list lacks, after a quotation closed by a comma', 'Tom Ray met the crews on Monday.\n\n“Go back to the harbour right now,” Ray barked at the crowd.', 'Tom Ray'],
    ['a title after an inverted cue, before a given name that is also a common word', '“I can guarantee it,” said pollster Frank Voss.', 'Frank Voss'],
    ['an affiliation after the name', '“We will vote no,” Sen. Ann Lee of Ohio, who backs the plan, said.', 'Ann Lee'],
  ])('finds the speaker past %s', (_pattern, body, speaker) => {
    expect(extract(body).quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it('does not take the listener of "told" for the speaker', () => {
    const result = extract('“It was very nice,” Tom Ray told Acme News.');
    expect(result.quotes[0]!.speaker).toBe('Tom Ray');
  });

  it('gives a quotation the writer cues with "I said" that mention and no name', () => {
    const result = extract('Tom Ray toured the port.\n\n“The port is closed,” I said.');
    expect(result.quotes.map((q) => [q.speaker, result.text.slice(q.speakerStart, q.speakerEnd)])).toEqual([[undefined, 'I']]);
  });

  it('gives a speaker described without a name that description, not the name it holds', () => {
    const result = extract('Tom Ray toured the port.\n\n“The port is closed,” said a senior Ray adviser.');
    expect(result.quotes.map((q) => [q.speaker, result.text.slice(q.speakerStart, q.speakerEnd)])).toEqual([['a senior Ray adviser', 'a senior Ray adviser']]);
  });

  it.each([
    ['a possessive owner', '“Ships may dock again from noon,” Ann Lee’s office said in a statement.', 'Ann Lee’s office'],
    ['a phrase before the quotation', 'Another harbour pilot said, “We all know how the tide runs here.”', 'Another harbour pilot'],
    ['the paraphrase that carries a fragment', 'The port authority said it will “be adding berths by the end of the month.”', 'The port authority'],
  ])('takes a speaker named by a noun phrase from %s', (_pattern, body, speaker) => {
    expect(extract(body).quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it('takes the name inside a noun-phrase subject, past an adverb the cue list lacks', () => {
    const body = 'Tom Ray toured the port on Monday. Ray similarly warned that the harbour “cannot take one more storm.”';
    expect(extract(body).quotes.map((q) => q.speaker)).toEqual(['Tom Ray']);
  });

  it.each([
    ['a body the sentence opens with', 'The port authority condemned what it called “a reckless act of piracy.”', 'The port authority'],
    ['a body named by its owner', 'Norland’s army condemned what it called “reckless” raids on its posts.', 'Norland’s army'],
  ])('takes "it" for %s', (_pattern, body, speaker) => {
    expect(extract(body).quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it('gives a body quoted by a noun phrase that phrase as its speaker', () => {
    const result = extract('The port reopened on Monday.\n\n“Ships may dock again from noon,” the harbour authority said.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['the harbour authority']);
  });

  it('takes the speaker named after a colon from the clause, not the object before the colon', () => {
    const result = extract('Tom Ray wrote to the State Department: “The port is closed.”');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Tom Ray']);
  });

  it('takes a cue that opens the sentence after a question or exclamation for the quotation\'s', () => {
    const result = extract('Tom Ray said the vote was late.\n\n“We cast our votes!” US Senator Ann Lee said as she opened the vote.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ann Lee']);
  });

  it('gives a participle the speaker of the cue before it, not the subject of what was said', () => {
    const result = extract('Tom Ray’s plans are reckless, Ann Lee said on Tuesday, noting the mayor “makes you want to leave.”');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ann Lee']);
  });

  it('resolves "he" to the speaker of the reported speech before it, not to its subject', () => {
    const result = extract('Tom Ray opened the port in May.\n\nRay electrified the crowds, said Ben Cole, a dock worker. “He was very articulate,” he said.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ben Cole']);
  });

  it('does not take a party or team word before a title and name for a person', () => {
    const result = extract('Republican presidential candidate Tom Ray says he is staying in the race. He says the polls are “wrong.”');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Tom Ray']);
  });

  it.each([
    ['a role the article gives with an abbreviated title', 'Sen. Ann Lee toured the harbour on Monday with the mayor, Tom Ray.\n\n“We are ready,” the senator said.', 'Ann Lee'],
    ['a capitalised word choosing between two holders', 'Florida Sen. Ann Lee toured the flooded harbour on Monday morning with her colleague, Texas Sen. Tom Ray.\n\n“We are ready to open the port,” the Florida senator said.', 'Ann Lee'],
    ['a description from an appositive', 'Tom Ray, the New York businessman, toured the harbour on Monday.\n\n“We are ready,” the businessman said.', 'Tom Ray'],
    ['a generic description of the person the text is about', 'Tom Ray toured the harbour in Iowa on Monday.\n\n“We will win this state,” the candidate said.', 'Tom Ray'],
    ['an indefinite role set beside a name', '“We are ready,” Tom Ridge, a former secretary of homeland security, said.', 'Tom Ridge'],
  ])('resolves a description to the named person: %s', (_pattern, body, speaker) => {
    expect(extract(body).quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it('leaves an indefinite description and a description with a word no one fits as written, not resolved', () => {
    const body = 'Republican nominee Tom Ray toured the harbour on Monday.\n\n“We are ready to open the port,” a GOP strategist said. “We are not ready for it,” the Democratic nominee said.';
    expect(extract(body).quotes.map((q) => q.speaker)).toEqual(['a GOP strategist', 'the Democratic nominee']);
  });

  it('does not resolve "she" to a place the article reads as a name by default', () => {
    const result = extract('Mayor Ann Lee spoke to the council on Monday.\n\nThe next meeting was held in Castel Orvino. Castel Orvino welcomed the plan. “We are ready to rebuild the harbour,” she said.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ann Lee']);
  });

  it('gives a participle the speaker of the sentence, not of a relative clause inside it', () => {
    const result = extract('Tom Ray also stressed the need for a pause, which Mayor Ann Lee called for on Monday, saying, “We see this as a way of getting aid in.”');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Tom Ray']);
  });

  it('resolves "she" to the nearest named woman, not to an organisation', () => {
    const result = extract('Mayor Ann Lee met the board of Acme Bank on Monday. Acme Bank said talks had gone well.\n\n“We have a deal,” she said.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ann Lee']);
  });
});

describe('reported speech', () => {
  it.each([
    ['X said that …', 'Tom Ray said that the port would reopen in May.', 'that the port would reopen in May', 'Tom Ray'],
    ['X said …', 'Tom Ray said on Tuesday the port would reopen.', 'the port would reopen', 'Tom Ray'],
    ['according to X, …', 'According to Tom Ray, the port will reopen in May.', 'the port will reopen in May', 'Tom Ray'],
    ['…, according to X', 'The port will reopen in May, according to Tom Ray.', 'The port will reopen in May', 'Tom Ray'],
    ['…, X said', 'The port will reopen in May, Tom Ray said.', 'The port will reopen in May', 'Tom Ray'],
    ['X blamed …', 'Tom Ray blamed the storm for the closure of the port.', 'the storm for the closure of the port', 'Tom Ray'],
    ['X denied …', 'Tom Ray denied that the port had been closed.', 'that the port had been closed', 'Tom Ray'],
    ['X warned …', 'Tom Ray warned that the port could close again.', 'that the port could close again', 'Tom Ray'],
    ['Title X says …', 'Port Director Tom Ray says the ferries are safe.', 'the ferries are safe', 'Tom Ray'],
    ['X said … (irregular past)', 'Tom Ray said his crew wrote a new timetable.', 'his crew wrote a new timetable', 'Tom Ray'],
    ['X is calling for …', 'Tom Ray is calling for the port to reopen in May.', 'the port to reopen in May', 'Tom Ray'],
    ['X called on …', 'Tom Ray called on the board to lower fares.', 'the board to lower fares', 'Tom Ray'],
    ['X did … and said …', 'Tom Ray toured the port and said the repairs would take a year.', 'the repairs would take a year', 'Tom Ray'],
    ['X said …, <participle> …', 'Tom Ray said the port would reopen, bringing the ferries back.', 'the port would reopen, bringing the ferries back', 'Tom Ray'],
    ['…, X said, … (medial)', 'In the long run, Tom Ray said, the port will need a new pier.', 'In the long run, Tom Ray said, the port will need a new pier', 'Tom Ray'],
  ])('reads "%s" as a statement with its speaker', (_pattern, body, text, speaker) => {
    const result = extract(body);
    expect(result.statements.map((s) => [s.text, s.speaker])).toEqual([[text, speaker]]);
    expect(result.quotes).toEqual([]);
  });

  it('gives a statement with its speaker in the middle the pieces around speaker and cue', () => {
    const result = extract('The repairs, Tom Ray said, will take a year.');
    expect(result.statements[0]!.pieces!.map((p) => result.text.slice(p.start, p.end))).toEqual(['The repairs', 'will take a year']);
  });

  it.each([
    ['according to a plain noun phrase', 'According to a survey by Acme Research, most ferries run late.', 'most ferries run late', 'a survey by Acme Research'],
    ['…, according to a plain noun phrase', 'Most ferries run late, according to the results.', 'Most ferries run late', 'the results'],
    ['a proportion as the speaker', 'In May, six in 10 riders said the ferries were late.', 'the ferries were late', 'six in 10 riders'],
    ['a finding', 'The port survey found that most ferries were late.', 'that most ferries were late', 'The port survey'],
    ['a belief', 'Many riders expect the fares will rise.', 'the fares will rise', 'Many riders'],
  ])('reads %s as a statement with a speaker mention and no name', (_pattern, body, text, mention) => {
    const result = extract(body);
    expect(result.statements.map((s) => [s.text, s.speaker, result.text.slice(s.speakerStart, s.speakerEnd)])).toEqual([[text, undefined, mention]]);
  });

  it.each([
    ['a plural noun after a determiner', 'The other states voting on Tuesday are Ohio and Iowa.'],
    ['a quantifier before a plural noun', 'Some states have yet to be called.'],
    ['a capitalised title', 'The Harbour Show Visits The Ferries Nobody Rides.'],
  ])('reads no statement in %s', (_case, body) => {
    expect(extract(body).statements).toEqual([]);
  });

  it('ends a statement where the sentence moves on', () => {
    const result = extract('Tom Ray said the port would reopen in May, adding that the ferries would wait.');
    expect(result.statements[0]!.text).toBe('the port would reopen in May');
  });

  it('resolves the speaker of a statement made by a pronoun', () => {
    const result = extract('Ann Lee toured the port on Monday. She said the repairs would take a year.');
    expect(result.statements.map((s) => [s.speaker, result.text.slice(s.speakerStart, s.speakerEnd)])).toEqual([['Ann Lee', 'She']]);
  });
});

describe('parseExtractLine', () => {
  it.each([
    ['{"id":"a","text":"Hello.","date":"2024-04-20"}', { request: { id: 'a', text: 'Hello.', date: '2024-04-20' } }],
    ['{"text":"Hello."}', { request: { text: 'Hello.' } }],
    ['not json', { error: 'Byline: line is not valid JSON' }],
    ['[1]', { error: 'Byline: line must be a JSON object' }],
    ['{"id":3,"text":"x"}', { error: 'Byline: "id" must be a string' }],
    ['{"id":"a"}', { error: 'Byline: "text" must be a string', id: 'a' }],
    ['{"text":"x","date":"2024-4-1"}', { error: 'Byline: "date" must be YYYY-MM-DD' }],
  ])('reads %s', (line, expected) => {
    expect(parseExtractLine(line)).toEqual(expected);
  });
});

describe('fragments without a speaker–verb pair', () => {
  it('gives a fragment after "called" the paraphrase from the verb to where the sentence moves on', () => {
    const result = extract('In a speech on Monday the ministry called both plans “reckless” and asked for more time.');
    expect(result.quotes.map((q) => q.text)).toEqual(['both plans “reckless”']);
  });

  it('joins two quotations around a cue that names no known speaker', () => {
    const result = extract('“The port is closed,” the letter says. “It will stay closed.”');
    expect(result.quotes.map((q) => q.text)).toEqual(['The port is closed … It will stay closed.']);
  });
});
