import type { Answer, Entity, Passage } from '../types.ts';
import { LIGHT_VERBS, namesRole } from './question.ts';
import { roleAnswers } from './roles.ts';
import { resolveRoleNoun, type RoleHolder } from '../nlp/roles.ts';
import { ROLE_FAMILIES } from '../nlp/model/roleWords.ts';
import type { CorpusIndex, IndexedQuote, IndexedStatement } from '../index/corpusIndex.ts';
import type { Question, QuestionOf } from './question.ts';
import type { TextHit } from '../index/textSearch.ts';
import { articleRelevance, citationOf, matchedTerms, questionTerms, tokenize } from './evidence.ts';
import { escapeRegExp, indexTerm, synonymsOf, words } from '../text/terms.ts';
import { TOPIC_PARAPHRASES } from '../text/wordForms.ts';
import { acronymNames, shortForms } from './spelling.ts';
import { editDistance, nameParts, normalizeName } from '../nlp/nameSimilarity.ts';
import { MAX_ANSWERS, mergeCorroborating, type Candidate } from './corroborate.ts';

/**
 * Quotations by a speaker and/or about a topic. The speaker is matched through the entity
 * table (aliases, surname alone, near spellings); the topic ranks the quotations by relevance of
 * the quotation itself and, less, of the paragraph around it. A speaker the corpus does not know,
 * or a topic no quotation speaks of, gives no answer.
 */
export function quoteAnswers(index: CorpusIndex, { speaker, topic, setting = '', text = '', clause = false }: Pick<QuestionOf<'quote'>, 'speaker' | 'topic' | 'setting' | 'clause'> & { text?: string }): Answer[] {
  const entity = speaker === '' ? undefined : speakerEntity(index, speaker);
  if (speaker !== '' && entity === undefined) return [];
  // "about the US" is about what the coverage calls the United States too.
  const groups = termGroups(index, topic);
  const terms = groups.flat();
  if (entity === undefined && terms.length === 0) return [];
  // With a speaker asked, only their quotations can answer; without, only those the topic's search reached.
  let pool: IndexedQuote[];
  let byTopic: Map<number, number> | undefined;
  if (terms.length === 0) {
    pool = index.quotesBy(entity!.id);
    // "What did X say at the summit": those said at it, as their reporting tells ("X said at the summit"), first.
    const place = termGroups(index, setting);
    if (place.length > 0) byTopic = withSettingFirst(index, place, pool);
  } else {
    const spoken = entity === undefined ? undefined : index.quoteDocsBy(entity.id);
    const hits = topicHits(index, terms, spoken);
    // A topic alone must be said (or reported around) for the most part: "the Russia-Ukraine war" is not answered by "the war".
    byTopic = topicScores(index, groups, spoken ?? topicPool(index, hits), hits, entity === undefined ? TOPIC_ALONE_SHARE : 0);
    pool = [...byTopic.keys()].sort((a, b) => a - b).map((doc) => index.quote(doc));
  }
  // Scare quotes ("boasted how “nice”") answer only when no other quotation matches: speaks of
  // the topic in its own words, or, without a topic, is by the speaker at all.
  // Asked for words on a topic, a fragment (the speaker's own, when one is asked; one with a speaker at all otherwise) whose sentence says clearly
  // more of it than any whole quotation does answers too (“practical deeds” for "backing up the warning with deeds").
  const matches = (quote: IndexedQuote): boolean => terms.length === 0 || index.matchedInQuote(quote.doc, terms).length > 0;
  const best = (scare: boolean) => Math.max(0, ...pool.filter((quote) => isScareQuote(quote) === scare && (!scare || (entity === undefined ? quote.speakerId !== undefined : quote.speakerId === entity.id))).map((quote) => byTopic?.get(quote.doc) ?? 0));
  const fragmentSaysMore = terms.length > 0 && best(true) > SCARE_QUOTE_MARGIN * best(false);
  if (!fragmentSaysMore && pool.some((quote) => !isScareQuote(quote) && matches(quote))) pool = pool.filter((quote) => !isScareQuote(quote));
  // "… say in Annapolis": only the stories about that place or occasion.
  const stories = settingStories(index, setting);
  if (stories !== undefined) pool = pool.filter((quote) => stories.has(quote.file));
  const candidates: Candidate[] = [];
  for (const quote of pool) {
    const matched = terms.length > 0 ? index.matchedInQuote(quote.doc, terms) : [];
    // Without a topic, whole statements before fragments, then in reading order.
    candidates.push(quoteCandidate(index, quote, matched, byTopic === undefined ? lengthScore(quote) : (byTopic.get(quote.doc) ?? 0)));
  }
  const answers = mergeCorroborating(candidates);
  // "What did X say about Y" in plain words may be answered by what the story reports X said, when
  // that says the topic clearly better than any quotation; /quote asks for quotations only.
  if (text !== '' && entity !== undefined && terms.length > 0) {
    const [stated] = statementAnswers(index, entity, groups, stories, clause);
    if (stated !== undefined && ((clause && saysMore(groups, stated, answers[0])) || (stated.score ?? 0) > STATEMENT_MARGIN * (answers[0]?.score ?? 0))) return [stated, ...answers];
  }
  // "What did the Pentagon say" of a speaker the coverage only reports: what it reports, in reading order.
  if (text !== '' && entity !== undefined && terms.length === 0 && answers.length === 0) return reportedWords(index, entity, stories);
  return answers.length > 0 || entity === undefined || terms.length === 0 || stories !== undefined ? answers : quotedByOthers(index, entity, groups);
}

