/** Event questions: who did (or underwent) what the question says, in the passages about its event. */
import type { Answer, EntityKind, Mention, Passage } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { foldTerm, indexTerm, words } from '../text/terms.ts';
import { CUE_VERBS } from '../nlp/model/speechCues.ts';
import {
  anchorWeights,
  givenNameWeights,
  datelineLength,
  isFigure,
  findEvidence,
  questionNames,
  matchPositions,
  matchedTerms,
  namedInQuestion,
  OPENS_ON_PRONOUN,
  questionTerms,
  sentenceTokens,
  termMatches,
  tokenize,
  type Evidence,
  type Token,
} from './evidence.ts';
import { roleAnswers, roleOf } from './roles.ts';
import { INSTITUTIONS, ROLE_HEADS } from '../nlp/model/roleWords.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';
import { asksNegatively, eventTermsOf, negatesEvent } from './premise.ts';
import { askedVerb, kindWords, LIGHT_VERBS, roleTaken, type Participant, type QuestionOf } from './question.ts';
import { EVENT_NOUNS, IRREGULAR_VERBS } from '../text/wordForms.ts';
import { sameWord } from '../text/termMatch.ts';
import { placeNamed } from './capitals.ts';

/** What the event answerer reads of a question. */
export type EventQuestion = Pick<QuestionOf<'eventActor'>, 'text' | 'asks' | 'wants' | 'whose' | 'orPlace'>;

/** How much a "who" question prefers each kind of entity: people first, organisations if need be. */
const KIND_WEIGHT: Record<EntityKind, number> = { person: 1, organization: 0.5, place: 0.15 };

/**
 * In the place the question asks about (the doer, or the one blamed, attacked, met), an
 * organisation takes part in its own right and a place stands for its government, a little less surely.
 */
const PARTICIPANT_KIND_WEIGHT: Record<EntityKind, number> = { person: 1, organization: 1, place: 0.5 };

/** A candidate in the grammatical place the question asks for counts more; in the other place, less. */
const RELATION_WEIGHT = { asked: 1.5, other: 0.4, unknown: 1 };

/** The weight of a candidate in a sentence that does not tell the question's act (in any of its forms or synonyms). */
const ACT_UNTOLD_WEIGHT = 0.5;

/** A candidate's place around the event's verb: doer, one done to, or not told by word order. */
export type Relation = Participant | 'unknown';

/** One entity named near the event's words, with what the answer's choice weighs (for a ranker too). */
export interface ActorCandidate extends Candidate {
  kind: EntityKind;
  relation: Relation;
  /** Words between the candidate and the nearest of the question's words. */
  distance: number;
  /** Share of the question's key terms in the candidate's sentence. */
  sentenceCoverage: number;
  evidence: Evidence;
}

/**
 * The entities named closest to the question's key terms in the passages about its event:
 * "Who was arrested in Port Ellis?" finds the sentence with "arrested" and "Port Ellis" and the
 * person that sentence is about.
 */
export function eventAnswers(index: CorpusIndex, question: EventQuestion): Answer[] {
  const all = actorCandidates(index, question);
  // "Which group took …" is answered by an organisation, not by the people near it.
  // "Which government played down …" is answered by "Norland played down …" too: a place standing for its government.
  const found = question.wants === undefined ? all : all.filter((candidate) => candidate.kind === question.wants || (question.orPlace === true && candidate.kind === 'place' && candidate.relation === question.asks));
  // A place answers "who" only as a stand-in for its government ("Marlow dismissed …", "blamed the
  // U.S."): in the place the question asks about, or, when nobody else fits, for a question about a
  // doer; never as a setting for one who was hurt or arrested.
  const actors = found.filter((candidate) => candidate.kind !== 'place' || candidate.relation === question.asks);
  return mergeCorroborating(actors.length > 0 || question.asks !== 'agent' ? actors : found);
}

/** Every candidate answer to an event question, scored by the rules; one per mention and sentence. */
export function actorCandidates(index: CorpusIndex, question: EventQuestion): ActorCandidate[] {
  // "Which countries' leaders …": the kind asked for is no word the passage about it needs to hold.
  const kind = question.wants === 'place' ? new Set(kindWords(question.text).map(indexTerm).filter((term) => term !== null)) : new Set<string>();
  const terms = questionTerms(question.text, kind);
  const eventTerms = eventTermsOf(index, question.text, terms);
  const negationCounts = !asksNegatively(question.text);
  const weights = new Map([...givenNameWeights(index, question.text), ...anchorWeights(question.text)]);
  const found: ActorCandidate[] = [];
  const holders = new Map<string, string | undefined>();
  const names = questionNames(index, question.text);
  const taken = questionTerms(roleTaken(question.text) ?? '');
  const reading: Reading = { terms, eventTerms, negationCounts, question, holders, weights, taken, names, asksResponsible: question.asks === 'agent' && ASKS_RESPONSIBLE.test(question.text), asksAttacker: question.asks === 'agent' && (ASKS_RESPONSIBLE.test(question.text) || terms.some((term) => !weights.has(term) && termMatches(ATTACK, term))) };
  const evidences = findEvidence(index, terms, { limit: 15, minCoverage: terms.length <= 2 ? 1 : 0.6, names, weights, continuations: OPENS_ON_PRONOUN });
  for (const evidence of evidences) {
    found.push(...candidatesIn(index, evidence, reading));
    // "A small truck was seized with …" names no one who seized it: the paragraph before may ("… said it had captured a truck").
    const before = question.asks === 'agent' && tellsActWithoutAgent(evidence.passage, eventTerms) ? earlierEvidence(index, evidence, terms) : undefined;
    if (before !== undefined && !evidences.some((e) => e.passage === before.passage)) found.push(...candidatesIn(index, before, reading));
  }
  return found;
}

/** Share of its own score a paragraph before an agentless passive is read with: it only may name the agent. */
const EARLIER_SHARE = 0.5;

/** The paragraph before an evidence passage, as evidence of its own (half its score). */
function earlierEvidence(index: CorpusIndex, evidence: Evidence, terms: readonly string[]): Evidence | undefined {
  const { file, paragraph } = evidence.passage;
  const doc = index.passageDoc(file, paragraph - 1);
  if (doc === undefined) return undefined;
  const matched = index.matchedInPassage(doc, terms);
  return { passage: index.passageAt(doc), score: evidence.score * EARLIER_SHARE, matched, coverage: matched.length / terms.length };
}

/** A sentence that tells the asked act in the passive with no "by" after it ("A small truck was seized with a launcher …"). */
function tellsActWithoutAgent(passage: Passage, eventTerms: readonly string[]): boolean {
  return passage.sentences.some((_, s) => {
    const tokens = sentenceTokens(passage, s);
    return matchPositions(eventTerms, tokens).some((p) => PASSIVE_AUX.has(tokens[p - 1]?.word.toLowerCase() ?? '') && !tokens.slice(p + 1).some((t) => t.word.toLowerCase() === 'by'));
  });
}

