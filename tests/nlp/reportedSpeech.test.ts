import { afterAll, describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/extract.ts';
import { SPEECH_TAGGER } from '../../src/nlp/model/learnedCues.ts';
import { useSpeechTagger } from '../../src/nlp/reportedSpeech.ts';
import type { TaggerModel } from '../../src/nlp/speechTagger.ts';

/** The statements of a short article (a headline, then the body), as [text, speaker, mention]. */
function statements(body: string, headline = 'Port talks resume'): Array<[string, string | undefined, string | undefined]> {
  const text = `${headline}\n\n${body}`;
  return extractText({ text }).statements.map((s) => [s.text, s.speaker, s.speakerStart === undefined ? undefined : text.slice(s.speakerStart, s.speakerEnd)]);
}

describe('reported speech: what follows a verb of saying', () => {
  it.each([
    ['a subject with a verb no list knows', 'Tom Ray said each ferry carries 200 riders.', 'each ferry carries 200 riders'],
    ['a pronoun subject', 'Tom Ray said he hopes the port reopens.', 'he hopes the port reopens'],
  ])('reads %s as what was said', (_case, body, said) => {
    expect(statements(body).map(([text]) => text)).toEqual([said]);
  });

  it.each([
    ['a long phrase of place and time', 'Tom Ray said in an interview with the Harbour Gazette last week that the ferries run late.'],
    ['an aside set off by commas', 'Tom Ray said, with some regret, that the ferries run late.'],
  ])('starts what was said at its "that" after %s', (_case, body) => {
    expect(statements(body).map(([text]) => text)).toEqual(['that the ferries run late']);
  });

  it('ends what was said where "and" brings back the speaker with a verb of their own', () => {
    expect(statements('Ann Lee said the ferries run late and she accused the board of hiding the delays.').map(([text]) => text))
      .toContainEqual('the ferries run late');
  });

  it('ends what was said at ", and" before a clause with a subject and verb of its own', () => {
    expect(statements('Tom Ray said the ferries run late, and the harbour union has sued the board.').map(([text]) => text)).toEqual(['the ferries run late']);
  });

  it('keeps a second "that" clause after ", and" in what was said', () => {
    expect(statements('Tom Ray said that the ferries run late, and that the board has known for years.').map(([text]) => text))
      .toEqual(['that the ferries run late, and that the board has known for years']);
  });

  it('ends what was said at the comma of a sentence that opens on a group ("Among those who said …, most …")', () => {
    // The main clause may be a stance of its own ("most backed the new board"), never more of what "those" said.
    expect(statements('Among those who said the ferries run late, most backed the new board.').map(([text]) => text)[0]).toBe('the ferries run late');
  });

  it.each([
    ['"about" and a count', 'Tom Ray said about half of the ferries run late.', 'about half of the ferries run late'],
    ['"at least" and a numeral', 'Tom Ray reported at least 12 ferries ran late.', 'at least 12 ferries ran late'],
  ])('reads what was said from a quantity that opens it (%s)', (_case, body, said) => {
    expect(statements(body).map(([text]) => text)).toEqual([said]);
  });

  it('still reads "said at" and "said about" a place or topic as no part of what was said', () => {
    expect(statements('Tom Ray said at the pier that the ferries run late.').map(([text]) => text)).toEqual(['that the ferries run late']);
  });

  it('reads no statement in a verb of saying with an object and no clause', () => {
    expect(statements('Tom Ray said nothing about fares.')).toEqual([]);
  });
});

describe('reported speech: the object of a verb of stance', () => {
  it.each([
    ['a name alone', 'Tom Ray endorsed Ann Lee on Monday.', 'Ann Lee'],
    ['its prepositional phrases, not its time', 'Tom Ray defended his record as mayor during the debate.', 'his record as mayor'],
  ])('reads %s as what the speaker holds a view on', (_case, body, said) => {
    expect(statements(body).map(([text, speaker]) => [text, speaker])).toEqual([[said, 'Tom Ray']]);
  });
});

describe('reported speech: what precedes its cue', () => {
  it('takes what precedes "…, X said on Tuesday," when a clause of the writer\'s follows ("even as …"), not that clause', () => {
    const found = statements('The strait must stay open to every ship, envoy Mara Quill said on Tuesday, even as the navy warned it would close it.');
    expect(found.map(([text, speaker]) => [text, speaker])).toContainEqual(['The strait must stay open to every ship', 'Mara Quill']);
    expect(found.some(([text, speaker]) => speaker === 'Mara Quill' && text.startsWith('even as'))).toBe(false);
  });

  it('takes a whole sentence before "…, X said" even without a verb form it knows', () => {
    expect(statements('But he operates on a different principle, Tom Ray said.')).toEqual([['But he operates on a different principle', 'Tom Ray', 'Tom Ray']]);
  });

  it.each([
    ['a description with a clause of its own', 'The ferries run late, said Tom Ray, a port official, who notes that fares rose.'],
    ['a phrase of how it was said', 'The ferries run late, said Tom Ray, with a shrug that had been seen before.'],
  ])('takes what precedes "…, said X," followed by %s, not both sides', (_case, body) => {
    expect(statements(body).map(([text, speaker]) => [text, speaker])).toContainEqual(['The ferries run late', 'Tom Ray']);
  });

  it('joins both sides around a speaker set inside what was said when one or two words finish it', () => {
    expect(statements('Any attempt to fix the old pier, Tom Ray said, looks hopeless.').map(([text]) => text))
      .toEqual(['Any attempt to fix the old pier, Tom Ray said, looks hopeless']);
  });

  it('still joins both sides around a speaker set inside what was said', () => {
    expect(statements('The ferries, said Tom Ray, will run late all winter.').map(([text]) => text)).toEqual(['The ferries, said Tom Ray, will run late all winter']);
  });

  it('takes both sides of "according to X" set inside a sentence whose own clause goes on after it', () => {
    expect(statements('At the time, according to the harbour log, the crews left the pier.').map(([text]) => text))
      .toEqual(['At the time, according to the harbour log, the crews left the pier']);
  });

  it.each([
    ['opening the sentence', 'As reported by the Harbour Gazette, the crews left the pier early.', 'the crews left the pier early', 'the Harbour Gazette'],
    ['closing it', 'The crews left the pier early, as first reported by the Harbour Gazette.', 'The crews left the pier early', 'the Harbour Gazette'],
  ])('reads "as reported by X" %s as "according to X"', (_case, body, said, source) => {
    expect(statements(body)).toEqual([[said, undefined, source]]);
  });

  it('still reads a description after "…, according to X," as X\'s, not as more of what was said', () => {
    expect(statements('The ferries will run late, according to Ann Lee, the harbour director.').map(([text]) => text)).toEqual(['The ferries will run late']);
  });

  it('takes what precedes "according to X" when no comma sets it off', () => {
    expect(statements('The port leads its rivals by 20 berths according to a count by the harbour board.').map(([text]) => text))
      .toEqual(['The port leads its rivals by 20 berths']);
  });
});

describe('reported speech: speakers that are no known name', () => {
  it.each([
    ['a long noun phrase with a relative clause', 'Riders who have waited for years say the ferries are late.', 'the ferries are late', 'Riders who have waited for years'],
    ['a relative pronoun', 'The plan was backed by Ann Lee, who said the port needs a pier.', 'the port needs a pier', 'who'],
  ])('reads a verb of saying after %s', (_case, body, said, mention) => {
    expect(statements(body)).toContainEqual([said, undefined, mention]);
  });

  it('reads the name set off by commas after a description as the speaker ("One of his aides, X, told …")', () => {
    expect(statements('One of the harbour pilots, Tom Ray, told reporters that the ferries run late.')).toEqual([['that the ferries run late', 'Tom Ray', 'Tom Ray']]);
  });

  it('reads "…, saying …" after a subject that is a plain noun phrase', () => {
    expect(statements('A district judge sided with the port, saying the closure broke the law.').map(([text]) => text)).toEqual(['the closure broke the law']);
  });

  it('reads the rest of a paragraph that opens with a name and a colon', () => {
    expect(statements('Nothing new.', 'Tom Ray: The port will reopen in May').map(([text, speaker]) => [text, speaker])).toEqual([['The port will reopen in May', 'Tom Ray']]);
  });
});

describe('reported speech: speakers that stand for one named before', () => {
  it('reads the body that opens a sentence as the speaker of its second verb ("… condemned … and said …")', () => {
    expect(statements('Norland’s navy condemned on Tuesday what it called reckless raids and said it had seized a boat with a launcher.')).toContainEqual(['it had seized a boat with a launcher', 'Norland’s navy', 'Norland’s navy']);
  });

  it('reads the last speaker, in the paragraph or the one before, as the speaker of what "the statement" said', () => {
    const body = 'Norland’s navy said it had seized a boat with a launcher.\n\nA small boat was towed to the port. Six unfired rockets were removed, the statement said.';
    expect(statements(body)).toContainEqual(['Six unfired rockets were removed', 'Norland’s navy', 'the statement']);
  });
});

describe('reported speech: questions and hedges', () => {
  it('reads a question put to someone as a statement without a speaker', () => {
    expect(statements('Asked whether the port would reopen, Tom Ray smiled.')).toEqual([['whether the port would reopen', undefined, undefined]]);
  });

  it('reads the question after a longer phrase of time and place ("Asked at a briefing Monday in …")', () => {
    expect(statements('Asked at a briefing on Monday in Eastport about the new pier, Tom Ray smiled.')).toEqual([['about the new pier', undefined, undefined]]);
  });

  it.each([
    ['seemed to', 'The board seemed to favour a new pier.', 'The board seemed to favour a new pier'],
    ['is expected to', 'The new ferry is expected to sail in May.', 'The new ferry is expected to sail in May'],
  ])('reads a clause hedged by "%s" as a statement without a speaker', (_case, body, said) => {
    expect(statements(body)).toEqual([[said, undefined, undefined]]);
  });

  it.each([
    ['"is widely seen as"', 'The new pier is widely seen as a gift to the ferry owners.', 'The new pier is widely seen as a gift to the ferry owners'],
    ['"had been viewed as"', 'The levy had long been viewed as a threat to the port.', 'The levy had long been viewed as a threat to the port'],
    ['"is considered" and a complement', 'Tom Ray is considered an asset for the board.', 'Tom Ray is considered an asset for the board'],
  ])('reads a clause that a passive of view (%s) reports as a statement without a speaker', (_case, body, said) => {
    expect(statements(body)).toEqual([[said, undefined, undefined]]);
  });

  it('reads no view in "seen" at a place', () => {
    expect(statements('Tom Ray was seen at the pier on Monday.')).toEqual([]);
  });

  it('leaves a wish to be seen as something to the verb of wishing ("hopes to be seen as …")', () => {
    expect(statements('Tom Ray hopes to be seen as a builder.')).toEqual([['to be seen as a builder', 'Tom Ray', 'Tom Ray']]);
  });

  it('reads no statement in "appeared" meaning showing up', () => {
    expect(statements('Tom Ray appeared at the hearing on Monday.')).toEqual([]);
  });
});

describe('reported speech: where a statement ends', () => {
  it('reads two speakers of one sentence as two statements', () => {
    expect(statements('Six in 10 riders said the ferries were late, and three in 10 said the fares were too high.').map(([text]) => text))
      .toEqual(['the ferries were late', 'the fares were too high']);
  });

  it.each([
    [', according to …', 'Tom Ray said the port would reopen in May, according to the minutes.', 'the port would reopen in May'],
    [', which …', 'Tom Ray said the port would get a new pier, which the board rejected.', 'the port would get a new pier'],
    [', and he …', 'Tom Ray said the port would reopen in May, and he left.', 'the port would reopen in May'],
    [', compared with …', 'Most riders said the ferries were late, compared with a third last year.', 'the ferries were late'],
  ])('ends a statement at "%s"', (_case, body, said) => {
    expect(statements(body).map(([text]) => text)).toContain(said);
  });

  it('ends what was said inside an opening subordinate clause at its comma', () => {
    const said = statements('When Tom Ray thanked the crew and said the pier was ready, a horn sounded.').map(([text]) => text);
    expect(said).toContain('the pier was ready');
    expect(said.some((text) => text.includes('horn'))).toBe(false);
    expect(statements('While Tom Ray said that fares would stay low, the board raised them.').map(([text]) => text)).toEqual(['that fares would stay low']);
  });

  it('reads a capitalised word in -ed ("United") as part of a name, not the verb after the subject', () => {
    expect(statements('The United Ferry Workers obtained a copy of the contract and said the fares would rise.').map(([, , mention]) => mention)).toEqual(['The United Ferry Workers']);
    expect(statements('Northfield United obtained a copy of the lease and said the pitch would close.').map(([, , mention]) => mention)).toEqual(['Northfield United']);
  });

  it('keeps the commas of what was said when the opening clause closed before the cue', () => {
    expect(statements('When asked about the levy, Tom Ray said fares would rise, ferries would slow, and piers would close.').map(([text]) => text))
      .toContain('fares would rise, ferries would slow, and piers would close');
  });

  it('leaves out words whose statements are mostly no claim ("the states", "knew")', () => {
    expect(statements('Tom Ray knew the port would reopen.')).toEqual([]);
  });
});

describe('reported speech: the trained tagger', () => {
  /** A tagger with all weights zero: every cue word in `cueWords` starts a statement when the threshold is below zero, none when above; no early end. */
  const flat = (cueWords: string, startThreshold: number): TaggerModel => ({ bits: 4, scale: 1, startThreshold, endThreshold: 0, cueWords, weights: Buffer.alloc(32).toString('base64') });
  afterAll(() => useSpeechTagger(SPEECH_TAGGER));

  it.each([
    ['a noun-phrase object, with its speaker before the cue', 'Tom Ray opposed the harbour levy.', [['the harbour levy', 'Tom Ray']]],
    ['a speaker before auxiliaries and adverbs', 'Ann Lee has long opposed the harbour levy.', [['the harbour levy', 'Ann Lee']]],
    ['a cue word outside the tagger\'s words as nothing', 'Tom Ray backed the harbour levy.', []],
  ])('reads %s', (_case, body, expected) => {
    useSpeechTagger(flat('opposed', -1));
    expect(statements(body).map(([text, speaker]) => [text, speaker])).toEqual(expected);
  });

  it('takes a plain noun phrase before the cue as the speaker mention, with no name', () => {
    useSpeechTagger(flat('opposed', -1));
    expect(statements('The harbour survey opposed the levy.')).toEqual([['the levy', undefined, 'The harbour survey']]);
  });

  it('reads nothing after a refusal: what someone declined to confirm is not what they said', () => {
    useSpeechTagger(flat('confirm', -1));
    expect(statements('Tom Ray declined to confirm the harbour closure.')).toEqual([]);
    expect(statements('Tom Ray was quick to confirm the harbour closure.').map(([text]) => text)).toEqual(['the harbour closure']);
  });

  it('reads nothing where the start model says no', () => {
    useSpeechTagger(flat('opposed', 1));
    expect(statements('Tom Ray opposed the harbour levy.')).toEqual([]);
  });

  it('leaves a statement the rules found as it is', () => {
    useSpeechTagger(flat('said', -1));
    expect(statements('Tom Ray said the levy would pass.').map(([text]) => text)).toEqual(['the levy would pass']);
  });

  it('ends a statement where the end model says so', () => {
    // An end threshold below zero closes the statement at the first token after its start: one word, too short.
    useSpeechTagger({ ...flat('opposed', -1), endThreshold: -1 });
    expect(statements('Tom Ray opposed the harbour levy.')).toEqual([]);
  });
});

describe('reported speech: clause boundaries of what was said', () => {
  it('reads a contracted subject as a clause ("says he’s …")', () => {
    expect(statements('Tom Ray says he’s the only candidate who can win.').map(([text]) => text)).toEqual(['he’s the only candidate who can win']);
  });

  it('takes what precedes "…, said X, a description of X"', () => {
    expect(statements('The ferries will run late all winter, said Ann Lee, a spokeswoman for the harbour board.').map(([text, speaker]) => [text, speaker]))
      .toEqual([['The ferries will run late all winter', 'Ann Lee']]);
  });

  it('keeps a relative clause on the subject of what was said', () => {
    expect(statements('Tom Ray said that the harbour master, who took office in May, would reopen the pier.').map(([text]) => text))
      .toEqual(['that the harbour master, who took office in May, would reopen the pier']);
  });

  it('ends what was said where another speaker starts after ", and"', () => {
    expect(statements('Half of the riders said the ferries were late, and more than 4 in 10 said the fares were too high.').map(([text]) => text))
      .toEqual(['the ferries were late', 'the fares were too high']);
  });

  it.each([
    ['after', 'Six in ten riders say the ferries are safe, after Tom Ray said the same in the spring.'],
    ['because', 'Six in ten riders say the ferries are safe, because Ann Lee told them the hulls were new.'],
  ])('ends what was said where another speaker starts after ", %s"', (_case, body) => {
    expect(statements(body).map(([text]) => text)[0]).toBe('the ferries are safe');
  });

  it('reads no statement in an adjunct after "X said,"', () => {
    expect(statements('“We are ready,” Tom Ray said, smiling at the crowd in the harbour.').map(([text]) => text)).toEqual([]);
  });
});

describe('reported speech: the object of a cue ends at a second verb of its subject', () => {
  it('ends "endorsed X … and has …" before the second verb', () => {
    expect(statements('Tom Ray endorsed Ann Lee and has appeared at her rallies since.').map(([text]) => text)).toEqual(['Ann Lee']);
  });
});

describe('reported speech: a speaker set off by a comma before a closing cue', () => {
  it.each([
    ['a plain noun phrase', 'The pier will reopen in May, a source close to him said.', 'The pier will reopen in May'],
    ['a description before the name', 'The pier will reopen in May, harbour master Tom Ray said in an interview on Monday.', 'The pier will reopen in May'],
    ['two groups joined by "and"', 'The pier will reopen in May, riders and union officials told reporters.', 'The pier will reopen in May'],
  ])('reads what precedes %s', (_case, body, said) => {
    expect(statements(body).map(([text]) => text)).toEqual([said]);
  });

  it('reads no statement before "…, and X said something"', () => {
    expect(statements('The judge rubbed his chin, and then Tom Ray said something odd.').map(([text]) => text)).toEqual([]);
  });
});

describe('reported speech: hedged clauses', () => {
  it.each([
    ['"appeared to"', 'The harbour board appeared to back the plan.', 'The harbour board appeared to back the plan'],
    ['"seemed" with a complement', 'The riders seemed equally unperturbed.', 'The riders seemed equally unperturbed'],
    ['a hedge up to a clause of time', 'The strike seemed a distant memory, as the ferries sailed again.', 'The strike seemed a distant memory'],
  ])('reads %s as a statement with no speaker', (_case, body, said) => {
    expect(statements(body)).toEqual([[said, undefined, undefined]]);
  });

  it('reads no hedge in "appeared on"', () => {
    expect(statements('Tom Ray appeared on the evening news.')).toEqual([]);
  });
});

describe('reported speech: cue words that are no cue', () => {
  it('reads no statement after a possessive noun ("Editor’s note:")', () => {
    expect(statements('Editor’s note: The ferries run late every winter.').map(([text]) => text)).toEqual([]);
  });

  it('ends the object of a stance verb before "at" and "in a …"', () => {
    expect(statements('Tom Ray endorsed Ann Lee at a news conference.').map(([text]) => text)).toEqual(['Ann Lee']);
  });
});

describe('reported speech: a headline that names its source before a colon', () => {
  it('reads what follows a source that is no name', () => {
    expect(statements('Nothing new.', 'Harbour board: Ferries will run late all winter').map(([text, , mention]) => [text, mention]))
      .toEqual([['Ferries will run late all winter', 'Harbour board']]);
  });

  it.each([['Breaking: Ferries will run late all winter'], ['WATCH: Ferries will run late all winter'], ['Revealed: Ferries will run late all winter']])(
    'reads no statement after a kicker (%s)', (headline) => {
      expect(statements('Nothing new.', headline)).toEqual([]);
    },
  );
});

describe('reported speech: "according to X," before what was said', () => {
  it.each([
    ['a preposition', 'According to the harbour board, in a normal winter the ferries run late.', 'in a normal winter the ferries run late'],
    ['an approximation', 'According to the harbour board, about 12 percent of the ferries run late.', 'about 12 percent of the ferries run late'],
  ])('reads the clause after its comma even when it opens with %s', (_case, body, said) => {
    expect(statements(body).map(([text]) => text)).toEqual([said]);
  });
});

describe('reported speech: more clause boundaries', () => {
  it.each([
    ['", despite …"', 'Tom Ray said the pier will reopen in May, despite the cost of the repairs.', 'the pier will reopen in May'],
    ['", even as …"', 'Tom Ray said the pier will reopen in May, even as the board has cut its budget.', 'the pier will reopen in May'],
    ['", with whom …"', 'Tom Ray criticized Ann Lee, with whom he clashed at the debate over the pier.', 'Ann Lee'],
  ])('ends what was said at %s', (_case, body, said) => {
    expect(statements(body).map(([text]) => text)).toEqual([said]);
  });
});

describe('reported speech: adjuncts after a cue that follows a quotation', () => {
  it('reads no statement in how a quotation was said', () => {
    expect(statements('“We are ready,” Tom Ray said happily on the radio as the ferries sailed.').map(([text]) => text)).toEqual([]);
  });

  it('still reads a clause after a quotation and its cue', () => {
    expect(statements('“We are ready,” Tom Ray said, and he added that the ferries would sail at dawn.').map(([text]) => text)).toContain('that the ferries would sail at dawn');
  });
});

describe('reported speech: one-word answers', () => {
  it.each([['yes', 'Most riders said yes.'], ['so', 'Half of the riders said so in December.']])('reads "said %s"', (word, body) => {
    expect(statements(body).map(([text]) => text)).toEqual([word]);
  });

  it('reads no answer in "said so far"', () => {
    expect(statements('Tom Ray said so far nothing has changed.').map(([text]) => text)).not.toContain('so');
  });
});

describe('reported speech: an object and its infinitive', () => {
  it('ends before a second verb of the speaker', () => {
    expect(statements('Tom Ray urged party leaders to reject the plan and has repeatedly criticized the board.').map(([text]) => text))
      .toContain('party leaders to reject the plan');
  });
});

describe('reported speech: a "that" clause after any verb or adjective', () => {
  it.each([
    ['a verb no list knows', 'The harbour board conceded privately that the ferries would run late.', 'that the ferries would run late'],
    ['an adjective after "be"', 'Riders are optimistic that the pier will reopen in May.', 'that the pier will reopen in May'],
  ])('reads the clause after %s', (_case, body, said) => {
    expect(statements(body).map(([text]) => text)).toContain(said);
  });

  it.each([['a noun (a relative clause)', 'The board drafted a bill that would close the pier.'], ['"so that"', 'Tom Ray left early so that he could catch the ferry.']])(
    'reads none after %s', (_case, body) => {
      expect(statements(body)).toEqual([]);
    },
  );
});

describe('reported speech: objects that make no claim', () => {
  it.each([
    ['a reflexive object', 'Tom Ray found himself stuck in a long line at the port.'],
    ['a plain noun phrase after "found"', 'Tom Ray found ways to cut the ferry fares last year.'],
    ['a naming participle after an indefinite noun phrase', 'The riders formed a new group called Ferry Friends of the Bay.'],
  ])('reads no statement in %s', (_case, body) => {
    expect(statements(body)).toEqual([]);
  });

  it('still reads a finding with a clause or a predicate in "-ing"', () => {
    expect(statements('The survey found Ann Lee leading Tom Ray by five points.').map(([text]) => text)).toEqual(['Ann Lee leading Tom Ray by five points']);
  });
});

describe('reported speech: a phrase of time or place before a speaker', () => {
  it.each([
    ['a phrase of occasion', 'In a speech last June, Tom Ray declared:'],
    ['phrases of time', 'Then, last week, Ann Lee called.'],
    ['a time that closes its phrase', 'A year later, Ann Lee wrote.'],
  ])('reads none when %s alone stands before the speaker and verb', (_case, body) => {
    expect(statements(body)).toEqual([]);
  });

  it('still reads a sentence that opens with such a phrase', () => {
    expect(statements('In the harbour, ferries run late, Tom Ray said.').map(([text]) => text)).toEqual(['In the harbour, ferries run late']);
  });
});

describe('reported speech: the object of a verb of stance', () => {
  it('goes on past commas that list more of it', () => {
    expect(statements('Ann Lee attacked the board, the mayor, and the harbour union for the delays.').map(([text]) => text))
      .toEqual(['the board, the mayor, and the harbour union for the delays']);
  });

  it('still ends at a comma before a participle of its speaker', () => {
    expect(statements('Ann Lee criticized the board, saying the ferries run late.').map(([text]) => text)).toContain('the board');
  });
});

describe('reported speech: a number written with a thousands comma', () => {
  it('is one number, not a comma before a speaker', () => {
    expect(statements('The Harbour Gazette reported that 1,100 fares weren’t disclosed.').map(([text]) => text)).toEqual(['that 1,100 fares weren’t disclosed']);
  });

  it('still speaks as a quantity', () => {
    expect(statements('Ferries ran late all week, and 2,500 riders said the pier should close.').map(([text]) => text)).toContain('the pier should close');
  });
});

describe('reported speech: a closing cue whose tail opens with a time', () => {
  it('reads what precedes "…, he said Wednesday morning on …"', () => {
    expect(statements('Housing costs will rise in Porto next year, he said Wednesday morning on Radio Lyon.').map(([text]) => text))
      .toEqual(['Housing costs will rise in Porto next year']);
  });
});

describe('reported speech: a list the tagger’s end would cut at its first comma', () => {
  it.each([
    ['of stance', 'Lopes opposed low wages, long hours and unsafe piers in Porto.', 'low wages, long hours and unsafe piers in Porto'],
    ['of a long-held view', 'Silva has long championed free ferries, cheaper rents and open piers.', 'free ferries, cheaper rents and open piers'],
  ])('goes on to the list’s last item (%s)', (_case, body, said) => {
    expect(statements(body).map(([text]) => text)).toContain(said);
  });

  it('still ends at a comma before a clause', () => {
    expect(statements('Lopes opposed low wages, and the union has sued the board in Porto.').map(([text]) => text)).not.toContain('low wages, and the union has sued the board in Porto');
  });
});

describe('reported speech: the one told after "to" before a "that"', () => {
  it('starts what was said at the "that" after "wrote to the mayor’s office"', () => {
    expect(statements('The Porto Historical Society wrote to the mayor’s office that it did not have permission to use the emblem.').map(([text]) => text))
      .toEqual(['that it did not have permission to use the emblem']);
  });

  it('reads no "that" after "pledged to" and a verb', () => {
    expect(statements('Silva pledged to stay in the race through the Lyon vote and beyond that.').map(([text]) => text)).not.toContain('that');
  });
});

describe('reported speech: a quoted fragment that ends on its comma inside the marks', () => {
  it.each([
    ['curly marks', 'Silva said the pier was “a disgrace,” and harbour officials said the two ferries were quite different.'],
    ['the typewriter doubles of older wires', "Silva said the pier was ''a disgrace,'' and Tom Ray said the two ferries were quite different."],
    ['an opening subordinate clause', 'While Silva called the pier “a disgrace,” the port’s lawyers said the two ferries were quite different.'],
  ])('sets off the next speaker’s clause as a comma outside would (%s)', (_case, body) => {
    expect(statements(body).map(([text]) => text)).toContain('the two ferries were quite different');
  });
});

describe('reported speech: a headline whose source before the colon is more than a name', () => {
  it.each([
    ['a name after words that are no title', 'Silva to Tom Ray: Ferries will run late all summer', 'Ferries will run late all summer'],
    ['a name whose first word is not read as part of it', 'Bill Silva: Ferries will run late all summer', 'Ferries will run late all summer'],
  ])('reads what follows the colon as what was said (%s)', (_case, headline, said) => {
    expect(statements('The mayor spoke in Porto on Monday.', headline).map(([text]) => text)).toContain(said);
  });
});

describe('reported speech: a cue in a relative clause set off by commas', () => {
  it('ends what was said at the comma before the sentence’s own verb', () => {
    const said = statements('Mr. Silva, who said that the pier was unsafe for ferries, issued a statement on Tuesday.').map(([text]) => text);
    expect(said).toContain('that the pier was unsafe for ferries');
    expect(said.some((text) => text.includes('issued'))).toBe(false);
  });

  it('reads what was said after a time phrase, without "that" ("who said last week the pier …")', () => {
    expect(statements('Mr. Silva, who said last week the pier was unsafe for ferries, issued a statement on Tuesday.').map(([text]) => text))
      .toEqual(['the pier was unsafe for ferries']);
  });

  it('still reads a comma inside what was said that no verb follows', () => {
    expect(statements('Mr. Silva, who said that the pier, the docks and the sheds were unsafe, issued a statement.').map(([text]) => text))
      .toContain('that the pier, the docks and the sheds were unsafe');
  });
});

describe('reported speech: cue words the rules leave out are the tagger’s to weigh', () => {
  it('reads what "call" names when its frame reports a view ("Others call it …")', () => {
    expect(statements('Others call it the ferry mess.').map(([text]) => text)).toContain('it the ferry mess');
  });
});

describe('reported speech: a closing pair before a dash', () => {
  it.each([
    ['a dash', 'Late ferries will end this year, sooner than expected, the harbour board reported on Tuesday — a development that raises new questions for the mayor.'],
    ['a typed double hyphen', 'Late ferries will end this year, sooner than expected, the harbour board reported on Tuesday -- a development that raises new questions for the mayor.'],
  ])('takes what precedes the pair when the writer goes on after %s', (_case, body) => {
    const said = statements(body).map(([text]) => text);
    expect(said).toContain('Late ferries will end this year, sooner than expected');
    expect(said.some((text) => text.includes('a development'))).toBe(false);
  });

  it('takes only the aside a pair of dashes sets off around the pair', () => {
    expect(statements('The question for the mayor is not whether the ferries stop — that will not happen, officials say — but how fares are set.').map(([text]) => text))
      .toContain('that will not happen');
  });
});

describe('reported speech: a closing "said" before the one who spoke', () => {
  it('reads the description after "…, said" as the speaker, not as more of what was said', () => {
    expect(statements('The ferry plant is hanging on, said the company’s chief executive.').map(([text]) => text)).toEqual(['The ferry plant is hanging on']);
  });
});

describe('reported speech: an elided year between a cue and its "that"', () => {
  it('starts what was said at the "that" after "said in ‘08" (an opening single mark for the apostrophe)', () => {
    expect(statements('Rep. Ann Silva said in ‘08 that the early vote was a surprise.').map(([text]) => text)).toEqual(['that the early vote was a surprise']);
  });
});