/** The share of the topic's weight a quotation and its paragraphs must hold when no speaker is asked for. */
const TOPIC_ALONE_SHARE = 0.3;

/** The share of the topic's weight a statement must say itself to answer. */
const MIN_STATEMENT_COVERAGE = 0.5;

/** The fewest words a statement needs to answer "what did X say". */
const MIN_STATEMENT_WORDS = 5;

/** How many times the best quotation's relevance a statement must reach to answer before it: a direct quotation is preferred. */
const STATEMENT_MARGIN = 1.5;

/**
 * The speaker's statements (reported speech, "X said the G7 was calling for …") on the topic,
 * scored as quotations are by the topic's words they say themselves. Shown without quotation marks
 * (no `speaker`), with a note that says whose words the story reports.
 */
function statementAnswers(index: CorpusIndex, entity: Entity, groups: readonly TermGroup[], stories: Set<string> | undefined, clause = false): Answer[] {
  const terms = groups.flat();
  const weights = groups.map((group) => termWeight(index, group));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const query = [...terms, ...terms.flatMap(synonymsOf)].join(' ');
  const candidates: Candidate[] = [];
  for (const { doc } of index.scorePassages(query, TOPIC_HITS)) {
    const passage = index.passageAt(doc);
    if (stories !== undefined && !stories.has(passage.file)) continue;
    for (const statement of index.statementsIn(passage)) {
      // "… said the wall": too little of what was said to stand as an answer.
      if (statement.speakerId !== entity.id || words(statement.text).length < MIN_STATEMENT_WORDS) continue;
      const tokens = tokenize(statement.text);
      const said = matchedTerms(terms, tokens);
      const written = new Set(tokens.map((t) => t.term));
      const score = groups.reduce((sum, group, n) => sum + (group.some((term) => written.has(term)) ? weights[n]! : group.some((term) => said.includes(term)) ? PRESENCE.inflected * weights[n]! : 0), 0);
      // Reported words answer only when they say most of the topic: a quotation's own words vouch for it more.
      // An asked clause ("say the G7 wants … for Gaza") is said in other words: most of its parts will do.
      if (score < MIN_STATEMENT_COVERAGE * total && !(clause && 2 * countIn(groups, said) > groups.length)) continue;
      candidates.push(statementCandidate(entity, statement, passage, said, score));
    }
  }
  return mergeCorroborating(candidates);
}

/**
 * Whether a statement says every part of an asked clause where the best quotation leaves one out:
 * "what did X say the US has done to back up its warning" is "X added that the U.S. has backed up
 * its warning with …", not "the United States has Israel's back".
 */