interface Reading {
  terms: string[];
  eventTerms: string[];
  /** False when the question itself is negative. */
  negationCounts: boolean;
  question: EventQuestion;
  /** Role holders already looked up for this question, by description and file: the same description recurs across passages. */
  holders: Map<string, string | undefined>;
  /** Lower weights of the terms of a clause that only anchors the event ("on the day …"). */
  weights: ReadonlyMap<string, number>;
  /** Terms of the role the asked one takes ("as foreign minister"; see `roleTaken`), and of the names the question writes. */
  taken: readonly string[];
  names: readonly string[];
  /** "Who was responsible for / behind …": the one the coverage blames answers, not the one blaming. */
  asksResponsible: boolean;
  /** "Who carried out the airstrikes …": the question's words name an attack, whose doer a demonym may name ("Israeli airstrikes"). */
  asksAttacker: boolean;
}

/** Question words that ask for whoever is to blame: the synonyms of blaming read the other way round. */
const ASKS_RESPONSIBLE = /\b(?:responsible|behind)\b/i;
const BLAMING_TERMS = ['blame', 'accuse'].map((word) => indexTerm(word)!);

/** A word of blaming or accusing ("Blaming", "accused"): its object, not its subject, is the one responsible. */
function isBlaming(token: Token): boolean {
  return token.term !== null && BLAMING_TERMS.some((term) => sameWord(term, token.term!));
}

