import type { Answer, QuestionKind, Request, Response } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { searchAnswers, unsaidBy } from './search.ts';
import { quoteAnswers, unquotedSpeaker, unresolvedSpeaker } from './quote.ts';
import { profileAnswers, profileEntity } from './profile.ts';
import { affiliationAnswers, titlesByTermOf, withHoldersForRoles } from './roles.ts';
import { saidByAnswers } from './saidBy.ts';
import { articleDateAnswers, isOutletOfCorpus, isStoryByPlace, labelsNamed, storyFiles } from './articleDate.ts';
import { durationAnswers } from './duration.ts';
import { contactAnswers, isContactQuestion } from './contacts.ts';
import { descriptionAnswers } from './description.ts';
import { isListenerQuestion, listenerAnswers } from './listener.ts';
import { pairAnswers, pairAsked } from './pair.ts';
import { namesAnActor } from './actorWords.ts';
import { weekdayAnswers, weekdayDateAnswers } from './weekday.ts';
import { quotedSayingTime, saidWhenAnswers } from './saidWhen.ts';
import { asksEveryStory, everyStoryAnswers } from './everyStory.ts';
import { aheadOnly, datedElsewhere, inWeekdayAsked, inYearAsked, unlessComplementOnly, toldOnlyAct, whenAnswers, withEventAct } from './when.ts';
import { placeAnswers } from './place.ts';
import { severalAsked, timeAsAsked } from './span.ts';
import { orRankedTime, SURE_TIME_FROM, rankedActorAnswers, rankedCreditAnswers, rankedRoleAnswers, rankedTimeAnswers } from './rank/answerers.ts';
import { rankAnswers } from './rank/rank.ts';
import { deniedPremise, deniedAct, unheldAsk, withNationalities } from './premise.ts';
import { isNamedByQuestion, matchedTerms, nameTerms, personNamePairs, restatesQuestion, tokenize } from './evidence.ts';
import { termMatches } from '../text/termMatch.ts';
import { withCountriesForCapitals } from './capitals.ts';
import { asCorpusSpells, withAcronyms, withTyposUndone } from './spelling.ts';
import { indexTerm, words } from '../text/terms.ts';
import { ROLE_HEADS } from '../nlp/model/roleWords.ts';
import { withoutUnheldWords } from './unheldWords.ts';
import { askedAlone, remarkTimeAsked, remarkWhoAsked, STORY_NAMED } from './remarkAsked.ts';
import { codeSwitchedAsked } from './codeSwitched.ts';
import { askedVerb, COMMAND_OF, MAX_QUESTION_LENGTH, parseQuestion, STORY_SCOPED, type Question, type QuestionOf } from './question.ts';

/** Verbs of a journey: the coverage tells one in some form of it, or it does not date it. */
const MOVEMENT: readonly string[] = ['arrive', 'land', 'depart', 'leave', 'fly', 'travel', 'return', 'reach'].map((word) => indexTerm(word)!);

/**
 * "When did Blinken arrive in Tel Aviv?" where his story never writes an arrival: a day the story
 * gives for his press conference there does not date it. A journey is answered only from a story
 * that writes the asked movement in some form (or a synonym); other acts keep their answers.
 */
function movementTold(index: CorpusIndex, question: QuestionOf<'eventTime'>, answers: Answer[]): Answer[] {
  const verb = askedVerb(question.text, true) ?? question.act;
  const act = verb === undefined ? null : indexTerm(verb);
  if (act === null || !MOVEMENT.some((movement) => termMatches(movement, act))) return answers;
  // Each cited story is read once, however many answers cite it.
  const telling = new Map<string, boolean>();
  const tells = (file: string) => telling.get(file) ?? telling.set(file, index.passagesOf(file).some((passage) => matchedTerms([act], tokenize(passage.text)).length > 0)).get(file)!;
  return answers.filter((answer) => answer.citations.some((citation) => tells(citation.file)));
}

/** "When was the base built?": answered only from a passage that tells the building (an election, an arrest …), whichever answerer found it. */
function toldActOnly(index: CorpusIndex, question: QuestionOf<'eventTime'>, answers: Answer[]): Answer[] {
  const act = toldOnlyAct(question.text);
  if (act === undefined) return answers;
  return answers.filter((answer) => answer.citations.some(({ file, paragraph }) => matchedTerms([act], tokenize(index.passage(file, paragraph)?.text ?? '')).length > 0));
}