function saysMore(groups: readonly TermGroup[], stated: Answer, quoted: Answer | undefined): boolean {
  const said = countIn(groups, stated.matched ?? []);
  const quotedSays = quoted === undefined ? 0 : countIn(groups, quoted.matched ?? []);
  // All of the clause where the quotation leaves some out, or most of it where the quotation says little.
  return (said === groups.length && quotedSays < groups.length) || (2 * said > groups.length && 2 * quotedSays < groups.length);
}

/** The speaker's statements of some length, in reading order (the best few), from the given stories or all. */
function reportedWords(index: CorpusIndex, entity: Entity, stories: Set<string> | undefined): Answer[] {
  const candidates: Candidate[] = [];
  // Read in article order, at most this many: someone named in thousands of articles costs a bounded read.
  const read = entity.files.filter((file) => stories === undefined || stories.has(file)).slice(0, REPORTED_FILES_READ);
  for (const file of read) {
    for (let paragraph = 1, count = index.paragraphCount(file); paragraph <= count && candidates.length < MAX_ANSWERS; paragraph++) {
      for (const statement of index.statementsIn({ file, paragraph })) {
        const passage = index.passage(file, paragraph);
        if (statement.speakerId !== entity.id || words(statement.text).length < MIN_STATEMENT_WORDS || passage === undefined) continue;
        // Earlier first: the lead says what matters most.
        candidates.push(statementCandidate(entity, statement, passage, [], 1 / (1 + candidates.length)));
      }
    }
  }
  return mergeCorroborating(candidates);
}

/** How many of a speaker's articles are read for what the coverage reports they said, when it quotes them nowhere. */
const REPORTED_FILES_READ = 50;

/** A statement as an answer: its words, `reported` (never in quotation marks, no `speaker`), and a note that says whose words the story reports. */
function statementCandidate(entity: Entity, statement: IndexedStatement, passage: Passage, matched: string[], score: number): Candidate {
  return {
    key: statement.text.toLowerCase(),
    answer: { text: statement.text, reported: true, matched, note: `${entity.name} ${statement.cue ?? 'said'} this, as the story tells it (not a direct quotation).` },
    score,
    source: statement,
    cite: () => citationOf(passage),
  };
}

/**
 * Each quotation's relevance to its setting (as `topicScores` weighs a topic), plus its `lengthScore`
 * as a far smaller share: quotations the setting is not told beside still answer, after those it is.
 */
function withSettingFirst(index: CorpusIndex, place: readonly TermGroup[], pool: readonly IndexedQuote[]): Map<number, number> {
  const spoken = pool.map((quote) => quote.doc);
  const near = topicScores(index, place, spoken, topicHits(index, place.flat(), spoken));
  return new Map(pool.map((quote) => [quote.doc, (near.get(quote.doc) ?? 0) + SEARCH_SHARE * lengthScore(quote)]));
}

/**
 * The stories a setting ("Annapolis", "the G7 meeting") names: the articles whose passages hold
 * all of its words. Undefined without a setting.
 */
function settingStories(index: CorpusIndex, setting: string): Set<string> | undefined {
  const terms = questionTerms(setting);
  if (terms.length === 0) return undefined;
  const relevance = articleRelevance(index, terms, 1 / terms.length);
  return new Set([...relevance].filter(([, { covered }]) => covered.size === terms.length).map(([file]) => file));
}

/**
 * "What did Biden tell anyone thinking of a second front" where the coverage quotes Biden only
 * inside someone else's quotation ("President Biden said on day one to anyone thinking of opening
 * a second front … ‘don’t.’"): that quotation, when it names the speaker with a saying verb and
 * holds at least half of the topic's words. Shown with its own speaker and a note that says so.
 */