function candidatesIn(index: CorpusIndex, evidence: Evidence, reading: Reading): ActorCandidate[] {
  const { passage } = evidence;
  const { terms, eventTerms, question } = reading;
  // "Who shot down the missiles": the act is "shot", whatever particle goes with it.
  const asked = askedVerb(question.text, true);
  // "Which minister said …" asks for a speaker, whatever else its words name.
  const asksSpeaker = words(question.text).some((word) => CUE_VERBS.has(word.toLowerCase()));
  const verb = asked === undefined ? null : indexTerm(asked);
  const mentions = index.mentionsIn(passage);
  // A name that is part of another mention's stated role ("chairman of … Acme") only describes it.
  const modifiers = mentions.filter((m) => mentions.some((other) => other !== m && other.role?.includes(m.name)));
  const dateline = datelineLength(passage.text);
  const candidates: ActorCandidate[] = [];
  // "Who killed Haniyeh": the names the question puts after its act are whom it was done to.
  const actAt = asked === undefined ? -1 : question.text.toLowerCase().indexOf(asked.toLowerCase());
  // Not the names of a clause that only anchors the event ("on the day of the Tel Aviv press event").
  const undergoers = question.asks === 'agent' && actAt >= 0 ? reading.names.filter((name) => !reading.weights.has(name) && questionTerms(question.text.slice(actAt + asked!.length)).includes(name)) : [];
  let sentenceStart = 0;
  passage.sentences.forEach((sentence, at) => {
    const before = candidates.length;
    const start = passage.text.indexOf(sentence, sentenceStart);
    sentenceStart = start < 0 ? sentenceStart : start + sentence.length;
    const tokens = sentenceTokens(passage, at);
    // The answer stands by the event's words, not by those of the clause that anchors it.
    const core = terms.filter((term) => !reading.weights.has(term));
    const matches = matchPositions(core.length > 0 ? core : terms, tokens);
    if (matches.length === 0) return;
    const weight = (term: string) => reading.weights.get(term) ?? 1;
    const coverageOf = (covered: readonly Token[]) => matchedTerms(terms, covered).reduce((sum, term) => sum + weight(term), 0) / terms.reduce((sum, term) => sum + weight(term), 0);
    // "… However, Norland downplayed the incident": the sentence that told the incident lends its words.
    const told = actsOnEarlier(at, tokens, verb) ? Math.max(0, ...passage.sentences.slice(0, at).map((_, before) => coverageOf([...sentenceTokens(passage, before), ...tokens]))) : at === 0 && evidence.continues ? coverageOf([...lastSentenceBefore(index, passage), ...tokens]) : 0;
    const sentenceCoverage = Math.max(coverageOf(tokens), ANAPHORIC_SHARE * told);
    // The answer is named in a sentence about the question, not in a neighbour that shares one word.
    if (sentenceCoverage < 0.5) return;
    // "Norland has not admitted the raid" names nobody who struck.
    if (reading.negationCounts && negatesEvent(tokens, eventTerms)) return;
    const verbs = matchPositions(eventTerms, tokens);
    // "The toll reached 1,200, the ministry said" answers "who put the toll at 1,200?": a sentence
    // that reports the question's fact without its act makes its speaker the one who did it.
    const compounds = verb === null ? [] : compoundAgents(tokens, verb, asked!);
    const askedAt = verb === null ? [] : matchPositions([verb], tokens);
    // "four days of relentless Israeli airstrikes": the country whose strikes they are carried them out.
    const attackers = reading.asksAttacker ? [...sentence.matchAll(NATIONAL_ATTACK)].flatMap((match) => {
      const country = placeNamed(index, match[1]!);
      const at = tokens.findIndex((t) => t.offset >= (match.index ?? 0));
      return country === undefined || at < 0 ? [] : [{ country, at }];
    }) : [];
    // A sentence that names who attacked does not make its speaker the attacker.
    // Only for an act that only puts or tells the fact ("put the toll at", "reported that"): a sentence
    // without "bombed" does not make its speaker the bomber ("… through the Rafah crossing," Lee said).
    const reportsFact = attackers.length === 0 && (verb === null || (askedAt.length === 0 && compounds.length === 0 && tellsFact(asked!)));
    // "Iran has blamed the U.S. for involvement in …" for "who denied U.S. involvement": a sentence without the act tells less of who did it.
    const actTold = verb === null || askedAt.length > 0 || compounds.length > 0 || reportsFact ? 1 : ACT_UNTOLD_WEIGHT;
    // "The attack by Hamas …, said the director of the Iran program" for "who attacked Iran": whom the
    // question names as undergoing the act stands far from every word of it, so the act was done to someone else.
    const undergone = undergoers.length === 0 || nearAct(matchPositions(undergoers, tokens), matchPositions(eventTerms, tokens)) ? 1 : FAR_UNDERGOER_WEIGHT;
    // "Israeli Prime Minister Benjamin Netanyahu found himself …" for "who replaced Netanyahu as prime
    // minister": a sentence without the act whose only words of the question name (and title) whom the
    // question names tells nothing of the act.
    if (verb !== null && askedAt.length === 0 && compounds.length === 0 && onlyNamesAsked(matchPositions(terms, tokens), mentions, tokens, question.text)) return;
    // "… the State Department said … during the Secretary's trip" for "who replaced Blinken as secretary of
    // state": without the act, the words of the role taken and the names asked about tell no one took it.
    if (verb !== null && askedAt.length === 0 && compounds.length === 0 && reading.taken.length > 0 && matchedTerms(terms, tokens).every((term) => reading.taken.includes(term) || reading.names.includes(term))) return;
    // "It is an ally of X and Y, hosting 2,500 troops": the act after the comma is the sentence's subject's, not Y's.
    const opensClause = (p: number) => /ing$/i.test(tokens[p]!.word) && /,\s*$/.test(sentence.slice(0, tokens[p]!.offset));
    // Without the act among the participles, the clause that holds the question's last words is the participle's
    // before them ("…, hosting 2,500 U.S. troops" for "which country has 2,500 troops").
    const participle = verbs.find(opensClause) ?? (matches.length === 0 ? undefined : tokens.findLast((t) => t.position < matches.at(-1)! && opensClause(t.position))?.position);
    // "Who was responsible for the raid?" where the sentence blames someone for it: whom it blames, not who blames.
    const blamed = reading.asksResponsible && verbs.some((p) => isBlaming(tokens[p]!));
    const asAsked = (relation: Relation): Relation => (!blamed || relation === 'unknown' ? relation : relation === 'agent' ? 'patient' : 'agent');
    const vote = (kind: EntityKind, name: string, span: [number, number], named = true, stated?: Relation) => {
      const speaks = speaksAt(tokens, span);
      // "Asked who was behind the raid, Ott said a militia was": the act told before its speaker is what the
      // speaker answers, not what the speaker did (unless the question asks who said it).
      if (speaks && !reportsFact && stated === undefined && !asksSpeaker && askedAt.every((p) => p < span[0])) return;
      // "CBS reports that the letter was opened by his wife": the act the speaker tells of, done by someone the
      // clause names, is not the speaker's; "the ministry said it struck …" (a pronoun for the speaker) is.
      if (speaks && !reportsFact && stated === undefined && !asksSpeaker && askedAt.every((p) => p > span[1]) && !speaksOfItself(tokens, span, askedAt)) return;
      // "Valdia was sure it was a militia", "Ott believes rebels did it": whoever holds a view of the act is not its doer.
      if (question.asks === 'agent' && stated === undefined && holdsView(tokens, span[1] + 1)) return;
      // "An attack … injured five troops, according to Defense Secretary Ott": the source of what the sentence tells
      // did not do it, unless what it tells is a saying or a blaming ("Blaming militias, according to Ott").
      if (question.asks === 'agent' && stated === undefined && !asksSpeaker && !verbs.some((p) => isBlaming(tokens[p]!) || isSpeech(tokens[p]!.word.toLowerCase())) && isSourceAt(tokens, span, matches)) return;
      const read = stated ?? asAsked(reportsFact && speaks ? 'agent' : relationOf(tokens, span, verbs.length > 0 ? verbs : matches));
      const relation = participle === undefined || span[1] >= participle ? read : span[0] <= SUBJECT_START ? 'agent' : read === 'agent' ? 'unknown' : read;
      // "Who did Iraq arrest over the attack": a sentence without the arrest names no one arrested, unless it reads one as undergoing the act.
      if (question.asks === 'patient' && actTold < 1 && relation !== 'patient') return;
      const distance = Math.min(...matches.map((p) => (p < span[0] ? span[0] - p : p > span[1] ? p - span[1] : 0)));
      const entity = named ? index.entities.resolve(name) : undefined;
      const placed = relation === 'unknown' ? RELATION_WEIGHT.unknown : relation === question.asks ? RELATION_WEIGHT.asked : RELATION_WEIGHT.other;
      // An organisation or a place doing (or undergoing) what the question asks about takes part in its own right ("the ministry said …", "blamed the U.S.").
      const kindWeight = relation === question.asks ? PARTICIPANT_KIND_WEIGHT[kind] : KIND_WEIGHT[kind];
      candidates.push({
        kind,
        relation,
        distance,
        sentenceCoverage,
        evidence,
        key: entity?.id ?? name,
        answer: { text: entity?.name ?? name, ...(entity ? roleOf(entity, passage.file) : {}), matched: evidence.matched },
        score: (evidence.score * sentenceCoverage * kindWeight * placed * actTold * undergone) / (1 + 0.15 * distance),
        ...citing(passage),
      });
    };
    const groups = question.asks === 'patient' && verb !== null ? countedGroups(sentence, tokens, matchPositions([verb], tokens)) : [];
    // Whoever a past verb counted ("wounded seven Dutch personnel") underwent an act: a place inside says whose they were, never who acted.
    const counted = question.asks === 'patient' ? groups : countedGroups(sentence, tokens, pastVerbs(tokens));
    for (const mention of mentions) {
      if (namedInQuestion(mention.name, question.text)) continue;
      // "Which group's leader was killed": the group in the description of the one killed stands where that one stands.
      const holder = modifiers.includes(mention) ? mentions.find((other) => other !== mention && other.role?.includes(mention.name)) : undefined;
      if (holder !== undefined && !question.whose) continue;
      const span = spanOf(holder ?? mention, tokens);
      if (span === undefined) continue;
      // "threats of revenge by Iran on Israel": a name right after the act's "on" or "against" underwent it.
      const target = question.asks === 'patient' && isTargetOf(tokens, span[0], matches);
      // A place after "in" is the event's setting, unless a place is what the question asks for ("which city was hit").
      // (Not for a group read where the one it describes stands: "the killing of the commander of … Hezbollah" puts the commander after "of".)
      if (!target && holder === undefined && mention.kind !== 'person' && question.wants !== 'place' && isLocative(tokens, span[0])) continue;
      // "U.S." in "seven U.S. personnel" only says whose they were.
      if (mention.kind !== 'person' && counted.some(([from, to]) => span[0] >= from && span[1] <= to)) continue;
      // The dateline's outlet and place say who filed the story and where, not who did anything.
      if (at === 0 && start >= 0 && start + (tokens[span[0]]?.offset ?? 0) < dateline) continue;
      vote(mention.kind, mention.name, span, true, target ? 'patient' : undefined);
    }
    // "The navy said …", "Norland's military condemned …": an institution named by a common noun does things too.
    for (const phrase of describedActors(sentence, tokens)) {
      const named = phrase.text.replace(/^(the|its|their)\s+/i, '');
      // A clause's subject by its shape ("Officials had been in …") did what its clause tells after it.
      const subjectOf = phrase.subject === true && (verbs.length > 0 ? verbs : matches).some((p) => p > phrase.span[1]);
      const placed = asAsked(subjectOf || (reportsFact && speaksAt(tokens, phrase.span)) ? 'agent' : relationOf(tokens, phrase.span, verbs.length > 0 ? verbs : matches));
      // A group known only by its backer ("an Acme-backed militia") is rarely the grammatical subject of the act, yet often its doer.
      if ((placed !== question.asks && !(phrase.sponsored && placed === 'unknown')) || namedInQuestion(named, question.text)) continue;
      const held = `${phrase.text}\n${passage.file}`;
      if (phrase.role && !reading.holders.has(held)) reading.holders.set(held, roleHolder(index, phrase.text, passage.file));
      const holder = reading.holders.get(held);
      // "The bank's chief executive resigned": the person the corpus gives that role, when it gives one.
      if (holder !== undefined && !namedInQuestion(holder, question.text)) vote('person', holder, phrase.span);
      else if (!phrase.role) vote('organization', phrase.text, phrase.span);
    }
    // "the Acme-owned mill" answers "who owns the mill": the name before the question's verb made into a compound did it.
    for (const { doer, position } of compounds) {
      if (!namedInQuestion(doer, question.text)) vote(index.entities.resolve(doer)?.kind ?? 'organization', doer, [position, position], true, 'agent');
    }
    for (const { country, at } of attackers) if (!namedInQuestion(country, question.text)) vote('place', country, [at, at], true, 'agent');
    // "wounded seven U.S. personnel": a counted group underwent the act, though it has no name.
    for (const span of groups) vote('person', sentence.slice(tokens[span[0]]!.offset, tokens[span[1]]!.offset + tokens[span[1]]!.word.length), span, false);
    // "He further stated, “… through the Rafah crossing …”" names no one who bombed it: a pronoun
    // subject stands for the doer only where the sentence tells the act (or only puts or tells the fact).
    const pronoun = verb === null || askedAt.length > 0 || compounds.length > 0 || reportsFact ? pronounSubject(tokens) : undefined;
    if (pronoun !== undefined) {
      const named = antecedent(index, passage, at, pronoun.kinds, mentions);
      if (named !== undefined && !namedInQuestion(named.name, question.text)) vote(named.kind, named.name, [pronoun.position, pronoun.position]);
    }
    // "… after the country had indicated plans to retaliate": "the country" as the act's subject is the country named last before it.
    for (const position of askedAt.length > 0 ? countrySubjects(tokens, askedAt) : []) {
      const offset = tokens[position]!.offset;
      const before = mentions.filter((m) => m.kind === 'place' && sentence.lastIndexOf(m.name, offset) >= 0);
      const named = before.sort((a, b) => sentence.lastIndexOf(a.name, offset) - sentence.lastIndexOf(b.name, offset)).at(-1) ?? antecedent(index, passage, at, ['place'], mentions);
      if (named !== undefined && !namedInQuestion(named.name, question.text)) vote('place', named.name, [position, position], true, 'agent');
    }
    // "the killing of Fuad Shukr by Israel" for "who killed Haniyeh": a sentence whose act was done to
    // someone else, without whom the question names, tells another act; its doer is not the answer.
    if (undergoers.length > 0 && matchedTerms(undergoers, tokens).length === 0 && candidates.slice(before).some((c) => c.relation === 'patient' && c.kind === 'person')) candidates.length = before;
  });
  return candidates;
}