/** Answers one kind of question from an index. */
type Answerer<K extends QuestionKind> = (index: CorpusIndex, question: QuestionOf<K>) => Answer[];

/** One answerer per kind of question: a new kind does not compile without its answerer. */
const ANSWERERS: { [K in Question['kind']]: Answerer<K> } = {
  profile: profileAnswers,
  role: rankedRoleAnswers,
  affiliation: affiliationAnswers,
  credit: rankedCreditAnswers,
  saidBy: saidByAnswers,
  // "Who has X been calling": whom the coverage says X spoke with, before whoever else the sentence names.
  eventActor: unlessDenied((index, question) => {
    // "Who did X tell that Y": the listener the attribution of X's words names ("told reporters").
    if (isListenerQuestion(question.text)) return listenerAnswers(index, question.text);
    // "Which person appears in all five stories?": a name every story holds.
    if (asksEveryStory(question)) return everyStoryAnswers(index, question);
    const contacts = isContactQuestion(question.text) ? contactAnswers(index, question) : [];
    if (contacts.length > 0) return contacts;
    // "Which two countries …": two the coverage names together.
    const pairKind = pairAsked(question.text);
    const pairs = pairKind === undefined ? [] : pairAnswers(index, question.text, pairKind);
    return pairs.length > 0 ? pairs : rankedActorAnswers(index, question).filter((answer) => namesAnActor(answer.text));
  }),
  // "Since when" asks for a start, which the ranker (trained on "when" questions) does not weigh.
  eventTime: unlessDenied((index, question) => {
    // "When did he say the US was not involved?" with no one named: whoever the coverage says said it.
    const speaker = unnamedSpeaker(index, question.text);
    if (speaker !== undefined) return ANSWERERS.eventTime(index, { ...question, text: speaker });
    if (question.weekdayOf !== undefined) return weekdayAnswers(index, question.weekdayOf);
    if (question.weekdayDate !== undefined) return weekdayDateAnswers(index, question.text, question.weekdayDate);
    const found = datedElsewhere(index, question, unlessComplementOnly(index, question, question.since ? whenAnswers(index, question) : rankedTimeAnswers(index, question))).filter((answer) => namesDay(question.text, answer));
    const quoted = quotedSayingTime(index, question);
    const told = toldActOnly(index, question, movementTold(index, question, becomingTold(index, question.text, quoted.length > 0 ? [...quoted, ...found] : found.length > 0 ? found : saidWhenAnswers(index, question))));
    // Where the rules keep nothing (no passage writes the act as asked: "constructed in 1582" of "when was X built"), a
    // time in its own words the ranker finds likely (SURE_TIME_FROM); a weekday or "last week" never.
    const answers = question.since || told.length > 0 ? told : orRankedTime(told, rankAnswers(index, question.text, 'when').all, SURE_TIME_FROM);
    // "When was the Tel Aviv presser where Blinken bragged about …": what happened at it, in the asker's words, may
    // be told otherwise; the occasion alone, when the clause finds nothing.
    const occasion = answers.length === 0 ? OCCASION_WHERE.exec(question.text) : null;
    if (occasion !== null) return ANSWERERS.eventTime(index, { ...question, text: `${occasion[1]!}?` });
    return inWeekdayAsked(index, inYearAsked(occurrenceTold(index, question.text, question.ahead ? aheadOnly(index, answers) : answers), question.granularity), question.granularity);
  }),
  // "What year was the story published": the year of its date.
  articleDate: (index, question) => inYearAsked(articleDateAnswers(index, question), question.granularity),
  duration: durationAnswers,
  place: placeAnswers,
  description: descriptionAnswers,
  quote: quoteAnswers,
  search: searchAnswers,
};

/** "when did he say …", "what day did she warn …": a saying asked of a pronoun the question names no one for. */
const PRONOUN_SAID = /^(\s*(?:when|(?:on\s+)?(?:what|which)\s+(?:day|date))\s+(?:did|does|had)\s+)(he|she)\s+(say|tell|warn|stress|insist|claim|add|note|urge|call)\b(.*)$/i;
/** Each saying verb's past, as "who …" asks it. */
const SAID_PAST: Readonly<Record<string, string>> = { say: 'said', tell: 'told', warn: 'warned', stress: 'stressed', insist: 'insisted', claim: 'claimed', add: 'added', note: 'noted', urge: 'urged', call: 'called' };