function quotedByOthers(index: CorpusIndex, entity: Entity, groups: readonly TermGroup[]): Answer[] {
  const terms = groups.flat();
  const surname = escapeRegExp(entity.name.split(/\s+/).at(-1)!);
  const tells = new RegExp(String.raw`\b${surname}\b(?:\s+[\p{L}’'-]+){0,3}?\s+(?:${RETELLING_VERBS})\b`, 'iu');
  const hits = topicHits(index, terms);
  const candidates: Candidate[] = [];
  for (const doc of topicPool(index, hits)) {
    const quote = index.quote(doc);
    if (quote.speakerId === entity.id || !tells.test(quote.text)) continue;
    const matched = index.matchedInQuote(doc, terms);
    const inQuote = countIn(groups, matched);
    if (2 * inQuote < groups.length) continue;
    const candidate = quoteCandidate(index, quote, matched, (hits.quotes.get(doc) ?? 0) * inQuote);
    candidates.push({ ...candidate, answer: { ...candidate.answer, note: `The coverage quotes ${entity.name} only as ${candidate.answer.speaker ?? 'this quotation'} tells it.` } });
  }
  return mergeCorroborating(candidates);
}

/** A quotation as a candidate answer: its words, speaker and cue, cited to its paragraph; equal wordings vote together. */
function quoteCandidate(index: CorpusIndex, quote: IndexedQuote, matched: string[], score: number): Candidate {
  const speakerName = quote.speakerId === undefined ? undefined : index.entity(quote.speakerId)?.name;
  return {
    key: quote.text.toLowerCase().replace(/\W+/g, ' ').trim(),
    answer: {
      text: quote.text,
      ...(speakerName === undefined ? {} : { speaker: speakerName }),
      ...(quote.cue === undefined ? {} : { cue: quote.cue }),
      matched,
    },
    score,
    source: quote,
    cite: () => {
      const passage = index.passage(quote.file, quote.paragraph);
      return passage === undefined ? undefined : citationOf(passage);
    },
  };
}

/** Verbs with which a quotation tells what someone else said ("President Biden said on day one …"). */
const RETELLING_VERBS = 'said|says|told|tells|warned|has\\s+said|had\\s+said|made\\s+clear';

/**
 * Why a quote question with a speaker found nothing, when the reason is that no one is that
 * speaker: a name the coverage does not know, or a role that no one, or more than one, holds.
 */
export function unresolvedSpeaker(index: CorpusIndex, question: Question): string | undefined {
  if (question.kind !== 'quote' || question.speaker === '' || speakerEntity(index, question.speaker) !== undefined) return undefined;
  const who = namesRole(question.speaker) ? 'no one, or more than one person, holds that role' : 'it names no one the coverage quotes';
  return `The coverage does not say who “${question.speaker}” is: ${who}.`;
}

/**
 * Why a quote question with a speaker the coverage knows found nothing: it quotes nothing by them
 * (on the topic asked, or at all). "What did President Biden say …" where Biden is only mentioned.
 */
export function unquotedSpeaker(index: CorpusIndex, question: Question): string | undefined {
  if (question.kind !== 'quote' || question.speaker === '') return undefined;
  const entity = speakerEntity(index, question.speaker);
  if (entity === undefined) return undefined;
  const quoted = index.quoteCountBy(entity.id) > 0;
  return quoted && question.topic !== ''
    ? `The coverage quotes ${entity.name}, but nothing on “${question.topic}”.`
    : quoted
      ? undefined
      : `The coverage quotes nothing by ${entity.name}.`;
}

/**
 * The entity a speaker asked for is: by name ("Quill", "Sec. Quill"), or, for a description
 * ("the harbour minister", "the top U.S. diplomat"), whoever the corpus says holds that role. A
 * description's words may spell an organisation too ("the Secretary of State" near "State
 * Department"): a role's holder comes before it. No one, or several, holding it gives none.
 */