/** An institution named by the demonym of a place the question names ("Israeli forces" when it names Israel). */
export function ownSideOfAsked(index: CorpusIndex, name: string, question: string): boolean {
  const [first, ...rest] = words(name);
  if (first === undefined || rest.length === 0 || !/^\p{Lu}\p{Ll}+(?:i|ian|an|ese|ish)$/u.test(first)) return false;
  const place = placeNamed(index, first);
  return place !== undefined && namedInQuestion(place, question);
}

/**
 * True when the question's words in a sentence are only the words of a mention (with its title) of
 * someone the question names, wherever they stand ("the foreign minister … meets Prime Minister X").
 */
function onlyNamesAsked(matched: readonly number[], mentions: readonly Mention[], tokens: readonly Token[], question: string): boolean {
  const spans = mentions.filter((m) => namedInQuestion(m.name, question)).map((m) => spanOf(m, tokens)).filter((span) => span !== undefined);
  const naming = new Set(spans.flatMap(([from, to]) => tokens.slice(from, to + 1).map((t) => t.term)));
  return spans.length > 0 && matched.every((p) => naming.has(tokens[p]!.term));
}

/** What a sentence's coverage keeps of its predecessor's words when it acts on what that one told. */
const ANAPHORIC_SHARE = 0.85;


/** Prepositions between an act and the event it is done to ("responsible for the attack"). */
const ACT_PREPOSITIONS = new Set(['for', 'of', 'on', 'over', 'about', 'to', 'in', 'behind']);
const ANAPHOR_DETERMINERS = new Set(['the', 'that', 'this', 'those', 'these']);

/**
 * True when a sentence does the question's act to an event an earlier sentence of its passage
 * told, referred back to as "the/that incident" ("Explosions rocked Marlow. However, Norland
 * downplayed the incident"; "… who was responsible for the attack"): its doer answers a question
 * that names the event as the earlier sentence does.
 */
function actsOnEarlier(at: number, tokens: readonly Token[], verb: string | null): boolean {
  if (at === 0 || verb === null) return false;
  return matchPositions([verb], tokens).some((p) => {
    const next = ACT_PREPOSITIONS.has(tokens[p + 1]?.word.toLowerCase() ?? '') ? p + 2 : p + 1;
    const [det, noun] = [tokens[next]?.word.toLowerCase(), tokens[next + 1]?.word.toLowerCase()];
    return det !== undefined && ANAPHOR_DETERMINERS.has(det) && noun !== undefined && EVENT_NOUNS.has(noun);
  });
}

/** The tokens of the last sentence of the paragraph before a passage: what a paragraph opening on "He" goes on with. */
function lastSentenceBefore(index: CorpusIndex, passage: Passage): Token[] {
  const before = index.passage(passage.file, passage.paragraph - 1);
  return before === undefined || before.sentences.length === 0 ? [] : [...sentenceTokens(before, before.sentences.length - 1)];
}

/** A view held of what follows: "was sure", "is convinced", "believes", "suspected", "concluded". */
const VIEW_AFTER_BE = new Set(['sure', 'certain', 'confident', 'convinced']);
const VIEW_VERBS = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'suspect', 'suspects', 'suspected', 'concluded', 'assessed']);

/** True when the words from `at` say that the phrase before them holds a view ("was sure it was …"), not that it acted. */
function holdsView(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at]?.word.toLowerCase();
  if (first === undefined) return false;
  if (VIEW_VERBS.has(first)) return true;
  return PASSIVE_AUX.has(first) && VIEW_AFTER_BE.has(tokens[at + 1]?.word.toLowerCase() ?? '');
}

