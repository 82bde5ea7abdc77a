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
import type { QuestionOf } from './question.ts';
import { citationOf, findEvidence, matchedTerms, questionTerms, tokenize } from './evidence.ts';
import { quoteAnswers, speakerEntity } from './quote.ts';
import { words } from '../text/terms.ts';
import { CUE_VERBS } from '../nlp/model/speechCues.ts';
import { pointsInTime } from '../nlp/model/timeKinds.ts';
import { storyDay } from './when.ts';
import { storyFiles } from './articleDate.ts';

/** "When did <speaker> say (that) <words>": the speaker and what was said. */
/** Verbs of a saying asked about: "say", "warn", "call X Y" (not "call for"), "bring up", "give his remarks". */
const SAYING = String.raw`say|tell|warn|announce|declare|promise|vow|pledge|stress|insist|deny|confirm|add|note|claim|admit|caution|emphasi[sz]e|reiterate|call(?!\s+(?:for|on|off|up|in|out)\b)|describe|term|label|mention|raise|bring\s+up|speak|talk|comment|remark|give\s+(?:his|her|their|the)\s+(?:remarks|speech|comments|statement)`;
const SAID_WHEN = new RegExp(String.raw`^\s*(?:when|(?:on\s+)?(?:what|which)\s+(?:day|date|weekday|day\s+of\s+the\s+week))\s+(?:did|has|had)\s+(.+?)\s+(?:${SAYING})\b\s*(?:that\s+)?(.*?)\??\s*$`, 'i');

/** Share of the words said the quotation must hold: a question about one saying names most of it. */
const SAID_SHARE = 0.5;

export function saidWhenAnswers(index: CorpusIndex, question: QuestionOf<'eventTime'>): Answer[] {
  const said = SAID_WHEN.exec(question.text);
  if (said === null) return reportedWhen(index, question);
  const [speaker, topic] = [said[1] ?? '', said[2] ?? ''];
  const terms = questionTerms(topic);
  if (speaker === '' || terms.length === 0) return [];
  const entity = speakerEntity(index, speaker);
  // "when did Blinken give his remarks in Annapolis": only where, no words said; the day of the speaker's sayings in the stories from there.
  const setting = SETTING_ONLY.exec(topic)?.[1];
  if (setting !== undefined && entity !== undefined) return settingDay(index, setting, entity);
  const found = saidByQuote(index, speaker, topic, terms) ?? (entity === undefined ? undefined : saidByStatement(index, entity, terms));
  return found === undefined ? reportedWhen(index, question) : dayOfSaying(index, question, found, entity);
}

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
  return told === undefined ? [] : [{ text: told.time.text, ...(told.time.date === undefined ? {} : { date: told.time.date }), score, matched, note: `${name} said it in a story that gives the day of ${name}'s sayings as this one; the passage gives no time of its own.`, citations: [citationOf(passage), citationOf(told.passage)] }];
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

/** The speaker's own quotation that says the words: "said on Friday" stands beside them. */
function saidByQuote(index: CorpusIndex, speaker: string, topic: string, terms: readonly string[]): SaidAt | undefined {
  const quote = quoteAnswers(index, { speaker, topic })[0];
  const cited = quote?.citations[0];
  const passage = cited === undefined ? undefined : index.passage(cited.file, cited.paragraph);
  if (quote === undefined || passage === undefined) return undefined;
  const sentence = passage.sentences.findIndex((s) => s.includes(quote.text.slice(0, 40)));
  const matched = matchedTerms(terms, tokenize(sentence < 0 ? quote.text : passage.sentences[sentence]!));
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

/** How many words before a time its speaker's name may stand in "Blinken said on Friday". */
const SAYING_REACH = 6;

/** The time a story's attribution gives the speaker's sayings: a time right after a saying verb that follows the speaker's name. */
function sayingDay(index: CorpusIndex, file: string, name: string): { time: TimeExpression; passage: Passage } | undefined {
  const surname = words(name).at(-1)?.toLowerCase();
  for (let paragraph = 1, count = index.paragraphCount(file); paragraph <= count; paragraph++) {
    const passage = index.passage(file, paragraph);
    if (passage === undefined) continue;
    for (const time of index.timesIn(passage)) {
      if (!pointsInTime(time)) continue;
      const before = words(passage.text.slice(Math.max(0, time.offset - 80), time.offset)).map((word) => word.toLowerCase());
      const cue = before.slice(-3).findIndex((word) => CUE_VERBS.has(word));
      if (cue < 0) continue;
      const at = before.length - 3 + cue;
      if (before.slice(Math.max(0, at - SAYING_REACH), at).includes(surname ?? '')) return { time, passage };
    }
  }
  return undefined;
}