/**
 * The question with its pronoun as the one person the coverage says said what it asks about ("who
 * said the US was not involved?"), when the question names no one else; undefined otherwise.
 */
function unnamedSpeaker(index: CorpusIndex, text: string): string | undefined {
  const said = PRONOUN_SAID.exec(text);
  if (said === null) return undefined;
  const asked = parseQuestion({ command: 'who', text: `who ${SAID_PAST[said[3]!.toLowerCase()]}${said[4]!}` });
  if (asked.kind !== 'saidBy') return undefined;
  const sayers = saidByAnswers(index, asked);
  const speaker = sayers[0]?.text;
  if (speaker === undefined || index.entities.resolve(speaker)?.kind !== 'person') return undefined;
  return `${said[1]}${speaker} ${said[3]}${said[4]}`;
}

/** "When did X become foreign minister", "when did she take office": asks when someone came to a role (not "became famous"). */
const BECOMING_ASKED = new RegExp(String.raw`\b(?:bec[oa]me|becoming|appointed|named|elected|promoted)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:${[...ROLE_HEADS].join('|')})\b|\b(?:took|take|taken)\s+office\b|\bsworn\s+in\b`, 'iu');
/** Who "when did X become …" asks about. */
const BECOMING_SUBJECT = /\b(?:did|does|has|had|was|were|is)\s+(.+?)\s+(?:bec[oa]me|take|took|get|got|be|been)\b/i;
/** Words that tell someone came to a role. */
const BECOMING_TOLD = /\b(?:bec[oa]me|becomes|appointed|appoint|named|sworn|elected|took\s+office|taking\s+office|nominated|confirmed|succeeded|replaced|promoted|tapped|installed)\b/i;

/**
 * "When did Blinken become Secretary of State?" is not answered by the day of whatever a story
 * says Secretary of State Blinken did: only by a time in a sentence that tells someone came to a role.
 */
function becomingTold(index: CorpusIndex, question: string, answers: Answer[]): Answer[] {
  // Someone's role: "when did iPod become the leader in sales" asks of no one's title.
  const subject = BECOMING_SUBJECT.exec(question)?.[1];
  if (!BECOMING_ASKED.test(question) || subject === undefined || index.entities.resolve(subject)?.kind !== 'person') return answers;
  return answers.filter((answer) => answer.citations.some(({ file, paragraph, excerpt }) => BECOMING_TOLD.test(excerpt ?? index.passage(file, paragraph)?.text ?? '')));
}