/** A name joined to a past participle ("Acme-owned", "Norland-backed"): the name did what the participle says. */
const COMPOUND_AGENT = /^(\p{Lu}[\p{L}.’']*)-(\p{Ll}+ed)$/u;

/** The names joined to the question's verb in a sentence ("Acme-owned" for "who owns …"), with their token positions. */
function compoundAgents(tokens: readonly Token[], verb: string, asked: string): Array<{ doer: string; position: number }> {
  const found: Array<{ doer: string; position: number }> = [];
  for (const token of tokens) {
    const compound = COMPOUND_AGENT.exec(token.word);
    const participle = compound?.[2];
    const done = participle === undefined ? null : indexTerm(participle);
    // The stemmer leaves short words whole ("owns", "owned"): their roots meet all the same.
    const sameAct = done !== null && (termMatches(verb, done) || verbRoot(participle!) === verbRoot(asked.toLowerCase()));
    if (compound !== null && sameAct) found.push({ doer: compound[1]!, position: token.position });
  }
  return found;
}

/** A short verb without its ending: "owns", "owned" → "own". */
function verbRoot(word: string): string {
  return word.replace(/(?:ed|es|s|d)$/, '');
}

/** Where a sentence's subject starts: its first word, or the one after an article. */
const SUBJECT_START = 1;


/** Armed groups named by whom they serve: "Iran's proxies", "the militia's fighters". */
const GROUP_HEADS = ['proxies', 'militias', 'rebels', 'fighters', 'militants', 'allies'];
const DESCRIPTION_HEADS = [...INSTITUTIONS, ...GROUP_HEADS, ...ROLE_HEADS].join('|');

/** An institution, a group or a role holder named by description: "the navy", "Norland's military", "Iran's proxies", "the port's chief engineer", "the secretary of state" (a cabinet post's "of"). */
const DESCRIPTION = new RegExp(
  String.raw`\b(?:(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)((?:[\p{L}'’-]+\s+){0,2}?(?:${DESCRIPTION_HEADS})(?:\s+of\s+(?:state|defen[cs]e|finance|foreign\s+affairs|the\s+interior|justice))?)\b(?!\s+(?:${DESCRIPTION_HEADS})\b)`,
  'gu',
);

/** A description in a sentence, its token span, and whether it names a role (a person) rather than an institution. */
interface Described {
  text: string;
  span: [number, number];
  role: boolean;
  /** Named by who backs or runs it ("an Acme-backed militia"), not by its own name. */
  sponsored?: true;
  /** Found as a clause's subject by its shape: a noun of people before an auxiliary or a past verb. */
  subject?: true;
}

/** Each sentence's descriptions, by its tokens (kept with their passage): a question's forms and the next questions read the same sentences again. */
const describedBySentence = new WeakMap<readonly Token[], { sentence: string; found: readonly Described[] }>();

function describedActors(sentence: string, tokens: readonly Token[]): readonly Described[] {
  const known = describedBySentence.get(tokens);
  if (known !== undefined && known.sentence === sentence) return known.found;
  const found = describedIn(sentence, tokens);
  describedBySentence.set(tokens, { sentence, found });
  return found;
}

function describedIn(sentence: string, tokens: readonly Token[]): Described[] {
  const found: Described[] = [];
  for (const match of sentence.matchAll(DESCRIPTION)) {
    // "the secretary of state": the head stands before its "of".
    const nouns = words((match[1] ?? '').replace(/\s+of\s+.*$/, '')).map((word) => word.toLowerCase());
    const head = nouns.at(-1) ?? '';
    const institution = INSTITUTIONS.includes(head) || INSTITUTIONS.includes(nouns.slice(-2).join(' '));
    const role = !institution && ROLE_HEADS.has(head);
    const start = tokens.findIndex((t) => t.offset >= (match.index ?? 0));
    const end = tokens.findIndex((t) => t.offset >= (match.index ?? 0) + match[0].length);
    if (start < 0) continue;
    found.push({ text: match[0].replace(/^(?:its|their)\s+/i, 'the '), span: [start, (end < 0 ? tokens.length : end) - 1], role });
  }
  for (const match of sentence.matchAll(SPONSORED_GROUP)) {
    const at = match.index ?? 0;
    const start = tokens.findIndex((t) => t.offset >= at);
    const end = tokens.findIndex((t) => t.offset >= at + match[0].length);
    if (start >= 0) found.push({ text: match[0], span: [start, (end < 0 ? tokens.length : end) - 1], role: false, sponsored: true });
  }
  for (const match of sentence.matchAll(PEOPLE_SUBJECT)) {
    const at = (match.index ?? 0) + match[0].length - match[1]!.length;
    const start = tokens.findIndex((t) => t.offset >= at);
    const end = tokens.findIndex((t) => t.offset >= at + match[1]!.length);
    if (start >= 0) found.push({ text: match[1]!, span: [start, (end < 0 ? tokens.length : end) - 1], role: false, subject: true });
  }
  for (const match of sentence.matchAll(PEOPLE_OBJECT)) {
    const at = (match.index ?? 0) + match[0].length - match[1]!.length;
    const start = tokens.findIndex((t) => t.offset >= at);
    const end = tokens.findIndex((t) => t.offset >= at + match[1]!.length);
    if (start >= 0 && !found.some(({ span }) => span[0] === start)) found.push({ text: match[1]!, span: [start, (end < 0 ? tokens.length : end) - 1], role: false });
  }
  for (const match of sentence.matchAll(NATIONAL_INSTITUTION)) {
    const at = match.index ?? 0;
    if (found.some(({ span }) => (tokens[span[0]]?.offset ?? 0) <= at && at < (tokens[span[1]]?.offset ?? 0) + (tokens[span[1]]?.word.length ?? 0))) continue;
    const start = tokens.findIndex((t) => t.offset >= at);
    const end = tokens.findIndex((t) => t.offset >= at + match[0].length);
    if (start >= 0) found.push({ text: match[0], span: [start, (end < 0 ? tokens.length : end) - 1], role: false });
  }
  return found;
}

/** Armed groups news names by their backer: "an Acme-backed militia", "Norland-funded rebels". */
const SPONSORED_GROUP = new RegExp(String.raw`\b(?:an?\s+)?\p{Lu}[\p{L}.’']*-(?:backed|funded|supported|sponsored|aligned|allied|linked|armed)\s+(?:${[...INSTITUTIONS, 'group', 'groups', 'militias', 'rebels', 'militants', 'fighters', 'proxies'].join('|')})\b`, 'gu');

/** A country's institution named by its demonym, without an article: "Danish forces", "Chilean police". */
/** The term whose synonyms ("strike", "raid", "airstrike") say a question asks about an attack. */
const ATTACK = indexTerm('attack')!;

/** A demonym before an attack in the plural or a bombardment ("Israeli airstrikes", "Russian shelling"), an adjective between allowed. */
const NATIONAL_ATTACK = /\b(\p{Lu}\p{Ll}+(?:i|ian|an|ese|ish))\s+(?:\p{Ll}+\s+)?(?:airstrikes?|air\s+strikes?|strikes?|attacks?|raids?|bombings|bombing|shelling|bombardment|assault|offensive|drone\s+strikes|missile\s+strikes)\b/gu;

/** Plural nouns of people a clause may open with as its subject ("Officials had been …", "critics say …"). */
const PEOPLE_HEADS = ['officials', 'critics', 'analysts', 'experts', 'observers', 'diplomats', 'leaders', 'residents', 'civilians', 'lawmakers', 'authorities', 'witnesses', 'protesters'];
/**
 * People named by no name at the start of a clause, as the subject of its verb: "Officials had been
 * in constant communication", "everyone in the region should be aware". An auxiliary or a verb in
 * the past must follow, so the phrase stands as the subject, not an object.
 */
const PEOPLE_SUBJECT = new RegExp(
  String.raw`(?:^|[,;:“"]\s*|\b(?:[Tt]hat|[Aa]nd|[Bb]ut|[Ww]hile)\s+)((?:[Ee]veryone|[Ee]verybody|[Aa]ll\s+sides|[Aa]ll\s+parties)(?:\s+(?:in|on|across)\s+(?:the\s+)?[\p{L}-]+)?|(?:${PEOPLE_HEADS.map((head) => `[${head[0]!.toUpperCase()}${head[0]}]${head.slice(1)}`).join('|')}))(?=\s+(?:had|have|has|should|would|will|must|were|are|could|can|may|might|did|do|say|said|\p{Ll}+ed)\b)`,
  'gu',
);

/** Everyone an act is aimed at, named by no name ("called on all sides to de-escalate", "urged everyone in the region"). */
const PEOPLE_OBJECT = /\b(?:on|upon|urged|asked|told|warned|to)\s+((?:all\s+(?:sides|parties)|everyone|everybody)(?:\s+(?:in|on|across)\s+(?:the\s+)?[\p{L}-]+|\s+in\s+need)?)\b/giu;

const NATIONAL_INSTITUTION = new RegExp(String.raw`\b\p{Lu}\p{Ll}+(?:i|ian|an|ese|ish)\s+(?:${INSTITUTIONS.join('|')})\b`, 'gu');

/**
 * Who holds a described role: the corpus's holder of the whole description ("Lenz Bank's chief
 * executive"), else the holder of its role words ("chief executive") that the same article names.
 */
function roleHolder(index: CorpusIndex, description: string, file: string): string | undefined {
  const role = description.replace(/^(the|its|their|a|an)\s+/i, '');
  const whole = roleAnswers(index, role)[0];
  if (whole !== undefined) return whole.text;
  const title = role.replace(/^.*['’]s\s+/, '');
  return title === role ? undefined : roleAnswers(index, title).find((holder) => holder.citations.some((c) => c.file === file))?.text;
}

/** Auxiliaries that make the verb after them passive: the name before them underwent the event. */
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got']);

/** Prepositions and articles: between a name and a later verb, they start a phrase the name is not the subject of. */
const PHRASE_WORDS = new Set(['by', 'in', 'of', 'at', 'on', 'for', 'with', 'from', 'to', 'into', 'a', 'an', 'the', 'after', 'before']);

/** Nouns of acts done to someone, whose "of" names that one: "the killing of X", "the arrest of X". */
const UNDERGONE_NOUNS = new Set(['killing', 'assassination', 'death', 'murder', 'arrest', 'detention', 'release', 'capture', 'kidnapping', 'abduction', 'execution', 'injury', 'wounding']);

/** Words between an agent and the event it did: "by Israel in a strike". */
const IN_EVENT = new Set(['in', 'a', 'an', 'the', 'its', 'their']);

/** How far after the event's word "by" may still introduce its agent ("the arrest of <a long description>, by Norland"). */
const AGENT_REACH = 16;

/** How far (in words) a name may stand from the verb and still be its subject, object or agent. */
const RELATION_REACH = 4;

/**
 * A name's place around the nearest of the event's words: before it, the subject (doer), unless a
 * passive auxiliary stands between ("X was killed" — X underwent it); after it, the object,
 * unless "by" introduces it ("killed by Y" — Y did it).
 */
export function relationOf(tokens: readonly Token[], span: readonly [number, number], verbs: readonly number[]): Relation {
  const before = tokens.slice(Math.max(0, span[0] - 2), span[0]).map((t) => t.word.toLowerCase());
  // "the killing of (the commander of …,) Fuad Shukr": whom an act named by its noun was done to.
  const ofAt = before.at(-1) === 'of' ? span[0] - 1 : before.at(-1) === 'the' && before[0] === 'of' ? span[0] - 2 : -1;
  if (ofAt > 0 && UNDERGONE_NOUNS.has(tokens[ofAt - 1]!.word.toLowerCase())) return 'patient';
  // "the arrest of …, Tom Greer, by Norland": "by" after the event names its agent however long the object; "according to" names a source.
  if ((before.at(-1) === 'by' || (before[0] === 'by' && before[1] === 'the')) && verbs.some((p) => p < span[0] && span[0] - p <= AGENT_REACH)) return 'agent';
  // "… by Israel in a strike on Beirut": the agent of the event named right after it.
  if ((before.at(-1) === 'by' || (before[0] === 'by' && before[1] === 'the')) && verbs.some((p) => p > span[1] && p - span[1] <= 3 && tokens.slice(span[1] + 1, p).every((t) => IN_EVENT.has(t.word.toLowerCase())))) return 'agent';
  if (/\baccording to(?: the)?$/.test(tokens.slice(Math.max(0, span[0] - 3), span[0]).map((t) => t.word.toLowerCase()).join(' '))) return 'agent';
  // The question's words inside the name itself ("Kenya's" for "Kenyan") are not its verb.
  const outside = verbs.filter((p) => p < span[0] || p > span[1]);
  const verb = outside.reduce((best, p) => (gap(p, span) < gap(best, span) ? p : best), outside[0] ?? -1);
  if (verb < 0 || gap(verb, span) > RELATION_REACH) return 'unknown';
  const between = (verb < span[0] ? tokens.slice(verb + 1, span[0]) : tokens.slice(span[1] + 1, verb)).map((t) => t.word.toLowerCase());
  if (verb < span[0]) return between.includes('by') ? 'agent' : 'patient';
  // "X was killed" underwent it; "X was working the phones" (a progressive) did it.
  // "X should be aware" is no passive: only a participle after the auxiliary is.
  if (between.some((word) => PASSIVE_AUX.has(word)) && isParticiple(tokens[verb]!.word)) return 'patient';
  // "Greer, by Norland in a raid": a phrase between the name and the word makes it no subject of it.
  return between.some((word) => PHRASE_WORDS.has(word)) ? 'unknown' : 'agent';
}

/** A past participle by its ending or the irregular table ("killed", "taken", "shot"), not a progressive or an adjective ("aware"). */
function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return /(?:ed|en)$/.test(lower) || IRREGULAR_VERBS.has(lower);
}

/**
 * Whether the passage an answer cites names it only as one the act was done to ("the killing of
 * the group's commander, Fuad Shukr, by Israel" for "who killed …"): its mentions there, with their
 * stated roles, stand as the act's object or patient wherever the sentence tells the act.
 */
export function undergoesAct(index: CorpusIndex, answer: Answer, act: string): boolean {
  return standsToAct(index, answer, act, 'patient');
}

/**
 * Words that open a clause of time of its own: an act told after one is another event than the main
 * clause's. Not "as" or "because": "the reforms of X had an effect, as airlines were privatized" tells
 * the main clause's subject as its cause.
 */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'until', 'once']);

/**
 * Whether the passage an answer cites tells the act only in an agentless passive of a clause of its
 * own, apart from the answer ("… when he meets Prime Minister Netanyahu after a second carrier group
 * was ordered to the region" for "who ordered the carrier group"): the sentence does not say who
 * did it, and the one it names in another clause did something else.
 */
export function apartFromAgentlessAct(index: CorpusIndex, answer: Answer, act: string): boolean {
  const cited = answer.citations[0];
  const passage = cited === undefined ? undefined : index.passage(cited.file, cited.paragraph);
  const term = indexTerm(act);
  if (passage === undefined || term === null) return false;
  // Where the answer stands in a sentence: its words as written (a name, or a phrase the ranker cut).
  const last = words(answer.text).at(-1);
  let told = false;
  for (const [s, sentence] of passage.sentences.entries()) {
    const tokens = sentenceTokens(passage, s);
    const verbs = matchPositions([term], tokens);
    if (verbs.length === 0) continue;
    const agentless = verbs.every((p) => tokens.slice(Math.max(0, p - 2), p).some((t) => PASSIVE_AUX.has(t.word.toLowerCase())) && !tokens.slice(p + 1, p + 5).some((t) => t.word.toLowerCase() === 'by'));
    if (!agentless) return false;
    const start = sentence.indexOf(answer.text);
    if (start < 0 || last === undefined) continue;
    const base = Math.max(0, passage.text.indexOf(sentence));
    const first = tokens.findIndex((t) => t.offset - base >= start);
    const end = tokens.findIndex((t, k) => k >= first && t.word === last);
    if (first < 0 || end < 0) continue;
    told = true;
    const apart = verbs.every((p) => (p < first ? tokens.slice(p + 1, first) : tokens.slice(end + 1, p)).some((t) => CLAUSE_OPENERS.has(t.word.toLowerCase())));
    if (!apart) return false;
  }
  return told;
}

/** Whether the passage an answer cites names it only as doing the act ("Olsen kidnapped …", "… was kidnapped by Olsen"). */
export function doesAct(index: CorpusIndex, answer: Answer, act: string): boolean {
  return standsToAct(index, answer, act, 'agent');
}

/** Whether every mention of the answer in its cited passage stands to the act as `relation`, wherever a sentence tells the act. */
function standsToAct(index: CorpusIndex, answer: Answer, act: string, relation: Relation): boolean {
  const cited = answer.citations[0];
  const passage = cited === undefined ? undefined : index.passage(cited.file, cited.paragraph);
  const term = indexTerm(act);
  if (passage === undefined || term === null) return false;
  const mentions = index.mentionsIn(passage).filter((mention) => mention.name === answer.text);
  if (mentions.length === 0) return false;
  const relations = passage.sentences.flatMap((_, s) => {
    const tokens = sentenceTokens(passage, s);
    const verbs = matchPositions([term], tokens);
    if (verbs.length === 0) return [];
    return mentions.flatMap((mention) => {
      const span = spanOf(mention, tokens);
      return span === undefined ? [] : [relationOf(tokens, span, verbs)];
    });
  });
  return relations.length > 0 && relations.every((found) => found === relation);
}

/** Words that end a noun phrase: a preposition, a conjunction, a relative pronoun. */
const PHRASE_END = new Set(['and', 'or', 'but', 'in', 'at', 'on', 'of', 'from', 'to', 'with', 'by', 'who', 'that', 'which', 'when', 'after', 'before', 'during', 'near', 'as', 'while']);

/** How many words a counted group may run after its figure ("seven U.S. personnel"). */
const GROUP_WORDS = 4;

/**
 * Counted groups that underwent a verb: the phrase after it that opens with a figure ("wounded
 * seven U.S. personnel and …"), or, in the passive, the one before it ("five guards were hurt").
 */
/** Positions of lower-case words in -ed: past verbs, enough to find the groups they counted. */
function pastVerbs(tokens: readonly Token[]): number[] {
  return tokens.flatMap((token, at) => (/^\p{Ll}+ed$/u.test(token.word) ? [at] : []));
}

/** A figure that counts: "seven", "2,500"; not an ordinal, which ranks or names ("1st Nationwide Bank", "3rd Division"). */
function isCount(word: string): boolean {
  return isFigure(word) && !/^\d+(?:st|nd|rd|th)$/i.test(word);
}

function countedGroups(sentence: string, tokens: readonly Token[], verbs: readonly number[]): Array<[number, number]> {
  const broken = (a: number, b: number) => {
    const between = sentence.slice(tokens[a]!.offset + tokens[a]!.word.length, tokens[b]!.offset);
    // The full stop of an abbreviation ("U.S. personnel") ends no phrase.
    return /[,.;:()“”"]/.test(between) && !(/^\.\s+$/.test(between) && tokens[a]!.word.includes('.'));
  };
  const extent = (first: number): [number, number] => {
    let last = first;
    while (last + 1 < tokens.length && last - first < GROUP_WORDS && !PHRASE_END.has(tokens[last + 1]!.word.toLowerCase()) && !broken(last, last + 1)) last++;
    return [first, last];
  };
  const groups: Array<[number, number]> = [];
  for (const verb of verbs) {
    const after = verb + 1;
    if (after < tokens.length && isCount(tokens[after]!.word) && !broken(verb, after)) {
      // "injured five troops and two contractors": each counted group after "and" underwent it too.
      for (let group = extent(after); group[1] > group[0]; ) {
        groups.push(group);
        const next = group[1] + 2;
        if (tokens[group[1] + 1]?.word.toLowerCase() !== 'and' || next >= tokens.length || !isCount(tokens[next]!.word)) break;
        group = extent(next);
      }
    }
    if (PASSIVE_AUX.has(tokens[verb - 1]?.word.toLowerCase() ?? '')) {
      const first = tokens.slice(Math.max(0, verb - 2 - GROUP_WORDS), verb - 1).findLastIndex((t) => isCount(t.word));
      const start = first < 0 ? -1 : Math.max(0, verb - 2 - GROUP_WORDS) + first;
      if (start >= 0 && extent(start)[1] >= verb - 2 && verb - 2 > start) groups.push([start, verb - 2]);
    }
  }
  return groups;
}

/** A verb that only puts or tells a fact: a light verb ("put", "give") or a saying ("reported", "said"). */
function tellsFact(verb: string): boolean {
  const lower = verb.toLowerCase();
  const base = IRREGULAR_VERBS.get(lower) ?? lower;
  return LIGHT_VERBS.has(base) || LIGHT_VERBS.has(lower.replace(/(?:ed|s)$/, '')) || isSpeech(lower) || CUE_VERBS.has(base);
}

/** A speech verb, or the "reports" of a correspondent's line ("…, Ann Lee reports"). */
export const isSpeech = (word: string): boolean => CUE_VERBS.has(word) || word === 'reports' || word === 'reported';

/** True when a name (or description) is the speaker of its sentence: "…, the ministry said", "the ministry said …". */
export function speaksAt(tokens: readonly Token[], span: readonly [number, number]): boolean {
  const next = tokens[span[1] + 1]?.word.toLowerCase() ?? '';
  const after = tokens[span[1] + 2]?.word.toLowerCase() ?? '';
  return isSpeech(next) || (/^(?:has|have|had)$/.test(next) && isSpeech(after));
}

/** How many title words may stand between "according to" and the name ("according to the Defense Secretary Lloyd Austin"). */
const SOURCE_TITLE_WORDS = 4;

/**
 * True when "according to" introduces the name: the source of what its sentence tells. Not when the
 * question's words are the source's title ("according to the Defense Secretary Ott" for "who is the defense secretary").
 */
function isSourceAt(tokens: readonly Token[], span: readonly [number, number], matches: readonly number[]): boolean {
  const from = Math.max(0, span[0] - SOURCE_TITLE_WORDS - 3);
  const before = tokens.slice(from, span[0]).map((t) => t.word);
  const at = before.findLastIndex((word, k) => word.toLowerCase() === 'according' && before[k + 1]?.toLowerCase() === 'to');
  if (at < 0 || matches.some((p) => p >= from + at && p < span[0])) return false;
  // Title words are capitalised; a capitalised participle ("… according to U.S. Blaming militias …") opens another clause.
  return before.slice(at + 2).every((word, k) => (k === 0 && /^the$/i.test(word)) || (/^\p{Lu}/u.test(word) && !/ing$/.test(word)));
}

/** Pronouns that make what a speaker tells its own act: "the ministry said it struck", "Lee said her office filed". */
const SELF_REFERENCES = new Set(['it', 'its', 'they', 'their', 'he', 'his', 'she', 'her', 'we', 'our', 'i', 'my']);

/** Conjunctions that open a clause about the speaker's own doing ("… as he became …"). */
const OWN_CLAUSE_OPENERS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'since']);