export function speakerEntity(index: CorpusIndex, speaker: string): Entity | undefined {
  const named = index.entities.resolve(speaker);
  if (named?.kind === 'person') return named;
  // "the Middle East Institute's Vatanka": a person named after the body they work for.
  const owned = OWNED_NAME.exec(speaker)?.[1];
  const person = owned === undefined ? undefined : index.entities.resolve(owned);
  if (person?.kind === 'person') return person;
  // "Iraq's army" is the body the coverage quotes as "Iraq's military": its last word by a synonym.
  const body = named ?? bodyBySynonym(index, speaker);
  if (body !== undefined && body !== named && index.quoteCountBy(body.id) > 0) return body;
  const role = namesRole(speaker) ? speaker.replace(/^\s*(the|a|an)\s+/i, '') : undefined;
  // A body quoted under its own name ("the ministry said") is its own speaker.
  if (named !== undefined && role === undefined && index.quoteCountBy(named.id) > 0) return named;
  const holder = role === undefined ? undefined : (roleAnswers(index, role)[0]?.text ?? familyHolder(index, role.toLowerCase()));
  return (holder === undefined ? undefined : index.entities.resolve(holder)) ?? ownedDescription(index, speaker) ?? named ?? misspeltSpeaker(index, speaker);
}

/** How many letters a quoted speaker's surname may differ by when a phone types it as another word. */
const SPEAKER_SLIPS = 2;

/**
 * The one quoted person whose surname a single typed word of six letters or more comes within two
 * edits of, starting with the same letter ("Blinking" for Blinken, "Tajine" for Tajani): autocorrect
 * turns a name into a real word, which the entity table's one-typo allowance does not reach.
 */
function misspeltSpeaker(index: CorpusIndex, speaker: string): Entity | undefined {
  const typed = words(speaker).map((word) => normalizeName(word));
  if (typed.length !== 1 || typed[0]!.length < 6) return undefined;
  const word = typed[0]!;
  const near = index.entityList.filter((entity) => entity.kind === 'person' && index.quoteCountBy(entity.id) > 0 && nameParts(entity.name).some((part) => part.length >= 5 && part[0] === word[0] && Math.abs(part.length - word.length) <= 1 && editDistance(part, word, SPEAKER_SLIPS) <= SPEAKER_SLIPS));
  return near.length === 1 ? near[0] : undefined;
}

