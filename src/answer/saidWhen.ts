/**
 * "When did Blinken say the US would keep answering attacks by Iran's proxies?": the day of the
 * speaker's own quotation that says it. A question about a saying paraphrases the words said
 * ("keep answering" of "continue to respond"), which the event search misses; the speaker's
 * quotations, searched by topic as `/quote` searches them, find it. The time is the one its
 * attribution gives ("said on Friday"), else, as news reports the day's sayings, the story's day.
 * An act told only as going on in what someone said ("the diplomat said the G7 was calling for
 * more aid") is dated the same way, by the saying.
 */
import type { Answer, Entity, Passage, TimeExpression } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { TRAILING_SOURCE, type QuestionOf } from './question.ts';
import { citationOf, findEvidence, matchedTerms, questionTerms, termMatches, tokenize } from './evidence.ts';
import { quoteAnswers, speakerEntity } from './quote.ts';
import { keyTerms, words } from '../text/terms.ts';
import { CUE_VERBS } from '../nlp/model/speechCues.ts';
import { pointsInTime } from '../nlp/model/timeKinds.ts';
import { storyDay } from './when.ts';
import { storyFiles } from './articleDate.ts';

/** Verbs of a saying asked about: "say", "warn", "call X Y" (not "call for"), "bring up", "give his remarks". */
const SAYING = String.raw`say|state|tell|warn|announce|declare|promise|vow|pledge|stress|insist|deny|confirm|add|note|claim|admit|caution|emphasi[sz]e|reiterate|argue|cite|recount|recall|explain|acknowledge|urge|call(?!\s+(?:for|on|off|up|in|out)\b)|describe|term|label|mention|raise|bring\s+up|speak|talk|comment|remark|give\s+(?:his|her|their|the)\s+(?:remarks|speech|comments|statement)`;
/**
 * "When did <speaker> say (that) <words>": the speaker and what was said. A verb may lead to the
 * saying ("limit himself to saying", "go on to say"), an adverb follow it ("stated firmly that").
 */
const SAID_WHEN = new RegExp(String.raw`^\s*(?:when|(?:on\s+)?(?:what|which)\s+(?:day|date|weekday|day\s+of\s+the\s+week))\s+(?:did|has|had)\s+(.+?)\s+(?:\p{Ll}+\s+to\s+)?(?:${SAYING})(?:ing)?\b(?:\s+\p{L}+ly\b)?\s*(?:that\s+)?(.*?)\??\s*$`, 'iu');

/** Share of the words said the quotation must hold: a question about one saying names most of it. */
const SAID_SHARE = 0.5;
/** The same share for the speaker's best quotation on the topic, which `/quote` already ranked by it ("he wants to make sure" frames the words said). */
const QUOTED_SHARE = 0.4;

export function saidWhenAnswers(index: CorpusIndex, question: QuestionOf<'eventTime'>): Answer[] {
  const said = SAID_WHEN.exec(question.text);
  if (said === null) return reportedWhen(index, question);
  const [speaker, topic] = [said[1] ?? '', (said[2] ?? '').replace(TRAILING_SOURCE, '')];
  const terms = questionTerms(topic);
  if (speaker === '' || terms.length === 0) return [];
  const entity = speakerEntity(index, speaker);
  // "when did Blinken give his remarks in Annapolis": only where, no words said; the day of the speaker's sayings in the stories from there.
  const setting = SETTING_ONLY.exec(topic)?.[1];
  if (setting !== undefined && entity !== undefined) return settingDay(index, setting, entity);
  // The speaker's own words or what the story reports them saying, whichever holds more of the question ("the US diplomat said the G7 was calling for …").
  const quoted = saidByQuote(index, speaker, topic, terms);
  const reported = entity === undefined ? undefined : saidByStatement(index, entity, terms);
  const saying = reported !== undefined && (quoted === undefined || reported.coverage > quoted.coverage) ? reported : quoted;
  const found = saying ?? (entity === undefined ? undefined : paraphrasedSaying(index, entity, terms));
  return found === undefined ? reportedWhen(index, question) : dayOfSaying(index, question, found, entity);
}