/** Words between a subject and its verb: "he had become", "it will not". */
const BETWEEN_SUBJECT_AND_VERB = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'not', 'also', 'then', 'later']);

/**
 * True when what a speaker tells is its own act: the clause its verb opens has a pronoun (or no
 * clause follows), or a pronoun is the asked act's subject ("Lee vowed support as he became …").
 */
function speaksOfItself(tokens: readonly Token[], span: readonly [number, number], actAt: readonly number[]): boolean {
  let at = span[1] + 1;
  if (/^(?:has|have|had)$/i.test(tokens[at]?.word ?? '')) at++;
  at++;
  if (tokens[at]?.word.toLowerCase() === 'that') at++;
  const subject = tokens[at]?.word.toLowerCase();
  if (subject === undefined || SELF_REFERENCES.has(subject)) return true;
  // "X vowed … as he became the first envoy to visit": a clause of the speaker's own opens before the act.
  if (actAt.some((p) => tokens.slice(span[1] + 1, p).some((t, k, between) => OWN_CLAUSE_OPENERS.has(t.word.toLowerCase()) && SELF_REFERENCES.has(between[k + 1]?.word.toLowerCase() ?? '')))) return true;
  return actAt.some((p) => {
    let before = p - 1;
    while (before > span[1] && BETWEEN_SUBJECT_AND_VERB.has(tokens[before]!.word.toLowerCase())) before--;
    return before > span[1] && SELF_REFERENCES.has(tokens[before]!.word.toLowerCase());
  });
}

