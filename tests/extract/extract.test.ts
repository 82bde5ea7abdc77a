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
    const result = extractText({ text: 'Port talks\n\nTom Ray spoke on Monday.\n“We will win,” he said.\n“And we will stay.”' });
    expect(result.quotes.map((q) => [q.text, q.speaker])).toEqual([['We will win', 'Tom Ray'], ['And we will stay.', 'Tom Ray']]);
  });
});

describe('quotation shape', () => {
  it('makes one quote with verbatim pieces of a quotation interrupted by its cue sentence', () => {
    const result = extract('“We will rebuild the port,” Tom Ray said. “And we will do it fast.”');
    expect(result.quotes).toHaveLength(1);
    const quote = result.quotes[0]!;
    expect(quote.text).toBe('We will rebuild the port … And we will do it fast.');
    expect(quote.pieces!.map((p) => result.text.slice(p.start, p.end))).toEqual(['We will rebuild the port', 'And we will do it fast.']);
    expect(quote.speaker).toBe('Tom Ray');
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
  ])('finds the speaker past %s', (_pattern, body, speaker) => {
    expect(extract(body).quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it('does not take the listener of "told" for the speaker', () => {
    const result = extract('“It was very nice,” Tom Ray told Acme News.');
    expect(result.quotes[0]!.speaker).toBe('Tom Ray');
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
  ])('reads "%s" as a statement with its speaker', (_pattern, body, text, speaker) => {
    const result = extract(body);
    expect(result.statements.map((s) => [s.text, s.speaker])).toEqual([[text, speaker]]);
    expect(result.quotes).toEqual([]);
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