/**
 * "When did Blinken say the United States has Israel's back?" where a quotation of his says it: the
 * time its attribution gives beside it ("…,” he said as he flew off last night"), outside the
 * quotation marks (a date inside the words said, "an attack like October 7th", is no time of the
 * saying), else the clause of time after the cue ("he told reporters as he left"). It comes before
 * what the event search finds: that search weighs the words said, not the saying. Empty when no
 * quotation of the speaker holds most of the words or none of its passages says when.
 */
export function quotedSayingTime(index: CorpusIndex, question: QuestionOf<'eventTime'>): Answer[] {
  const said = SAID_WHEN.exec(question.text);
  const [speaker, topic] = [said?.[1] ?? '', said?.[2] ?? ''];
  const terms = questionTerms(topic);
  if (speaker === '' || terms.length === 0) return [];
  const entity = speakerEntity(index, speaker);
  const quote = quoteAnswers(index, { speaker, topic })[0];
  // The quotation must be the asked speaker's own, not one that names the speaker ("the message Biden has delivered").
  if (quote === undefined || entity === undefined || speakerEntity(index, quote.speaker ?? '')?.id !== entity.id) return [];
  if (matchedTerms(terms, tokenize(quote.text)).length < QUOTED_SHARE * terms.length) return [];
  const pieces = quote.text.split(/\s*…\s*/).filter((piece) => piece.length > 0);
  for (const cited of quote.citations) {
    const passage = index.passage(cited.file, cited.paragraph);
    if (passage === undefined) continue;
    // Curly and straight apostrophes differ between a headline and its story; folding keeps offsets.
    const folded = foldApostrophes(passage.text);
    const quoted = pieces.flatMap((piece) => {
      const at = folded.indexOf(foldApostrophes(piece));
      return at < 0 ? [] : [[at, at + piece.length] as const];
    });
    if (quoted.length === 0) continue;
    const inQuote = (offset: number) => quoted.some(([from, to]) => offset >= from && offset < to);
    const sentence = passage.sentences.findIndex((s) => foldApostrophes(s).includes(foldApostrophes(pieces[0]!.slice(0, 40))));
    const time = index.timesIn(passage).find((t) => t.sentence === sentence && pointsInTime(t) && !inQuote(t.offset) && !datesOtherEvent(passage.text, t) && !inOthersClause(index, passage.text, t.offset, entity));
    const note = `The time the story gives ${quote.speaker ?? 'the speaker'}'s saying of these words.`;
    if (time !== undefined) return [{ text: time.text, ...(time.date === undefined ? {} : { date: time.date }), score: quote.score ?? 1, matched: quote.matched ?? [], note, citations: [citationOf(passage)] }];
    const after = passage.text.slice(Math.max(...quoted.map(([, to]) => to)));
    const clause = SAYING_CLAUSE.exec(after.split(/[.!?](?:\s|$)/)[0] ?? '')?.[1];
    if (clause !== undefined) return [{ text: clause, score: quote.score ?? 1, matched: quote.matched ?? [], note, citations: [citationOf(passage)] }];
  }
  return [];
}

/**
 * A time that dates something else in the sentence: one a preposition ties to another event ("since
 * the October 7 attack", "after Friday's talks") or that qualifies the noun after it ("the October 7 attack").
 */