function gap(position: number, span: readonly [number, number]): number {
  return position < span[0] ? span[0] - position : position > span[1] ? position - span[1] : 0;
}

/** The weight of a candidate whose sentence names the question's undergoer far from the act. */
const FAR_UNDERGOER_WEIGHT = 0.4;

/** How many words from one of the act's words its undergoer may stand ("attack on the Iranian city of Isfahan"). */
const UNDERGOER_REACH = 6;

/** Whether an undergoer named in the sentence stands near one of the act's words; true when the sentence names none of them. */
function nearAct(named: readonly number[], acts: readonly number[]): boolean {
  return named.length === 0 || acts.length === 0 || named.some((p) => acts.some((act) => Math.abs(p - act) <= UNDERGOER_REACH));
}

/** Nouns that stand for a country named before: "the country", "the nation". */
const COUNTRY_NOUNS = new Set(['country', 'nation']);

/** How many words may stand between "the country" and the act it is the subject of ("had previously indicated"). */
const COUNTRY_SUBJECT_REACH = 3;

/** Positions of "the country" (the noun) standing as the subject of one of the act's words: right before it, an auxiliary or adverb between. */
function countrySubjects(tokens: readonly Token[], acts: readonly number[]): number[] {
  return tokens.flatMap((token, p) => {
    if (!COUNTRY_NOUNS.has(token.word.toLowerCase()) || tokens[p - 1]?.word.toLowerCase() !== 'the') return [];
    return acts.some((act) => act > p && act - p <= COUNTRY_SUBJECT_REACH && tokens.slice(p + 1, act).every((t) => t.term === null || /ly$/.test(t.word))) ? [p] : [];
  });
}