/** "when did X first …", "last …", "next …": one occurrence of several, in an order (not "last week", "the first of them", "next to"). */
const OCCURRENCE_ASKED = /\b(first|last|next)\b(?!\s+(?:of|to|week|month|year|night|time|weekend|days?|hours?|minutes?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|quarter|decade|century)\b)|\bfor\s+the\s+(first|last)\s+time\b/i;
/** Words by which a passage tells an occurrence's place in its order. */
const OCCURRENCE_TOLD: Readonly<Record<string, RegExp>> = {
  first: /\b(?:first|initial(?:ly)?|originally|began|begun|start(?:ed|s)?|outset|day\s+one|founded|established|inaugural)\b/i,
  last: /\b(?:last|latest|previous(?:ly)?|most\s+recent(?:ly)?|final(?:ly)?)\b(?!\s+(?:week|month|year|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i,
  next: /\b(?:next|upcoming|will|plans?|planned|scheduled|expected|due)\b/i,
};

/**
 * "When did the US last deploy troops to the base?" is not answered by the day of a deployment
 * the coverage does not place last: only by a passage that tells the order asked (last or next
 * occurrence), or by none; "first" is answered as ranked when any answer's passage tells one.
 */
function occurrenceTold(index: CorpusIndex, question: string, answers: Answer[]): Answer[] {
  const asked = OCCURRENCE_ASKED.exec(question);
  const order = (asked?.[1] ?? asked?.[2])?.toLowerCase();
  if (order === undefined) return answers;
  const told = answers.filter((answer) => answer.citations.some(({ file, paragraph, excerpt }) => OCCURRENCE_TOLD[order]!.test(excerpt ?? index.passage(file, paragraph)?.text ?? '')));
  // Encyclopedic text often dates a first occurrence without the word ("Germany invaded in 1941"):
  // "first" only needs some answer's passage to tell an order; the answers keep their ranking.
  return order === 'first' && told.length > 0 ? answers : told;
}

/** "What day did X …" is not answered by a part of a day without its date ("overnight", "this morning"). */
function namesDay(question: string, answer: Answer): boolean {
  return answer.date !== undefined || !WHAT_DAY.test(question) || !PART_OF_DAY.test(answer.text);
}

const WHAT_DAY = /\b(?:what|which)\s+day\b/i;
const PART_OF_DAY = /^(?:overnight|tonight|(?:this|that|in\s+the|early\s+in\s+the|late\s+in\s+the)\s+(?:morning|afternoon|evening|night)|at\s+night|midnight|noon|dawn|dusk)$/i;

/**
 * An answerer that answers nothing when the coverage only denies the act asked about ("did not
 * confirm"). Checked only when it found answers: without, the response's note says what the coverage does say.
 */
function unlessDenied<K extends 'eventActor' | 'eventTime'>(answerer: Answerer<K>): Answerer<K> {
  return (index, question) => {
    const answers = answerer(index, question);
    return answers.length > 0 && deniedAct(index, question) !== undefined ? [] : answers;
  };
}

/**
 * "When did Blinken meet the pope?" where no passage anywhere writes "pope": a title the question
 * describes someone by that the corpus never writes tells of someone it does not cover.
 */
function unknownTitle(index: CorpusIndex, question: Question): string | undefined {
  if (!DESCRIBING.has(question.kind)) return undefined;
  const titles = [...question.text.matchAll(THE_TITLE)].map((m) => m[1]!.toLowerCase()).filter((word) => ROLE_HEADS.has(word));
  return titles.find((title) => [title, `${title}s`].every((form) => { const term = indexTerm(form); return term === null || index.passagesWithTerm(term, 1).length === 0; }));
}

/** A word after "the" (or a possessive): where a question names someone by title ("the pope", "Iran's king"). */
const THE_TITLE = /\b(?:the|[\p{L}]+['’]s)\s+([\p{L}]+)\b/giu;

/** Kinds whose question may describe someone by a title. */
const DESCRIBING: ReadonlySet<Question['kind']> = new Set(['eventActor', 'eventTime', 'saidBy', 'duration', 'place']);

/** Answers one request from an index. Pure: the same index and request give the same response. */
export function answer(index: CorpusIndex, request: Request): Response {
  const question = storyTyped(index, asWritten(index, outletAsStory(index, outletDescribing(index, parseQuestion(typosUndone(index, request), (phrase) => profileEntity(index, phrase) !== undefined)))), request.text ?? '');
  // The table pairs each kind with its answerer; TypeScript cannot follow that pairing through a union.
  const answerer = ANSWERERS[question.kind] as (index: CorpusIndex, question: Question) => Answer[];
  const unknown = unknownTitle(index, question);
  const found = unknown !== undefined ? [] : inStoryAsked(index, question, asAsked(index, question, orAsWritten(index, question, answerer(index, question), answerer)));
  // Finding nothing, what the question describes (someone by a role, a claim's speaker, an event's time), asked for, if the coverage tells it.
  if (found.length === 0 && question.described !== undefined) {
    const { text, story } = question.described;
    // Its story, unless its own words name it already ("…, as given by Reuters from Capri").
    const scoped = story === undefined || parseQuestion({ command: request.command, text }).story !== undefined ? text : inStory(text, story);
    const described = answer(index, { command: request.command, text: scoped });
    // Never one the question as typed names ("Shukr's successor as the military chief").
    const typed = request.text ?? '';
    const asked = new Set(words(typed.toLowerCase()));
    const named = (a: Answer) => restatesQuestion(a.text, typed) || asked.has(words(a.text.toLowerCase()).at(-1) ?? '');
    // A speaker the question itself names ("the spokesman of the ministry which gave the toll") leaves no other to guess.
    const answers = question.described.kind === 'saidBy' ? (described.answers[0] !== undefined && named(described.answers[0]) ? [] : described.answers) : ASKS_SOMEONE.has(question.described.kind) ? described.answers.filter((a) => !named(a)) : described.answers;
    if (answers.length > 0) return { ...described, answers, query: (request.text ?? '').slice(0, MAX_QUESTION_LENGTH).trim() };
  }
  const described = withNationalities(index, question, ASKS_SOMEONE.has(question.kind) ? found.filter((a) => !restatesQuestion(a.text, question.text) && !(question.kind === 'eventActor' && isNamedByQuestion(index, a.text, question.text))) : found);
  const { answers } = described;
  // Nothing found: the question read again as its asker may have meant it.
  const again = answers.length === 0 ? askedAgain(index, request, question) : undefined;
  if (again !== undefined) return again;
  const note = answers.length === 0 ? ((unknown === undefined ? undefined : `The coverage never mentions ${/^[aeiou]/i.test(unknown) ? 'an' : 'a'} ${unknown}.`) ?? deniedPremise(index, question) ?? unsaidBy(index, question) ?? unheldAsk(index, question) ?? unresolvedSpeaker(index, question) ?? unquotedSpeaker(index, question) ?? described.note) : undefined;
  return {
    command: request.command,
    query: request.command === 'quote' ? quoteQuery(question) : (request.text ?? '').slice(0, MAX_QUESTION_LENGTH).trim(),
    ...(request.command === 'auto' ? { routed: COMMAND_OF[question.kind] } : {}),
    kind: question.kind,
    reason: question.reason,
    ...(note === undefined ? {} : { note }),
    answers,
  };
}

/**
 * Builds what answering looks up in an index but builds only when first needed (role titles, the
 * corpus's names, the search's working arrays), so the first questions after a start or a reindex
 * are as quick as the rest. Optional: answering builds whatever is missing.
 */
export function prepare(index: CorpusIndex): void {
  index.prepare();
  nameTerms(index);
  personNamePairs(index);
  titlesByTermOf(index);
}

/** The answers' spans as the question asks for them: a list for "who were the two …", the century for "what century" (`span.ts`). */
function asAsked(index: CorpusIndex, question: Question, answers: Answer[]): Answer[] {
  if (question.kind === 'eventTime') return timeAsAsked(index, question.text, answers);
  return ASKS_SOMEONE.has(question.kind) ? severalAsked(index, question.text, answers) : answers;
}

/** Only the answers the story a question names holds ("… in the Annapolis story"), when the corpus has such a story. */
function inStoryAsked(index: CorpusIndex, question: Question, answers: Answer[]): Answer[] {
  if (question.story === undefined || answers.length === 0) return answers;
  const files = storyFiles(index, question.story);
  const inStory = files.size === 0 ? answers : answers.filter((answer) => answer.citations.some((citation) => files.has(citation.file)));
  // A story told by what it is about in the asker's words ("the article on his flight to Israel") may be found
  // wrongly; one named by its outlet or dateline is not: only then do answers from other stories stay out.
  return inStory.length > 0 || namesOutletOrPlace(index, question.story) ? inStory : answers;
}

/** "when was the presser where X", "the meeting at which X": an occasion, then what happened at it. */
const OCCASION_WHERE = /^(\s*(?:when|(?:on\s+)?(?:what|which)\s+(?:day|date))\s+(?:was|is|were)\s+the\s+(?:[\p{L}\d'’.-]+\s+){0,4}?(?:presser|press\s+(?:conference|event|briefing)|news\s+conference|meeting|summit|talks|visit|trip|briefing|interview|speech|call|ceremony|rally))\s+(?:where|at\s+which|during\s+which|in\s+which)\s+\S/iu;

/** Whether a story's description names it exactly: an outlet or a dateline place of the corpus ("the dpa story", "the Annapolis wire"), or its place in the list. */
function namesOutletOrPlace(index: CorpusIndex, description: string): boolean {
  const { outlets, places } = labelsNamed(index, description);
  return outlets.size + places.size > 0 || isStoryByPlace(description);
}

/**
 * A question that found nothing, asked again as its asker may have meant it (the first reading that
 * answers, as the question typed; `undefined` when none does): see `readingsAgain`.
 */
function askedAgain(index: CorpusIndex, request: Request, question: Question): Response | undefined {
  const typed = request.text ?? '';
  for (const reading of readingsAgain(index, request, question)) {
    const response = answer(index, reading);
    if (response.answers.length === 0) continue;
    return { ...response, command: request.command, ...(request.command === 'auto' && response.kind !== undefined ? { routed: COMMAND_OF[response.kind] } : {}), query: typed.slice(0, MAX_QUESTION_LENGTH).trim() };
  }
  return undefined;
}

/**
 * The readings of a question that found nothing, each made only when the one before found nothing
 * either: without the words no passage of the corpus holds (an asker's own words around what the
 * coverage tells, `unheldWords.ts`); as the remark before it, when its last sentence only asks that
 * remark's time; as each of its sentences that asks by itself, in the story the whole text names
 * (`remarkAsked.ts`). A reading must ask the same kind of question for the same kind of answer: a
 * "which militia" read as "who" is another question.
 */
function* readingsAgain(index: CorpusIndex, request: Request, question: Question): Generator<Request> {
  const typed = request.text ?? '';
  const same = (text: string) => sameAsking(question, parseQuestion({ ...request, text }));
  // In English: which clause asks, or only points back, is told by its English words ("quando foi que …" is "when …").
  const english = codeSwitchedAsked(typed);
  const unheld = RETRIED_WITHOUT_UNHELD.has(question.kind) ? withoutUnheldWords(index, english) : undefined;
  if (unheld !== undefined && same(unheld)) yield { ...request, text: unheld };
  const remark = question.kind === 'eventTime' ? remarkTimeAsked(typed) : undefined;
  if (remark !== undefined) yield { command: 'when', text: remark };
  // "… — who was he?": asked of someone, however the remark's words read (a role, a deed).
  if (ASKS_SOMEONE.has(question.kind)) {
    for (const told of remarkWhoAsked(english)) {
      if (ASKS_SOMEONE.has(parseQuestion({ command: 'who', text: told }).kind)) yield { command: request.command, text: told };
    }
  }
  const story = 'story' in question ? question.story : undefined;
  for (const sentence of askedAlone(typed)) {
    const text = story !== undefined && !STORY_NAMED.test(sentence) ? inStory(sentence, story) : sentence;
    if (same(text)) yield { ...request, text };
  }
}

/** A question asked of a story: "…, in the Annapolis story?". */
function inStory(text: string, story: string): string {
  return `${text.replace(/\s*[?.!]*\s*$/u, '')}, in the ${story} story?`;
}

/** Kinds asked again without the words no passage holds when they find nothing. */
const RETRIED_WITHOUT_UNHELD: ReadonlySet<Question['kind']> = new Set(['eventActor', 'eventTime', 'role']);

/** Whether two readings ask the same kind of question for the same kind of answer. */
function sameAsking(question: Question, other: Question): boolean {
  return other.kind === question.kind && ('wants' in other ? other.wants : undefined) === ('wants' in question ? question.wants : undefined);
}

/** Kinds that ask for someone the question does not name: "who leads the port authority" is not answered by "port authority". */
const ASKS_SOMEONE: ReadonlySet<Question['kind']> = new Set(['role', 'eventActor']);

/** Kinds whose question may name a participant otherwise than the coverage does ("who did Marlow accuse …", "the United States"). */
const BY_GOVERNMENT: ReadonlySet<Question['kind']> = new Set(['eventActor', 'eventTime', 'saidBy']);

/**
 * When a question finds nothing, the same question as the coverage may write it: a capital as its
 * country ("Norland blamed …" where the reader wrote "Marlow"), then a name of several words as the
 * acronym the corpus writes ("the U.S." where the reader wrote "the United States"). Only then: the
 * corpus may write the name in full as well, and those passages would lose the name's words.
 */
function orAsWritten(index: CorpusIndex, question: Question, answers: Answer[], answerer: (index: CorpusIndex, question: Question) => Answer[]): Answer[] {
  if (answers.length > 0 || !BY_GOVERNMENT.has(question.kind)) return answers;
  for (const restate of [withCountriesForCapitals, withAcronyms]) {
    const text = restate(index, question.text);
    if (text === undefined) continue;
    const slots = question.kind === 'saidBy' ? { statement: restate(index, question.statement) ?? question.statement } : {};
    const found = answerer(index, { ...question, ...slots, text });
    if (found.length > 0) return found;
  }
  return answers;
}

/** Kinds whose question may describe a participant by role ("when did the top US diplomat say …") or name one in full. */
const AS_WRITTEN: ReadonlySet<Question['kind']> = new Set(['eventActor', 'eventTime']);

/**
 * The question as the coverage writes it: the roles it describes named by their holders, where the
 * corpus settles who holds them; names and compounds as the corpus spells them, where that covers more of it.
 */
/**
 * "how does Political IQ describe Gaza": the describer is an outlet of the corpus, not a speaker
 * (the question stage knows only the well-known agencies), so the question asks how its stories
 * describe the name.
 */
function outletDescribing(index: CorpusIndex, question: Question): Question {
  if (question.kind !== 'quote' || !DESCRIBING_QUESTION.test(question.text) || question.topic === '') return question;
  if (!isOutletOfCorpus(index, question.speaker)) return question;
  return { kind: 'description', subject: question.topic.replace(/^\s*the\s+/i, ''), text: `how is ${question.topic} described`, reason: 'asks how an outlet of the corpus describes a name: how its stories describe it', story: question.speaker };
}

/**
 * "Same Capri Reuters tagline: who gets the additional-reporting credit?": the outlet and dateline a
 * credit question's reading left behind still say whose credit lines it asks about.
 */
function storyTyped(index: CorpusIndex, question: Question, typed: string): Question {
  if (question.kind !== 'credit' || question.story !== undefined) return question;
  // A reading that names its own story ("… The Reuters Capri wire credits four. Who reported the Annapolis wire?") keeps it.
  const read = labelsNamed(index, question.text);
  if (read.outlets.size + read.places.size > 0) return question;
  const named = labelsNamed(index, typed);
  const lost = [...named.outlets, ...named.places];
  return lost.length === 0 ? question : { ...question, story: lost.join(' ') };
}

/** A source after the question: "…, according to Reuters". */
const SOURCE_AFTER = /,?\s*according\s+to\s+(?:the\s+)?([^,?]{2,40}?)\s*(\?*)\s*$/i;

/**
 * "When were the blasts in Isfahan, according to Reuters?": an outlet of the corpus as the source
 * is the story it ran, not someone whose words the coverage reports.
 */
function outletAsStory(index: CorpusIndex, question: Question): Question {
  if (!STORY_SCOPED.has(question.kind) || 'story' in question) return question;
  // "according to Reuters Capri": an outlet and its story's place or subject describe that story too.
  const isOutlet = (named: string) => {
    const [first = '', second = ''] = words(named);
    return isOutletOfCorpus(index, named) || ((isOutletOfCorpus(index, first) || isOutletOfCorpus(index, `${first} ${second}`)) && words(named).length <= 4);
  };
  const source = SOURCE_AFTER.exec(question.text);
  if (source !== null && isOutlet(source[1]!)) return { ...question, text: `${question.text.slice(0, source.index)}${source[2] || '?'}`, story: source[1]! } as Question;
  // "…, according to Political IQ, according to Blinken?": the outlet among the sources, the speaker's kept.
  const outlet = [...question.text.matchAll(SOURCE_BEFORE_SOURCE)].find((m) => isOutlet(m[1]!));
  if (outlet === undefined) return question;
  return { ...question, text: `${question.text.slice(0, outlet.index)}${question.text.slice(outlet.index + outlet[0].length)}`, story: outlet[1]! } as Question;
}

/** A source set off before another one: ", according to Political IQ" in "…, according to Political IQ, according to Blinken?". */
const SOURCE_BEFORE_SOURCE = /,\s*according\s+to\s+(?:the\s+)?([^,?]{2,40}?)(?=\s*,\s*according\s+to\b)/gi;

/** "how does X describe Y" as the quote rules read it. */
const DESCRIBING_QUESTION = /^\s*how\s+(?:did|does|do|has)\b.*\b(?:describe|characteri[sz]e|portray)\b/i;

function asWritten(index: CorpusIndex, question: Question): Question {
  if (!AS_WRITTEN.has(question.kind)) return question;
  // A title written with capitals ("the Secretary of State") is named by its holder in a who-question, where the
  // holder is whom the answer is not; a when-question keeps it: its premise check would then ask the holder's own
  // sentence to tell the act, which coverage of an office often tells in other words (two bundled questions lost).
  const named = withHoldersForRoles(index, question.text, question.kind === 'eventActor') ?? question.text;
  const text = asCorpusSpells(index, named) ?? named;
  const written = text === question.text ? question : { ...question, text };
  // The act of a "when" question whose parse took a name for its verb is its first other word: what the premise check reads.
  return written.kind === 'eventTime' ? withEventAct(index, written) : written;
}

/** The request with its typos undone where the corpus writes the word meant (see `withTyposUndone`). */
function typosUndone(index: CorpusIndex, request: Request): Request {
  const undo = (value: string | undefined) => (value === undefined ? undefined : (withTyposUndone(index, value) ?? value));
  return { ...request, text: undo(request.text), speaker: undo(request.speaker), topic: undo(request.topic) };
}

function quoteQuery(question: Question): string {
  if (question.kind !== 'quote') return question.text;
  return [question.speaker, question.topic && `on ${question.topic}`].filter(Boolean).join(' ');
}