function datesOtherEvent(text: string, time: Pick<TimeExpression, 'text' | 'offset'>): boolean {
  // The word before the time, past an article ("since the October 7 attack").
  const before = /(\p{L}+)(?:\s+the)?[\s']*$/iu.exec(text.slice(Math.max(0, time.offset - 24), time.offset))?.[1]?.toLowerCase() ?? '';
  const after = /^\s*(\p{Ll}+)/u.exec(text.slice(time.offset + time.text.length))?.[1] ?? '';
  return OTHER_EVENT_BEFORE.has(before) || (after !== '' && !TIME_FOLLOWERS.has(after));
}

const OTHER_EVENT_BEFORE = new Set(['since', 'after', 'before', 'until', 'till', 'from', 'by', 'of']);
/** Words that may follow a saying's time ("on Friday at the end of", "last night as …"). */
const TIME_FOLLOWERS = new Set(['at', 'in', 'on', 'to', 'and', 'as', 'after', 'before', 'during', 'while', 'when', 'with', 'from', 'that', 'for', 'amid', 'of', 'but']);

/**
 * "…, which President Biden called for earlier in the week, saying": a time in a clause whose
 * subject is someone else dates that one's act. The clause runs back to a comma, a quotation mark
 * or a relative pronoun.
 */
function inOthersClause(index: CorpusIndex, text: string, offset: number, speaker: Entity): boolean {
  const clause = /(?:^|[,;:—–“”"‘’]|\b(?:which|who|whom|that|when|where)\b)([^,;:—–“”"‘’]*)$/.exec(text.slice(Math.max(0, offset - 120), offset))?.[1] ?? '';
  return words(clause).some((word) => {
    if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
    const named = index.entities.resolve(word);
    return named?.kind === 'person' && named.id !== speaker.id;
  });
}

function foldApostrophes(text: string): string {
  return text.replace(/[‘’]/g, "'");
}

/** A clause of time after a saying's cue: "he told reporters as he left", "she said before boarding". */
const SAYING_CLAUSE = new RegExp(String.raw`^[”"’'\s,]*(?:[\p{L}.'’-]+\s+){0,4}?(?:${[...CUE_VERBS].join('|')})(?:\s+(?:reporters|journalists|the\s+press))?\s+((?:as|while|before|after|upon)\s+(?:he|she|they|it)\s+\p{Ll}+(?:\s+(?:off|out|away|up|down|back))?)\b`, 'iu');

/** A saying asked about by where it was said alone: "in Annapolis", "at the summit". */
const SETTING_ONLY = /^\s*(?:in|at|during)\s+([^,]{2,60}?)\s*$/i;

/** The day a story from the setting gives the speaker's sayings ("Blinken said on Tuesday"). */
function settingDay(index: CorpusIndex, setting: string, entity: Entity): Answer[] {
  for (const file of storyFiles(index, setting)) {
    const told = sayingDay(index, file, entity.name);
    if (told !== undefined) {
      return [{ text: told.time.text, ...(told.time.date === undefined ? {} : { date: told.time.date }), score: 1, matched: questionTerms(setting), note: `The day the story from ${setting} gives ${entity.name}'s sayings.`, citations: [citationOf(told.passage)] }];
    }
  }
  return [];
}

/** Share of the question's words what a speaker reported must hold to date the act by the saying. */
const REPORTED_SHARE = 0.75;

/**
 * "When did the G7 call for more aid?", where the story only reports it ("the US diplomat said the
 * G7 was calling for more aid"): an act told only in what someone said, in the present, is dated by the saying.
 */
function reportedWhen(index: CorpusIndex, question: QuestionOf<'eventTime'>): Answer[] {
  const terms = questionTerms(question.text);
  if (terms.length === 0) return [];
  for (const { passage, score } of findEvidence(index, terms, { limit: 10, minCoverage: REPORTED_SHARE })) {
    for (const statement of index.statementsIn(passage)) {
      if (statement.speakerId === undefined || !ONGOING.test(statement.text)) continue;
      const sentence = passage.sentences.findIndex((s) => s.includes(statement.text.slice(0, 40)));
      const matched = matchedTerms(terms, tokenize(statement.text));
      const entity = index.entity(statement.speakerId);
      if (matched.length >= REPORTED_SHARE * terms.length) return dayOfSaying(index, question, { passage, sentence, matched, coverage: matched.length / terms.length, score }, entity);
    }
  }
  return [];
}

/** What a speaker says is going on ("was calling for", "is sending"): it goes on when it is said. */
const ONGOING = /\b(?:is|are|was|were)\s+\p{L}+ing\b/iu;

/** The day of a saying: the time its attribution gives, else its story's day, else the day the story gives the speaker's sayings. */
function dayOfSaying(index: CorpusIndex, question: QuestionOf<'eventTime'>, found: SaidAt, entity: Entity | undefined): Answer[] {
  const { passage, sentence, matched, score, coverage } = found;
  const evidence = { passage, score, matched, coverage };
  const attributed = index.timesIn(passage).find((time) => time.sentence === sentence && time.date !== undefined);
  if (attributed !== undefined) {
    return [{ text: attributed.text, date: attributed.date!, score: evidence.score, matched, citations: [citationOf(passage)] }];
  }
  const name = entity?.name ?? 'The speaker';
  const day = storyDay(index, evidence, question.granularity);
  if (day !== undefined) return [{ ...day, note: `${name} said it in a story of that day; the passage gives no other time.` }];
  // A story without a date of its own: the day its attribution gives the speaker's sayings elsewhere ("Blinken said on Friday at the end of a meeting").
  const told = entity === undefined ? undefined : sayingDay(index, passage.file, entity.name);
  if (told === undefined && entity !== undefined) return sameOccasionDay(index, passage, entity, score, matched);
  return told === undefined ? [] : [{ text: told.time.text, ...(told.time.date === undefined ? {} : { date: told.time.date }), score, matched, note: `${name} said it in a story that gives the day of ${name}'s sayings as this one; the passage gives no time of its own.`, citations: [citationOf(passage), citationOf(told.passage)] }];
}

/** How many passages naming an undated story's dateline place are read for other stories of the occasion. */
const OCCASION_PASSAGES = 50;

/**
 * A story without a day, from a place ("CAPRI (Reuters) –"), whose other stories give the day the
 * speaker spoke there ("Blinken said on Friday at the end of a meeting … on Capri"): the speaker's
 * sayings at that place are that day's. The dating passage must name the place itself.
 */
function sameOccasionDay(index: CorpusIndex, passage: Passage, entity: Entity, score: number, matched: string[]): Answer[] {
  const place = index.articles.get(passage.file)?.place?.split(',')[0]?.trim();
  const term = place === undefined ? undefined : keyTerms(place)[0];
  if (place === undefined || term === undefined) return [];
  const files = new Set(index.passagesWithTerm(term, OCCASION_PASSAGES).map((doc) => index.placeOf(doc).file));
  for (const file of files) {
    if (file === passage.file) continue;
    const told = sayingDay(index, file, entity.name);
    if (told === undefined || !keyTerms(told.passage.text).includes(term)) continue;
    const note = `The story from ${place} gives no day; another story dates ${entity.name}'s sayings in ${place} to this one.`;
    return [{ text: told.time.text, ...(told.time.date === undefined ? {} : { date: told.time.date }), score, matched, note, citations: [citationOf(passage), citationOf(told.passage)] }];
  }
  return [];
}

/** Where the words were said, and how much of them the question says. */
interface SaidAt {
  passage: Passage;
  /** The sentence that holds them, or −1. */
  sentence: number;
  matched: string[];
  /** The share of the question's words it holds. */
  coverage: number;
  score: number;
}

/** Where a speaker said the words the question gives: their quotation that says them, else what the story reports they said. */
export function sayingOf(index: CorpusIndex, speaker: string, topic: string): { passage: Passage; sentence: number } | undefined {
  const terms = questionTerms(topic);
  const entity = speakerEntity(index, speaker);
  if (terms.length === 0 || entity === undefined) return undefined;
  return saidByQuote(index, speaker, topic, terms) ?? saidByStatement(index, entity, terms);
}

/** The speaker's own quotation that says the words: "said on Friday" stands beside them. */
function saidByQuote(index: CorpusIndex, speaker: string, topic: string, terms: readonly string[]): SaidAt | undefined {
  const quote = quoteAnswers(index, { speaker, topic })[0];
  const cited = quote?.citations[0];
  const passage = cited === undefined ? undefined : index.passage(cited.file, cited.paragraph);
  if (quote === undefined || passage === undefined) return undefined;
  const sentence = passage.sentences.findIndex((s) => s.includes(quote.text.slice(0, 40)));
  // A quotation that runs on into the next paragraphs says its words there: the quotation and its sentence both count.
  const matched = matchedTerms(terms, tokenize(sentence < 0 ? quote.text : `${quote.text} ${passage.sentences[sentence]!}`));
  return matched.length < SAID_SHARE * terms.length ? undefined : { passage, sentence, matched, coverage: matched.length / terms.length, score: quote.score ?? 1 };
}

/** What the story reports the speaker said that says the words ("…, said Blinken, emphasizing that distribution must take place throughout Gaza"). */
function saidByStatement(index: CorpusIndex, entity: Entity, terms: readonly string[]): SaidAt | undefined {
  for (const { passage, score } of findEvidence(index, [...terms], { limit: 10, minCoverage: SAID_SHARE })) {
    for (const statement of index.statementsIn(passage)) {
      if (statement.speakerId !== entity.id) continue;
      const sentence = passage.sentences.findIndex((s) => s.includes(statement.text.slice(0, 40)));
      const matched = matchedTerms(terms, tokenize(sentence < 0 ? statement.text : passage.sentences[sentence]!));
      if (matched.length >= SAID_SHARE * terms.length) return { passage, sentence, matched, coverage: matched.length / terms.length, score };
    }
  }
  return undefined;
}

/** Fewest of the question's words a paraphrased saying must hold, and the share of them. */
const PARAPHRASE_WORDS = 3;
const PARAPHRASE_SHARE = 0.3;

/**
 * "When did Blinken say the daily number of aid trucks entering Gaza had passed 100?" for “over 100
 * trucks going into Gaza … every day”: a question retells the saying in its own words, so fewer of
 * them are the speaker's. The speaker's saying that holds the most of them answers, when it holds a
 * few (three, or two said together as the question writes them) and no saying of theirs in another story holds as many.
 */
function paraphrasedSaying(index: CorpusIndex, entity: Entity, terms: readonly string[]): SaidAt | undefined {
  const phrases = adjacentTerms(terms);
  let best: SaidAt | undefined;
  let tied = false;
  for (const { passage, score } of findEvidence(index, [...terms], { limit: 20, minCoverage: PARAPHRASE_SHARE })) {
    const sayings = [...index.quotesIn(passage), ...index.statementsIn(passage)].filter((said) => said.speakerId === entity.id);
    for (const said of sayings) {
      const tokens = tokenize(said.text);
      const matched = matchedTerms(terms, tokens);
      const phrased = phrases.some(([first, second]) => holdsPair(tokens, first, second));
      if (matched.length / terms.length < PARAPHRASE_SHARE || (matched.length < PARAPHRASE_WORDS && !phrased)) continue;
      const sentence = passage.sentences.findIndex((s) => s.includes(said.text.slice(0, 40)));
      if (best !== undefined && matched.length === best.matched.length && passage.file !== best.passage.file) tied = true;
      if (best === undefined || matched.length > best.matched.length) {
        best = { passage, sentence, matched, coverage: matched.length / terms.length, score };
        tied = false;
      }
    }
  }
  return tied ? undefined : best;
}

/** The question's content words that stand side by side in it. */
function adjacentTerms(terms: readonly string[]): Array<readonly [string, string]> {
  return terms.slice(1).map((term, k) => [terms[k]!, term] as const);
}

function holdsPair(tokens: ReturnType<typeof tokenize>, first: string, second: string): boolean {
  const terms = tokens.flatMap((token) => (token.term === null ? [] : [token.term]));
  return terms.slice(1).some((term, k) => termMatches(first, terms[k]!) && termMatches(second, term));
}

/** How many words before a time its speaker's name may stand in "Blinken said on Friday". */
const SAYING_REACH = 6;

/**
 * The time a story's attribution gives the speaker's sayings: a time right after a saying verb that
 * follows the speaker's name ("Blinken said on Friday"), else one later in a sentence whose subject
 * says something ("Blinken said his message was … as he flew off last night"), outside the words
 * said and dating no other event: a story of one occasion dates the rest of its sayings by it.
 */
function sayingDay(index: CorpusIndex, file: string, name: string): { time: TimeExpression; passage: Passage } | undefined {
  return cueDay(index, file, name) ?? sentenceDay(index, file, name);
}

/** Each time a file's paragraphs give, with its passage, in order. */
function* timesOfFile(index: CorpusIndex, file: string): Generator<{ time: TimeExpression; passage: Passage }> {
  for (let paragraph = 1, count = index.paragraphCount(file); paragraph <= count; paragraph++) {
    const passage = index.passage(file, paragraph);
    if (passage !== undefined) for (const time of index.timesIn(passage)) yield { time, passage };
  }
}

/** A time right after a saying verb that follows the speaker's name. */
function cueDay(index: CorpusIndex, file: string, name: string): { time: TimeExpression; passage: Passage } | undefined {
  const surname = words(name).at(-1)?.toLowerCase();
  for (const { time, passage } of timesOfFile(index, file)) {
    if (!pointsInTime(time)) continue;
    const before = words(passage.text.slice(Math.max(0, time.offset - 80), time.offset)).map((word) => word.toLowerCase());
    const cue = before.slice(-3).findIndex((word) => CUE_VERBS.has(word));
    if (cue < 0) continue;
    const at = before.length - 3 + cue;
    if (before.slice(Math.max(0, at - SAYING_REACH), at).includes(surname ?? '')) return { time, passage };
  }
  return undefined;
}

/** A time in a sentence where the speaker's name says something, after the saying verb, outside the words said. */
function sentenceDay(index: CorpusIndex, file: string, name: string): { time: TimeExpression; passage: Passage } | undefined {
  const surname = words(name).at(-1)?.toLowerCase();
  for (const { time, passage } of timesOfFile(index, file)) {
    if (!pointsInTime(time) || datesOtherEvent(passage.text, time)) continue;
    const before = passage.text.slice(Math.max(0, passage.text.indexOf(passage.sentences[time.sentence] ?? '')), time.offset);
    // Outside the words said: an even count of quotation marks before it in its sentence.
    if ((before.match(QUOTE_MARK)?.length ?? 0) % 2 === 1) continue;
    const cue = [...before.matchAll(/\p{L}+/gu)].find((word, at, all) => CUE_VERBS.has(word[0].toLowerCase()) && all.slice(Math.max(0, at - SAYING_REACH), at).some((w) => w[0].toLowerCase() === surname));
    // The time is the saying's when what was said closes before it, or when a clause of the speaker's own act holds it
    // ("as he flew off last night"); in "Blinken said the strike on Monday …" it dates the strike.
    if (cue !== undefined && SAYING_OCCASION.test(before.slice(cue.index))) return { time, passage };
  }
  return undefined;
}

/** A quotation mark, not an apostrophe ("Israel’s"). */
const QUOTE_MARK = /[“”"]|(?<!\p{L})[‘']|[’'](?!\p{L})/gu;
/** What closes the words said, or opens a clause of the speaker's own act, between a saying verb and its time. */
const SAYING_OCCASION = /[”"’']\s|\b(?:as|while|when|before|after|upon)\s+(?:he|she|they)\b/i;