/** Pronouns that open a sentence as its subject, and what they can stand for. */
const SUBJECT_PRONOUNS: Readonly<Record<string, readonly EntityKind[]>> = {
  he: ['person'], she: ['person'], it: ['organization', 'place'], its: ['organization', 'place'],
};

export function pronounSubject(tokens: readonly Token[]): { position: number; kinds: readonly EntityKind[] } | undefined {
  const first = tokens[0];
  // "It's a close partner …": the pronoun with its verb written on.
  const kinds = first === undefined ? undefined : SUBJECT_PRONOUNS[first.word.toLowerCase().replace(/['’]s$/, '')];
  return kinds === undefined ? undefined : { position: 0, kinds };
}

/**
 * Whom a sentence-opening pronoun stands for: the last entity of a fitting kind named before it,
 * in the passage's earlier sentences or, when they name none, the paragraph before.
 */
export function antecedent(index: CorpusIndex, passage: Passage, sentence: number, kinds: readonly EntityKind[], mentions: readonly Mention[]): Mention | undefined {
  const fitting = (m: Mention) => kinds.includes(m.kind);
  const lastIn = (text: string, among: readonly Mention[]) => {
    let best: { mention: Mention; at: number } | undefined;
    for (const mention of among.filter(fitting)) {
      const at = text.lastIndexOf(mention.name);
      if (at >= 0 && (best === undefined || at > best.at)) best = { mention, at };
    }
    return best?.mention;
  };
  const earlier = sentence > 0 ? lastIn(passage.sentences.slice(0, sentence).join(' '), mentions) : undefined;
  // Sentences before it that name nothing of its kind ("A truck was seized, the statement said. It …") leave it to the paragraph before.
  if (earlier !== undefined) return earlier;
  const before = index.passage(passage.file, passage.paragraph - 1);
  return before === undefined ? undefined : lastIn(before.text, index.mentionsIn(before));
}

/** Prepositions that make a place or organisation a setting ("in northern Norland"), not an actor; "by" marks an actor. */
const SETTING = new Set(['in', 'at', 'from', 'of', 'to', 'near', 'into', 'across', 'on', 'over', 'toward', 'towards', 'throughout', 'inside', 'outside', 'around', 'within']);

function isLocative(tokens: readonly Token[], start: number): boolean {
  const [before, twoBefore] = [tokens[start - 1], tokens[start - 2]];
  if (before !== undefined && SETTING.has(before.word.toLowerCase())) return true;
  // "in northern Norland", "at the port": a preposition two words back governs the name only across
  // an article or an adjective of place, not across a verb ("to pressure Acme").
  return twoBefore !== undefined && SETTING.has(twoBefore.word.toLowerCase()) && before !== undefined && /^(?:the|a|an|[a-z]+ern|central)$/i.test(before.word);
}

/** Words before a name that make it what an act was aimed at ("revenge on Israel", "sanctions against Acme"). */
const AIMED_AT = new Set(['on', 'against', 'upon']);
/** How far before the preposition the act's word may stand ("threats of revenge by Iran on …"). */
const AIM_REACH = 4;

/** Whether the name at `start` follows "on"/"against" right after one of the question's words: the act's target, not its setting. */
function isTargetOf(tokens: readonly Token[], start: number, matches: readonly number[]): boolean {
  const preposition = start - 1;
  return AIMED_AT.has(tokens[preposition]?.word.toLowerCase() ?? '') && matches.some((p) => p < preposition && preposition - p <= AIM_REACH);
}

/** Token span of a mention in a sentence, extended over its role when the role stands next to the name. */
function spanOf(mention: Mention, tokens: readonly Token[]): [number, number] | undefined {
  const nameWords = words(mention.name);
  const last = nameWords[nameWords.length - 1];
  const end = tokens.findIndex((t) => last !== undefined && foldTerm(t.word) === foldTerm(last));
  if (end < 0) return undefined;
  const start = end - nameWords.length + 1;
  const roleWords = words(mention.role ?? '');
  // "the chief engineer of …, Tom Greer": the role before the name belongs to it too.
  const roleStart = start - roleWords.length;
  if (roleWords.length > 0 && roleStart >= 0 && foldTerm(tokens[roleStart]!.word) === foldTerm(roleWords[0]!) && foldTerm(tokens[start - 1]!.word) === foldTerm(roleWords.at(-1)!)) {
    return [roleStart, end];
  }
  const roleHead = tokenize(mention.role ?? '').map((t) => t.term).find((term): term is string => term !== null);
  if (roleHead === undefined) return [start, end];
  // "Name, the political leader of …": the appositive belongs to the name.
  const roleAt = tokens.slice(end + 1, end + 4).findIndex((t) => t.term !== null && termMatches(roleHead, t.term));
  return [start, roleAt < 0 ? end : end + words(mention.role ?? '').length + roleAt];
}