/** The entity a speaker names with its last word changed for a synonym ("Iraq's army" → "Iraq's military"). */
function bodyBySynonym(index: CorpusIndex, speaker: string): Entity | undefined {
  const last = /(\p{L}+)\s*$/u.exec(speaker);
  const term = last === null ? null : indexTerm(last[1]!);
  if (last === null || term === null) return undefined;
  for (const synonym of synonymsOf(term)) {
    const found = index.entities.resolve(`${speaker.slice(0, last.index)}${synonym}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A name after a possessive ("the Middle East Institute's Alex Vatanka"). */
const OWNED_NAME = /['’]s\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u;

/**
 * "the Middle East Institute's Iran expert": a body's person described by words other than a
 * title. Whoever's title names both the body and the description's qualifiers ("director of the
 * Iran program at the Middle East Institute") is meant; its head noun ("expert") is not a title
 * word, so it is left out. Only one such person answers, and a bare "X's <noun>" (which may be the
 * body itself: "Iraq's military") none.
 */
function ownedDescription(index: CorpusIndex, speaker: string): Entity | undefined {
  const owned = /^\s*(?:the\s+)?(.+?)['’]s\s+(.+)$/iu.exec(speaker);
  const qualifiers = owned?.[2]?.trim().split(/\s+/).slice(0, -1) ?? [];
  if (owned === null || qualifiers.length === 0) return undefined;
  const holders = roleAnswers(index, `${qualifiers.join(' ')} ${owned[1]}`);
  return holders.length === 1 ? index.entities.resolve(holders[0]!.text) : undefined;
}

/**
 * The one person a description of a role family names ("the top diplomat" is a Secretary of State
 * or a Foreign Minister): only a family's word, not any title sharing its head ("minister"), says who.
 */
function familyHolder(index: CorpusIndex, description: string): string | undefined {
  return [...ROLE_FAMILIES.keys()].some((key) => description.includes(key)) ? resolveRoleNoun(description, roleHolders(index)) : undefined;
}

/** Everyone the corpus gives a role, with their titles: what a role noun ("the top diplomat") may stand for. */
function roleHolders(index: CorpusIndex): RoleHolder[] {
  return index.entityList
    .filter((entity) => entity.kind === 'person' && entity.roles.length > 0)
    .map((entity) => ({ name: entity.name, roles: entity.roles.map((claim) => claim.title) }));
}

/** Search hits read for a topic asked without a speaker: enough for the best few answers. */
const TOPIC_HITS = 100;

/** What a topic's search scored: quotations and paragraphs, by document. */
interface TopicHits {
  quotes: Map<number, number>;
  passages: Map<number, number>;
}

/** The topic's search over the corpus, or, for a speaker's quotations, over them and the paragraphs they stand in and follow. */
function topicHits(index: CorpusIndex, terms: readonly string[], spoken?: readonly number[]): TopicHits {
  const query = [...terms, ...terms.flatMap(synonymsOf)].join(' ');
  const scores = (hits: readonly TextHit[]) => new Map(hits.map(({ doc, score }) => [doc, score]));
  if (spoken === undefined) return { quotes: scores(index.scoreQuotes(query, TOPIC_HITS)), passages: scores(index.scorePassages(query, TOPIC_HITS)) };
  const quotes = new Set(spoken);
  const passages = new Set<number>();
  for (const doc of spoken) {
    const { file, paragraph } = index.quotePlace(doc);
    for (const at of [paragraph, paragraph - 1]) {
      const passage = index.passageDoc(file, at);
      if (passage !== undefined) passages.add(passage);
    }
  }
  return { quotes: scores(index.scoreQuotes(query, quotes.size, quotes)), passages: scores(index.scorePassages(query, passages.size, passages)) };
}

/**
 * The quotations a topic's search reached: found themselves, or in a paragraph it found, or right
 * after one (whose reporting may say what they are about).
 */
function topicPool(index: CorpusIndex, hits: TopicHits): number[] {
  const pool = new Set(hits.quotes.keys());
  for (const doc of hits.passages.keys()) {
    const { file, paragraph } = index.placeOf(doc);
    for (const at of [paragraph, paragraph + 1]) for (const quote of index.quoteDocsIn(file, at)) pool.add(quote);
  }
  return [...pool];
}

/**
 * How surely a topic's word found around a quotation says the quotation is about it: the word
 * itself in the quotation; another form of it there ("terrorist" for "terrorism"), or in a
 * reporter's question just before ("Asked who was responsible, …"); in the sentence a fragment is
 * woven into (“will not tolerate” attacks on its personnel: the sentence says what the fragment
 * means); in the sentence that carries a whole quotation or the one before it; elsewhere in its
 * paragraph or the paragraph before.
 */
const PRESENCE = { written: 1, prompted: 1, weaving: 0.9, inflected: 0.7, nearby: 0.6, paragraph: 0.3 };

/**
 * A light verb says little of a topic ("getting aid into Gaza"): its weight, against a telling
 * word's rarity (a few units; see `TextSearch.rarity`).
 */
const LIGHT_WEIGHT = 0.3;

/** A span in quotation marks (curly or straight, double or single). */
const QUOTED_SPAN = /“[^”]*”?|"[^"]*"?|‘[^’]*’/g;

/** The search's score breaks ties between quotations that say the topic equally: scaled to stay below a word's weight. */
const SEARCH_SHARE = 0.01;

/**
 * Each quotation's relevance to the topic: the topic's words it and the reporting around it say,
 * each weighed by how telling it is (its rarity among the passages: a story's every paragraph
 * names Israel, one says "depravity") and by where it stands (`PRESENCE`). A long quotation
 * that says the topic's one telling word beats a short one that says only its common words,
 * which a search score, normalised for length, would not. The search's own score breaks ties.
 * Quotations are read by their best possible relevance (every word found around them counted as
 * written in them), and reading stops once no further one can reach the best few answers: a
 * speaker quoted thousands of times costs a look-up each and a few reads, not thousands.
 */
function topicScores(index: CorpusIndex, groups: readonly TermGroup[], pool: readonly number[], hits: TopicHits, minShare = 0): Map<number, number> {
  const terms = groups.flat();
  const weights = groups.map((group) => termWeight(index, group));
  const least = minShare * weights.reduce((sum, weight) => sum + weight, 0);
  const weightOf = (matched: ReadonlyArray<readonly string[]>): number =>
    groups.reduce((sum, group, n) => sum + (group.some((term) => matched.some((found) => found.includes(term))) ? weights[n]! : 0), 0);
  const paragraphScore = (doc: number | undefined): number => (doc === undefined ? 0 : (hits.passages.get(doc) ?? 0));
  const found = pool.flatMap((doc) => {
    const { file, paragraph } = index.quotePlace(doc);
    // The quotation's paragraph and the one before, as search documents.
    const hereDoc = index.passageDoc(file, paragraph);
    const beforeDoc = index.passageDoc(file, paragraph - 1);
    const searched = (hits.quotes.get(doc) ?? 0) + paragraphScore(hereDoc) + paragraphScore(beforeDoc);
    // Neither the quotation nor its paragraphs were found: it scores nothing, whatever its words.
    if (searched === 0) return [];
    // Which topic terms the quotation and its paragraphs hold, from the index: none is read yet.
    const inQuote = index.matchedInQuote(doc, terms);
    const inParagraphs = [...(hereDoc === undefined ? [] : index.matchedInPassage(hereDoc, terms)), ...(beforeDoc === undefined ? [] : index.matchedInPassage(beforeDoc, terms))];
    const bound = weightOf([inQuote, inParagraphs]);
    return bound === 0 || bound < least ? [] : [{ doc, searched, inQuote, inParagraphs, bound: bound + SEARCH_SHARE * searched, hereDoc, beforeDoc }];
  });
  found.sort((a, b) => b.bound - a.bound || a.doc - b.doc);
  const scores = new Map<number, number>();
  // The best relevances so far, highest first: only the best few decide when reading stops.
  const best: number[] = [];
  for (const { doc, searched, inQuote, inParagraphs, bound, hereDoc, beforeDoc } of found) {
    if (best.length >= MAX_ANSWERS && bound < best[MAX_ANSWERS - 1]!) break;
    const quote = index.quote(doc);
    const { introduction, prompt } = surroundingsOf(index, quote, hereDoc, beforeDoc);
    const inIntroduction = matchedTerms(terms, tokenize(introduction));
    // The sentence before may be another quotation's: its words are that quotation's, not this one's reporting.
    const inPrompt = matchedTerms(terms, tokenize(prompt.replace(QUOTED_SPAN, ' ')));
    const asked = /^\W*asked\b/i.test(prompt);
    let relevance = SEARCH_SHARE * searched;
    groups.forEach((group, n) => {
      const has = (matched: readonly string[]) => group.some((term) => matched.includes(term));
      const presence = group.some((term) => index.quoteHolds(doc, term)) ? PRESENCE.written
        : asked && has(inPrompt) ? PRESENCE.prompted
        : quote.partial && has(inIntroduction) ? PRESENCE.weaving
        : has(inQuote) ? PRESENCE.inflected
        : has(inIntroduction) || has(inPrompt) ? PRESENCE.nearby
        : has(inParagraphs) ? PRESENCE.paragraph
        : 0;
      relevance += weights[n]! * presence;
    });
    scores.set(doc, relevance);
    keepBest(best, relevance, MAX_ANSWERS);
  }
  return scores;
}

/**
 * How telling a topic's word is: its rarity among the passages, in the form the coverage most
 * often uses ("hits" is rare, but it matches "attack", which is not); a light verb weighs little.
 */
function termWeight(index: CorpusIndex, group: TermGroup): number {
  if (LIGHT_TERMS.has(group[0]!)) return LIGHT_WEIGHT;
  return Math.max(...group.map((term) => Math.min(index.passageTermRarity(term), ...synonymsOf(term).map((other) => index.passageTermRarity(other)))));
}

const LIGHT_TERMS: ReadonlySet<string> = new Set([...LIGHT_VERBS].map(indexTerm).filter((term): term is string => term !== null));

/**
 * A topic's word, or the words that count as one: an acronym and the name it stands for ("US",
 * "United States"), so a passage that spells the name out is not counted twice for it.
 */
type TermGroup = readonly string[];

function termGroups(index: CorpusIndex, topic: string): TermGroup[] {
  const named = new Map(acronymNames(index, topic).flatMap(([acronym, names]) => questionTerms(acronym).map((term) => [term, questionTerms(names.join(' '))] as const)));
  // "the Group of Seven" is also what the coverage calls "G7".
  for (const [name, short] of shortForms(index, topic)) for (const term of questionTerms(name)) named.set(term, [...(named.get(term) ?? []), ...questionTerms(short)]);
  return questionTerms(topic).map((term) => [term, ...(named.get(term) ?? []), ...(PARAPHRASES.get(term) ?? [])]);
}

/** Each topic word's paraphrases (`TOPIC_PARAPHRASES`), as index terms. */
const PARAPHRASES: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of TOPIC_PARAPHRASES) {
    const terms = [...new Set(group.map(indexTerm).filter((term): term is string => term !== null))];
    for (const term of terms) map.set(term, [...(map.get(term) ?? []), ...terms.filter((other) => other !== term)]);
  }
  return map;
})();

/** How many of the groups (a term counted as `matchedTerms` counts it) one of the texts whose matched terms are given holds: what `matchedTerms` finds in the texts joined by spaces. */
function countIn(groups: readonly TermGroup[], ...matched: ReadonlyArray<readonly string[]>): number {
  let count = 0;
  for (const group of groups) if (group.some((term) => matched.some((found) => found.includes(term)))) count++;
  return count;
}

/** Adds a value to a list of the highest values, highest first, kept to `size`. */
export function keepBest(best: number[], value: number, size: number): void {
  let at = best.length;
  while (at > 0 && best[at - 1]! < value) at--;
  if (at >= size) return;
  best.splice(at, 0, value);
  if (best.length > size) best.length = size;
}

/** Each quotation's surroundings, kept while the index keeps the quotation: a speaker's quotations are read again by the next question about them. */
const knownSurroundings = new WeakMap<IndexedQuote, { introduction: string; prompt: string }>();

/** `surroundings` of a quotation whose paragraph and the one before are the given passage documents. */
function surroundingsOf(index: CorpusIndex, quote: IndexedQuote, hereDoc: number | undefined, beforeDoc: number | undefined): { introduction: string; prompt: string } {
  let known = knownSurroundings.get(quote);
  if (known === undefined) {
    const here = hereDoc === undefined ? undefined : index.passageAt(hereDoc);
    const before = beforeDoc === undefined ? undefined : index.passageAt(beforeDoc);
    knownSurroundings.set(quote, (known = surroundings(quote, here, before)));
  }
  return known;
}

/** The sentence that carries a quotation, and the sentence before it (possibly the previous paragraph's last). */
function surroundings(quote: IndexedQuote, here: Passage | undefined, before: Passage | undefined): { introduction: string; prompt: string } {
  // The first piece's words: an interrupted quotation is shown joined by " … ".
  const opening = quote.text.split(' … ')[0]!.slice(0, 20);
  // Only the quotation's own paragraph carries it; the sentence before may be the previous paragraph's last.
  const at = here === undefined ? -1 : here.sentences.findIndex((sentence) => sentence.includes(opening));
  if (here === undefined || at < 0) return { introduction: here?.text ?? '', prompt: '' };
  return { introduction: here.sentences[at]!, prompt: (at > 0 ? here.sentences[at - 1] : before?.sentences.at(-1)) ?? '' };
}

/** A fragment woven into a sentence that quotes a word or term ("nice", "fake news"), not a statement ("will not tolerate"). */
const MAX_SCARE_QUOTE_WORDS = 2;

/** How many times the best whole quotation's relevance a fragment's must reach to answer beside it. */
const SCARE_QUOTE_MARGIN = 1.5;

/** A scare quote, or a partial quotation no one is named for (a chant or a banner's “Save the pier!”). */
function isScareQuote(quote: IndexedQuote): boolean {
  return quote.partial && (quote.speaker === undefined || quote.text.split(/\s+/).length <= MAX_SCARE_QUOTE_WORDS);
}

function lengthScore(quote: IndexedQuote): number {
  return (quote.partial ? 0.5 : 1) + Math.min(quote.text.length, 400) / 4000;
}
