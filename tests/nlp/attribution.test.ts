import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/nlp/people.ts';
import { extractQuotes, readSpeech } from '../../src/nlp/quotes.ts';
import { articleOf } from './articleFixture.ts';
import { splitSentences } from '../../src/corpus/passages.ts';
import { extractText } from '../../src/extract/extract.ts';

/** The quotation containing `marker`, from an article of `paragraphs`. */
function quoteWith(paragraphs: string[], marker: string) {
  const article = articleOf(paragraphs);
  const quote = extractQuotes(article, extractMentions(article)).find((q) => q.text.includes(marker));
  if (!quote) throw new Error(`no quotation containing "${marker}"`);
  return quote;
}

const INTRO = 'Daniel Okafor toured the harbour on Monday.';

describe('attribution patterns', () => {
  it.each([
    ['"X said" after the quote', [INTRO, '“The port will reopen,” Okafor said.'], 'Daniel Okafor', 'said'],
    ['"said X" after the quote', ['“The port will reopen,” said Daniel Okafor, the harbour director.'], 'Daniel Okafor', 'said'],
    ['"X told reporters"', ['“The port will reopen,” Daniel Okafor told reporters on Monday.'], 'Daniel Okafor', 'told reporters'],
    ['"X added"', [INTRO, '“The port will reopen,” Okafor added.'], 'Daniel Okafor', 'added'],
    ['"X stressed"', [INTRO, '“The port will reopen,” Okafor stressed.'], 'Daniel Okafor', 'stressed'],
    ['"X cautioned"', [INTRO, '“The port will reopen,” Okafor cautioned.'], 'Daniel Okafor', 'cautioned'],
    ['"X warned"', [INTRO, '“The port will reopen,” Okafor warned.'], 'Daniel Okafor', 'warned'],
    ['"X insisted"', [INTRO, '“The port will reopen,” Okafor insisted.'], 'Daniel Okafor', 'insisted'],
    ['"X noted"', [INTRO, '“The port will reopen,” Okafor noted.'], 'Daniel Okafor', 'noted'],
    ['"X stated" with an adverb', [INTRO, '“The port will reopen,” Okafor stated firmly.'], 'Daniel Okafor', 'stated'],
    ['"according to X"', ['“The port will reopen soon,” according to Daniel Okafor.'], 'Daniel Okafor', 'according to'],
    ['a verb the cue list lacks before a possessive and an appositive name', ['Ingrid Solberg opened the quay on Monday.', '“The port will reopen within the week,” exhorted Solberg’s deputy, Daniel Okafor.'], 'Daniel Okafor', 'exhorted'],
    ['"said X of Y", Y another name', ['“The port will reopen,” said Daniel Okafor of Harbour Watch Bergen.'], 'Daniel Okafor', 'said'],
    ['"X of Y said", Y another name', ['Daniel Okafor of Harbour Watch Bergen said: “The port will reopen.”'], 'Daniel Okafor', 'said'],
    ['"the president" past a vice president named later', ['President Ingrid Solberg opened the quay.', 'Vice President Daniel Okafor toured the harbour.', '“The port will reopen,” the president said.'], 'Ingrid Solberg', 'said'],
    ['"the governor" past a lieutenant governor described after the name', ['The quay reopened on Monday.', 'Gov. Ingrid Solberg cut the ribbon. Daniel Okafor, the lieutenant governor, toured the harbour. “The port will reopen,” the governor said.'], 'Ingrid Solberg', 'said'],
    ['a lead-in clause of its own after a cue in an earlier clause', ['The quay reopened on Monday.', 'After Ingrid Solberg criticized the harbour board during a debate, Daniel Okafor shot back, “I could have stayed home, but I chose to work.”'], 'Daniel Okafor', 'shot back'],
    ['a verb the cue list lacks before a colon, after a cue in an earlier clause', ['The quay reopened on Monday.', 'Ingrid Solberg said that experts had found her plans sound, to which Daniel Okafor interjected: “It is just not true.”'], 'Daniel Okafor', 'interjected'],
    ['a time phrase between the speaker and a trailing cue', ['The quay reopened on Monday.', '“The port will reopen,” Daniel Okafor on Thursday told reporters.'], 'Daniel Okafor', 'told reporters'],
    ['a time phrase after a party parenthesis', ['The quay reopened on Monday.', 'Sen. Daniel Okafor (D-Ore.) last week said the port was “a dangerous place” for crews.'], 'Daniel Okafor', 'said'],
    ['"X of the Y said", Y another name', ['Daniel Okafor of the Bergen Harbour Gazette said the port was “a circus from start to finish.”'], 'Daniel Okafor', 'said'],
    ['"as X of the Y observed" before a colon', ['As Daniel Okafor of the Bergen Harbour Gazette observed, the winner was the port itself: “The clear winner of the season was the harbour, which ran two busy quays.”'], 'Daniel Okafor', 'observed'],
    ['a colon after the speaker', ['Daniel Okafor returned to his main point: “The port will reopen.”'], 'Daniel Okafor', 'returned'],
    ['the speaker before the quote with a comma', [INTRO, 'Okafor further stated, “The port will reopen.”'], 'Daniel Okafor', 'stated'],
    ['"X said, adding that …"', ['Daniel Okafor said the port was safe, adding that it would “reopen within days”.'], 'Daniel Okafor', 'adding'],
    ['reported speech', ['Daniel Okafor mentioned that the port was “safe for now” after the storm.'], 'Daniel Okafor', 'mentioned'],
    ['a speaker in the sentence before', ['Daniel Okafor said the port was safe. “Nobody was hurt.”'], 'Daniel Okafor', 'said'],
    ['a speaker in the sentence after', [INTRO, '“Nobody was hurt.” Okafor said this on Monday.'], 'Daniel Okafor', 'said'],
    ['"he said"', [INTRO, '“Nobody was hurt,” he said.'], 'Daniel Okafor', 'said'],
    ['"he told reporters as he left"', [INTRO, '“Nobody was hurt,” he told reporters as he left.'], 'Daniel Okafor', 'told reporters'],
    ['"She added" after a man was mentioned', ['Ingrid Solberg met Daniel Okafor on Monday.', '“We agreed on the repairs,” she added.'], 'Ingrid Solberg', 'added'],
    ['a pronoun whose gender skips the latest subject', [INTRO, 'Ingrid Solberg stayed in the capital.', '“I trust the crews,” he said.'], 'Daniel Okafor', 'said'],
    ['"she" past a man named by an honorific alone', ['Ingrid Solberg spoke of running against Mr. Okafor.', '“The harbour has been after me for years,” she added.'], 'Ingrid Solberg', 'added'],
    ['"he" past a woman named by an honorific alone', ['Daniel Okafor toured the harbour. Mrs. Solberg stayed home.', '“The crews are ready,” he said.'], 'Daniel Okafor', 'said'],
    ['"Mr." with the surname of a woman named in full, when both sexes bear it', ['Ingrid Solberg and her husband came. Mrs. Solberg spoke first.', '“The crews are ready,” Mr. Solberg said.'], 'Solberg', 'said'],
    ['a pronoun, not a person named inside the quote', [INTRO, '“Ingrid Solberg has done great work,” he said.'], 'Daniel Okafor', 'said'],
    ['a subject after a subordinate clause', ['On the day that Karim Haddad threatened the port, Daniel Okafor returned to his warning: “We will not yield.”'], 'Daniel Okafor', 'returned'],
    ['a given name that is also a surname, before an appositive', ['“The rules will change,” Walker Dunmore, the party committeeman from Ohio, told reporters.'], 'Walker Dunmore', 'told reporters'],
    ['"said X" with a title before and a phrase after the name', ['“The port will reopen,” said former harbour director Daniel Okafor during the debate.'], 'Daniel Okafor', 'said'],
    ['a subject with an age before the name', ['The choice is easy for many.', '17-year-old Daniel Okafor echoed: “The port must reopen.”'], 'Daniel Okafor', 'echoed'],
    ['a subject with a description before the name', ['Republican presidential front-runner Daniel Okafor is insisting that the port will “reopen within days”.'], 'Daniel Okafor', 'insisting'],
    ['a body of unknown kind after "according to"', ['“The port will reopen,” according to Harbourwatch.'], 'Harbourwatch', 'according to'],
    ['a body of unknown kind before a colon', ['As Harbourwatch pointed out: “The port will reopen.”'], 'Harbourwatch', 'pointed out'],
    ['the subject of a clause opened by "with"', ['Critics were unhappy, with Daniel Okafor calling the plan “a wish list”.'], 'Daniel Okafor', 'calling'],
    ['the subject of a clause opened by "when"', ['The hearing turned tense when Daniel Okafor tried to defend the plan as “the only way”.'], 'Daniel Okafor', 'tried'],
    ['"said X" with "retired" in the title', ['“The port will reopen,” said retired Army general Daniel Okafor, who led the repairs.'], 'Daniel Okafor', 'said'],
    ['an appositive whose closing comma is missing', ['“The port will reopen,” Daniel Okafor, the harbour director for the Northern Ports Authority said.'], 'Daniel Okafor', 'said'],
    ['"said X" with an "-ed" word before the title', ['“The port will reopen,” said undecided local voter Daniel Okafor of Eastport.'], 'Daniel Okafor', 'said'],
    ['adverbs after an appositive, before the cue', [INTRO, 'Ingrid Solberg, who was off-screen, then loudly asked, “Will the port reopen?”'], 'Ingrid Solberg', 'asked'],
    ['"As X put it"', ['As Ingrid Solberg, the harbour director, put it: “The port will reopen.”'], 'Ingrid Solberg', 'put'],
    ['"X puts it" before the quote', ['As Ingrid Solberg puts it, the port is “a place for every ship tonight”.'], 'Ingrid Solberg', 'puts it'],
    ['the subject of a "with" clause past a title', ['Critics were unhappy, with Eastport Mayor Daniel Okafor telling reporters the plan was “a wish list that will never pay for itself”.'], 'Daniel Okafor', 'telling'],
    ['an appositive holding a short quoted title', ['“The port will reopen,” Daniel Okafor, author of “Harbour Days,” said on Monday.'], 'Daniel Okafor', 'said'],
    ['a verb the cue list lacks before the name', ['“The port will reopen within the week,” scoffed Ingrid Solberg, who runs the ferries.'], 'Ingrid Solberg', 'scoffed'],
    ['a participle after a clause whose subject a phrase hides', ['Daniel Okafor on Thursday stepped up his attacks on the plan, saying it was “a wish list that will never pay for itself”.'], 'Daniel Okafor', 'saying'],
    ['a name, an appositive and a verb the cue list lacks', ['“The port will reopen within the week,” Ingrid Solberg, the harbour director, proclaimed to the crowd.'], 'Ingrid Solberg', 'proclaimed'],
    ['the speaker, not the subject of a verb of finding inside what was said', ['Ingrid Solberg also said that Okafor shows “great skill and a real fondness for the harbour”.'], 'Ingrid Solberg', 'said'],
    ['a name with a suffix before an appositive', ['“The port will reopen within the week,” Daniel Okafor Jr., the harbour director, said on Monday.'], 'Daniel Okafor', 'said'],
    ['a subject with a relative clause', ['Daniel Okafor, who had met Ingrid Solberg earlier, said that the repairs were “a real success” for the city.'], 'Daniel Okafor', 'said'],
  ])('attributes %s', (_pattern, paragraphs, speaker, cue) => {
    expect(quoteWith(paragraphs, paragraphs.join(' ').match(/[“"‘]([^”"’]+)/)?.[1]?.slice(0, 12) ?? '')).toMatchObject({ speaker, cue });
  });

  it('takes a described speaker placed by a phrase before its verb, the phrase left out of the mention', () => {
    const paragraphs = [INTRO, '“Will the port reopen?” a harbour worker in the crowd wondered.'];
    const article = articleOf(paragraphs);
    const [quotation] = readSpeech(article, extractMentions(article)).quotations;
    const mention = quotation!.speakerMention!;
    expect(article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toBe('a harbour worker');
  });

  it.each([
    ['before the cue', '“The crews are checking every permit on the quay,” a source close to Daniel Okafor said.', 'a source close to Daniel Okafor'],
    ['after an inverted cue', '“The crews are checking every permit on the quay,” said a spokesman for Daniel Okafor.', 'a spokesman for Daniel Okafor'],
    ['opening the sentence', 'An aide to Daniel Okafor said, “The crews are checking every permit on the quay.”', 'An aide to Daniel Okafor'],
  ])('takes a described speaker tied to a named person by a preposition as the whole phrase, not the person (%s)', (_place, paragraph, phrase) => {
    const article = articleOf([INTRO, paragraph]);
    const [quotation] = readSpeech(article, extractMentions(article)).quotations;
    const mention = quotation!.speakerMention!;
    expect(quotation!.quote.speaker).toBeUndefined();
    expect(article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toBe(phrase);
  });

  it('leaves an adverb before a speech verb out of the mention of a group that speaks', () => {
    const article = articleOf([INTRO, 'In a survey, fishermen generally say they admire Okafor for his role as a “protector of the quay” above all.']);
    const [quotation] = readSpeech(article, extractMentions(article)).quotations;
    const mention = quotation!.speakerMention!;
    expect(article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toBe('fishermen');
  });

  it('leaves an adverb before the verb out of the mention of a body that speaks through a participle', () => {
    const article = articleOf([INTRO, 'The Harbour League strongly criticized the plan, calling it “a dangerous step for the crews.”']);
    const [quotation] = readSpeech(article, extractMentions(article)).quotations;
    const mention = quotation!.speakerMention!;
    expect(article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toBe('The Harbour League');
  });

  it('takes a described speaker whose relative clause, set off by commas, stands before its verb', () => {
    const paragraphs = [INTRO, '“The crews are under a lot of pressure,” a harbour source, who was not allowed to speak on the record, told reporters.'];
    const article = articleOf(paragraphs);
    const [quotation] = readSpeech(article, extractMentions(article)).quotations;
    const mention = quotation!.speakerMention!;
    expect(article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toBe('a harbour source');
  });

  it('takes no speaker from a dateline in capitals', () => {
    const article = articleOf(['HARRISON, Ark. - A federal judge late Thursday blocked a bill that would have let officials cite a "sincere harbour belief" to deny services to sailors.']);
    expect(readSpeech(article, extractMentions(article)).quotations.map((q) => q.quote.speaker)).not.toContain('HARRISON');
  });

  it('attributes a quotation to a person named before a colon at the end of a clause', () => {
    expect(quoteWith(['The result did not surprise the pollster Ingrid Solberg: “Late deciders always break for the challenger.”'], 'Late deciders').speaker).toBe('Ingrid Solberg');
  });

  it('gives a participle to the name right before it after "and"', () => {
    const paragraphs = ['Both issued statements, Daniel Okafor saying he was “very encouraged by the talks” and Ingrid Solberg calling it “a great meeting for the harbour”.'];
    expect(quoteWith(paragraphs, 'great meeting')).toMatchObject({ speaker: 'Ingrid Solberg', cue: 'calling' });
  });

  it('does not give a quotation to a cue that introduces the next one with a colon', () => {
    const paragraphs = ['After Ingrid Solberg said the ferries might run at “a slower pace,” Daniel Okafor said: “I do not agree with her at all.”'];
    expect(quoteWith(paragraphs, 'slower pace').speaker).toBe('Ingrid Solberg');
    expect(quoteWith(paragraphs, 'do not agree').speaker).toBe('Daniel Okafor');
  });

  it('attributes a quotation to a dash and a name after it', () => {
    expect(quoteWith([INTRO, '“The port will reopen within the week.” – Ingrid Solberg, tweeting on Monday.'], 'within the week').speaker).toBe('Ingrid Solberg');
  });

  it('gives a paragraph of quotations to the source line after it', () => {
    const paragraphs = [INTRO, '“The port will reopen within the week, and the ferries will run again.”', '- Ingrid Solberg.', 'Solberg is wrong about the ferries.'];
    expect(quoteWith(paragraphs, 'ferries will run').speaker).toBe('Ingrid Solberg');
  });

  it('keeps "X really thinks" from taking a quotation from the speaker before it', () => {
    const paragraphs = ['“The port is ready,” Daniel Okafor said after Ingrid Solberg really thought the port was “too slow to reopen”.'];
    expect(quoteWith(paragraphs, 'port is ready').speaker).toBe('Daniel Okafor');
  });

  it.each([
    ['after the quotation', ['Nobody replied.', '“We will never give up on this harbour and its people,” the statement read.']],
    ['opening the sentence, before a colon', ['Nobody replied.', 'The letter continues: “We will never give up on this harbour and its people.”']],
    ['opening the sentence, before the quotation', ['Nobody replied.', 'The crowd chanted “never give up on this harbour and its people” for minutes.']],
    ['after a comma, before the quotation', ['Nobody replied.', 'To reach the crews, the letter continues, “never give up on this harbour and its people.”']],
    ['the body that opens the sentence, for a participle', ['Nobody came.', 'The harbour board did not want to comment, telling reporters only that it would “never give up on this harbour and its people.”']],
    ['the body that is the sentence\'s subject, for a quotation woven into its clause', ['Nobody came.', 'The harbour board said for the first time that it would “never give up on this harbour and its people.”']],
    ['with the verb first, after the quotation', ['Nobody replied.', '“We will never give up on this harbour and its people,” read the statement.']],
  ])('takes a plain noun phrase and its verb as the speaker mention %s', (_where, paragraphs) => {
    const article = articleOf(paragraphs);
    const quotation = readSpeech(article, extractMentions(article)).quotations.find((q) => q.quote.text.includes('give up'));
    expect(quotation?.quote.speaker).toBeUndefined();
    const mention = quotation?.speakerMention;
    expect(mention && article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toMatch(/^the (statement|letter|crowd|harbour board)$/iu);
  });

  it.each([
    ['an "-ed" adjective in a description after the cue', ['Nobody replied.', '“We will never give up on this harbour and its people,” said one unaligned harbour pilot.'], /^one unaligned harbour pilot$/u],
    ['a plural noun that looks like a verb before the phrase\'s past verb', ['As Okafor spoke, the protesters chanted, “never give up on this harbour and its people!” for minutes.'], /^the protesters$/u],
  ])('takes a noun phrase as the speaker mention with %s', (_where, paragraphs, expected) => {
    const article = articleOf(paragraphs);
    const quotation = readSpeech(article, extractMentions(article)).quotations.find((q) => q.quote.text.includes('give up'));
    const mention = quotation?.speakerMention;
    expect(mention && article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toMatch(expected);
  });

  it('gives "said Mr. X of the Y Center" to X, not to a word of the body', () => {
    const text = '“The port will reopen within the week,” said Mr. Okafor of the Harbour Policy Center.';
    const article = { ...articleOf([text]), passages: [{ file: 'fixture.txt', paragraph: 1, text, sentences: splitSentences(text) }] };
    expect(extractQuotes(article, extractMentions(article))[0]?.speaker).toBe('Okafor');
  });

  it.each([
    ['a parenthetical between subject and verb', ['Daniel Okafor, for his part, is calling the plan “a blatant abuse of the harbour budget.”'], 'abuse'],
    ['a phrase between subject and verb', ['Daniel Okafor during a rally thanked the crews “for their support in my campaign” and left.'], 'support'],
    ['a clause opened by "that"', ['It grew so large that Daniel Okafor during a rally thanked the crews “for all their loyal support in my campaign” and left.'], 'support'],
  ])('guesses the sentence\'s opening subject as the speaker with %s', (_where, paragraphs, marker) => {
    expect(quoteWith(paragraphs, marker).speaker).toBe('Daniel Okafor');
  });

  it('takes no clause words for a speaker mention ("… and said")', () => {
    const paragraphs = ['Okafor spoke first. Acme Bridge President Ingrid Solberg issued a statement saying the plan “has absolutely no place in this town” and said the crews would “have a day of reckoning” soon.'];
    expect(quoteWith(paragraphs, 'reckoning').speaker).toBe('Ingrid Solberg');
  });

  it('takes the noun phrase before the first verb, not the clause, as the mention of "… and said"', () => {
    const article = articleOf(['Harbour Watch obtained a video of the hearing and said the mayor “misled the council” about the repairs.']);
    const quotation = readSpeech(article, extractMentions(article)).quotations.find((q) => q.quote.text.includes('misled'));
    const mention = quotation?.speakerMention;
    expect(mention && article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toBe('Harbour Watch');
  });

  it.each([
    ['"the report concluded"', ['Nobody replied.', '“We will never give up on this harbour and its people,” the report concluded. “The crews agree.” Ingrid Solberg agreed.'], /^the report$/u],
    ['"the note says" after an exclamation', ['Nobody replied.', '“You are a loser! We will never give up on this harbour and its people!” the note says. Okafor sent it.'], /^the note$/u],
  ])('reads a noun that is also a cue verb after an article as the phrase\'s noun: %s', (_where, paragraphs, expected) => {
    const article = articleOf(paragraphs);
    const quotation = readSpeech(article, extractMentions(article)).quotations.find((q) => q.quote.text.includes('give up'));
    expect(quotation?.quote.speaker).toBeUndefined();
    const mention = quotation?.speakerMention;
    expect(mention && article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toMatch(expected);
  });

  it('guesses the body that opens the sentence for a short quotation nothing else attributes', () => {
    const article = articleOf(['Nobody replied.', 'The editorial goes on to slam the board’s “harbour revolution for the few” at some length.']);
    const quotation = readSpeech(article, extractMentions(article)).quotations.find((q) => q.quote.text.includes('harbour revolution'));
    const mention = quotation?.speakerMention;
    expect(mention && article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toBe('The editorial');
  });

  it('takes a body whose noun phrase names a person after "for" as a participle\'s doer', () => {
    const article = articleOf([INTRO, 'Attorneys for Okafor appeared to oppose the effort, saying in court files that the port “has never been the property of the board.”']);
    const quotation = readSpeech(article, extractMentions(article)).quotations.find((q) => q.quote.text.includes('property'));
    const mention = quotation?.speakerMention;
    expect(mention && article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toBe('Attorneys for Okafor');
  });

  it('guesses a lone "Another" that opens the sentence as the speaker mention', () => {
    const article = articleOf(['One pilot said it was rude.', 'Another tweeted, “The harbour board thinks it is above the rules and the law.”']);
    const quotation = readSpeech(article, extractMentions(article)).quotations.find((q) => q.quote.text.includes('above the rules'));
    const mention = quotation?.speakerMention;
    expect(mention && article.passages[mention.passage]!.text.slice(mention.start, mention.end)).toBe('Another');
  });

  it('guesses no dateline agency or place for the speaker', () => {
    const paragraphs = ['Harbourton (AFP) – Mayor Daniel Okafor has taken a swipe at the board, saying that “bombastic comments” do more harm than good in a storm.'];
    expect(quoteWith(paragraphs, 'bombastic').speaker).toBe('Daniel Okafor');
  });

  it('makes no title-like phrase speech by a guessed speaker alone', () => {
    const article = articleOf([INTRO, 'Okafor, for his part, waved “Save The Pier” banners outside the town hall.']);
    expect(extractQuotes(article, extractMentions(article))).toEqual([]);
  });

  it('keeps a short quotation on a sign from the noun phrase before a relative clause', () => {
    const paragraphs = [INTRO, 'Okafor told reporters simply, “We lost the vote.” T-shirts quickly appeared in the square that said “We won.”'];
    const article = articleOf(paragraphs);
    const quotation = readSpeech(article, extractMentions(article)).quotations.find((q) => q.quote.text.includes('We won'));
    const mention = quotation?.speakerMention;
    expect(mention && article.passages[mention.passage]!.text.slice(mention.start, mention.end)).not.toMatch(/T-shirts/u);
  });

  it('does not give a quotation woven into someone\'s words to the noun phrase after it', () => {
    expect(quoteWith([INTRO, 'When Okafor said he would “open the port to every ship tonight,” the crowd applauded loudly.'], 'every ship').speaker).toBe('Daniel Okafor');
  });

  it('leaves a noun phrase that holds a person\'s name to the name', () => {
    expect(quoteWith([INTRO, '“The port will reopen within the week,” the harbour director Daniel Okafor said.'], 'within the week').speaker).toBe('Daniel Okafor');
  });

  it('continues the previous paragraph\'s speaker in a paragraph that is only a quotation', () => {
    // quotes.ts makes such a paragraph part of the quotation before it, whose cue it shares.
    const quote = quoteWith(['“The port will reopen,” Daniel Okafor said.', '“The schools will follow next week.”'], 'schools');
    expect(quote).toMatchObject({ speaker: 'Daniel Okafor', text: 'The port will reopen … The schools will follow next week.', continues: [2] });
  });

  it('uses the fullest form of the speaker\'s name the article gives', () => {
    expect(quoteWith([INTRO, '“Nobody was hurt,” Okafor said.'], 'Nobody').speaker).toBe('Daniel Okafor');
  });

  it('resolves a role noun to the one person holding that role', () => {
    const quote = quoteWith(['US Secretary of State Daniel Okafor arrived in Oslo.', '“We are ready to help,” the top US diplomat said.'], 'ready');
    expect(quote).toMatchObject({ speaker: 'Daniel Okafor', cue: 'said' });
  });

  it('lets a nationality choose between two holders of a role', () => {
    const quote = quoteWith([
      'US Secretary of State Daniel Okafor met Norway’s Foreign Minister Ingrid Solberg.',
      'There was “broad agreement on the repairs,” said the top US diplomat.',
    ], 'broad');
    expect(quote.speaker).toBe('Daniel Okafor');
  });

  it('leaves a role noun unresolved when two people fit it', () => {
    const quote = quoteWith([
      'US Secretary of State Daniel Okafor met Norway’s Foreign Minister Ingrid Solberg.',
      '“We agreed on the repairs,” the diplomat said.',
    ], 'agreed');
    expect(quote.speaker).toBeUndefined();
    expect(quote.cue).toBe('said');
  });

  it('never resolves "the candidate" or "she" to a group the article counts ("many Harbourites")', () => {
    const paragraphs = [
      'Ingrid Solberg campaigned in Bergen on Monday.',
      'Many Harbourites say the new quay will help her.',
      '“It does not make me nervous,” the cautious candidate said of the race. After all, she added, her rivals “have attacked me for years.”',
    ];
    expect(quoteWith(paragraphs, 'nervous').speaker).toBe('Ingrid Solberg');
    expect(quoteWith(paragraphs, 'attacked').speaker).toBe('Ingrid Solberg');
  });

  it('does not carry a subordinate clause\'s subject across a comma', () => {
    expect(quoteWith(['As Daniel Okafor spoke, the crowd in the square chanted “open the port to every ship tonight, and keep it open”.'], 'open').speaker).toBeUndefined();
  });

  it('resolves "she" to the speaker named before it in the sentence, not the sentence before\'s subject', () => {
    const quote = quoteWith([
      'That said, Harbourites say they want the port open.',
      '“Success depends on the crews,” Solberg says, but she cautions that she sees “two sides to the repairs”.',
    ], 'two sides');
    expect(quote.speaker).toBe('Solberg');
  });

  it('attributes a quotation to a name after a spaced hyphen and before a colon', () => {
    expect(quoteWith(['POLLS WERE EARLY - Daniel Okafor: “The port will reopen.”'], 'port').speaker).toBe('Daniel Okafor');
  });

  it('attributes a question to the name and unlisted verb that make the next sentence', () => {
    expect(quoteWith(['“Would the port reopen by Friday?” Harbourwatch pressed. The answer came later.'], 'Friday').speaker).toBe('Harbourwatch');
  });

  it('takes no interviewer\'s "Q" for a speaker', () => {
    expect(quoteWith(['Q: “Will the port reopen soon?”'], 'Will').speaker).toBeUndefined();
  });

  it('attributes nothing to "it said"', () => {
    const quote = quoteWith([INTRO, '“All vessels must wait outside the harbour,” it said.'], 'vessels');
    expect(quote.speaker).toBeUndefined();
  });

  it('takes no clause between commas for an appositive of the name before it ("In Eastport, the mill is closing, said …")', () => {
    const text = 'In Eastport, the old mill is closing, said the chief executive, Ingrid Solberg.';
    expect(extractText({ text }).statements.map((s) => [s.text, s.speaker])).toEqual([['In Eastport, the old mill is closing', 'Ingrid Solberg']]);
  });

  it('reads a pair of dashes after a name as an appositive before its cue ("Lee — who is a pilot — told …")', () => {
    const text = 'Reached on Tuesday, Daniel Okafor — who is listed as a pilot in Bergen — told the Harbour Gazette he would appeal.';
    expect(extractText({ text }).statements.map((s) => [s.text, s.speaker])).toEqual([['he would appeal', 'Daniel Okafor']]);
  });

  it('leaves a quotation with no speaker in reach unattributed', () => {
    expect(quoteWith(['The storm passed.', '“Nobody expected the storm to last this long.” The port reopened.'], 'Nobody').speaker).toBeUndefined();
  });
});
