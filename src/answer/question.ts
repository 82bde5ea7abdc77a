/**
 * The question stage: what a request asks for, read once. `parseQuestion` turns a request into a
 * `Question` — one variant per kind, with the slots its answerer needs — by the first rule of one
 * ordered table (`QUESTION_RULES`) that matches; each rule says why, and the reason travels with
 * the answer. Answerers receive the slots and never read the question's wording again.
 *
 * @example
 * parseQuestion({ command: 'auto', text: 'Who leads the port authority?' })
 * // → { kind: 'role', role: 'leader the port authority', orEvent: true, asks: 'agent', text: …, reason: … }
 */
import type { Command, Credit, EntityKind, FollowUpContext, QuestionKind, Request } from '../types.ts';
import { escapeRegExp, indexTerm, keyTerms, words } from '../text/terms.ts';
import { EVENT_NOUNS, HEDGING_ADJECTIVES, IRREGULAR_VERBS, pastBase } from '../text/wordForms.ts';
import { ANY_TITLE_HEADS, INSTITUTIONS, ROLE_HEADS, ROLE_MODIFIERS } from '../nlp/model/roleWords.ts';
import { wordClass } from '../nlp/model/lexicon.ts';
import { editDistance } from '../nlp/nameSimilarity.ts';
import { agencyName } from '../corpus/outlets.ts';
import { weekdayAsked, weekdayDateAsked, type WeekdayAsked, type WeekdayDateAsked } from './weekdayAsked.ts';
import { relayedAsked } from './relayed.ts';
import { fieldAsked, PLACE_NOUNS } from './fieldAsked.ts';
import { templateAsked } from './templateAsked.ts';
import { hedgesDropped } from './hedges.ts';
import { backReferred } from './backReference.ts';
import { choicesDropped } from './quizChoices.ts';
import { IDENTITY_OF, asksWhoDescribed, someoneDescribed } from './someoneDescribed.ts';
import { claimAttributed, verbsForNominals } from './nominalised.ts';
import { victimAsked } from './victimAsked.ts';
import { apposedWho } from './apposedWho.ts';
import { questionOrder, questionWithin, relativeWho, relayedQuestion } from './questionWithin.ts';
import { identityPointedIn } from './identityPointed.ts';
import { asAccordingTo, identifiersSpaced, STORY_WORD } from './askedSentences.ts';
import { documentLabelsRead } from './documentLabels.ts';
import { withoutInstructions } from './instructions.ts';
import { timeDescribed } from './timeDescribed.ts';
import { clueAsked } from './clue.ts';
import { premisedAsked } from './premised.ts';
import { blankFieldAsked, formAsked } from './formLine.ts';
import { letterAsked } from './letter.ts';
import { spokenAsked } from './spoken.ts';
import { purposeDropped } from './purpose.ts';
import { hindsightDropped } from './hindsight.ts';
import { repliesDropped } from './replies.ts';
import { typographyPlain } from './typography.ts';
import { codeSwitchedAsked, openedQuestionsDropped } from './codeSwitched.ts';
import { greetingsDropped } from './greetings.ts';
import { learnerAsked } from './learnerAsked.ts';

/** What every question carries: its words as answered (a follow-up filled in) and why it was read so. */
interface Asked {
  text: string;
  reason: string;
  /** The story the question is asked of, as it describes it ("annapolis" for "… in the Annapolis story"). */
  story?: string;
  /**
   * Where no way of asking was read, someone the text describes by a role, asked for ("who is the
   * Hamas political leader whose assassination …?"), or the event a time question describes around
   * what it asks ("when the rockets hit the base?"): what to answer when the question as read finds nothing.
   */
  described?: Question;
}

/** Who a "who" question asks for: the doer ("who killed …") or the one done to ("who was killed …"). */
export type Participant = 'agent' | 'patient';

/** How precise a time the question wants: "what year" is answered by a year. */
export type Granularity = 'day' | 'weekday' | 'month' | 'year';

/** A question, one variant per kind, with the slots its answerer reads. */
export type Question =
  | (Asked & { kind: 'profile'; subject: string })
  /** `orEvent`: the phrase also describes an event ("the commander killed in …", "who directed …"). */
  | (Asked & { kind: 'role'; role: string; orEvent: boolean; asks: Participant })
  | (Asked & { kind: 'affiliation'; person: string; wants: 'organization' | 'place' })
  /** `agency`: "which agency is the photo credited to" asks for the agency the photo credit names, not the photographer. */
  | (Asked & { kind: 'credit'; credit: Credit['role']; agency?: true })
  /** `describedAs`: the words "which X said" describes the speaker by ("official in Annapolis"). */
  | (Asked & { kind: 'saidBy'; statement: string; describedAs?: string })
  /**
   * `wants`: the kind of entity a "which group …" question asks for; `act`: its verb (see
   * `askedAct`); `whose`: "which group's leader was killed" asks for the one the participant
   * belongs to, as its description gives it ("X, the leader of the group Y, was killed" → Y).
   */
  /** `orPlace`: "which government …" is answered by a country or capital standing for its government too. */
  /** `inRole`: "who replaced X as foreign minister", "who became the bank's chief" ask for a person in a role: never an organisation or a group. */
  /** `otherActors`: who the question says did another act ("the US" of "… missiles that the US shot down"): never its answer. */
  /** `possessed`: the noun phrase of "whose attack did the summit condemn", whose possessor ("Norland's attack") is asked for. */
  | (Asked & { kind: 'eventActor'; asks: Participant; wants?: EntityKind; act?: string; whose?: true; orPlace?: true; inRole?: true; otherActors?: string[]; possessed?: string })
  /**
   * `since`: "since when …" asks when a state began, the time a passage puts after "since";
   * `ahead`: "when will …" asks for a time still to come, which a past event's time does not answer.
   */
  /** `weekdayOf`: "what day of the week was Nov 3" asks the weekday the coverage gives that date (`MM-DD`, with its year when written). */
  /** `weekdayDate`: "… spoke on Tuesday. What calendar date was that?" asks the date the coverage's weekday stands for. */
  | (Asked & { kind: 'eventTime'; granularity: Granularity; act?: string; since?: true; ahead?: true; weekdayOf?: WeekdayAsked; weekdayDate?: WeekdayDateAsked })
  | (Asked & { kind: 'articleDate'; about: string; part: 'date' | 'place' | 'outlet' | 'headline' | 'section' | 'page' | 'copyright'; granularity: Granularity })
  /** `often`: "how often …" asks for a rate ("every day", "twice a week"), not a span. */
  | (Asked & { kind: 'duration'; often?: true })
  /**
   * `journey`: "where is X going" asks for a destination, not where something stands or happened;
   * `origin`: "where did the missiles come from" asks for the place they came from.
   */
  | (Asked & { kind: 'place'; journey: boolean; origin?: true })
  /** "how is X described", "what kind of group is X", "what is X", "where is X" (`where`) with X a name the corpus knows. */
  /** `from`: "where is X from" asks the country X's description names it by ("the Lebanese group Hezbollah"). */
  | (Asked & { kind: 'description'; subject: string; where?: true; from?: true; within?: true })
  | (Asked & { kind: 'quote'; speaker: string; topic: string; setting?: string; clause?: boolean })
  /**
   * `asked`: the noun of what the question asks about, which the answering passage must hold —
   * the counted noun of "how many troops …", the noun of "what sanctions …"; `act`: the verb of
   * "what did X seize", which passages that hold it answer first (news words an act many ways), or
   * what befell those counted ("how many people died"), which a figure's passage must say.
   * `standing`: "how many troops are based …" asks how many there are, not how many an event
   * counted ("wounded seven troops"). `required`: a passage without the asked words is no answer (a question), not a weaker match
   * (a /search request, which asks for passages, not an answer).
   */
  /** `acronym`: "what does G7 stand for" asks for the name the coverage spells it out as. */
  /** `kindOf`: "what kind of attack wounded …" asks for the words the coverage gives the noun ("a rocket attack"). */
  /** `named`: "what is the name of the warship" asks for the name the coverage writes by the noun. */
  | (Asked & { kind: 'search'; figure: boolean; asked: string[]; act?: string; standing?: true; required: boolean; acronym?: string; measure?: Measure; kindOf?: string; named?: true });

/** The kinds of `Question` are exactly the `QuestionKind`s a `Response` reports. */
type SameKinds = [Question['kind']] extends [QuestionKind] ? ([QuestionKind] extends [Question['kind']] ? true : never) : never;
const kindsAgree: SameKinds = true;
void kindsAgree;

/** What a figure question measures ("how old", "the population of"): the answering passage must give that measure. */
export type Measure = 'age' | 'population' | 'size' | 'height' | 'distance' | 'weight' | 'price';

/** The command each kind is answered as (what `auto` reports in `routed`). */
export const COMMAND_OF: Readonly<Record<QuestionKind, Exclude<Command, 'auto'>>> = {
  profile: 'who', role: 'who', affiliation: 'who', credit: 'who', saidBy: 'who', eventActor: 'who',
  eventTime: 'when', articleDate: 'when', duration: 'when', place: 'search', description: 'search', quote: 'quote', search: 'search',
};

/** A question's slots, before the stage adds its text and reason. */
type Slots = Question extends infer Q ? (Q extends Question ? Omit<Q, keyof Asked> : never) : never;

/** Whether a phrase is the name of someone the corpus knows ("Olsen", "Sec. Quill"), not a role. */
export type NameCheck = (phrase: string) => boolean;

/** One reading of a question: the command family it belongs to, why, and the slots it reads. */
export interface QuestionRule {
  name: string;
  /** A `/who` question is read only by who rules, a `/when` question by when rules; `auto` by all. */
  family: 'who' | 'when' | 'quote' | 'search';
  reason: string;
  /** `restated`: the words to answer by, when the rule reads the question as a shorter one. */
  read: (text: string, isName: NameCheck) => (Slots & { restated?: string }) | undefined;
}

const QUOTE_VERBS = 'say|said|says|tell|told|think|thinks|thought|add|added|warn|warned|stress|stressed|claim|claimed|caution|cautioned';
/** "how did Lopez describe the raid", "how has the minister characterised the talks". */
const HOW_DID_DESCRIBE = /^\s*how\s+(?:did|does|has|had|do)\s+(.+?)\s+(?:describe|described|characteri[sz]e|characteri[sz]ed|portray|portrayed)\s+(.+?)\s*\??\s*$/i;
/** "what did X tell reporters (in Y) about Z": a listener between the verb and the topic. */
const TOLD_LISTENER = String.raw`(?:tell|told)\s+[^?]+?`;
const WHAT_DID_SAY = new RegExp(`^\\s*(?:what|how)\\s+(?:did|does|has|had|do)\\s+(.+?)\\s+(?:${QUOTE_VERBS}|${TOLD_LISTENER})\\b(?:\\s+(?:about|on|regarding|of)\\s+(.+?))?\\s*\\??\\s*$`, 'i');
/** "what did X say Biden told anyone …": a clause after the verb is what was said, the topic (a preposition opens a setting: "say at the summit"). */
const WHAT_DID_SAY_CLAUSE = /^\s*(?:what|how)\s+(?:did|does|has|had|do)\s+(.+?)\s+(?:say|said)\s+(?!(?:about|on|regarding|of|at|in|after|before|during|to|when|while|as|from|for|with|last|this|yesterday|today|on|over|since|now|then)\b)(?:that\s+)?(.+?)\s*\??\s*$/i;
/**
 * "what did X say in Annapolis", "… at the summit (about Y)": the setting, a place or an occasion,
 * says which stories the quotations come from ("in response to" is no setting).
 */
const WHAT_DID_SAY_AT = new RegExp(String.raw`^\s*(?:what|how)\s+(?:did|does|has|had|do)\s+(.+?)\s+(?:say|said|tell\s+reporters|told\s+reporters)\s+(?:in|at|during|while\s+in|while\s+at)\s+(?!(?:response|reply|reaction|return|answer|turn)\b)(.+?)(?:\s+(?:about|on|regarding|of)\s+(.+?))?\s*\??\s*$`, 'i');
/** A /quote topic's closing occasion: "… at the G7 close-out", "… at the close of the Capri meeting", "… during the Tel Aviv presser". */
const TOPIC_OCCASION = /^(.{4,}?)(?:\s*,\s*|\s+(?=(?:at|during|after|At|During|After)\s))((?:(?:at|during|after|At|During|After)\s+)?(?:the\s+)?(?:[\p{L}\d'’.-]+\s+){0,4}?(?:close(?:-out)?|end|start|opening|conclusion|sidelines|wrap-?up|meeting|summit|ministerial|conference|presser|briefing|talks|visit|trip|session)\b(?:\s+of\s+(?:the\s+)?(?:[\p{L}\d'’.-]+\s+){0,3}?(?:meeting|summit|ministerial|conference|talks|session|visit|trip))?(?:\s+(?:on|in)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?)\s*$/u;
/** "what did X tell the council (about Y)": whom X told, unless the words name no one in particular ("reporters", "the press"). */
const WHAT_DID_TELL = /^\s*(?:what|how)\s+(?:did|does|has|had|do)\s+(.+?)\s+(?:tell|told)\s+(?!(?:reporters|journalists|the\s+(?:press|media|public|world)|us|them|him|her|anyone|everyone|anybody|everybody|people|someone|somebody)\b)(.+?)(?:\s+(?:about|on|regarding|of)\s+(.+?))?\s*\??\s*$/i;
/** "what did X warn Y (about)": whom a warning is for says what it is about ("warn Hezbollah and Iran" of a warning to them). */
const WHAT_DID_WARN = /^\s*(?:what|how)\s+(?:did|does|has|had|do)\s+(.+?)\s+(?:warn|warned|caution|cautioned)\s+(?!about\b|on\b|of\b|against\b)(.+?)(?:\s+(?:about|of|against|over))?\s*\??\s*$/i;
/** "what was X's message about Y": a saying asked for by its noun, which the reporting often writes too ("his simple message was …"). */
const WHAT_WAS_MESSAGE = /^\s*what(?:['’]s|\s+(?:was|is|were|are|has\s+been))\s+(.+?)['’]s?\s+((?:message|warning|statement|comments?|remarks?|words|response|reaction|pledge|promise|vow|appeal|plea)\b.*?)\s*\??\s*$/i;
const QUOTE_ON = /^\s*(?:(?:any|some|got\s+any|are\s+there\s+any|(?:give|show)\s+me\s+(?:a|some|any))\s+)?(?:quote|quotes|quotations?)\s+(?:from\s+|by\s+)?(.+?)(?:\s+(?:on|about|regarding)\s+(.+?))?\s*\??\s*$/i;
/** "did X say anything about Y", "has X said anything on Y", "anything from X about Y", "what's X's take on Y", "what X said about Y". */
const SAID_ANYTHING: readonly RegExp[] = [
  /^\s*(?:did|has|have|had)\s+(.+?)\s+(?:say|said)\s+anything\s+(?:about|on|regarding)\s+(.+?)\s*\??\s*$/i,
  /^\s*anything\s+(?:from|by)\s+(.+?)\s+(?:about|on|regarding)\s+(.+?)\s*\??\s*$/i,
  /^\s*what(?:['’]s|\s+is|\s+was)\s+(.+?)['’]s?\s+(?:take|view|views|position|stance|thoughts?|opinion)\s+(?:on|about|of)\s+(.+?)\s*\??\s*$/i,
  /^\s*what\s+(?!(?:was|is|were|are|has|have|had|been|being|be|else)\b)(.+?)\s+(?:said|says)\s+(?:about|on|regarding)\s+(.+?)\s*\??\s*$/i,
];

/** "blinken quote about escalation?", "any austin quotes on the troops": the speaker before the noun. */
const SPEAKER_QUOTE_ON = /^\s*(?:(?:any|some|a)\s+)?([\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?)\s+(?:quote|quotes|quotations?)\s+(?:on|about|regarding)\s+(.+?)\s*\??\s*$/iu;
const AFFILIATION_KINDS = String.raw`(group|organi[sz]ation|party|militia|movement|faction|country|nation|company|agency|institute|institution|body|army|government|think\s+tank)`;
/** A name written as a name: capitalised words, two or three of them ("Alex Vatanka"). */
const PERSON_NAME = String.raw`(\p{Lu}[\p{L}'’.-]*\p{L}(?:\s+\p{Lu}[\p{L}'’.-]*\p{L}){1,2})`;
/** Words for the organisation someone is with: "affiliation", "employer", "the institution at which". */
const AFFILIATION_NOUN = String.raw`(?:institutional\s+)?(?:affiliation|employer|institution|institute|organi[sz]ation|think\s+tank)`;
/**
 * The organisation asked for by its noun: "Alex Vatanka's affiliation", "affiliation cell for Alex Vatanka — which think tank?",
 * "the institution at which Alex Vatanka directs the Iran program", "Alex Vatanka — establish his institutional affiliation".
 */
const AFFILIATION_NAMED = new RegExp(String.raw`${PERSON_NAME}['’]s?\s+${AFFILIATION_NOUN}\b|\b${AFFILIATION_NOUN}\b(?:\s+(?:cell|field|column|line|entry))?\s+(?:for|of)\s+${PERSON_NAME}|\b${AFFILIATION_NOUN}\s+(?:at|for|with|in)\s+(?:which\s+${PERSON_NAME}\b|${PERSON_NAME}\s+(?=(?:is|was)\s+(?:stated|said|reported|described|named)\b))|^\s*(?:[\p{L}-]+\s+){0,3}?${PERSON_NAME}\s*[—–:-]+\s*[^?]*?\b(?:his|her|their)\s+${AFFILIATION_NOUN}\b`, 'u');
const AFFILIATION = new RegExp(
  String.raw`^\s*(?:what|which)\s+${AFFILIATION_KINDS}\s+(?:did|does|do|has|had|is|was)\s+(.+?)\s+(?:lead|led|head|headed|run|ran|command|commanded|direct|directed|found|founded|represent|represented|belong\s+to|belonged\s+to|work\s+(?:for|at|with)|worked\s+(?:for|at|with)|chair|chaired|serve|served)\b`,
  'i',
);
/** "which group was X the top commander of", "… a member of", "… part of": the body in the role the question gives X. */
/** "X directs the program at which institute?", "X works for which agency": the body asked for last. */
const AFFILIATION_LAST = new RegExp(String.raw`^\s*(?:who\s+)?(.+?)\s+(?:works?|worked|directs?|directed|leads?|led|heads?|headed|serves?|served|chairs?|chaired|runs?|ran|teaches|taught|studies|studied)\b.*?\b(?:at|for|with|in)\s+(?:which|what)\s+${AFFILIATION_KINDS}\s*\??\s*$`, 'i');
// Case matters for the role's words only: lower case, so "was Ann Lee a member of" keeps the name whole.
const AFFILIATION_ROLE = new RegExp(String.raw`^\s*(?:[Ww]hat|[Ww]hich)\s+(?:[\p{L}-]+\s+)?${AFFILIATION_KINDS}\s+(?:is|was|were|are|has\s+been)\s+(.+?)\s+(?:(?:the|a|an)\s+(?:[\p{L}-]+\s+){1,4}?(?:of|for)|(?:\p{Ll}[\p{L}-]*\s+){1,4}?(?:of|for)|part\s+of|from|with)\s*\??\s*$`, 'u');
const STORY = String.raw`(?:article|story|report|piece|dispatch|item|wire)`;
/** Publishing verbs, past and base ("when was it published", "what year did it come out"). */
const PUBLISHED = String.raw`(?:publish(?:ed)?|file[ds]?|written|write|dated|datelined|stamped|post(?:ed)?|issued?|released?|c[ao]me\s+out|ran|run)`;
const ARTICLE_DATE = new RegExp(
  String.raw`^\s*(?:when|(?:on\s+|in\s+)?(?:what|which)\s+(?:day|date|year|month))\b.*\b${STORY}\b.*\b${PUBLISHED}\b|\b(?:date|day)\s+of\s+(?:the\s+)?(?:\w+\s+)?${STORY}\b` +
    // "Date on the Political IQ piece from Tel Aviv?": the date a story carries.
    String.raw`|^\s*(?:the\s+)?date\s+on\s+(?:the|that|this)\s+(?:[\w'’.-]+\s+){0,3}${STORY}\b` +
    // "What date appears on the X article?", "the X story carries a date just below its headline", "which date of publication": the date a story carries.
    String.raw`|^\s*(?:what|which)\s+(?:day|date)\s+(?:appears|is\s+(?:printed|shown|given|written|listed)|stands|sits)\s+(?:on|in|under|below|beneath|atop)\b.*\b${STORY}\b` +
    String.raw`|\b${STORY}\b[^.?]{0,60}\b(?:carries|bears|shows|has)\s+(?:a|the|its)\s+date\b|\bdate\s+of\s+(?:publication|issue|release)\b` +
    String.raw`|\bdate\b[^?]{0,40}\b(?:under|below|beneath)\s+(?:the|its)\s+(?:headline|title)\b|\b(?:under|below|beneath)\s+(?:the|its)\s+(?:headline|title)\b[^?]{0,80}\bdate\b` +
    // "What date is on the X story?", "What year is the X report from?": the story's own date, no publishing verb.
    String.raw`|^\s*(?:what|which)\s+(?:day|date|year|month)\s+is\s+(?:on\s+)?(?:the|that|this)\s+(?:[\w'’.-]+\s+){0,3}${STORY}\b` +
    // "what date was the X story", "when was the X article": a news story's, not a report's (one the text may tell of).
    String.raw`|^\s*(?:(?:what|which)\s+(?:day|date|year|month)|when)\s+was\s+(?:the|that|this)\s+(?:[\w'’.-]+\s+){0,3}(?:article|story)\b(?!\s+(?:that|which|who)\b)` +
    // "what's the date on the Gazette article" (its article may be left out), "the dateline date of the story from Salem".
    // "when's the Annapolis story from": the story's date.
    String.raw`|^\s*when(?:['’]s|\s+is|\s+was)\s+(?:the|that|this)\s+(?:[\w'’.-]+\s+){0,3}${STORY}\s+from\b` +
    String.raw`|^\s*what(?:['’]s|\s+is)\s+the\s+(?:dateline\s+|publication\s+|publishing\s+|release\s+)?date\s+(?:on|of)\s+(?:(?:the|that|this)\s+)?(?:[\w'’.-]+\s+){0,3}${STORY}\b|\bdateline\s+date\b|\b(?:date|day)\s+(?:on|of|in)\s+(?:the|its)\s+dateline\b|\b(?:publication|publishing|release)\s+date\s+(?:(?:is|was)\s+(?:printed|shown|given|listed|written)\s+)?(?:of|on|in)\b`,
  'i',
);
// Not "what date appears on the dateline": the dateline's date, which its story's date is.
const ARTICLE_PLACE = new RegExp(String.raw`^\s*(?:where|(?:from\s+|in\s+)?(?:which|what)\s+(?:city|town|place|capital|location))\b.*\b${STORY}\b.*\b(?:filed|datelined|written|reported)\b|^(?!\s*(?:what|which)\s+(?:(?:is|was)\s+the\s+)?(?:date|day)\b|\s*when\b)(?=.*\bdateline\b(?!\s+date))`, 'i');
/** "what's the headline on the dpa story", "the Reuters piece's title": a story's headline. */
const ARTICLE_HEADLINE = new RegExp(String.raw`\b(?:headline|title|hed)\s+(?:of|on|for|in)\s+(?:the|that|this)\s+(?:[\w'’.-]+\s+){0,4}?${STORY}\b|\b${STORY}['’]s\s+(?:headline|title)\b|^\s*(?:what|which)\s+(?:was|is)\s+(?:the\s+)?(?:headline|title)\s+of\b`, 'i');
const HEADLINE_WORDS = /\b(?:headline|title|hed)\b/gi;
/** "what section is the Reuters story filed under", "which category was the piece in": a story's site section. */
/**
 * "who holds the copyright on the Capri story", "in which year was the Reuters report copyrighted":
 * a story's copyright, not copyright itself ("when did Jewish law recognize copyright").
 */
const COPYRIGHT_ASKED = /\bcopyrighted\b|©|\bcopyright\b(?=.*\b(?:story|stories|article|report|piece|page|dispatch|wire|item|copy|notice|line)\b)|\b(?:holds?|owns?|holder|owner)\b.*\bcopyright\b/i;
const COPYRIGHT_WORDS = /\b(?:copyright(?:s|ed)?|holds?|owns?|company|notice|line)\b|©/gi;

/** The copyright line's rule, for who holds it (`day`: the line as written) or since what year. */
function copyrightAsked(granularity: Granularity): (text: string) => Omit<QuestionOf<'articleDate'>, 'text' | 'reason'> | undefined {
  return (text) => (COPYRIGHT_ASKED.test(text) ? { kind: 'articleDate', about: aboutStory(text.replace(COPYRIGHT_WORDS, ' ')), part: 'copyright', granularity } : undefined);
}
const ARTICLE_SECTION = new RegExp(String.raw`^\s*(?:what|which)\s+(?:site\s+)?(?:section|category|vertical|desk|topic\s+page)\b.*\b${STORY}\b|\b${STORY}['’]s\s+(?:section|category)\b|\b(?:section|category)\s+(?:of|for)\s+(?:the|that|this)\s+(?:[\w'’.-]+\s+){0,4}?${STORY}\b`, 'i');
const SECTION_WORDS = /\b(?:site|section|category|vertical|desk|filed|under|in)\b/gi;
/** "which outlet ran the story from Salem", "who published the Gazette piece": the story's outlet. */
const ARTICLE_OUTLET = new RegExp(
  String.raw`^\s*(?:which|what)\s+(?:news\s+)?(?:outlet|agency|wire(?:\s+service)?|publication|paper|newspaper|site|website|organi[sz]ation|source)\b.*\b(?:${STORY}|${PUBLISHED}|covered|(?:reported|filed|wrote)\s+from)\b` +
    // Not "who published the report": a report the coverage tells of has its own author.
    String.raw`|^\s*who\s+(?:published|ran|carried|put\s+out|filed)\s+(?:the|that|this)\s+(?:[\w'’.-]+\s+){0,4}?(?:story|article|piece|dispatch)\b`,
  'i',
);
/**
 * "the next story linked at the bottom", "the read also link", "the photo caption", "the newsletter
 * box", "the 'oops' in it": the page's furniture, which its links, prompts and captions answer.
 */
const PAGE_ASKED = new RegExp(
  [
    String.raw`\b(?:read[\s-]+also|also[\s-]+read|see[\s-]+also|related|next|previous|prev)\s+(?:links?|stor(?:y|ies)|articles?|posts?|headlines?|pieces?)\b`,
    String.raw`\b(?:stor(?:y|ies)|articles?|headlines?|pieces?|posts?)\s+(?:that(?:['’]s|\s+is|\s+was)?\s+|is\s+|was\s+)?linked\b`,
    String.raw`\blinked\s+(?:at|after|below|under|beneath)\b|\blinks?\s+at\s+the\s+(?:bottom|end|top)\b`,
    String.raw`\bcaptions?\b|\bnewsletter\b|\boops\b|\berror\s+message\b|\bsomething\s+went\s+wrong\b|\bmy\s+e-?mail\b|\bsubscribe\b|\bsign[\s-]?up\s+(?:box|form|prompt)\b`,
    // "who is the figure shown in the Political IQ photograph", "who's in the picture": whom the caption names.
    String.raw`^\s*who(?:['’]s|\s+is|\s+was)\s+(?:the\s+(?:person|figure|man|woman|individual|official|subject)\s+)?(?:(?:(?:shown|seen|featured|depicted)(?:\s+\w+ing)?\s+)?in\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:photo|photograph|picture|image|pic)s?\b|pictured\b(?!\s+(?:by|with)\b))`,
  ].join('|'),
  'i',
);
/** A time, or who took the picture, asked by way of the page: a date or a credit answers, not the line. */
const NOT_PAGE = /^\s*(?:when|what\s+(?:day|date|time|year|month))\b|\b(?:took|shot|snapped|credited|photographer)\b|\bphoto\s+credit\b|\bwhose\s+name\b/i;
const ARTICLE_WORDS = new RegExp(String.raw`\b(?:when|where|what|which|who|day|date|month|year|time|dateline|news|outlet|agency|publication|newspaper|paper|${STORY}|${PUBLISHED}|(?:reported|filed|wrote)\s+from|was|is|of|the|a|an)\b`, 'gi');
const DURATION = /^\s*(?:for\s+)?how\s+(?:long\b(?!\s+ago)|many\s+(?:days|weeks|months|years|hours|minutes|decades)\b)/i;
/** "how often do ferries sail", "how frequently": a rate of time. */
const HOW_OFTEN = /^\s*how\s+(?:often|frequently)\b/i;
const TIME_ASKED = /^\s*(?:(?:since\s+)?when\b|(?:on|in|at)?\s*(?:what|which)\s+(?:calendar\s+)?(?:day|date|weekday|day\s+of\s+the\s+week|time|year|month)\b|(?:what|which)\s+(?:was|is)\s+the\s+(?:calendar\s+|exact\s+)?(?:date|day)\s+(?:of|when|that)\b|how\s+long\s+ago\b)|\bwhen\s*\??\s*$/i;
/** A name alone, asked ("Tajani?", "Maria Lopez??"). */
const BARE_NAME = /^\s*((?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+)\s*\?+\s*$/u;
/** "what is Lopez's job", "what's Sec. Lopez's title": the profile of a name. */
const JOB_OF = /^\s*what(?:['’]s|\s+is|\s+was)\s+(.+?)['’]s?\s+(?:job\s+title|official\s+title|job|title|position|role|post|occupation)(?:\s+(?:in|at|with)\s+[^?]{2,60})?\s*\??\s*$/i;
/** "what does Lopez do", "what does Lopez do for a living". */
/** "what position does Vatanka hold (at the institute)", "which post does Lopez have": the profile of a name. */
const POSITION_HELD = /^\s*(?:what|which)\s+(?:job|title|position|role|post|office)\s+(?:does|did)\s+(.+?)\s+(?:hold|have|occupy|fill)(?:\s+(?:at|in|with)\s+[^?]{2,80})?\s*\??\s*$/i;
const DOES_FOR_WORK = /^\s*what\s+does\s+(.+?)\s+do(?:\s+for\s+(?:a\s+)?(?:living|work))?\s*\??\s*$/i;
const WHO_IS = /^\s*who(?:\s+(?:is|was|are|were)|['’]s)\s+(.+?)\s*\??\s*$/i;
/** "who is Alex Vatanka, what's his role?", "who is Tajani, i.e. what title should I give him": a name asked about, then something more of him. */
const WHO_IS_THEN = /^\s*who(?:\s+(?:is|was)|['’]s)\s+([^,;?]+?)\s*[,;?]\s+(.+)$/iu;
const ASKS_MORE_OF_HIM = /\b(?:his|her|him|he|she)\b|\b(?:role|job|title|position|post|affiliation|employer|institution)\b/iu;
const CREDIT_QUESTIONS: ReadonlyArray<{ pattern: RegExp; credit: Credit['role'] }> = [
  // Readers say "snapped the pics" as often as "took the photos".
  // A "shot" is a photo once someone took it or is credited with it ("took the dpa shot"), not a shot at someone.
  { pattern: /\b(took|taken|shot|snapped|credit(?:ed)?)\b.*\b(photo|photograph|picture|pic|image)s?\b|\b(?:took|taken|snapped|credit(?:ed)?)\b.*\bshots?\b(?!\s+(?:at|down|dead|and)\b)|\bwhose\s+name\b.*\b(photo|photograph|picture|pic|image)s?\b|\b(?:photo|photograph|picture|pic|image|caption)s?\b.*\bwhose\s+name\b|\bphotographed\b|\b(?:photo|picture|image) credit\b|\bcutline\b|\bphotographer['’]?s?\b.*\b(photo|photograph|picture|pic|image|shot|story|article|credit(?:ed)?)s?\b|\b(?:photo|photograph|picture|pic|image|caption)s?\b.*\bphotographer\b/i, credit: 'photo' },
  // "the other reporter on the byline" asks for the reporting credit; "who did the writing of" for the writing.
  // "who shared the reporting byline", "Reporting by ___ and X", "the reporting line names two": the reporting credit.
  { pattern: /\breport(?:ers?|ing)\b.*\bbyline\b|(?<!\bnot\s+(?:the\s+)?)\breporting\s+(?:by|line|credit)\b|\b(?:lists?|names?|credits?)\s+(?:two|three|both|the)\s+reporters\b/i, credit: 'reporting' },
  { pattern: /\bwho (wrote|writes|authored|penned)\b|\b(writer|author|byline)\b|\bwriting\W{0,2}\s+by\b|(?:^|,)\s*(?:which|what)\b[^?,]{0,60}\b(?:wrote|authored|penned)\s+(?:it\b|the\s+(?:[\w'’-]+\s+){0,3}?(?:story|article|piece|report|file|dispatch)\b)|\bwho\s+(?:did|does|do)\s+(?:the\s+)?writing\b|\bcredited\s+(?:with|for)\s+(?:the\s+)?writing\b|\bwriting\b.*\bcredited\b|\bwriting\s+credit\b|\b(?:listed|down|named|given|shown|credited)\s+as\s+(?:the\s+)?(?:writing|writer|author)\b/i, credit: 'writing' },
  { pattern: /\bwho edited\b|\beditor\b|\bediting\b|\b(?:sub|copy)-?edit\w*\b/i, credit: 'editing' },
  // Not an event "reported" in the story ("the city where explosions were reported …, according to the Reuters story").
  { pattern: /^(?!\s*who\s+(?:said|says|stated|states|told|claimed|claims|declared|insisted|added|warned)\b).*\b((?<!\b(?:was|were|is|are|been|being)\s+)reported|reporting|reporters?)\b.*\b(story|article|report|piece|dispatch|wire|copy|write-?up)\b|\b(additional|contributed|supplementary|extra|added|further)[\s-]reporting\b|\bwho\s+(?:was|is|were|are)\s+the\s+(?:other\s+|second\s+|main\s+|lead\s+|co-?)?reporters?\b|^\s*(?:which|what)\s+(?:[\w'’-]+\s+)?reporters?\b|\bcredited\s+(?:with|for)\s+(?:the\s+)?reporting\b/i, credit: 'reporting' },
];
/** "which agency is the photo credit from", "which agency are the photos credited to": the agency a photo credit names. */
const PHOTO_AGENCY = /^\s*(?:which|what)\s+(?:news\s+|photo\s+|wire\s+)?agency\b.*\b(?:photo|photograph|picture|pic|image)s?\b/i;
/** Verbs of a saying a "who said" or "which official said" question asks about; claiming responsibility or credit is an act, not a saying. */
const SAYING_VERBS = String.raw`said|says|told|(?:talked|talks|spoke|speaks)\s+(?:about|of)|warned|cautioned|stressed|insisted|vowed|declared|stated|added|mentioned|noted|claimed(?!\s+(?:responsibility|credit)\b)|promised|indicated|suggested|acknowledged|conceded|admitted|asserted|argued|explained|remarked|observed|emphasi[sz]ed|affirmed|maintained|pointed\s+out`;
/** "who actually said …": an adverb between "who" and the saying verb (not "who first suggested …", which asks whose idea it was). */
const SAYING_ADVERB = String.raw`(?:actually|literally|really|publicly|supposedly|reportedly|allegedly)\s+`;
/** "who called X “Y”": calling something by words in quotation marks is saying them of it; "who at the Pentagon said …": where the speaker works, before the verb. */
const SAID = new RegExp(String.raw`^\s*who\s+(?:(?:at|from)\s+the\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?\s+(?=(?:${SAYING_ADVERB})?(?:${SAYING_VERBS})\b))?(?:${SAYING_ADVERB})?(${SAYING_VERBS}|called(?=\s+[^"“?]{2,120}?\s+["“‘']))\b`, 'iu');
/** Verbs of saying to someone: the listener stands between the verb and what was said. */
const TELLING = /^(?:told|tells|tell|informed|assured|reminded|warned)$/i;
/** Verbs that give a thing a name or label: the quoted words are the label, not all that was said. */
const NAMING_VERB = /^(?:call|calls|called|describ\w*|label\w*|dub\w*|term\w*)$/i;
/** Words a question quotes: "…", “…”. */
const QUOTED_WORDS = /["“]([^"”]{3,300})["”]/;
const LISTENER_BEFORE_THAT = /^(?:\S+\s+){1,10}?that\s+/;
const ROLE_VERBS = /^\s*who\s+(?:(?:was|is|were|are)\s+)?(leads|heads|commands|directs|chairs|governs|runs|founded|led|headed|commanded|directed|chaired|leading|heading|commanding|directing|chairing|governing|running)\s+(.+?)(?:\s+(?:when|while|as|after|before|during)\s+.*?)?\??\s*$/i;
const ROLE_NOUN: Readonly<Record<string, string>> = {
  lead: 'leader', led: 'leader', head: 'head', headed: 'head', command: 'commander', commanded: 'commander',
  direct: 'director', directed: 'director', chair: 'chair', chaired: 'chair', govern: 'governor', run: 'head', founded: 'founder',
  // "who was running the Pentagon": the progressive asks for the one in charge as the present does.
  leading: 'leader', heading: 'head', commanding: 'commander', directing: 'director', chairing: 'chair', governing: 'governor', running: 'head',
};
/** The nouns "who leads X" asks by ("leader", "commander", …), and "commanding" of "the commanding officer of X". */
export const LEADER_NOUNS: ReadonlySet<string> = new Set([...Object.values(ROLE_NOUN), 'commanding']);
const WHO_HOLDS = /^\s*who(?:\s+(?:is|was|are|were)|['’]s|\s+(?:(?:is|was)\s+)?(?:serves|served|serving|acts|acted|acting)\s+as|\s+holds\s+the\s+(?:post|job|office)\s+of)\s+(?:the\s+|a\s+|an\s+)?(.+?)\??\s*$/i;
const WHICH_ACTOR = /^\s*(?:which|what)\s+((?:(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|should|might|may)\b)[\w'’-]+\s+){1,4})/i;

/**
 * The kind of actor "which X …" asks for: the first noun of X that names a role or a kind of
 * actor ("which Iraqi militia was named …" asks for an organisation, "which commander …" for a person).
 */
function actorWanted(text: string): EntityKind | undefined {
  for (const word of words(WHICH_ACTOR.exec(text)?.[1] ?? '')) {
    const noun = word.toLowerCase().replace(/['’]s?$/, '');
    const singular = noun.replace(/ies$/, 'y').replace(/s$/, '');
    for (const form of [noun, singular]) {
      if (ROLE_HEADS.has(form)) return 'person';
      if (ACTOR_NOUNS[form] !== undefined) return ACTOR_NOUNS[form];
    }
  }
  return undefined;
}

/**
 * The words of "which X …" that only name the kind of answer ("country" in "which countries' leaders
 * has X called"): news names the country, seldom the word "country" beside it.
 */
export function kindWords(text: string): string[] {
  return words(WHICH_ACTOR.exec(text)?.[1] ?? '').filter((word) => COUNTRY_NOUNS_ASKED.test(word));
}

/** "country", "nation": words news seldom writes beside the country it names (unlike "the city of Porto"). */
const COUNTRY_NOUNS_ASKED = /^(?:countr(?:y|ies)|nations?)['’]?s?$/i;

/** Nouns that make "which X …" ask for an organisation or a country rather than a person. */
const ACTOR_NOUNS: Readonly<Record<string, EntityKind>> = Object.fromEntries([
  ...['group', 'organisation', 'organization', 'militia', 'party', 'movement', 'faction', 'company', 'firm', 'agency', 'government', 'army', 'ministry', 'department', 'bank'].map((noun) => [noun, 'organization'] as const),
  ...['country', 'nation', 'state', 'city', 'capital'].map((noun) => [noun, 'place'] as const),
  // A person by what they do, with no title: "which pilot shot down …" is answered by a person, never a country.
  ...['pilot', 'soldier', 'gunman', 'gunmen', 'sniper', 'civilian', 'citizen', 'worker', 'hostage', 'victim'].map((noun) => [noun, 'person'] as const),
]);
/** Nouns of a "which …" question that a country or its capital answers as well as a named body ("Norland played down …"). */
/** Nouns that describe a speaker without a title of their own. */
const DESCRIBED_SPEAKERS = new Set(['official', 'officials', 'politician', 'politicians', 'figure', 'person', 'representative', 'spokesperson', 'source', 'sources', 'member', 'members', 'expert', 'experts', 'analyst', 'analysts', 'guy', 'man', 'woman']);
/** "which (Italian) official said (that) …": the description, then what was said. */
const WHICH_SAID = new RegExp(String.raw`^\s*(?:which|what)\s+((?:[\p{L}.'’-]+\s+){0,5}?[\p{L}.'’-]+)(?:\s*,\s*[^,]{3,80}?,)?\s+(?:${SAYING_VERBS})\s+(?:that\s+)?(.+?)\s*\??\s*$`, 'iu');
/** "which health ministry said …" as "who said …": the description is what is asked for, not a name the answer must not be. */
export function describedSpeakerAsWho(text: string): string {
  const m = WHICH_SAID.exec(text);
  return m === null ? text : text.replace(/^\s*(?:which|what)\s+/i, 'who ').replace(m[1]!, '');
}

/** Nouns for whoever leads or speaks for a body: "whose leader" asks for the body. */
const BODY_HEADS = new Set(['leader', 'head', 'chief', 'commander', 'president', 'chairman', 'chairwoman', 'founder', 'spokesman', 'spokeswoman', 'spokesperson']);
/** "whose (political) leader …", "which group's leader …": the noun a possessor is asked for, after up to two modifiers. */
const WHOSE_MEMBER = /^\s*(?:whose|(?:which|what)\s+(?:group|organi[sz]ation|militia|movement|party|faction|country|nation)['’]s?)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}]+)\s+(was|were|is|are|has|have|had|did|\p{Ll}+ed)\b/iu;
/** "whose statement said (that) …": a saying's noun, its verb, then what was said. */
const WHOSE_SAYING = new RegExp(String.raw`^\s*whose\s+(?:[\p{L}-]+\s+)?(?:statement|remarks?|words|comments?|report|announcement|letter|post|tweet|message)\s+(?:${SAYING_VERBS}|read|reads|announced|claimed)\s+(?:that\s+)?(.+?)\s*\??\s*$`, 'iu');
/** "which Italian minister is quoted", "what official was cited": a role described by being quoted. */
const WHICH_QUOTED = /^\s*(?:which|what)\s+((?:[\p{L}.'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:is|was|are|were|gets|got|is\s+being)\s+(?:quoted|cited)\b/iu;
/** Words that end the noun phrase after "whose": an auxiliary, a preposition, a determiner, a name. */
const AFTER_POSSESSED = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'did', 'do', 'does', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'in', 'on', 'of', 'at', 'to', 'for', 'from', 'with', 'by', 'about', 'against', 'during', 'after', 'before', 'the', 'a', 'an', 'that', 'which']);

/**
 * The noun phrase of "whose attack did the summit condemn", "the group whose resurgence troops
 * prevent": up to three lowercase words after "whose", before a word that ends the phrase (which
 * of them is the noun, "resurgence" or "troops", the answerer tells by the passages).
 */
/** "Which Hamas leader's death …": a which-phrase in the possessive asks for the possessor of the noun after it. */
const WHICH_POSSESSOR = /^\s*(?:[Ww]hich|[Ww]hat)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+['’]s\s+\p{Ll}/u;

export function possessedNoun(text: string): string | undefined {
  // "whose death …", and "which Hamas leader's death …" (whose, with what the possessor is).
  const after = (/\bwhose\s+(.*)$/iu.exec(text) ?? /^\s*(?:which|what)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+['’]s\s+(.*)$/iu.exec(text))?.[1];
  if (after === undefined) return undefined;
  const phrase: string[] = [];
  for (const word of words(after.replace(/["“”‘'’]/g, ' '))) {
    // A verb in the past after the noun ends it: "which group's leader threatened …".
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || AFTER_POSSESSED.has(word) || (phrase.length > 0 && /ed$/.test(word))) break;
    phrase.push(word);
    if (phrase.length > 3) return undefined;
  }
  return phrase.length > 0 ? phrase.join(' ') : undefined;
}
const GOVERNMENT_NOUNS = /\b(?:governments?|administrations?|regimes?|authorities)\b/i;
const WHO = /^\s*(?:who|whom|whose)\b/i;
/** "who does the ministry think/believe/suspect (was behind) …": the clause after the holder's verb is the question. */
const OPINION = /^\s*who\s+(?:(?:does|do|did)\s+(.+?)\s+(?:think|believe|suspect|say|assess|conclude)|(?:was|were|is|are)\s+(.+?)\s+(?:sure|certain|confident|convinced))\s+((?:was|were|is|are|had|has)?\s*\w+.*?)\s*\??\s*$/i;
/** "The reporter who kept asking Lenz about the port" is someone in the story, not its credited reporter. */
const REPORTER_IN_STORY = /\b(?:reporters?|journalists?)\s+(?:that|who)\s+(?:[\p{L}'’]+\s+){0,2}?(?:ask|asks|asked|asking|question(?:s|ed|ing)?|press(?:es|ed|ing)?|quiz(?:zes|zed|zing)?|grill(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|interrupt(?:s|ed|ing)?)\b/iu;

/** "Which photographer's picture …": a credit asked for by the credited trade rather than "who". */
const WHICH_CREDITED = /^\s*which\s+(?:[\w'’-]+\s+){0,2}?(?:photographer|reporter|writer|author|editor|journalist|staffer|staff\s+member|person)s?\b|^\s*(?:which|what)\b.*\b(?:credits|credit\s+line|byline)\b|^\s*(?:the\s+)?(?:photographer|writer|author|editor|reporter)\s+(?:of|for|on|behind)\s|^\s*(?:what(?:['’]s|\s+is)\s+the\s+)?(?:(?:photo|picture|image|writing)\s+credit|byline)\b/i;
/** "which group's leader …", "which countries' envoys …": the asked noun owns the participant. */
const WHOSE = /^\s*(?:which|what)\s+(?:(?![\p{L}-]*ed\s)[\p{L}-]+\s+){0,2}[\p{L}-]+(?:['’]s|s['’])\s/iu;
const FIGURE = /^\s*how\s+(many|much)\b/i;
/** "what trucks-per-day figure", "which casualty number": a figure asked for by what it counts. */
const FIGURE_OF = /^\s*(?:what|which)\s+(?:(?:is|was)\s+the\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:figure|number|tally|count|total|estimate)\b(?!\s+of\b)/iu;
/** A figure asked by its name, with no question word: "troop headcount", "daily throughput" (a "count" or "toll" names the thing counted too, whose passage its words find: "casualty count").  */
const FIGURE_NAMED = /^(?!\s*(?:who|whom|whose|what|which|when|where|why|how)\b)[^?]*\b(?:head\s?count|tally|throughput|figure)\b/i;
/** "how old is X", "what's the population of X", "what is X's height". */
const MEASURE_ASKED = /^\s*(?:how\s+(old|tall|big|large|far|high|heavy|expensive)\s+(?:is|was|are|were)\b|what(?:['’]s|\s+is|\s+was|\s+are)\s+(?:the\s+)?(age|population|size|height|distance|weight|price|cost)\s+(?:of|for|to|from)\b|what(?:['’]s|\s+is|\s+was)\s+(?:\S+\s+){0,3}?\S+['’]s?\s+(age|population|size|height|weight|price)\b)/i;
const MEASURE_OF: Readonly<Record<string, Measure>> = {
  old: 'age', age: 'age', population: 'population', big: 'size', large: 'size', size: 'size', tall: 'height', high: 'height', height: 'height',
  far: 'distance', distance: 'distance', heavy: 'weight', weight: 'weight', expensive: 'price', price: 'price', cost: 'price',
};

/** "the dollar value of the assistance", "price tag on the deployment", "damage bill in dollars": a price, asked by its name. */
const PRICE_NAMED = /\b(?:dollar|monetary|cash|financial)\s+(?:value|amount|figure|cost|sum|worth)\b|\bprice\s+tag\b|\bdamage\s+bill\b|\bbill\s+in\s+dollars\b|\bhow\s+much\s+money\b|\bcost\s+in\s+dollars\b/i;

function measureAsked(text: string): Measure | undefined {
  if (PRICE_NAMED.test(text)) return 'price';
  const m = MEASURE_ASKED.exec(text);
  const word = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
  return word === undefined ? undefined : MEASURE_OF[word];
}
/** "where", and its common slip "wher". */
const WHERE = /^\s*wher(?:e|es)?\b/i;
/** "where is X going/heading/flying (to)", "where will X travel": a journey. */
const JOURNEY = /\b(?:go|goes|going|head|heads|heading|headed|travel\w*|fly|flies|flying|flew|went|bound|move|moving)\b/i;

/** The kind of place a "which …" question asks for ("which country", "what city", "which Italian island"). */
const PLACE_KIND = String.raw`(?:which|what)\s+(?:[a-z]+\s+)?${PLACE_NOUNS}`;
/** "name of the Iranian city hit by …", "what's the name of the Iranian city": a place asked for by its name, as "which city …". */
const NAME_OF_PLACE = new RegExp(String.raw`^\s*(?:(?:what|which)(?:['’]s|\s+is|\s+was)\s+)?(?:the\s+)?name\s+of\s+(?:the|this|that)\s+((?:[a-z]+\s+)?(?!places?\b|destinations?\b)${PLACE_NOUNS})(?!['’])(?!\s+where\b)`, 'i');
/** "where did the missiles come from?", "where were they fired from(, which country)?", "from which country were they fired": an origin. */
const ORIGIN = new RegExp(String.raw`\bfrom\s+${PLACE_KIND}\b|\b(?:come|comes|came|coming|originat\w*|fired|launched|sent|shipped|flown)\s+from\s*(?:,\s*(?:which|what)\s+[a-z]+(?:\s+[a-z]+)?\s*)?\??\s*$`, 'i');
/** "in which country is the base", "the base is in which country": where something is, asked by the place's kind. */
const IN_WHICH_PLACE = new RegExp(String.raw`^\s*(?:in|on|at)\s+${PLACE_KIND}|\b(?:in|on|at)\s+${PLACE_KIND}\s*\??\s*$`, 'i');
/** "which country was X set to head to (once …)", "to which city did she fly": a journey's end, asked by the place's kind. */
const WHICH_DESTINATION = new RegExp(String.raw`^\s*to\s+${PLACE_KIND}\b|^\s*${PLACE_KIND}\b.*\b(?:to|for)\s*(?:once|after|before|when|next|\?|$)`, 'i');
/** "which country will X visit next", "what city did she visit after Lenz": a journey's end, the place the visit's object. */
const WHICH_VISITED = new RegExp(String.raw`^\s*${PLACE_KIND}\b.*\bvisit(?:s|ed|ing)?\s*(?:next|once|after|before|\?|$)`, 'i');
/** A "which place" question's own words for the place it asks about, which no passage needs to hold. */
export const PLACE_ASKED = new RegExp(String.raw`^\s*wher(?:e|es)?\b|\b(?:in\s+|to\s+|from\s+)?${PLACE_KIND}\b`, 'i');

/** "what does G7 stand for", "what's NATO short for": a short form asked to be spelt out. */
const STANDS_FOR = /^\s*what(?:['’]s|\s+is|\s+does|\s+do)\s+(?:the\s+)?([\p{L}\d.&-]{2,8})\s+(?:stand\s+for|short\s+for|mean|an?\s+(?:acronym|abbreviation)\s+for)\s*\??\s*$/iu;

/** "how many troops …", "how much aid …": the counted noun is the first lowercase content word after it. */
const COUNTED = /^\s*how\s+(?:many|much)\s+(.+)$/i;
/** "how many … are/is/does/do …" in the present, with no past beside it: how many there are. */
const STANDING = /^(?!.*\b(?:was|were|did|had)\b).*\b(?:are|is|does|do)\b/i;
/** "what kind of …", "which type of …": the words that ask for a kind (the kind answerer reads the rest). */
export const KIND_ASKED = /^\s*(?:what|which)\s+(?:kind|type|sort|form)s?\s+of\s+/i;
/** "what kind of attack …", "which type of government …": the noun whose kind is asked. */
const KIND_OF = new RegExp(String.raw`${KIND_ASKED.source}(\p{Ll}[\p{L}-]*)\b`, 'iu');
/**
 * "what sanctions did …", "which city got …", "in which hotel …": the noun after the question word
 * (not an auxiliary), after a preposition too unless it only says how or where in something ("by
 * what means", "in which part").
 */
const WHAT_NOUN = /^\s*(?:(?:in|at|on|from|to|for|with|by|during|through|into|under)\s+(?=(?:what|which)\s+(?!(?:means|way|ways|manner|part|parts|extent|sense|respect|capacity|direction|point|stage|order|form|role)\b)))?(?:what|which)\s+(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|about|of)\b)([\p{Ll}][\p{L}-]*)\b/iu;
/** The words after "what"/"which" up to its verb, a preposition or a comma: "which naval formations had …", "what wider aim does …". */
const WHAT_PHRASE = /^\s*(?:(?:[Ii]n|[Aa]t|[Oo]n|[Ff]rom|[Tt]o|[Ff]or|[Ww]ith|[Bb]y|[Dd]uring|[Tt]hrough|[Ii]nto|[Uu]nder)\s+)?(?:[Ww]hat|[Ww]hich)\s+((?:(?!(?:got|get|gets|been|being)\s)[\p{Ll}][\p{L}-]*\s+){0,2}?(?!(?:got|get|gets|been|being)\b)[\p{Ll}][\p{L}-]*)(?=\s*,|\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|got|get|gets|of|in|on|at|for|to|from|among|about|concerning|regarding|per|according)\b|\s+\p{Lu})/u;
/** Words before a counted noun that say how many more or which ("how many extra troops", "how many new cases"). */
const COUNT_MODIFIERS: ReadonlySet<string> = new Set(['extra', 'more', 'additional', 'new', 'other', 'further', 'total', 'separate', 'different', 'fresh']);
/** Nouns of measure whose "of" names what is asked: "what degree of agreement" asks about agreement. */
const MEASURE_OF_NOUNS: ReadonlySet<string> = new Set(['degree', 'kind', 'sort', 'type', 'extent', 'level', 'amount', 'form', 'manner']);
/**
 * Nouns a reader asks with that the coverage rarely writes ("what assurance did X give", "on what
 * grounds", "what role did X ascribe"): the passage says the thing, not its name.
 */
const UNSTATED_NOUNS: ReadonlySet<string> = new Set([
  'assurance', 'assurances', 'grounds', 'ground', 'aim', 'aims', 'reason', 'reasons', 'view', 'views', 'position', 'stance',
  'response', 'reaction', 'outcome', 'purpose', 'goal', 'motive', 'basis', 'rationale', 'justification', 'explanation', 'argument', 'point',
  // A translator's or editor's words for the wording itself ("which adjective does the piece use"), and "what else".
  'else', 'adjective', 'adjectives', 'word', 'words', 'wording', 'phrase', 'phrasing', 'term', 'expression', 'label', 'description', 'characterization', 'characterisation',
  // A business reader's umbrella nouns: the coverage names the things ("fighter jets"), not "assets" or a "deliverable".
  'assets', 'asset', 'deliverable', 'deliverables', 'specifics', 'details',
  // A reader's words for what was done ("which naval deployment", "what other practical step"): the coverage tells the deed.
  'deployment', 'deployments', 'formation', 'formations', 'step', 'steps', 'measure', 'measures', 'move', 'moves',
]);

/**
 * The noun a "what X …" question asks for: the head of the words before its verb ("which naval
 * formations had" → "formations", "which two countries are" → "countries"), the noun after "of" for a
 * measure ("what degree of agreement" → "agreement"); else the word after "what".
 */
function askedHead(text: string): string | undefined {
  const phrase = WHAT_PHRASE.exec(text);
  if (phrase === null) {
    // "which US warship": a name before the noun only narrows it.
    const noun = WHAT_NOUN.exec(text);
    const after = noun?.[1] !== undefined && /^\p{Lu}/u.test(noun[1]) ? /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(noun.index + noun[0].length))?.[1] : undefined;
    return after ?? noun?.[1];
  }
  const phraseWords = words(phrase[1]!);
  const head = phraseWords.at(-1)!;
  // "which crossing point": a head readers add to the noun the coverage writes ("what wider aim" has none).
  if (UNSTATED_NOUNS.has(head.toLowerCase()) && phraseWords.length > 1) return /ing$/i.test(phraseWords.at(-2)!) ? phraseWords.at(-2) : head;
  if (!MEASURE_OF_NOUNS.has(head.toLowerCase())) return head;
  return /^\s+of\s+([\p{Ll}][\p{L}-]*)/u.exec(text.slice(phrase.index + phrase[0].length))?.[1] ?? head;
}

/** A place's kind written with its name: "Capri island", "the island of Capri", "Lyon city". */
const PLACE_KIND_WORDS = String.raw`island|city|town|village|country|region|province|state|port|capital`;
const KIND_BEFORE_NAME = new RegExp(String.raw`^(?:the\s+)?(?:${PLACE_KIND_WORDS})\s+of\s+(\p{Lu}.*)$`, 'iu');
const KIND_AFTER_NAME = new RegExp(String.raw`^(.+?)\s+(?:${PLACE_KIND_WORDS})$`, 'i');

/** The place's name without the kind of place written with it ("capri island" → "capri"), which descriptions write otherwise. */
function placeNameOf(subject: string): string {
  return KIND_BEFORE_NAME.exec(subject)?.[1] ?? KIND_AFTER_NAME.exec(subject)?.[1] ?? subject;
}

/** Words before a named thing's noun that say which one, not what it is: "the second carrier", "the new warship". */
const NAME_OF_MODIFIERS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'last', 'next', 'new', 'other', 'main', 'latest', 'former', 'current', 'same', 'big', 'biggest', 'large', 'largest', 'small', 'exact', 'official', 'full']);
/** "what is the name of the Navy warship being sent": the named thing's noun, the last word before its verb or clause. */
const NAME_OF = /^\s*what(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+the\s+names?\s+of\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?)(?=\s+(?=\p{Lu}\p{Ll}+\s+(?:said|says|has|had|will|would|is|was)\b)|\s+(?:being|that|which|who|whose|in|on|at|of|to|toward|towards|into|near|from|for|with|by|sent|held|hit|led|made|taken|built|shot|known|given|seen|put|set|found|brought|run|kept|left|told|\p{Ll}+ed|\p{Ll}+ing)\b|\s*\??\s*$)/iu;
/** A verb after "what" makes the question its subject ("what caused the blast"): no noun is asked. */
const VERB_FORM = /(?:ed|happens?)$/i;
/** "what did the army seize …", "what is the city sending …": the clause after the auxiliary. */
const WHAT_DID = /^\s*what\s+(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+(.+)$/i;

/**
 * What a search-like question asks about (see the `search` variant): the counted noun, the asked
 * noun, or the verb of "what did X <verb>" — the last word before the verb's object or phrase
 * ("condemn" in "what did the bloc condemn on the island"). Speaking and light verbs say nothing
 * of what was done ("what did X say about …"); no act then.
 */
export function askedContent(text: string): { asked: string[]; act?: string; standing?: true; kindOf?: string; named?: true } {
  // "What was the weather like on Capri": the weather, which a passage must tell.
  const like = WHAT_LIKE.exec(text)?.[1];
  if (like !== undefined && keyTerms(like).length > 0) return { asked: [like] };
  const kindOf = KIND_OF.exec(text)?.[1]?.toLowerCase();
  if (kindOf !== undefined && keyTerms(kindOf).length > 0) return { asked: [kindOf], kindOf };
  const counted = COUNTED.exec(text)?.[1];
  if (counted !== undefined) {
    const parts = words(counted);
    // "how many extra troops": what is counted, not how many more of it.
    const at = parts.findIndex((word) => /^\p{Ll}/u.test(word) && keyTerms(word).length > 0 && !COUNT_MODIFIERS.has(word));
    if (at < 0) return { asked: [] };
    if (STANDING.test(counted)) return { asked: [parts[at]!], standing: true };
    // "how many people died", "how many guards were hurt": what befell those counted, which the figure's passage must say.
    // "have been released": past every auxiliary of the chain.
    let verbAt = at + 1;
    while (/^(?:was|were|been|being|be|have|has|had)$/i.test(parts[verbAt] ?? '')) verbAt++;
    // "how many rockets were found unfired", "… were reported dead": the state the verb ascribes is what befell them.
    const complement = STATE_VERBS.has(parts[verbAt]?.toLowerCase() ?? '') ? parts[verbAt + 1]?.toLowerCase() : undefined;
    const stated = complement !== undefined && /^\p{Ll}+$/u.test(complement) && !OBJECT_OPENERS.has(complement) && !PREPOSITIONS.has(complement) && !PARTICLES.has(complement) && !PLACE_ADVERBS.has(complement) && keyTerms(complement).length > 0;
    const verb = stated ? complement : (parts[verbAt] ?? '');
    const befell = stated || (isParticiple(verb) && !LIGHT_VERBS.has(IRREGULAR_VERBS.get(verb.toLowerCase()) ?? verb.toLowerCase()));
    return { asked: [parts[at]!], ...(befell ? { act: verb.toLowerCase() } : {}) };
  }
  const named = NAME_OF.exec(text)?.[1];
  if (named !== undefined) {
    // "the aircraft carrier", "the second US carrier group": the compound noun, without its names and ordinals.
    const noun = words(named).slice(-2).filter((word, i, pair) => keyTerms(word).length > 0 && (i === pair.length - 1 || (/^\p{Ll}+$/u.test(word) && !NAME_OF_MODIFIERS.has(word))));
    return noun.length > 0 ? { asked: noun, named: true } : { asked: noun };
  }
  const noun = WHAT_NOUN.exec(text) === null ? undefined : askedHead(text);
  if (noun !== undefined) return { asked: keyTerms(noun).length > 0 && !VERB_FORM.test(noun) && !UNSTATED_NOUNS.has(noun.toLowerCase()) ? [noun] : [] };
  const parts = words(WHAT_DID.exec(text)?.[1] ?? '');
  // "the meeting of G7 ministers produce": an "of" before a name or a bare noun goes on with the subject ("think of the plan" does not).
  const opensObject = (word: string) => OBJECT_OPENERS.has(word.toLowerCase()) || PREPOSITIONS.has(word.toLowerCase());
  const ofSubject = (word: string, i: number) => word.toLowerCase() === 'of' && !OBJECT_OPENERS.has(parts[i + 1]?.toLowerCase() ?? 'the');
  const end = parts.findIndex((word, i) => i > 0 && opensObject(word) && !ofSubject(word, i));
  const subjectAndVerb = end < 0 ? parts : parts.slice(0, end);
  const verb = subjectAndVerb.at(-1)?.toLowerCase();
  if (subjectAndVerb.length < 2 || verb === undefined || keyTerms(verb).length === 0) return { asked: [] };
  const base = IRREGULAR_VERBS.get(verb) ?? verb;
  const light = LIGHT_VERBS.has(base) || LIGHT_VERBS.has(verb.replace(/(ed|s|ing)$/, '')) || QUOTING.test(verb);
  return light ? { asked: [] } : { asked: [], act: verb };
}

/** "what was the weather like", "what is the mood like": the noun asked about. */
const WHAT_LIKE = /^\s*what\s+(?:was|is|were|are)\s+the\s+(\p{L}+)\s+like\b/iu;

/** Adverbs of place after such a verb say where, not what state: "how many were left behind". */
const PLACE_ADVERBS = new Set(['behind', 'there', 'here', 'home', 'abroad', 'nearby']);

/** Verbs that ascribe a state to what they count ("found unfired", "reported dead", "left homeless"): the state is what befell them. */
const STATE_VERBS = new Set(['found', 'left', 'reported', 'confirmed', 'feared', 'believed', 'presumed', 'declared', 'pronounced', 'listed', 'rendered']);

/** Prepositions that, like the object openers, end the subject and verb of "what did X <verb> near …". */
const PREPOSITIONS = new Set(['near', 'over', 'after', 'before', 'during', 'toward', 'towards', 'across', 'through', 'under', 'since', 'off', 'outside', 'inside', 'around']);

const QUOTING = new RegExp(`^(?:${QUOTE_VERBS})$`, 'i');

/** A rule whose pattern captures the speaker (group 1) and the topic (group 2) of a quote question. */
function quoteRule(name: string, reason: string, ...patterns: RegExp[]): QuestionRule {
  return {
    name,
    family: 'quote',
    reason,
    read: (text) => {
      const m = patterns.reduce<RegExpExecArray | null>((found, pattern) => found ?? pattern.exec(text), null);
      return m === null ? undefined : { kind: 'quote', speaker: m[1] ?? '', topic: m[2] ?? '' };
    },
  };
}

/** The question rules, in the order they are tried: the first that reads a question decides its kind. */
export const QUESTION_RULES: readonly QuestionRule[] = [
  {
    name: 'what does the page around the story show',
    family: 'who',
    reason: "asks about the page around a story, not its report: a link to another story, a prompt, a photo caption or whom it shows",
    read: (text) => (PAGE_ASKED.test(text) && !NOT_PAGE.test(text) ? { kind: 'articleDate', about: aboutStory(text), part: 'page', granularity: 'day' } : undefined),
  },
  {
    name: 'what did X say <clause>',
    family: 'quote',
    reason: '"what did X say Y did …" asks for X\'s quotations that say it',
    read: (text) => {
      const m = WHAT_DID_SAY_CLAUSE.exec(text);
      return m === null ? undefined : { kind: 'quote', speaker: m[1] ?? '', topic: m[2] ?? '', clause: true };
    },
  },
  {
    name: 'what did X say at Z',
    family: 'quote',
    reason: '"what did X say in Z (about Y)" asks for X\'s quotations in the stories about Z',
    read: (text) => {
      const m = WHAT_DID_SAY_AT.exec(text);
      return m === null ? undefined : { kind: 'quote', speaker: m[1] ?? '', topic: m[3] ?? '', setting: m[2] ?? '' };
    },
  },
  {
    name: 'what did X tell Y',
    family: 'quote',
    reason: '"what did X tell Y (about Z)" asks for X\'s quotations in the stories that name Y, the one told',
    read: (text) => {
      const m = WHAT_DID_TELL.exec(text);
      // "what did X say about the US being told …": the telling is what X spoke of, not X's own.
      return m === null || /\b(?:say|says|said|being)\b/i.test(m[1]!) ? undefined : { kind: 'quote', speaker: m[1]!, topic: m[3] ?? '', setting: m[2]! };
    },
  },
  quoteRule('what did X say', '"what did X say (about Y)" asks for X\'s quotations', WHAT_DID_SAY),
  quoteRule('how did X describe Y', '"how did X describe Y" asks for X\'s quotations about Y (a story or an outlet describing is a description question)', HOW_DID_DESCRIBE),
  quoteRule('what did X warn Y', '"what did X warn Y (about)" asks for X\'s quotations to Y', WHAT_DID_WARN),
  quoteRule('what was X\'s message', '"what was X\'s message (about Y)" asks for X\'s quotations, the saying\'s noun among the topic\'s words', WHAT_WAS_MESSAGE),
  quoteRule('quote X on Y', '"quote X on Y" asks for X\'s quotations about Y', QUOTE_ON),
  quoteRule('X quote on Y', '"X quote on Y" asks for X\'s quotations about Y', SPEAKER_QUOTE_ON),
  quoteRule('did X say anything about Y', '"did X say anything about Y", "X\'s take on Y" ask for X\'s quotations about Y', ...SAID_ANYTHING),
  {
    name: 'which place',
    family: 'who',
    reason: '"which country was X set to head to", "from which country were the missiles fired", "in which country is the base" ask for a place, as "where" does',
    read: (text) => {
      // "from which city is the Reuters dispatch datelined?": a story's dateline, read below.
      if (ARTICLE_PLACE.test(text)) return undefined;
      // ("the name of the island where X" is searched for by its words: "where X" loses what kind of place it asks.)
      if (NAME_OF_PLACE.test(text)) return { kind: 'place', journey: false, restated: text.replace(NAME_OF_PLACE, 'which $1') };
      if (ORIGIN.test(text) && /\b(?:which|what)\b/i.test(text)) return { kind: 'place', journey: false, origin: true };
      if ((JOURNEY.test(text) && WHICH_DESTINATION.test(text)) || WHICH_VISITED.test(text)) return { kind: 'place', journey: true };
      return IN_WHICH_PLACE.test(text) ? { kind: 'place', journey: false } : undefined;
    },
  },
  {
    name: 'what group did X lead',
    family: 'who',
    reason: '"what group did X lead", "X works at which institute" ask for the organisation (or country) in a person\'s role',
    read: (text) => {
      const m = AFFILIATION.exec(text) ?? AFFILIATION_ROLE.exec(text);
      if (m !== null) return { kind: 'affiliation', person: m[2] ?? '', wants: /country|nation/i.test(m[1] ?? '') ? 'place' : 'organization' };
      const named = AFFILIATION_NAMED.exec(text);
      const person = named === null ? undefined : named.slice(1).find((group) => group !== undefined);
      if (person !== undefined) return { kind: 'affiliation', person, wants: 'organization' };
      const last = AFFILIATION_LAST.exec(text);
      return last === null ? undefined : { kind: 'affiliation', person: last[1]!, wants: /country|nation/i.test(last[2]!) ? 'place' : 'organization' };
    },
  },
  {
    name: 'which outlet ran the story',
    family: 'who',
    reason: "asks for a story's outlet: the agency or publication it names",
    read: (text) => (ARTICLE_OUTLET.test(text) ? { kind: 'articleDate', about: aboutStory(text), part: 'outlet', granularity: granularityOf(text) } : undefined),
  },
  {
    name: "what section is the story filed under",
    family: 'who',
    reason: "asks for a story's site section: the label its page files it under",
    read: (text) => (ARTICLE_SECTION.test(text) ? { kind: 'articleDate', about: aboutStory(text.replace(SECTION_WORDS, ' ')), part: 'section', granularity: 'day' } : undefined),
  },
  {
    name: "what is the story's headline",
    family: 'who',
    reason: "asks for a story's headline: its title",
    read: (text) => (ARTICLE_HEADLINE.test(text) ? { kind: 'articleDate', about: aboutStory(text.replace(HEADLINE_WORDS, ' ')), part: 'headline', granularity: 'day' } : undefined),
  },
  {
    name: 'who holds the copyright',
    family: 'who',
    reason: "asks for the holder of a story's copyright: the page's copyright line",
    read: copyrightAsked('day'),
  },
  {
    name: 'what year is the story copyrighted',
    family: 'when',
    reason: "asks for the year of a story's copyright: the page's copyright line",
    read: copyrightAsked('year'),
  },
  {
    name: 'where was the story filed',
    family: 'when',
    reason: "asks for a story's dateline: where it was filed",
    read: (text) => (ARTICLE_PLACE.test(text) ? { kind: 'articleDate', about: aboutStory(text), part: 'place', granularity: granularityOf(text) } : undefined),
  },
  {
    name: 'when was the story published',
    family: 'when',
    reason: "asks for a story's own date, not an event's",
    read: (text) => (ARTICLE_DATE.test(text) ? { kind: 'articleDate', about: aboutStory(text), part: 'date', granularity: granularityOf(text) } : undefined),
  },
  {
    name: 'how long',
    family: 'when',
    reason: '"how long" (not "how long ago") asks for a duration, not a date; "how often" for a rate',
    read: (text) => (DURATION.test(text) ? { kind: 'duration' } : HOW_OFTEN.test(text) ? { kind: 'duration', often: true } : undefined),
  },
  {
    name: 'when',
    family: 'when',
    reason: 'asks for a time',
    read: (text) => (TIME_ASKED.test(text) ? { kind: 'eventTime', granularity: granularityOf(text), ...actOf(text), ...sinceOf(text), ...aheadOf(text) } : undefined),
  },
  {
    name: 'how is X described',
    family: 'who',
    reason: '"how is X described", "what kind of group is X", "what is X", "where is X" with X a name the corpus knows ask what the coverage calls it',
    read: (text, isName) => {
      // "where is Capri": a short name, whether or not the corpus knows it as an entity ("where is Lenz headed" asks of a journey).
      const where = WHERE_IS.exec(text.replace(FROM_WHERE, 'where is $1 from'))?.[1];
      // "where is Hezbollah from", "hezbollah is from where": the country its description's demonym names.
      const from = where === undefined ? undefined : /^(.+?)\s+from$/i.exec(where)?.[1];
      if (from !== undefined && words(from).length <= 3) return { kind: 'description', subject: from, where: true, from: true };
      // "the base is in which part of Iraq": where the coverage puts it.
      const partOf = WHICH_PART.exec(text);
      const part = partOf?.[1] ?? partOf?.[2];
      if (part !== undefined && words(part).length <= 4) return { kind: 'description', subject: placeNameOf(part), where: true, restated: `where is ${part}` };
      // "which country is Capri in": the country its description names ("the Italian island of Capri", "western Iraq").
      const within = PLACE_WITHIN.exec(text)?.[1];
      if (within !== undefined && words(within).length <= 4) return { kind: 'description', subject: within, where: true, from: true, within: true };
      if (where !== undefined && words(where).length <= 3 && !/(?:ed|ing)$/i.test(where)) return { kind: 'description', subject: placeNameOf(where), where: true };
      // Asked outright ("how is X described", "what kind of group is X"), a short name needs no entity behind it; "what is X" does.
      const outright = (DESCRIBED.exec(text) ?? WHAT_KIND.exec(text))?.[1];
      if (outright !== undefined && words(outright).length <= 3 && !words(outright).some((word) => /(?:ed|ing)$/i.test(word))) return { kind: 'description', subject: outright };
      const subject = WHAT_IS.exec(text)?.[1];
      return subject === undefined || words(subject).length > 5 || !isName(subject) ? undefined : { kind: 'description', subject };
    },
  },
  {
    name: 'what kind of N',
    family: 'search',
    reason: '"what kind of attack wounded …" asks for the words the coverage gives the noun, not who or what did it',
    read: (text) => (KIND_OF.test(text) ? { kind: 'search', figure: false, ...askedContent(text), required: true } : undefined),
  },
  {
    name: "what is <name>'s job",
    family: 'who',
    reason: '"what is X\'s job?", "what does X do?", "what position does X hold?" with X a name the corpus knows asks who X is',
    read: (text, isName) => {
      const subject = (JOB_OF.exec(text) ?? DOES_FOR_WORK.exec(text) ?? POSITION_HELD.exec(text))?.[1];
      return subject === undefined || words(subject).length > 4 || !isName(subject) ? undefined : { kind: 'profile', subject };
    },
  },
  {
    name: '<name>?',
    family: 'who',
    reason: 'a name the corpus knows, asked on its own ("Tajani?"), asks who it is',
    read: (text, isName) => {
      const subject = BARE_NAME.exec(text)?.[1];
      return subject === undefined || !isName(subject) ? undefined : { kind: 'profile', subject };
    },
  },
  {
    name: 'who is <name>',
    family: 'who',
    reason: '"who is X?" with X a name the corpus knows asks who X is',
    read: (text, isName) => {
      const subject = WHO_IS.exec(text)?.[1];
      if (subject === undefined || /^(the|a|an)\s/i.test(subject) || words(subject).length > 4 || !isName(subject)) return undefined;
      return { kind: 'profile', subject };
    },
  },
  {
    name: 'who is <name>, and his role',
    family: 'who',
    reason: '"who is X, what\'s his role?" asks who X is, as "who is X?" does: what follows asks more of the same person',
    read: (text, isName) => {
      const asked = WHO_IS_THEN.exec(text);
      const subject = asked?.[1];
      if (subject === undefined || !ASKS_MORE_OF_HIM.test(asked![2]!) || /^(the|a|an)\s/i.test(subject) || words(subject).length > 4 || !isName(subject)) return undefined;
      return { kind: 'profile', subject };
    },
  },
  {
    name: 'credits',
    family: 'who',
    reason: "asks who reported, wrote, edited or photographed a story: its credit lines",
    read: (text) => {
      if (PHOTO_AGENCY.test(text)) return { kind: 'credit', credit: 'photo', agency: true };
      if (REPORTER_IN_STORY.test(text)) return undefined;
      const rule = WHO.test(text) || WHICH_CREDITED.test(text) ? CREDIT_QUESTIONS.find(({ pattern }) => pattern.test(text)) : undefined;
      return rule === undefined ? undefined : { kind: 'credit', credit: rule.credit };
    },
  },
  {
    name: 'who said',
    family: 'who',
    reason: '"who said …" asks for the speaker of what was said',
    read: (text) => {
      const verb = SAID.exec(text)?.[1];
      if (verb === undefined) return undefined;
      const said = text.replace(SAID, '').replace(/\?\s*$/, '').trim();
      // "who told the press conference that steps were taken": the listener before "that" is no part of what was said.
      // "who told reporters "We're still investigating" about the attack": the words quoted are what was said.
      const quoted = QUOTED_WORDS.exec(said)?.[1];
      // Not "who called the closure "a disaster"": there the quoted words are what the thing was called.
      if (quoted !== undefined && words(quoted).length >= 3 && !NAMING_VERB.test(verb)) return { kind: 'saidBy', statement: quoted };
      return { kind: 'saidBy', statement: TELLING.test(verb) ? said.replace(LISTENER_BEFORE_THAT, '') : said };
    },
  },
  {
    name: 'who leads X',
    family: 'who',
    reason: '"who leads X" asks for X\'s leader, or, failing a stated role, whoever did the leading',
    read: (text) => {
      const m = ROLE_VERBS.exec(text);
      if (m === null) return undefined;
      const verb = (m[1] ?? '').toLowerCase();
      const noun = ROLE_NOUN[verb] ?? ROLE_NOUN[verb.replace(/s$/, '')] ?? '';
      return { kind: 'role', role: `${noun} ${m[2] ?? ''}`.trim(), orEvent: true, asks: 'agent' };
    },
  },
  {
    name: 'who is the <role>',
    family: 'who',
    reason: '"who is the X" with X a role asks for whoever holds it',
    read: (text) => {
      // "…, according to the defense secretary" names a source, not the role asked for.
      const written = WHO_HOLDS.exec(text)?.[1]?.replace(TRAILING_SOURCE, '');
      const role = placeAsHolder(written);
      if (role === undefined || !namesRole(role)) return undefined;
      // The question as the possessive reads it: "who is Iran's foreign minister?".
      const at = written === undefined ? -1 : text.lastIndexOf(written);
      const before = at < 0 ? '' : text.slice(0, at).replace(/\bthe\s+$/iu, '');
      const restated = role === written || at < 0 ? {} : { restated: `${before}${role}${text.slice(at + written!.length)}` };
      return { kind: 'role', role, orEvent: describesEvent(role), asks: participantInRole(role), ...restated };
    },
  },
  {
    name: 'which X is quoted',
    family: 'who',
    reason: '"which Italian minister is quoted (in the story)" asks who holds that role among those quoted, as "who is the Italian minister" does',
    read: (text) => {
      const role = WHICH_QUOTED.exec(text)?.[1];
      return role === undefined || !namesRole(role) ? undefined : { kind: 'role', role, orEvent: false, asks: 'agent' };
    },
  },
  {
    name: 'which X said',
    family: 'who',
    reason: '"which Italian official said …" asks for the speaker of what was said, as "who said …" does; its nationality narrows whom',
    read: (text) => {
      // A title ("which president warned …") may ask for whose words were quoted, which the event's rules read; a plain description asks who said them.
      const m = WHICH_SAID.exec(text);
      // "which pentagon guy in annapolis said …": the head before the description's place.
      // "which member of the Italian government": the head before what it is a part of.
      const head = words((m?.[1] ?? '').replace(/\s+(?:in|at|from|on|of)\s+.*$/i, '')).at(-1)?.toLowerCase() ?? '';
      // "which health ministry said …": an institution speaks for itself.
      // A title with "said" ("which US diplomat said …") asks for the speaker too; with "warned" it may ask whose warning was quoted.
      const titledSaying = ROLE_HEADS.has(head) && /^\s*(?:said|says)\b/i.test(text.slice(text.indexOf(m?.[1] ?? '') + (m?.[1] ?? '').length));
      return m === null || !(DESCRIBED_SPEAKERS.has(head) || INSTITUTIONS.includes(head) || titledSaying) ? undefined : { kind: 'saidBy', statement: m[2]!.trim(), describedAs: m[1]!.trim() };
    },
  },
  {
    name: 'whose statement said',
    family: 'who',
    reason: '"whose statement said …", "whose words warned …" ask for the speaker of what was said, as "who said …" does',
    read: (text) => {
      const m = WHOSE_SAYING.exec(text);
      return m === null ? undefined : { kind: 'saidBy', statement: m[1]!.trim() };
    },
  },
  {
    name: 'whose <leader> did',
    family: 'who',
    reason: '"whose (political) leader was killed" asks for the group or country that leader heads, as the coverage describes them ("whose envoy" may be a ruler\'s: not this rule)',
    read: (text) => {
      const m = WHOSE_MEMBER.exec(text);
      if (m === null || !BODY_HEADS.has(m[1]!.toLowerCase())) return undefined;
      // The leader's part in the act is read as "who was killed …" reads it.
      const asked = `who ${text.slice(m[0].length - m[2]!.length)}`;
      return { kind: 'eventActor', asks: participantAsked(asked), wants: 'organization', whose: true, orPlace: true, ...actOf(asked), ...otherActorsOf(text) };
    },
  },
  {
    name: 'which <actor> did',
    family: 'who',
    reason: '"which commander did …", "which group took …" ask for a person, an organisation or a country, as "who" does',
    read: (text) => {
      const wants = actorWanted(text);
      if (wants === undefined) return undefined;
      const orPlace = wants === 'organization' && GOVERNMENT_NOUNS.test(WHICH_ACTOR.exec(text)?.[1] ?? '');
      return { kind: 'eventActor', asks: participantAsked(unnegated(text)), wants, ...actOf(unnegated(text)), ...(WHOSE.test(text) ? { whose: true as const } : {}), ...(orPlace ? { orPlace: true as const } : {}), ...otherActorsOf(text) };
    },
  },
  {
    name: 'who does X think did',
    family: 'who',
    reason: '"who does X think (was behind) …", "who was X sure was …" ask whoever did it, as the coverage tells it: X is only whose view that is',
    read: (text) => {
      const opinion = OPINION.exec(text);
      if (opinion === null) return undefined;
      const asked = singleWordVerbs(`who ${opinion[3]!}`);
      // Whose view it is tells it, and did not do it ("who did Lee say should be aware …" is not Lee); "who was Lee sure was …" the same.
      return { kind: 'eventActor', asks: participantAsked(asked), ...actOf(asked), ...inRoleOf(asked), otherActors: [opinion[1] ?? opinion[2]!], restated: asked };
    },
  },
  {
    name: 'who',
    family: 'who',
    reason: 'asks for whoever did (or underwent) what the question says',
    // "who has not claimed responsibility" asks of the same act as "who has claimed it": its doer, by the negation.
    read: (text) => (WHO.test(text) ? { kind: 'eventActor', asks: participantAsked(unnegated(text)), ...actOf(unnegated(text)), ...inRoleOf(text), ...otherActorsOf(text) } : undefined),
  },
  {
    name: 'what does X stand for',
    family: 'search',
    reason: '"what does G7 stand for" asks for the name the coverage spells the short form out as',
    read: (text) => {
      const acronym = STANDS_FOR.exec(text)?.[1];
      return acronym === undefined ? undefined : { kind: 'search', figure: false, asked: [], required: true, acronym };
    },
  },
  {
    name: 'how old is X',
    family: 'search',
    reason: '"how old is X", "what is the population of X" ask for a figure of that measure, which the passage must give',
    read: (text) => {
      const measure = measureAsked(text);
      return measure === undefined ? undefined : { kind: 'search', figure: true, asked: [], measure, required: true };
    },
  },
  {
    name: 'how many',
    family: 'search',
    reason: '"how many/much" asks for a figure: passages with one by the question\'s words',
    read: (text) => (FIGURE.test(text) ? { kind: 'search', figure: true, ...askedContent(text), required: true } : undefined),
  },
  {
    name: 'what figure',
    family: 'search',
    reason: '"what trucks-per-day figure did X give" asks for a figure of what it names: passages with one by the question\'s words',
    read: (text) => {
      const named = FIGURE_OF.exec(text);
      if (named === null) return undefined;
      // "trucks-per-day": what is counted is its first word.
      const counted = named[1]!.split(/[\s-]+/u).find((word) => /^\p{Ll}/u.test(word) && keyTerms(word).length > 0 && !COUNT_MODIFIERS.has(word));
      return { kind: 'search', figure: true, asked: counted === undefined ? [] : [counted], required: true };
    },
  },
  {
    name: 'where',
    family: 'search',
    reason: '"where …" asks for a place: one the best passages name as where it happened, or as a journey\'s end',
    read: (text) => (!WHERE.test(text) ? undefined : ORIGIN.test(text) ? { kind: 'place', journey: false, origin: true } : { kind: 'place', journey: JOURNEY.test(text) }),
  },
];

/** What each command's question falls back to when no rule of its family reads it. */
const FALLBACK: Readonly<Record<'who' | 'when' | 'auto', { slots: (text: string) => Slots; reason: string }>> = {
  who: { slots: (text) => ({ kind: 'eventActor', asks: participantAsked(text), ...actOf(text), ...inRoleOf(text) }), reason: 'a /who question: whoever did what it says' },
  when: { slots: (text) => ({ kind: 'eventTime', granularity: granularityOf(text), ...actOf(text), ...sinceOf(text), ...aheadOf(text) }), reason: 'a /when question: the time of what it says' },
  // "US troop headcount in Iraq?", "daily aid truck throughput?": a noun phrase naming a figure asks for one.
  auto: { slots: (text) => ({ kind: 'search', figure: FIGURE_NAMED.test(text), ...askedContent(text), required: true }), reason: 'no question form matched: the passages that best match its words' },
};

/** Kinds that ask for someone, which a description in the question may name better than the reading did. */
const ASKS_SOMEONE_KINDS: ReadonlySet<Question['kind']> = new Set(['eventActor', 'role']);

/** Words by which a question asks for someone: "who", "whom", "the identity of", "the name of". */
const ASKS_FOR_SOMEONE = /\b(?:who|whom|whose|identity|identification|name)\b/iu;

/** Longest question Byline reads; the rest is ignored (a question is a sentence, not an article). */
export const MAX_QUESTION_LENGTH = 500;

/** Without a name table, a name is a short phrase of capitalised words ("Maria Lopez", "Sec. Lopez"). */
const looksLikeName: NameCheck = (phrase) => /^(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u.test(phrase.trim());

/**
 * Reads a request into a `Question`. A reply to an earlier answer (`context`) is filled in from
 * it when its form shows it refers back ("what else did she say?", "and when was that?"); an
 * independent question ("who is Olsen?") is read as it stands. `isName` tells names the corpus
 * knows from roles; without it, capitalised words are taken for a name.
 */
/** A description asked about without a verb of its own: "Reporters credited on the Capri story", "officials quoted in …". */
const DESCRIBED_ONLY = /^\s*(?:the\s+)?(?:\p{L}+\s+){0,2}?(\p{L}+)\s+(?:credited|quoted|named|cited|mentioned|listed)\s+(?:on|in|by)\b/iu;

/** "*Vatanka, the Middle East Institute guy: …": a topic opened by the speaker's name corrected. */
const STAR_FIRST = /^\s*\*\s*(\p{L}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?)\s*[,:;—–-]?\s*/u;
/** "*Blinken", "*Reuters": the word a phone mangled, written again after it. */
const STAR_WORD = /(?:^|\s)\*\s*(\p{L}[\p{L}'’.-]+(?:\s+\p{L}[\p{L}'’.-]+){0,2}(?=\s*$)|\p{L}[\p{L}'’.-]+)\s*(?=[,.;:!?)]|\s|$)/u;

/**
 * "who has the writing credit on the routers capri story *Reuters" → "… on the Reuters capri story":
 * the starred word takes the place of the word it corrects, the one of the same first letter
 * nearest in spelling; with none such, the star is only dropped.
 */
function starCorrected(text: string): string {
  const star = STAR_WORD.exec(text);
  if (star === null) return text;
  const fixed = star[1]!;
  const rest = `${text.slice(0, star.index)}${text.slice(star.index + star[0].length)}`.replace(/\s+([,.;:!?])/g, '$1').trim();
  // Within half the corrected word's letters (farther runs count as one past that, and are left out).
  const reach = Math.ceil(fixed.length / 2);
  const distance = (word: string) => editDistance(word.toLowerCase(), fixed.toLowerCase(), reach);
  // "*al Asad" corrects as many words as it has ("a sad"): each run of that many words is a candidate.
  const size = words(fixed).length;
  const typed = words(rest);
  const runs = typed.slice(0, typed.length - size + 1).map((_, i) => typed.slice(i, i + size).join(' '));
  const candidates = runs.filter((run) => run[0]?.toLowerCase() === fixed[0]?.toLowerCase() && run.toLowerCase() !== fixed.toLowerCase() && distance(run) <= reach);
  const nearest = candidates.sort((a, b) => distance(a) - distance(b))[0];
  return nearest === undefined ? rest : rest.replace(new RegExp(`(?<![\\p{L}])${nearest.split(' ').map(escapeRegExp).join('\\s+')}(?![\\p{L}])`, 'u'), fixed);
}

/**
 * The ways of asking read first, in order, each text to text: a transcript's labels, speech's fillers
 * and restarts, a letter's courtesies and its writer's own story, an exam's premise and marks, a
 * question relayed for someone else, a spreadsheet's field, a crossword clue, a half-remembering
 * asker's guesses, a question that points back to what it said first, a post's or a memo's noise,
 * dictation's spoken punctuation, a name corrected after a star.
 */
/**
 * Read before anything else, whoever relays the question, in order, each text to text: an asker's
 * labels for stories ("Exhibit 5 (Reuters, Annapolis)", "according to Source E") as those stories and
 * a worksheet's marks left out; French, Spanish, Portuguese, Italian or German function words ("quand",
 * "selon la dépêche Reuters", "quem é o", "wer hat … gesagt") in English; a caller's greeting ("hey Marty, love
 * the show.") left out, a learner's "who say" as "who said"; then what asks nothing: a reply's word to a post ("source?"), why the answer is wanted
 * ("…, so I can confirm the spelling?") and when the asker stands ("the then-Secretary", "back then").
 */
const READ_FIRST: readonly ((text: string) => string)[] = [documentLabelsRead, codeSwitchedAsked, greetingsDropped, learnerAsked, repliesDropped, purposeDropped, hindsightDropped];

const READ_AS_ASKED: readonly ((text: string) => string)[] = [transcriptAsked, spokenAsked, letterAsked, premisedAsked, relayedAsked, fieldAsked, clueAsked, hedgesDropped, choicesDropped, backReferred, postedAsked, dictated, starCorrected];

/** "Austin, Lloyd", "Tajani, Antonio": a name written surname first. */
const SURNAME_FIRST = /^\s*(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s*$/u;

/** "@Byline " before a mention's question: its readings read the question without it, which stays before what they give. */
const MENTION = /^\s*@[\p{L}\d_]+[,:]?\s+/u;

/**
 * "TIMELINE REQ:", "INCIDENT:", "LOG 0412 /", "ADMIN:": a log's label in capitals before what it logs
 * in small letters (a headline in capitals throughout, "BEIRUT STRIKE: … NAME?", keeps its topic).
 */
const LOG_LABEL = /^\s*\p{Lu}{2,}(?:[\s/]+(?:\p{Lu}{2,}|\d{2,}))*\s*[:/]\s+(?=[^]*?\b\p{Ll}{2,}(?:\s+\S+){2})/u;

function readAsAsked(text: string): string {
  const mention = MENTION.exec(text)?.[0] ?? '';
  const typed = text.slice(mention.length).replace(LOG_LABEL, '');
  const asked = openedQuestionsDropped(typed);
  const read = READ_AS_ASKED.reduce((question, step) => step(question), asked);
  return read === text.slice(mention.length) ? text : `${mention}${read}`;
}

export function parseQuestion(typed: Request, isName: NameCheck = looksLikeName): Question {
  const clip = (value: string | undefined) => typographyPlain((value ?? '').slice(0, MAX_QUESTION_LENGTH).trim());
  // A prompt's persona, the answer's form and the material to use ("You're a research assistant.", "Name only.") ask nothing;
  // a field's name ("event_date") is its words.
  // A question relayed for someone else ("Hank from Harrisburg wants to know who …") is that question.
  // A template an integration sends ("event_time(event='…', source='…')") is the question its slots ask, read before its underscores are spaces.
  const request = typed.text === undefined ? typed : { ...typed, text: relayedQuestion(withoutInstructions(identifiersSpaced(templateAsked(READ_FIRST.reduce((text, step) => step(text), clip(typed.text))))).replace(STORY_OF, '$1 the $3 $2')) };
  if (request.command === 'quote') {
    // "committed to Israel's security at the G7 close-out": the occasion says which stories, not what was said.
    // "Vatican / *Vatanka, …": a name corrected after it, as phones are, in the topic's first words.
    const corrected = STAR_FIRST.exec(clip(request.topic));
    // "Austin, Lloyd": a catalogue's surname first; "troop_protection": a field's name, as words.
    const speakerTyped = (corrected === null ? clip(request.speaker) : corrected[1]!).replace(SURNAME_FIRST, '$2 $1');
    const topic = singleWordVerbs(identifiersSpaced(corrected === null ? clip(request.topic) : clip(request.topic).slice(corrected[0].length)));
    const occasion = TOPIC_OCCASION.exec(topic);
    // Its names ("G7", "Capri") say which stories; its common words ("close-out") none.
    const setting = occasion === null ? '' : words(occasion[2]!).filter((word) => /^[\p{Lu}\d]/u.test(word)).join(' ');
    return { kind: 'quote', speaker: titlesSpelledOut(starCorrected(speakerTyped)), topic: occasion === null ? topic : occasion[1]!, ...(setting === '' ? {} : { setting }), text: '', reason: 'a /quote request: quotations by its speaker, on its topic' };
  }
  const read = readAsAsked(asAccordingTo(clip(request.text).replace(QUOTED_TITLE_DOING, 'the $1').replace(STORY_CALLS, (_, which: string, story: string, described: string) => `${which} is described as ${described}, according to ${story}?`)));
  const asked = verbsForNominals(singleWordVerbs(countryUs(titlesSpelledOut(spelledQuestionWord(sourceAsked(sourceLast(questionFirst(sourceLast(whFronted(withoutPoliteness(withoutLeadIn(read, isName))))))).replace(WERE_REPORTED, '$1').replace(DESCRIBED_SAYING, 'which $1 said ').replace(HOW_LONG_BEFORE, howLongAsWhen).replace(SAID_ABOUT_WHEN, '$2, according to $1').replace(SOURCE_DATES, sourceDated))))));
  // "The report is datelined Aug 6. Which weekday was that?": the date may stand in the remark before the question.
  const weekdayOf = request.command === 'when' || request.command === 'auto' ? (weekdayAsked(clip(request.text)) ?? weekdayAsked(read)) : undefined;
  if (weekdayOf !== undefined) return { kind: 'eventTime', granularity: 'day', weekdayOf, text: read, reason: 'asks which weekday a date was: the weekday the coverage writes for it' };
  const weekdayDate = request.command === 'when' || request.command === 'auto' ? (weekdayDateAsked(clip(request.text)) ?? weekdayDateAsked(read)) : undefined;
  if (weekdayDate !== undefined) return { kind: 'eventTime', granularity: 'day', weekdayDate, text: read, reason: 'asks which calendar date a weekday the coverage writes was, by its story\'s date' };
  if (request.command === 'search') return { kind: 'search', figure: FIGURE.test(asked), ...askedContent(asked), required: false, text: asked, reason: 'a /search request: the best passages' };
  // A request for the identity of someone a remark describes ("… mentions X. Name, fast?") asks only that.
  const identity = request.command === 'who' || request.command === 'auto' ? identityPointedIn(clip(request.text).replace(MENTION, '')) : undefined;
  if (identity !== undefined) return readQuestion(request.command, identity, isName);
  const cased = withNamesCased(withAuxiliary(asked, isName), isName);
  // "/who is the mayor" arrives without its question word; "/who Reporters credited on the story?" is "who are the reporters credited …".
  const described = DESCRIBED_ONLY.exec(cased);
  // "/who pentagon chief in annapolis piece?": a description with no verb asks who is so described.
  const unworded = described === null ? (namesOnly(cased) ? `who is ${/^\s*(?:the|a|an)\s/iu.test(cased) ? '' : 'the '}${cased}` : `who ${cased}`) : `who ${/s$/i.test(described[1]!) ? 'are' : 'is'} the ${cased.replace(/^\s*(?:the\s+)?\p{Lu}/u, (m) => m.toLowerCase())}`;
  // "/who what is the name of the X": who the X is.
  const text = (request.command === 'who' || (request.command === 'auto' && namesSomeone(cased))) && WHO_NAMED.test(cased) ? cased.replace(WHO_NAMED, (_asked, verb: string) => `who ${/^['’]s$/u.test(verb) ? 'is' : verb} `) : request.command === 'who' && !/^\s*(who|whom|whose|what|which|where)\b/i.test(cased) ? unworded : request.command === 'auto' ? withContext(cased, request.context) : cased;
  const asIs = readQuestion(request.command, text, isName);
  // Where no way of asking was read ("INT. PRESS ROOM — …", "For a footnote: the identity of …"), whoever made a claim it names, or someone it describes by a role, is whom it asks for.
  // A mention asks for someone only in so many words ("who", "the identity of").
  // So is one a question points at or names in asking who it is ("… the Pentagon chief from the Annapolis story. Who is that?").
  const notAsked = request.command === 'who' && text === `who ${cased}`;
  const unread = (notAsked && asIs.kind === 'eventActor') || (asIs.reason === FALLBACK.auto.reason && ASKS_FOR_SOMEONE.test(cased)) || (ASKS_SOMEONE_KINDS.has(asIs.kind) && asksWhoDescribed(read));
  // A claim whose speaker is asked for ("Attribution for the assessment that X?") is "who said X?" however the rest was read.
  const claimed = ASKS_SOMEONE_KINDS.has(asIs.kind) ? claimAttributed(read.replace(MENTION, '')) : undefined;
  const someone = unread ? (claimAttributed(cased.replace(MENTION, '')) ?? claimed ?? someoneDescribed(cased.replace(MENTION, '')) ?? someoneDescribed(read.replace(MENTION, ''))) : claimed;
  // A time question's event may stand around what it asks ("For the scene where X: what day is it on screen?").
  const event = asIs.kind === 'eventTime' ? timeDescribed(clip(request.text).replace(MENTION, '')) : undefined;
  // A question asked inside a request or after a claim ("Customer is asking when X", "Claim: X. Check: when did it happen?").
  // Someone a who question describes by what they did ("…, the one who said X?").
  const done = ASKS_SOMEONE_KINDS.has(asIs.kind) ? relativeWho(clip(request.text).replace(MENTION, '')) : undefined;
  // "… the person assassinated in Tehran … Who does the report name as the victim?": who underwent the killing it names.
  const victim = ASKS_SOMEONE_KINDS.has(asIs.kind) ? victimAsked(clip(request.text).replace(MENTION, '')) : undefined;
  // "Who's calling the plays at the Pentagon — the defense secretary …?": whom its plain words after a dash or comma name.
  const apposed = ASKS_SOMEONE_KINDS.has(asIs.kind) ? apposedWho(clip(request.text).replace(MENTION, '')) : undefined;
  const description = someone ?? event ?? done ?? victim ?? apposed ?? questionWithin(clip(request.text).replace(MENTION, ''), isName);
  // An unread text that asks in so many words for someone's identity ("For a footnote: the identity of X") is asked as that, not as the act its words happen to hold.
  const identified = someone !== undefined && notAsked && IDENTITY_OF.test(cased);
  const question = description === undefined ? asIs : identified ? readQuestion(request.command, description, isName) : { ...asIs, described: readQuestion(request.command, description, isName) };
  // A story may open the question ("In the X story, on what date …"): the comma that set it off goes with it.
  const scope = STORY_SCOPE.exec(` ${text}`);
  if (scope === null || !STORY_SCOPED.has(question.kind)) return question;
  const scoped = readQuestion(request.command, ` ${text}`.replace(scope[0], '').replace(/^\s*[,;:]\s*/, '').trim(), isName);
  // "the story on Blinken flying to Israel": what the story is about describes it too.
  // "in both of the Reuters stories": each story so described, which "both" keeps.
  const story = `${/^\s*,?\s*\S+\s+both\b/i.test(scope[0]) ? 'both ' : ''}${scope[1]!} ${scope[2]!.replace(/^\s*(?:(?:filed|written|sent|reported)\s+)?(?:from|on|about|datelined)\s+/i, '')}`.replace(/\s+/g, ' ').trim();
  if (!STORY_SCOPED.has(scoped.kind) || story === '') return question;
  // What the question describes is asked of that story too.
  return { ...scoped, story, ...(question.described === undefined ? {} : { described: { ...question.described, story } }) };
}

/**
 * "the Iran foreign minister", texted "iran foreign minister": a place written before a title is
 * whose title it is, as "Iran's foreign minister" (a title of that place, not any foreign minister
 * in a story that names it).
 */
function placeAsHolder(role: string | undefined): string | undefined {
  // Not initials ("the US president" is written so by the coverage itself).
  const first = role === undefined ? null : /^(\p{L}\p{Ll}+)\s+(?=[\p{L}-]+)/u.exec(role);
  if (first === null || first === undefined || wordClass(first[1]!.toLowerCase()) !== 'place') return role;
  return `${first[1]}'s ${role!.slice(first[0].length)}`;
}

/** Words that make a /who text tell an act rather than describe someone: auxiliaries, past forms, the verbs a description never holds. */
const TELLS_ACT_WORDS = /\b(?:is|was|were|are|be|been|did|does|do|has|had|have|will|would|can|could|should|may|might|must|said|says|told|mentions|names|name|identify|describes|reports|quotes|lists|calls|notes|who|whom|whose|which|what|when|where|how|\p{Ll}{2,}ed|\p{Ll}{3,}ing)\b|['’](?:s|re|ve|d|ll)\s+\p{Ll}+(?:ed|en)\b|[:;]/u;

/** A /who text that only describes someone ("pentagon chief in annapolis piece", "israel PM per these stories"): no verb, no question word, a role's head. */
function namesOnly(text: string): boolean {
  const plain = text.replace(/\s*[?.!]+\s*$/u, '');
  if (TELLS_ACT_WORDS.test(plain.toLowerCase()) || words(plain).some((word) => IRREGULAR_VERBS.has(word.toLowerCase()) || PAST_OF.has(word.toLowerCase()))) return false;
  return words(plain).some((word) => ROLE_HEADS.has(word.toLowerCase()));
}

/** "what is the name of the X", "what's the full name of X": asked of /who, who the X is. */
const WHO_NAMED = /^\s*what\s*(is|was|are|were|['’]s)\s+the\s+(?:full\s+)?names?\s+of\s+/i;

/** Where the noun phrase after "the name of" ends its head: a relative, a preposition, a participle. */
const HEAD_END = /\s+(?:that|which|who|whose|in|on|at|of|to|from|for|with|by|during|after|before|\p{Ll}+ed|\p{Ll}+ing)\b|\s*[,?.!]/u;

/** "what's the name of Israel's defense minister", "… of the Hezbollah commander killed in Beirut": a person by role, whom "who" asks for (not a thing's name). */
function namesSomeone(text: string): boolean {
  const found = WHO_NAMED.exec(text);
  if (found === null) return false;
  const phrase = text.slice(found[0].length);
  const end = HEAD_END.exec(phrase);
  const head = words((end === null ? phrase : phrase.slice(0, end.index)).replace(/['’]s\b/gu, '')).at(-1)?.toLowerCase() ?? '';
  return ROLE_HEADS.has(head);
}

/** A word in capitals for emphasis ("WHO", "DENIED", "SHOT DOWN"). */
const SHOUTED = /(?<![\p{L}.'’-])(\p{Lu}{2,}(?:['’]\p{Lu})?\p{Lu}*)(?![\p{L}.'’-])/gu;
/** A memo's shorthand around its request: "FYI —", "Need:", "pls", "ASAP", "thx". */
const MEMO_OPENING = /^\s*(?:FYI\s*[:—–-]*\s*|(?:Need|Note|Q)\s*[:—–-]+\s*)+/iu;
const MEMO_CLOSING = /(?:\s*[.,;]?\s*\b(?:ASAP|thx|thanks|ty|pls|please|tia)\b\.?!?)+\s*$/iu;
/** "re: Capri presser —": the memo's subject, which a pronoun of its question may stand for ("when did POTUS call for it?"). */
const MEMO_SUBJECT = /^\s*re:\s*([^—–:?.]{2,80}?)\s*(?:[—–:]+|\s-+)\s*(?=\S)/iu;
/** "boss wants the Pentagon chief's name …": who the Pentagon chief is. */
const NAME_WANTED = /^\s*(?:(?:the\s+)?boss|he|she|they|I|we)\s+(?:wants?|needs?)\s+(?:the\s+)?(.{2,80}?)['’]s?\s+(?:full\s+)?name\b\s*/iu;

/** A transcript's label for who is speaking, before the question: "Q.", "Q:", "Question:", "Q3)". */
const TRANSCRIPT_LABEL = /^\s*(?:Q\d*|Question|QUESTION)\s*[.:)]\s+/u;
/** A transcript's procedure, which asks nothing: "Objection, vague.", "Withdrawn.", "Let me rephrase.", "Take your time.", "Counsel may answer." */
const PROCEDURE = /^\s*(?:objection\b[^.?!]{0,60}|withdrawn|strike\s+that|let\s+me\s+rephrase|i(?:['’]ll|\s+will)\s+rephrase|take\s+your\s+time|counsel\s+may\s+answer|you\s+may\s+answer|go\s+ahead|(?:please\s+)?state\s+(?:the|your|its)\s+[\p{L}\s]{2,30}?\s+for\s+the\s+record|counsel,\s+[^.?!]{0,80})\s*[.!]\s*/iu;
/** "Directing your attention to Exhibit 1, the dpa article.", "Let the record reflect I am referring to the X dispatch.", "I refer you to the article on X.": the story asked of. */
const REFERRED_STORY = /^\s*(?:directing\s+your\s+attention\s+to|let\s+the\s+record\s+reflect\s+(?:that\s+)?(?:i\s+am|i['’]m|we\s+are|the\s+witness\s+is)\s+(?:referring\s+to|reading\s+from|looking\s+at)|i\s+(?:refer|direct)\s+you\s+to)(?:\s+(?:exhibit\s+\d+\s*,?\s*)?(?:the\s+)?([^.?!]{0,120}?))?\s*[.!]\s*$/iu;

/**
 * A deposition's question as asked: the transcript's "Q." and its procedure ("Objection, vague.",
 * "Withdrawn. Let me rephrase.", "Take your time.") go, as do the examiner's asides (", to your
 * knowledge,", "Sir,", "for the record"); the exhibit the examiner directs the witness to is the story
 * the question is asked of, kept after it. Only a question so labelled or so framed.
 */
function transcriptAsked(text: string): string {
  const framed = TRANSCRIPT_LABEL.test(text) || PROCEDURE.test(text) || /^\s*directing\s+your\s+attention\b/i.test(text);
  if (!framed) return text;
  // The label may stand before each sentence the examiner speaks ("Withdrawn. Q. When …").
  const sentences = text.replace(/(^|[.?!]\s+)(?:Q\d*|Question|QUESTION)\s*[.:)]\s+/gu, '$1').replace(/\s*\b(?:marked\s+)?Exhibit\s+\d+\s*,?/giu, '').split(/(?<=[.?!])\s+(?=\S)/u);
  const kept: string[] = [];
  let story: string | undefined;
  for (const sentence of sentences) {
    let rest = sentence;
    for (let procedure = PROCEDURE.exec(rest); procedure !== null && procedure[0].length > 0; procedure = PROCEDURE.exec(rest)) rest = rest.slice(procedure[0].length);
    const referred = REFERRED_STORY.exec(rest);
    if (referred !== null) {
      story ??= (referred[1] ?? '').replace(/^exhibit\s+\d+\s*/i, '').trim();
      continue;
    }
    if (rest.trim() !== '') kept.push(rest.trim());
  }
  const asked = kept.join(' ').replace(/\s*,\s*(?:to\s+(?:your|the\s+best\s+of\s+your)\s+(?:knowledge|recollection)|if\s+you\s+know|if\s+you\s+recall|sir|ma['’]am)\s*,\s*/giu, ' ').replace(/^\s*(?:sir|ma['’]am)\s*,\s*/iu, '').replace(/\s+for\s+the\s+record\b/giu, '').replace(/^\s*and\s+(?=(?:who|whom|whose|what|which|when|where|how)\b)/iu, '').replace(/\s+([,?])/g, '$1');
  if (asked === '') return text;
  const scope = story === undefined || story === '' ? '' : `, in ${/^(?:the|that|this)\s/i.test(story) ? story : `the ${story}`}`;
  return `${scope === '' ? asked : asked.replace(/\s*\?\s*$/, `${scope}?`)}`;
}

/** "The ministry's Gaza toll near 1,200 — when was that figure put out?": a thing named, then asked of by "that". */
const NAMED_THEN_ASKED = /^(?!\s*(?:who|whom|whose|what|which|when|where|how)\b)((?:the|a|an)\s+[^—–:?]{6,160}?)\s*(?:[—–:]|\s-\s)\s*((?:when|where|how)\s+(?:was|were|is|are))\s+(?:that|this|it)(?:\s+(?:figure|number|toll|statement|claim|remark|report|count|estimate|attack|event|meeting|one))?\s+((?:put|set|made|\p{Ll}+(?:ed|en))(?:\s+(?:out|up|off|down|public))?)\b\s*(,[^?]{0,80})?\?\s*$/iu;

/** A chat reply's quoted message, then its question: "> blinken says X — ok but who said Y?". */
const QUOTED_MESSAGE = /^\s*>\s*(.{3,200}?)\s+(?:[—–]+|-{1,2})\s+(?:(?:ok|okay|\+1|yeah|yes|right|sure|sure,|fine|so|and|k)\s*,?\s*)*(?:but\s+)?(?=\S)/iu;
/** A chat's words around its question: "ugh", "lmk", "+1", "tho", "lol", "@maria" after the question. */
const CHAT_WORDS = /(?<![\p{L}\d])(?:ugh|lmk|tho|lol|pls|plz|\+1|imo|fwiw|btw)(?![\p{L}\d])\s*,?/giu;

/**
 * A chat reply's question: its quoted message ("> …") what "that" stands for in "who said that?" and
 * otherwise only context; the chat's interjections and mentions after the question go; "the political
 * iq one", "annapolis wire" after the question's mark name the story asked of.
 */
function threadAsked(text: string): string {
  const quoted = QUOTED_MESSAGE.exec(text);
  const reply = quoted === null ? text : text.slice(quoted[0].length);
  // "> haniyeh assassinated last week — in which city?", "> … since the war broke out — broke out in which month?":
  // a reply of a few words continues the message it quotes (its repeated words once).
  const continued = quoted !== null && words(reply).length <= 6 && !/^\s*(?:who|whom|whose|what|which|when|where|how)\s+(?:is|was|are|were|did|does|do|has|had|have|said|says)\b/iu.test(reply);
  const message = words(quoted?.[1] ?? '').map((word) => word.toLowerCase());
  const replied = reply.trim().split(/\s+/);
  const same = (k: number) => replied.slice(0, k).map((word) => word.toLowerCase()).join(' ') === message.slice(-k).join(' ');
  const overlap = continued ? [3, 2, 1].find((k) => k < replied.length && same(k)) ?? 0 : 0;
  const joined = continued ? `${quoted[1]!} ${replied.slice(overlap).join(' ')}` : reply;
  const question = joined.replace(CHAT_WORDS, ' ').replace(/(?:\s+@[\p{L}\d_]+\b[^?]*)+$/u, '').replace(/\s{2,}/g, ' ').trim();
  // "who said that?", "which president said that on day one?": what the quoted message says.
  const said = quoted === null ? question : question.replace(/\b(said|says|say)\s+(?:that|this|it)\b(?!\s+(?:the|a|an|he|she|they|it|\p{Lu})\b)/iu, `$1 "${quoted[1]!.replace(/^['‘"“]|['’"”]$/gu, '')}"`);
  // "? political iq one", "? annapolis wire": the story the question is asked of.
  const story = /^(.*\?)\s*(?:the\s+)?((?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+)\s+(?:one|piece|wire|story|article)\s*[.,]?\s*$/iu.exec(said) ?? /^(.*\?)\s*([\p{L}'’-]{3,}(?:\s+[\p{L}'’-]{3,})?)\s*[.,]?\s*$/iu.exec(said);
  const scoped = story === null ? said : `${story[1]!.replace(/\s*\?$/, '')}, in the ${story[2]!} story?`;
  return scoped === text.trim() ? text : scoped;
}

/** What a post, a memo or a chat reply adds to a question: marks, emoji, a hashtag, a mention, capitals, a second sentence, a dash or a colon, a memo's words. */
const POSTED_SIGNS = /[!#>@\p{Extended_Pictographic}]|[.?]\s+\S|\p{Lu}{2,}|[—–:]|\s-\s|\b(?:re|fyi|need|note|pls|asap|thx|ty|tia|boss|lmk|ugh|so)\b/iu;

/**
 * A post's, a memo's or a chat reply's question without what only surrounds it (a chat reply is read
 * by `threadAsked` first): emoji and "??", a hashtag at the end (one in a sentence keeps its word: "at
 * #Capri" is at Capri), words in capitals for emphasis in small letters (a short one the lexicon does
 * not know keeps them: "NATO"), a remark before or after the question that asks nothing ("… rock
 * Isfahan?? they SAY it was Israel"), a memo's "FYI", "pls", "ASAP", and its "re:" subject, which stands
 * in for the question's closing "it" or "this".
 */
function postedAsked(input: string): string {
  // Most questions are one plain sentence: none of what a post, a memo or a chat adds, read no further.
  if (!POSTED_SIGNS.test(input)) return input;
  const text = /^\s*>|(?<![\p{L}\d])(?:lmk|ugh|\+1)(?![\p{L}\d])/iu.test(input) ? threadAsked(input) : input;
  // "The humanitarian pause the Secretary reiterated in Tel Aviv. When had Biden called for it?": the thing the remark names.
  const remarked = /^\s*((?:the|a|an)\s+[^.?!]{6,160}?)\.\s+((?:when|who|where|what|which|how)\b[^?]*?\b(?:for|about|on|of|with|to|against)\s+)(?:it|this|that)\s*\?\s*$/iu.exec(text);
  if (remarked !== null) return `${remarked[2]!}${remarked[1]!.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())}?`;
  const named = NAMED_THEN_ASKED.exec(text);
  if (named !== null) return `${named[2]!} ${named[1]!.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())} ${named[3]!}${named[4] ?? ''}?`;
  // "Hands up, not us! Who told …": an exclamation before the question is a sentence like any other remark.
  const plain = text.replace(/!+\s+(?=[\p{Lu}'‘"“])/gu, '. ').replace(/(?<=[\p{L}\d'’"”)])\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)+(?=\p{L})/gu, '. ').replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ').replace(/(?:\s*#[\p{L}\d_]+)+\s*$/u, '').replace(/#(?=[\p{L}\d])/gu, '').replace(/\?{2,}/g, '?').replace(/!{2,}/g, '!');
  // An acronym is short ("NATO", "IDF"): a long word the lexicon does not know is shouted too ("RESPONSIBLE").
  // "CEO", "FBI": a short common word in capitals is its acronym, unless the question shouts ("the SAME DAY").
  const shouting = (plain.match(SHOUTED) ?? []).some((word) => word.length >= 4 && wordClass(word.toLowerCase()) === 'common');
  const shouted = plain.replace(SHOUTED, (word: string) => {
    const kind = wordClass(word.toLowerCase());
    const shortest = shouting ? 3 : 4;
    return /^(?:WHO|WHOM|WHOSE|WHAT|WHICH|WHEN|WHERE|WHY|HOW)$/.test(word) || (word.length >= shortest && kind === 'common') || (word.length >= 5 && kind === undefined) ? word.toLowerCase() : word;
  });
  // "They keep saying X... so WHO actually let slip …": a remark before the question, which opens after "so".
  const after = /^[^?]{10,240}?(?:\.{2,}|…|[.!;])\s*so\s+(?=(?:who|whom|whose|what|which|when|where|how)\b)/iu.exec(shouted);
  const asked = after === null ? shouted : shouted.slice(after[0].length);
  const subject = MEMO_SUBJECT.exec(asked);
  // "Hands up, not us. Who told reporters at the G7 that the US was not involved?": a question that asks by itself
  // (eight words or more, nothing in it pointing back) after remarks that name no story is asked alone.
  const last = /(?:^|[.!]\s+)((?:who|whom|whose|what|which|when|where|how)\b[^.!?]{20,300}\?)\s*$/iu.exec(asked);
  const remarks = last === null ? '' : asked.slice(0, last.index);
  // (Not "what figure does the X story give?", which asks the figure the remark names.)
  const alone = last !== null && remarks.trim() !== '' && !FIGURE_OF_REMARK.test(last[1]!) && words(last[1]!).length >= STANDS_ALONE && !/\b(?:it|its|this|these|those|he|she|they|him|her|them|his|their|there|then|same)\b|\bthat\s*[?,]|\b(?:was|is|were|are|of|about|for|on|in|at|did|does|do|with|from|to|by|after|before)\s+that\b/i.test(last[1]!) && !STORY_USES.test(remarks) && !/\?/.test(remarks);
  if (alone) return last[1]!;
  const memo = (subject === null ? asked : asked.slice(subject[0].length)).replace(MEMO_OPENING, '').replace(MEMO_CLOSING, '').replace(/^\s*pls\s+/i, '').replace(NAME_WANTED, 'who is the $1, ');
  // A remark after the question's mark that asks nothing ("they SAY it was Israel", "need for the 4pm brief").
  // (The question may open with a clause it sets off with a comma: "after his meetings in Israel, where …?".)
  const closed = /^(\s*(?:@[\p{L}\d_]+[,:]?\s+)?(?:[^?]{3,200}?[.!]\s+)?(?:[^?.!,]{3,80},\s+)?(?:who|whom|whose|what|which|when|where|how)\b[^?]{3,300}\?)\s*(?=\S)([^?]{1,160})$/iu.exec(memo);
  // One that names the story asked of ("… in the X article") or a line of its page ("there is a read also link") stays: other rules read it.
  // So does what the question points forward to ("Who said the following statement? "…"").
  const question = closed === null || /^\s*(?:or|and|if)\b|^\s*['‘"“]/i.test(closed[2]!) || /\b(?:following|below)\b/i.test(closed[1]!) || STORY_USES.test(closed[2]!) || /\b(?:link|read\s+also|caption|photo|picture|headline|page|newsletter)\b/i.test(closed[2]!) ? memo : closed[1]!;
  // "re: humanitarian pause … — when did POTUS first call for it?": the subject the closing pronoun stands for.
  const resolved = subject === null ? question : question.replace(/\b(?:for|about|on|of)\s+(it|this|that)\s*\?\s*$/iu, (whole, pronoun: string) => whole.replace(pronoun, `the ${subject[1]!.replace(/^the\s+/i, '')}`));
  return resolved === input ? input : resolved.replace(/\s{2,}/g, ' ').replace(/\s+([?.,!])/g, '$1').trim();
}

/** "What figure does the Annapolis story give?", "how many does it say": a count asked without its noun, which the remark before names. */
const FIGURE_OF_REMARK = /^\s*(?:(?:what|which)\s+(?:figure|number|count|total|tally)|how\s+many)\s+(?:does|did|do)\b/iu;

/** Number words a letter may be spoken with ("g seven"). */
const LETTER_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Punctuation a dictating user speaks: "comma", "question mark", "quote … unquote", "full stop". */
const SPOKEN_MARKS: ReadonlyArray<[RegExp, string]> = [
  [/\s*\bquestion\s+mark\b\s*/giu, '? '],
  [/\s*\b(?:exclamation\s+(?:mark|point))\b\s*/giu, '! '],
  [/\s*\bcomma\b\s*/giu, ', '],
  [/\s*\b(?:full\s+stop|period)\s*$/giu, '. '],
  [/\s*\bcolon\b\s*/giu, ': '],
  [/\s+\b(?:open\s+)?quote\s+(.{1,160}?)\s+(?:unquote|end\s+quote|close\s+quote)\b/giu, ' "$1"'],
  // "u s", "d p a": a name spelled out letter by letter, written as its letters.
  [/(?<![\p{L}'’])((?:\p{L}\s+){1,4}\p{L})(?![\p{L}'’])/gu, '\u0000$1'],
];

/**
 * A dictated question as it would be typed: spoken punctuation as marks ("… israeli prime minister
 * question mark" → "…?"), a quotation spoken with "quote … unquote" in quotation marks, and a name
 * spelled out letter by letter as one word ("u s" → "U.S.", "d p a" → "dpa"). Only a question that
 * speaks some punctuation: elsewhere "period", "quote" and single letters are words of their own.
 */
function dictated(text: string): string {
  if (!/\b(?:question\s+mark|comma|unquote|end\s+quote|full\s+stop)\b/i.test(text)) return text;
  const marked = SPOKEN_MARKS.reduce((written, [pattern, mark]) => written.replace(pattern, mark), text);
  // Letters spelled out: two or more single letters, not only "a" and "i" (which are words).
  const spelled = marked.replace(/\u0000((?:\p{L}\s+){1,4}\p{L})(?![\p{L}'’])/gu, (_m, run: string) => {
    const letters = run.split(/\s+/);
    if (letters.every((letter) => /^[ai]$/i.test(letter)) || letters.some((letter) => /^[ai]$/i.test(letter)) && letters.length < 3) return run;
    const joined = letters.join('');
    return /^us$/i.test(joined) ? 'U.S.' : /^uk$/i.test(joined) ? 'U.K.' : joined.toUpperCase();
  });
  // "g seven", "f sixteen": a letter and a number spoken as the name they make ("G7", "F16").
  const named = spelled.replace(/(?<![\p{L}'’])(\p{L})\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/giu, (whole, letter: string, number: string) => (/^[ai]$/i.test(letter) ? whole : `${letter.toUpperCase()}${LETTER_NUMBERS.indexOf(number.toLowerCase()) + 1}`));
  return named.replace(/\s+([,?.!:])/g, '$1').replace(/([,?.!:])(?=[,?.!:])/g, '').replace(/\s{2,}/g, ' ').trim();
}

/** A segment before a colon or a dash that may only lead in to the question. */
const LEAD_IN = /^\s*([^:—–?"“”]{3,120}?)\s*(?::|\s[—–-]+\s|[—–]+)\s*(?=\S)/u;
/** How many words a question must have, more than this, to stand without its lead-in. */
const STANDS_ALONE = 8;

/**
 * "Alright folks, quick one: …", "Linda from Lancaster is on the line, and she wants a name: …",
 * "Here's one for the history books, listeners — …": talk about the asking, set off by a colon or a
 * dash before the question. Dropped only when it holds nothing the coverage could be asked by (no
 * question word, figure, quotation or name the corpus knows) and what follows asks by itself.
 */
/** Whether a word of a lead-in could be asked by: a name the corpus knows ("isfahan", "Israel-Iran"), a people, a month or a weekday. */
function namesStory(isName: NameCheck): (word: string) => boolean {
  return (word) => {
    const bare = word.replace(/(?:['’]s)?[^\p{L}]*$/u, '').replace(/^[^\p{L}]+/u, '');
    if (bare.length < 2) return false;
    const kind = wordClass(bare.toLowerCase());
    return kind === 'demonym' || kind === 'calendar' || isName(bare.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()));
  };
}

function withoutLeadIn(text: string, isName: NameCheck): string {
  const lead = LEAD_IN.exec(text);
  if (lead === null) return text;
  const said = lead[1]!;
  const rest = text.slice(lead[0].length);
  if (/\b(?:who|whom|whose|what|which|when|where|how)\b|\d|(?<!\p{L})['‘]\p{L}/iu.test(said) || STORY_USES.test(said) || said.split(/[\s-]+/).some(namesStory(isName))) return text;
  const restWords = words(rest).length;
  if (restWords <= STANDS_ALONE || !/\?\s*$/.test(rest) || !/\b(?:who|whom|whose|what|which|when|where|how)\b/i.test(rest)) return text;
  return withoutLeadIn(rest, isName);
}

/**
 * "when had Biden first called for the pause", "when did the mayor first warn of it": in a time
 * question, "first" before a named one's act of saying or of calling for only insists; the coverage
 * tells the saying without it. Not before other acts ("when did X first take command", "first put
 * troops at the base", "was first chosen"), where it asks a start the coverage may not tell, nor in
 * "who first suggested X", which asks for the first of several.
 */
function insistenceDropped(text: string): string {
  return text.replace(INSISTED_SAYING, '$1');
}
/** "when did/had <someone> first …" before a verb of saying or of calling for (see `insistenceDropped`). */
const INSISTED_SAYING = new RegExp(String.raw`^(\s*(?:when|(?:on\s+)?(?:what|which)\s+(?:day|date|year|month|time))\s+(?:did|does|do|had|has|have)\s+[^?,]{1,60}?\s+)(?:first|initially|originally)\s+(?=(?:${SAYING_VERBS}|call(?:ed)?\s+for|urged?|proposed?|demand(?:ed)?|warn|say|tell|announced?|raised?)\b)`, 'iu');

function readQuestion(command: Exclude<Command, 'quote' | 'search'>, typed: string, isName: NameCheck): Question {
  const text = insistenceDropped(typed);
  for (const rule of QUESTION_RULES) {
    if (command !== 'auto' && rule.family !== command) continue;
    const read = rule.read(text, isName);
    if (read === undefined) continue;
    const { restated, ...slots } = read;
    const question = { ...slots, text: restated ?? text, reason: rule.reason } as Question;
    const possessed = question.kind === 'eventActor' && (!question.whose || WHICH_POSSESSOR.test(question.text)) ? possessedNoun(question.text) : undefined;
    // "which group's leader threatened …" asks whose leader did it, which the rules read from the leader's act.
    return possessed === undefined || (question.kind === 'eventActor' && question.whose && BODY_HEADS.has(possessed)) ? question : { ...question, possessed } as Question;
  }
  const fallback = FALLBACK[command];
  return { ...fallback.slots(text), text, reason: fallback.reason } as Question;
}

/**
 * "who is the defence chief in the Annapolis story", "when did she land, in the Reuters piece", "…,
 * according to the Reuters story from Capri": the story the question is asked of, which is not part
 * of what it asks. Up to three words before "story" describe it (no preposition among them: "on
 * the photo in the X story" is scoped by "in the X story"), and what it is from or about after (with a
 * participle's "that" clause: "the article on Blinken declaring that …"). A
 * capitalised name may stand without its article ("in Political IQ story").
 */
/** "Which country does the Annapolis story call a rare ally to both …?": which is so described, by that story. */
const STORY_CALLS = /^\s*((?:which|what)\s+[\p{L}-]+|who|whom)\s+(?:does|did|do)\s+(the\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:story|article|piece|report|dispatch|wire|coverage))\s+(?:call|describe|label|refer\s+to)\s+(?:as\s+)?([^?]{3,160}?)\s*\?*\s*$/iu;
/** "in article of Political IQ", "in the story from Reuters": a story named after its word, as "in the Political IQ article". */
const STORY_OF = /\b([Ii]n|[Ff]rom|[Pp]er)\s+(?:the\s+)?(article|story|piece|report|dispatch)\s+(?:of|by|from)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?=[\s,?.!;:]|$)/gu;
const STORY_SCOPE = /\s*,?\s+(?:in|from|on|according\s+to|per)\s+(?:(?:both\s+(?:of\s+)?the|the|that|this|(?:\p{L}+\s+)?\p{L}+['’]s?)\s+|(?=\p{Lu}))((?:(?!(?:in|on|at|of|from|by|for|with)\s)[\p{L}\d'’.-]+\s+){0,3}?)(?:story|article|piece|report|write[- ]?up|readout|dispatch|wire|item|coverage|copy|clipping|thing|(?:source\s+)?text|original|stories|articles|pieces|reports|clippings)\b((?:\s+(?:(?:filed|written|sent|reported)\s+)?(?:from|on|about|datelined)\s+(?:(?!\s(?:who|whom|whose|which|said|says|told|tells|was|were|is|are|did|does|do|has|had|have)\b)(?!(?<!\p{L}ing)\sthat\b)[^,?]){2,80})?)/iu;

/** Kinds that a story's description narrows; a credit or an article's date is asked of the story itself. */
export const STORY_SCOPED: ReadonlySet<Question['kind']> = new Set(['profile', 'role', 'affiliation', 'saidBy', 'eventActor', 'eventTime', 'duration', 'place', 'description', 'search']);

/**
 * Why a request cannot be asked, in words a face can show after its own prefix; `undefined` when
 * it can. The one place the engine's faces (Discord, console, command line) check requests.
 */
export function requestProblem(request: Request): string | undefined {
  if (request.command === 'quote') return request.speaker?.trim() || request.topic?.trim() ? undefined : 'give a speaker, a topic, or both';
  return request.text?.trim() ? undefined : 'ask a question';
}

/** Nouns a country names before them ("us troops") that never follow the pronoun "us". */
const COUNTRY_NOUNS = new Set([
  'troops', 'forces', 'military', 'army', 'navy', 'personnel', 'soldiers', 'officials', 'government', 'administration',
  'embassy', 'base', 'bases', 'citizens', 'aid', 'intelligence', 'strikes', 'strike', 'warships', 'jets', 'envoys', 'diplomats',
  'congress', 'senate', 'election', 'elections', 'sanctions', 'ally', 'allies', 'partners', 'policy', 'role', 'involvement',
]);
/** Words that put "us" in a noun phrase: an article or a modifier never precedes the pronoun ("the us", "top us diplomat"). */
const BEFORE_COUNTRY = new Set(['the', 'a', 'an', ...ROLE_MODIFIERS]);

/**
 * A question typed in lower case writes the country "US" as "us" ("who is the top us diplomat",
 * "attacks on us troops"); read as the pronoun it is a stopword and the question loses its
 * country. "us" is the country after an article or a title modifier, before a hyphenated
 * participle ("us-backed"), or before a title word or a noun a country qualifies.
 */
export function countryUs(text: string): string {
  return text.replace(/(?<![\p{L}.'’-])us(?![\p{L}'’.])/gu, (match, offset: number) => {
    if (text[offset + 2] === '-') return /^-\p{L}/u.test(text.slice(offset + 2)) ? 'US' : match;
    const prev = /([\p{L}]+)\s+$/u.exec(text.slice(0, offset))?.[1]?.toLowerCase();
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(offset + 2))?.[1]?.toLowerCase();
    if (prev !== undefined && BEFORE_COUNTRY.has(prev)) return 'US';
    if (next !== undefined && (ROLE_HEADS.has(next) || ROLE_MODIFIERS.has(next) || ROLE_HEADS.has(next.replace(/s$/, '')) || COUNTRY_NOUNS.has(next))) return 'US';
    return match;
  });
}

/** Phrasal verbs news writes as one word: "played down" is "downplayed", "stepped down" "resigned", "wrapped up" "ended", "left for" "traveled to". */
const PHRASAL_VERBS: ReadonlyArray<[RegExp, string]> = [
  [/\bplay(s|ed|ing)?\s+down\b/gi, 'downplay'],
  [/\bstep(s|ped|ping)?\s+down\b/gi, 'resign'],
  [/\bcall(s|ed|ing)?\s+off\b/gi, 'cancel'],
  [/\bput(s|ting)?\s+up\s+with\b/gi, 'tolerate'],
  [/\bheat(s|ed|ing)?\s+up\b/gi, 'escalate'],
  [/\bwrap(s|ped|ping)?\s+up\b/gi, 'end'],
  // Idioms news paraphrases: "pointed the finger at X over Y" is "blamed X for Y", "going on about" is "talking about".
  [/\bpoint(s|ed|ing)?\s+(?:the\s+|a\s+)?fingers?\s+at\b/gi, 'blame'],
  [/\bgo(es|ing)?\s+on\s+about\b/gi, 'talk about'],
  // "to put boots on the ground in X" is to visit X.
  [/\bput(s|ting)?\s+(?:his\s+|her\s+|their\s+)?boots\s+on\s+the\s+ground\s+in\b/gi, 'visit'],
  // "working the phones with X" is speaking with X by phone; "dialing up X" calling X.
  [/\bwork(s|ed|ing)?\s+the\s+phones?\s+with\b/gi, 'speak with'],
  [/\bdial(s|ed|ing)?\s+up\b/gi, 'call'],
];

/**
 * "which country is described (in the X story) as a rare ally", "which group is Shukr described as
 * the commander of": what the coverage calls it is what it is. The subject and the story stay.
 */
const DESCRIBED_AS = /\b(is|was|are|were)((?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s+(?:(?:often|also|widely|usually)\s+)?(?:described|characteri[sz]ed|portrayed|depicted|referred\s+to|identified)((?:\s+(?:in|by)\s+(?:the\s+)?[^,?]{2,60}?)?)\s+as\b/gu;

/** "the Italian government's top diplomat": the country's own, as "the Italian top diplomat" a role is written. */
const GOVERNMENT_POSSESSIVE = /\b(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(?:government|administration)['’]s\s+/gu;

/** "played the incident down": the particle after a short object, as "downplayed the incident" news writes it. */
const SPLIT_PLAY_DOWN = /\bplay(s|ed|ing)?\s+((?:the|a|an|this|that|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|it|them)\s+down\b/giu;

/** "what day was X saying …": when X said it, as "when did X say" asks it. */
const SAYING_WHEN = /^(\s*(?:what\s+(?:day|date)|when))\s+was\s+((?:[\p{L}'’.-]+\s+){1,3}?)(say|tell|speak|talk|warn|urg|insist|stress|call)ing\b/iu;

/** "which group is led by Nasrallah": the body a leader heads, asked as "which group is Nasrallah the leader of" asks it. */
const LED_BY = /^(\s*(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|militia|party|movement|faction|company|firm|agency|government|army|ministry|department|country|nation|state|body|institute|team))\s+(is|was|are|were)\s+(led|headed|run|founded|chaired)\s+by\s+([^?]+?)(\s*\??\s*)$/iu;

/** "who is Lopez going to meet", "what is going to happen": a future, asked as "will" asks it. */
const GOING_TO = /\b(is|are|was|were|am)\s+((?:[\p{L}.'’-]+\s+){0,3}?)going\s+to\s+(?=\p{L})/giu;
/** "who was Lopez expected to meet": the one met, asked as "will" asks it ("what is Norland expected to do" keeps the word the coverage writes: "an expected invasion"). */
const FORESEEN_TO = /^(\s*(?:who|whom|which)\b.*?\b)(?:is|are|was|were)\s+((?:[\p{L}.'’-]+\s+){0,3}?)(?:expected|due|scheduled|slated|poised)\s+to\s+(?=\p{L})/iu;

/**
 * "pushed for a pause", "pressing for talks", "asked for a ceasefire": what news writes as "called
 * for" it. Not "the help Israel asked for", where nothing follows: that is a request received.
 */
const PUSHED_FOR = /\b(?:push|press|ask)(es|ed|ing|s)?\s+for\b(?=\s+\p{L})/giu;

/** Phrasal verbs whose head is irregular, each form with its one-word verb in the same form. */
const IRREGULAR_PHRASAL_VERBS: ReadonlyArray<[RegExp, string]> = [
  [/\bjetted\s+(?:off\s+)?to\b/gi, 'flew to'],
  [/\bjets\s+(?:off\s+)?to\b/gi, 'flies to'],
  [/\bjet\s+(?:off\s+)?to\b/gi, 'fly to'],
  [/\bsat\s+down\s+with\b/gi, 'met with'],
  [/\bsit\s+down\s+with\b/gi, 'meet with'],
  [/\bsits\s+down\s+with\b/gi, 'meets with'],
  [/\bsitting\s+down\s+with\b/gi, 'meeting with'],
  [/\bdrew\s+to\s+a\s+close\b/gi, 'ended'],
  [/\bdraws\s+to\s+a\s+close\b/gi, 'ends'],
  [/\bdraw\s+to\s+a\s+close\b/gi, 'end'],
  [/\bdrawing\s+to\s+a\s+close\b/gi, 'ending'],
  [/\bcame\s+to\s+an\s+end\b/gi, 'ended'],
  [/\bcomes\s+to\s+an\s+end\b/gi, 'ends'],
  [/\bcome\s+to\s+an\s+end\b/gi, 'end'],
  [/\bcame\s+back\b/gi, 'returned'],
  [/\bcome\s+back\b/gi, 'return'],
  [/\bcomes\s+back\b/gi, 'returns'],
  [/\bcoming\s+back\b/gi, 'returning'],
  [/\bwent\s+on\s+about\b/gi, 'talked about'],
  // "took out the commander": killed him, as news writes it.
  [/\btook\s+out\b/gi, 'killed'],
  [/\btaken\s+out\b/gi, 'killed'],
  [/\btakes\s+out\b/gi, 'kills'],
  [/\btaking\s+out\b/gi, 'killing'],
  [/\btake\s+out\b/gi, 'kill'],
  // "found out about", "heard about" the strike: was told of it, as news writes "was informed".
  [/\b(?:found\s+out|heard)\s+(about|of)\b/gi, 'was informed $1'],
  [/\b(?:find|hear)\s+(?:out\s+)?(about|of)\b/gi, 'get informed $1'],
  [/\bfound\s+out\b/gi, 'was informed'],
  [/\bfind\s+out\b/gi, 'get informed'],
  // "put out / published / released its latest figure": said it, as news reports a figure ("…, the ministry said").
  [/\b(?:put\s+out|published|released|issued)\s+(?=(?:[\p{L}'’-]+\s+){0,3}?(?:figures?|counts?|tolls?|tally|tallies|numbers|estimates?|statements?)\b)/giu, 'said '],
  [/\b(?:puts\s+out|publishes|releases|issues)\s+(?=(?:[\p{L}'’-]+\s+){0,3}?(?:figures?|counts?|tolls?|tally|tallies|numbers|estimates?|statements?)\b)/giu, 'says '],
  [/\b(?:put\s+out|publish|release|issue)\s+(?=(?:[\p{L}'’-]+\s+){0,3}?(?:figures?|counts?|tolls?|tally|tallies|numbers|estimates?|statements?)\b)/giu, 'say '],
  // "expressed certainty that …", "voiced confidence that …": said so.
  [/\b(?:expressed|voiced)\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:certainty|confidence|concern|hope|doubt|belief|view|conviction)\s+that\b/gi, 'said that'],
  // "holds Washington (partly) culpable for": blames it for.
  [/\bholds\s+((?:[\p{L}.'’-]+\s+){1,3}?)(?:partly\s+|partially\s+|fully\s+|directly\s+)?(?:culpable|responsible|accountable)\s+for\b/giu, 'blames $1for'],
  [/\bheld\s+((?:[\p{L}.'’-]+\s+){1,3}?)(?:partly\s+|partially\s+|fully\s+|directly\s+)?(?:culpable|responsible|accountable)\s+for\b/giu, 'blamed $1for'],
  [/\bhold\s+((?:[\p{L}.'’-]+\s+){1,3}?)(?:partly\s+|partially\s+|fully\s+|directly\s+)?(?:culpable|responsible|accountable)\s+for\b/giu, 'blame $1for'],
  // "conferred with": met, as news writes talks.
  [/\bconferred\s+with\b/gi, 'met with'],
  [/\bconfers\s+with\b/gi, 'meets with'],
  [/\bconferring\s+with\b/gi, 'meeting with'],
  [/\bconfer\s+with\b/gi, 'meet with'],
  // "who is holding the hostages": whoever took them, as news tells it ("the hostages it took").
  [/['’]s\s+(?:holding|keeping)\b(?=(?:\s+[\p{L}\d~,'’-]+){0,3}?\s+(?:hostages|captives)\b)/giu, ' took'],
  [/\b(?:(?:is|are|was|were|been)\s+)?(?:holding|holds|held|keeping|keeps|kept)\b(?=(?:\s+[\p{L}\d~,'’-]+){0,3}?\s+(?:hostages|captives)\b)/giu, 'took'],
  // "who does he pin it on", "pinned the attack on": blames it on.
  [/\bpin(?:s)?\s+((?:(?:at\s+least\s+)?(?:part|some|much|all)\s+of\s+)?(?:it|that|this|them|the\s+(?!blame\b)(?:[\p{L}'’-]+\s+){0,3}?[\p{L}-]+)\s+)on\b/giu, 'blame $1on'],
  [/\bpinned\s+((?:(?:at\s+least\s+)?(?:part|some|much|all)\s+of\s+)?(?:it|that|this|them|the\s+(?!blame\b)(?:[\p{L}'’-]+\s+){0,3}?[\p{L}-]+)\s+)on\b/giu, 'blamed $1on'],
  [/\bpinning\s+((?:(?:at\s+least\s+)?(?:part|some|much|all)\s+of\s+)?(?:it|that|this|them|the\s+(?!blame\b)(?:[\p{L}'’-]+\s+){0,3}?[\p{L}-]+)\s+)on\b/giu, 'blaming $1on'],
  // "placed the blame for the injuries on the militia": blamed the injuries on it.
  // "put the blame on the crew": blamed the crew.
  [/\b(?:placed|laid|put|pinned)\s+(?:the\s+|some\s+|much\s+of\s+the\s+)?blame\s+on\b/gi, 'blamed'],
  [/\b(?:places|lays|puts|pins)\s+(?:the\s+|some\s+|much\s+of\s+the\s+)?blame\s+on\b/gi, 'blames'],
  [/\b(?:placed|laid|put|pinned)\s+(?:the\s+|some\s+|much\s+of\s+the\s+)?blame\s+(?:for\s+)?/gi, 'blamed '],
  [/\b(?:places|lays|puts|pins)\s+(?:the\s+|some\s+|much\s+of\s+the\s+)?blame\s+(?:for\s+)?/gi, 'blames '],
  [/\b(?:placing|laying|putting|pinning)\s+(?:the\s+|some\s+|much\s+of\s+the\s+)?blame\s+(?:for\s+)?/gi, 'blaming '],
  // "was unequivocal that", "is adamant that": said so.
  [/\bwas\s+(?:unequivocal|adamant|emphatic|insistent|categorical|firm|clear)\s+that\b/gi, 'said that'],
  [/\bis\s+(?:unequivocal|adamant|emphatic|insistent|categorical|firm|clear)\s+that\b/gi, 'says that'],
  // "what came out of the meeting", "what outcome did the meeting have": what it produced.
  [/^(\s*what)\s+(?:came|comes|has\s+come)\s+out\s+of\s+(.+?)(?=\s+(?:about|on|over|regarding|concerning|as\s+far\s+as)\b|\s*\??\s*$)/giu, '$1 did $2 produce'],
  // "as far as Iran is concerned": about Iran.
  [/\s+as\s+far\s+as\s+(.+?)\s+(?:is|are|was|were)\s+concerned\b/giu, ' about $1'],
  [/^(\s*what)\s+(?:outcome|result)s?\s+did\s+(.+?)\s+(?:have|bring|yield)\b/giu, '$1 did $2 produce'],
  [/^(\s*what)\s+(?:was|were|is)\s+the\s+(?:outcome|result)s?\s+of\s+(.+?)(?=\s+(?:about|on|over|regarding|concerning|as\s+far\s+as)\b|\s*\??\s*$)/giu, '$1 did $2 produce'],
  // "let on that": said so.
  [/\blet\s+on\b/gi, 'said'],
  [/\blets\s+on\b/gi, 'says'],
];

/** "Who carried out the attack?": who was behind it, as news says of attacks ("responsible for", "behind"). */
const CARRIED_OUT_BY_WHOM = /^(\s*who)\s+(?:has\s+|had\s+)?carried\s+out\b/i;

/** "leave for", "set off for", "depart for", "head for" a place: a journey, which news tells as "flew to", "traveled to". */
const JOURNEY_FOR: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:leave|set\s+off|take\s+off|depart|head)(s)?\s+for\b/gi, 'travel'],
  [/\b(?:left|set\s+off|took\s+off|departed|headed)\s+for\b/gi, 'traveled'],
  [/\b(?:leav|setting\s+off|taking\s+off|depart|head)(ing)\s+for\b/gi, 'travel'],
];

/** "making threats of a wider war", "issued a warning": a light verb and a noun, which news often writes as the noun's verb. */
const LIGHT_VERB_NOUN = /\b(?:ma(de|king|kes|ke)|issu(ed|ing|es|e))\s+(?:(?:a|an|the|new|fresh|repeated|further|his|her|their|its)\s+)*(threat|warning|promise|pledge|appeal|accusation)s?(?:\s+of(?=\s+(?:a|an|the|new|more|wider|further)\b))?(?![\p{L}-])/giu;
/** "gave the order to send a carrier group", "issued orders for …": ordered it (sent). */
const GAVE_ORDER = /\b(?:gave|issued)\s+(?:(?:the|an|its|his|her|their)\s+)?orders?\s+(?:to\s+(?:send|deploy|dispatch|move)\b|for\b)/gi;
/** Each such noun's verb. */
const NOUN_VERBS: Readonly<Record<string, string>> = { threat: 'threaten', warning: 'warn', promise: 'promise', pledge: 'pledge', appeal: 'appeal', accusation: 'accuse' };
/** The light verb's ending, as `inflected` takes it: "made" a past, "making" an "-ing". */
const ENDINGS: Readonly<Record<string, string | undefined>> = { de: 'ed', king: 'ing', kes: 's', ke: undefined, ed: 'ed', ing: 'ing', es: 's', e: undefined };

/** The question with each phrasal verb of `PHRASAL_VERBS` as its one-word verb, in the same form. */
export function singleWordVerbs(text: string): string {
  // "let slip that …": said it, unguardedly ("let" is its own past).
  // "prior to facing the press": before it, as news mostly writes it (and as an anchoring clause opens).
  const slipped = text.replace(/\blets\s+slip\b/gi, 'says').replace(/\blet\s+slip\b/gi, 'said').replace(/\bprior\s+to\b/gi, 'before');
  const regular = PHRASAL_VERBS.reduce((read, [pattern, verb]) => read.replace(pattern, (_m, ending: string | undefined) => inflected(verb, ending)), slipped)
    .replace(SPLIT_PLAY_DOWN, (_m, ending: string | undefined, object: string) => `${inflected('downplay', ending)} ${object}`)
    .replace(GOVERNMENT_POSSESSIVE, '$1 ')
    .replace(DESCRIBED_AS, '$1$2$3')
    .replace(LIGHT_VERB_NOUN, (_m, made: string | undefined, issued: string | undefined, noun: string) => inflected(NOUN_VERBS[noun.toLowerCase()]!, ENDINGS[(made ?? issued)!.toLowerCase()]))
    .replace(GAVE_ORDER, 'ordered');
  const phrased = IRREGULAR_PHRASAL_VERBS.reduce((read, [pattern, verb]) => read.replace(pattern, verb), regular)
    .replace(CARRIED_OUT_BY_WHOM, '$1 was behind')
    .replace(PUSHED_FOR, (_m, ending: string | undefined) => `${inflected('call', ending === 'es' ? 's' : ending)} for`)
    .replace(GOING_TO, (_m, _be: string, subject: string) => `will ${subject}`)
    .replace(FORESEEN_TO, (_m, asked: string, subject: string) => `${asked}will ${subject}`)
    .replace(SAYING_WHEN, (_m, asked: string, subject: string, stem: string) => `${asked} did ${subject}${stem}${stem.toLowerCase() === 'urg' ? 'e' : ''}`)
    .replace(LED_BY, (_m, which: string, be: string, verb: string, leader: string, marks: string) => `${which} ${be} ${leader} the ${/^founded$/i.test(verb) ? 'founder' : 'leader'} of${marks}`);
  return wordUsed(JOURNEY_FOR.reduce((read, [pattern, verb]) => read.replace(pattern, (_m, ending: string | undefined) => `${inflected(verb, ending)} to`), phrased));
}

/** "what word did Iraq's military use to describe the attacks", "what term does X use for Y". */
const WORD_USED = /^\s*(?:what|which)\s+(?:word|words|term|terms|adjective|label|phrase)\s+(?:did|does|do)\s+(.+?)\s+use\s+(?:to\s+(?:describe|characteri[sz]e|refer\s+to)|for|about)\s+(.+?)\s*\??\s*$/i;
/** A story as the one that uses the word ("the dpa story"), which calls nothing by its own words. */
const STORY_USES = /\b(?:story|article|report|piece|dispatch|wire|copy|coverage)\b/i;

/** "What word did Iraq's military use to describe the attacks?" asks what it called them ("what did Iraq's military call the attacks"). */
function wordUsed(text: string): string {
  const used = WORD_USED.exec(text);
  return used === null || STORY_USES.test(used[1]!) ? text : `what did ${used[1]} call ${used[2]}?`;
}

/** The one-word verb with the ending the phrasal verb's head had ("stepped" → "resigned"). */
function inflected(verb: string, ending: string | undefined): string {
  // "talk about": the verb is inflected, its particle stays.
  const space = verb.indexOf(' ');
  if (space > 0) return `${inflected(verb.slice(0, space), ending)}${verb.slice(space)}`;
  if (ending === undefined || verb.endsWith('ed')) return verb;
  if (ending === 's') return `${verb}s`;
  if (ending.endsWith('ed')) return verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
  return `${verb.replace(/e$/, '')}ing`;
}

/**
 * "Through which crossing did the trucks enter?", "across which country's border …": a
 * question that opens with its preposition is read with the question phrase first and the
 * preposition at the end. Not the prepositions place questions open with ("from which country", "in
 * which city", "to which country"), nor "by whom" and "to whom", which their own rules read.
 */
const PREPOSITION_FIRST = /^\s*(across|through|via|against|over|under|behind|between|among|beside|near|with|for)\s+((?:which|what)\b.+|whom\b.+)$/i;

/**
 * "who is the source of the figure of 1,200 dead", "which official is the source of the line that X",
 * "whose statement is the source for the detail that X", "who gave the figure of 1,200 dead": the
 * source of a claim or a figure is whoever said it, so the question asks who said it.
 */
const SOURCE_ASKED = /^\s*(?:who(?:['’]s|\s+is|\s+was)?|(which|what)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:is|was)|whose\s+(?:statement|words?|account|report|figures?|data)\s+(?:is|was|are|were))\s+(?:the\s+)?(?:source|origin)\s+(?:of|for|behind)\s+(?:the\s+)?(?:(?:figure|number|claim|line|detail|report|statement|estimate|toll|assertion|allegation|information|account|remark|comment|denial|warning|assurance|pledge|promise|threat|accusation|suggestion)s?\s+)?(?:of\s+|that\s+)?(.{3,})$/iu;
/** "the line that X is credited to which official?", "… attributed to whom?": whoever said it. */
const ATTRIBUTED_TO = /^\s*(?:the\s+)?(?:line|claim|statement|quote|quotation|remark|assertion|words|comment|suggestion|warning|denial|assurance)\s+(?:that\s+)?(.{8,200}?)\s+(?:is|was)\s+(?:credited|attributed)\s+to\s+(whom|who|which\s+(?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+)\s*(\?*)\s*$/iu;
const FIGURE_GIVEN = /^\s*who(?:['’]s|\s+is|\s+was)?\s+(?:gave|give|gives|giving|put\s+out|puts\s+out|putting\s+out|came\s+up\s+with|comes?\s+up\s+with|released|issued|provided|published|reported|supplied|announced|compiled|cited)\s+(?:the\s+)?(?:(?:figure|number|estimate|tally|count)\s+of\s+)?(.{0,80}?\b(?:figure|number|estimate|toll|tally|count)s?\b.{0,80}?|.{3,80}?)\s*(\?*)\s*$/iu;

/** "who's the source saying X", "who is the official claiming X": whoever said X. */
const SOURCE_SAYING = /^\s*who(?:['’]s|\s+is|\s+was)\s+(?:the|our|their)\s+(?:source|official|person|one)\s+(?:saying|claiming|stating|who\s+(?:says|said|claims|claimed))\s+(?:that\s+)?(.{3,})$/iu;
/** "who on the DoD side says X", "who at the ministry said X": the side a speaker is on narrows nothing the saying does not. */
const SPEAKER_SIDE = /^\s*who\s+(?:on|at|from)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,3}?(?:side|end|camp|team)\s+(?=(?:says|said|claims|claimed|warned|warns|told|tells|insisted|insists)\b)/iu;

function sourceAsked(text: string): string {
  const saying = SOURCE_SAYING.exec(text);
  if (saying !== null) return `who said ${saying[1]!}`;
  if (SPEAKER_SIDE.test(text)) return text.replace(SPEAKER_SIDE, 'who ');
  const attributed = ATTRIBUTED_TO.exec(text);
  if (attributed !== null) return `${attributed[2]!.replace(/^whom$/i, 'who')} said that ${attributed[1]!}${attributed[3]!}`;
  const source = SOURCE_ASKED.exec(text);
  if (source !== null) return source[1] === undefined ? `who said ${source[3]!}` : `${source[1]} ${source[2]!} said ${source[3]!}`;
  const figure = FIGURE_GIVEN.exec(text);
  // Only a figure ("the figure of 1,200 dead", "the death toll"): "who gave the order" asks who did it.
  const given = figure === null ? '' : figure[0]!.slice(figure[0]!.search(/\s(?:gave|give|put|putting|came|come|released|issued|provided|published|reported|supplied|announced|compiled|cited)/i));
  // "who reported Apple's market share in 2007" is who reported it: a report's verb asks a figure's source only of a figure named so.
  const named = /\b(?:figure|number|estimate|toll|tally|count)s?\b/i.test(given);
  if (figure === null || !(named || (/\b\d/.test(given) && !/\s(?:reported|supplied|announced|compiled|cited)\b/i.test(given)))) return text;
  return `who said ${figure[1]!.replace(/\s+(?:figure|number|estimate)s?$/i, '')}${figure[2]!}`;
}

/** "who's the analyst quoted on the rift": the one the coverage quotes on it is whoever talked about it. */
const QUOTED_ON = /^\s*who(?:['’]s|\s+is|\s+was)\s+the\s+(?:[\p{L}-]+\s+){1,3}?(?:quoted|cited)\s+(?:on|about|over|regarding)\s+(.+)$/iu;

/**
 * A question asked in place, the question word where the answer goes: "Haniyeh was the political
 * leader of which group?", "Iraq hosts 2,500 troops from which country?". Asked as it is usually
 * put, the question word first: "which group was Haniyeh the political leader of?", "which
 * country does Iraq host 2,500 troops from?". Only a subject with a copula or one verb before it,
 * and at most a few words after the question phrase ("again", "according to X").
 */
/** "The Reuters piece from Capri says explosions rocked an Iranian city on which day?": a story's telling with the question asked in place. */
const STORY_TELLS_IN_SITU = /^\s*(the\s+(?:[\p{L}\d'’.-]+\s+){0,4}?(?:story|article|piece|report|dispatch|wire|copy|write-?up)(?:\s+(?:from|on|about|datelined)\s+[^,?]{2,40}?)?)\s+(?:says|said|reports|reported|notes|writes|wrote|states)\s+(?:that\s+)?(.+)$/iu;

function whFronted(text: string): string {
  // "According to Blinken, the personnel are there to stop which group?": the source stays in front for `sourceLast`.
  const sourced = SOURCE_FIRST.exec(text);
  if (sourced !== null && IN_SITU.test(sourced[2]!)) {
    const asked = whFronted(`${sourced[2]!}${sourced[3]!}`);
    if (asked !== `${sourced[2]!}${sourced[3]!}`) return `${sourced[1]!}, ${asked}`;
  }
  // The story's telling is asked of the story: the question in place is put first, the story after it.
  const told = STORY_TELLS_IN_SITU.exec(text);
  if (told !== null && IN_SITU.test(told[2]!)) {
    const asked = whFronted(told[2]!);
    if (asked !== told[2]) return `${asked.replace(/\s*\?*\s*$/, '')}, in ${told[1]}?`;
  }
  // "X - which day were they made?": a question of its own after a dash, which `questionFirst` reads.
  // "… a Hamas attack. On what date did that attack take place?": a remark and a question of its own, which `questionFirst` reads.
  if (DASHED_QUESTION.test(text) || WHICH_PART.test(text) || REMARK_THEN_QUESTION.test(text)) return text;
  const m = IN_SITU.exec(text);
  // "the analyst who talked about X works at which institute": a subject with a clause of its own is read by the rules as it stands.
  if (m === null || /\b(?:who|that|which|whose|whom)\b/i.test(m[1]!)) return text;
  const [left, wh, tail] = [m[1]!, m[2]!, m[3]!];
  const copula = COPULA_LEFT.exec(left);
  if (copula !== null) return `${wh} ${copula[2]} ${copula[1]} ${copula[3]}${tail}`;
  const verb = VERB_LEFT.exec(left);
  if (verb === null) return text;
  const [subject, written, rest] = [verb[1]!, verb[2]!, verb[3] ?? ''];
  const lower = written.toLowerCase();
  const irregular = IRREGULAR_VERBS.get(lower);
  const [auxiliary, base] = irregular !== undefined ? ['did', irregular] : /ied$/.test(lower) ? ['did', `${lower.slice(0, -3)}y`] : /ed$/.test(lower) ? ['did', lower.slice(0, -2)] : /s$/.test(lower) ? ['does', lower.replace(/(?<=[sxz]|[cs]h)es$|s$/, '')] : [undefined, lower];
  return auxiliary === undefined ? text : `${wh} ${auxiliary} ${subject} ${base}${rest === '' ? '' : ` ${rest}`}${tail}`;
}

/** Words before the question phrase, the phrase ("which group", "which terror group's"), then at most a few words. */
const IN_SITU = /^\s*(?!(?:who|whom|whose|what|which|when|where|why|how|did|does|do|is|was|are|were|has|have|had|can|could|will|would|should)\b)(\S.{2,140}?)\s+((?:which|what)\s+(?:[\p{L}-]+\s+)?(?!(?:if|when|that|as|because|after|before|while|unless|and|or|but)\b)[\p{L}-]+(?:['’]s\s+[\p{L}-]+)?|whom|(?<!\b(?:is|are|was|were|['’]s)\s+)where)\b((?:\s*,?\s*(?!(?:is|was|are|were|did|does|do|has|have|had)\b)[\p{L}'’-]+){0,4}\s*[?!.]*)\s*$/iu;
/** "Haniyeh was the leader of", "the U.S. personnel in Iraq and Syria are there to …": the subject, its copula, the rest. */
const COPULA_LEFT = /^((?:[\p{L}\d'’.-]+\s+){0,6}?[\p{L}\d'’.-]+)\s+(is|was|are|were)\s+(.+)$/iu;
/** "Iraq hosts 2,500 troops from", "blinken compared the hamas attack to": the subject, one verb, the rest. */
const VERB_LEFT = /^((?:[\p{L}\d'’.-]+\s+){0,3}?[\p{L}\d'’.-]+)\s+([\p{Ll}]+(?:ed|s))\b\s*(.*)$/u;

/** "how is Hezbollah described", "how was the group referred to". */
const DESCRIBED = /^\s*how\s+(?:is|are|was|were)\s+(?:the\s+)?(.+?)\s+(?:described|characteri[sz]ed|portrayed|referred\s+to|identified|labell?ed|called)\s*\??\s*$/i;
/** "what kind of group is Hamas". */
const WHAT_KIND = /^\s*what\s+(?:kind|sort|type)\s+of\s+[\p{L}-]+\s+(?:is|are|was|were)\s+(?:the\s+)?(.+?)\s*\??\s*$/iu;
/** "what is Hezbollah", "what's the G7". */
const WHAT_IS = /^\s*what\s*(?:is|are|was|were|['’]s)\s+(?:the\s+)?(.+?)\s*\??\s*$/i;
/** "where is Capri", "where even is Isfahan". */
/** "hezbollah is from where, going by …": "where is X from" asked in place. */
const FROM_WHERE = /^\s*(?:who\s+)?(?:the\s+)?([\p{L}][\p{L}'’. -]{1,40}?)\s+(?:is|are)\s+from\s+where\b[^?]*\??\s*$/iu;
/** "the base is in which part of Iraq", "which part of Iraq is the base in". */
const WHICH_PART = /^\s*(?:(?:the\s+)?(.+?)\s+(?:is|are)\s+(?:located\s+|situated\s+)?in\s+(?:which|what)\s+part\s+of\s+[^?]+|(?:which|what)\s+part\s+of\s+\S+(?:\s+\S+)?\s+(?:is|are)\s+(?:the\s+)?(.+?)\s+(?:located\s+|situated\s+)?in)\s*\??\s*$/i;
/** "which country is Capri in", "what country is the base located in" ("which country was Lopez in" asks where someone went). */
const PLACE_WITHIN = /^\s*(?:which|what)\s+(?:country|nation|state|region|province)\s+(?:is|are)\s+(?:the\s+)?(.+?)\s+(?:(?:located|situated|based)\s+)?in\s*\??\s*$/i;
const WHERE_IS = /^\s*where\s+(?:(?:even|exactly)\s+)?(?:is|are)\s+(?:the\s+)?(.+?)\s*\??\s*$/i;

/**
 * "how does the Annapolis story describe Hezbollah", "how does Reuters describe Hamas in the
 * Annapolis story": a story or an outlet describing a name asks how the name is described (in that story).
 */
function describedBy(text: string): string {
  const m = DESCRIBES.exec(text);
  if (m === null) return text;
  const [describer, rest] = [m[1]!, m[2]!];
  if (STORY_WORDS.test(describer)) return `how is ${rest} described in ${describer}`;
  return agencyName(describer) !== undefined || /^(?:the\s+)?(?:coverage|news|press)$/i.test(describer) ? `how is ${rest} described` : text;
}

const DESCRIBES = /^\s*how\s+(?:does|did|do)\s+(.+?)\s+(?:describe|characteri[sz]e|portray|refer\s+to|label)\s+(.+?)\s*\??\s*$/i;
const STORY_WORDS = /^(?:the|that|this)\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:story|article|piece|report|write-?up|dispatch|wire|coverage)\b/iu;

/** Courtesies before the question itself ("can you tell me who …", "do you know when …"). */
const POLITENESS = /^\s*(?:(?:please\s+)?(?:can|could|would)\s+you\s+(?:please\s+)?(?:tell|show|remind)\s+me|do\s+you\s+know|(?:please\s+)?(?:tell|remind)\s+me|(?:i\s+)?need\s+(?:to\s+know\s+)?(?=(?:who|when|where|what|which|how)\b)|(?:give|get)\s+me\s+(?=(?:who|when|where|what|which|how)\b)|i\s+(?:want|would\s+like|'d\s+like)\s+to\s+know|please)\b\s*,?\s*(?=\S)/i;

/** The bot addressed by name as plain text ("@Byline who …", "@byline, when …"): a console or a client that sent no mention markup. */
const ADDRESSED = /^\s*(?:@[\p{L}\p{N}_.-]+\s*[,:]?\s+)+(?=\S)/u;

/**
 * A night editor's terse requests: "Italy's FM in the Reuters write-up, name pls.", "Hamas leader
 * killed in Tehran — name.", "Need the institute's Iran director, full name." ask who that is;
 * "Timing of Haniyeh's assassination", "Date of the blasts" ask when it was.
 */
const NAME_REQUESTED = /^\s*(?:(?:i\s+)?need\s+|(?:give|get)\s+me\s+)?(.{3,120}?)\s*(?:,|\s[-–—:])\s*(?:(?:full\s+)?name(?:\s+for\s+(?:the|my|our)\s+[^?.,]{1,30})?|who(?:\s+exactly)?)\s*(?:pls|please|plz)?\s*[.?!]*\s*$/i;
/**
 * "the Hamas cross-border attack — what day?", "… — date of loss?", "the Capri presser: timing?": a
 * remark, then only the kind of time asked: when the remark's thing was.
 */
const TIME_REQUESTED = /^\s*([^?]{3,200}?)\s*(?:\s[-–—]|:|\.)\s+(?:(?:what|which)\s+(?:exact\s+)?(?:date|day|time|year|month)(?:\s+exactly)?|(?:the\s+)?(?:exact\s+)?(?:date|day|timing|time|year|month)(?:\s*\/\s*(?:date|day|time))?(?:\s+of\s+\p{L}+)?(?:\s*[—–-]\s*(?:date|day)(?:\s*\/\s*(?:date|day|time))?)?|when\s+exactly|eta)(,?\s+(?:according\s+to|per|in)\s+[^,?]{2,60})?\s*\?+\s*$/iu;
const NEED_THE = /^\s*(?:(?:i\s+)?need|(?:give|get)\s+me)\s+(?=the\s+(?!(?:quotes?|quotations?|statements?|remarks|words|date|day|time|year|number|figure|headline|story|article)\b))/i;
/** "venue for the G7 meeting — where?", "the summit: location?": where the remark's thing was. */
const PLACE_REQUESTED = /^\s*(?:(?:the\s+)?(?:venue|location|site)\s+(?:for|of)\s+)?([^?]{3,200}?)\s*(?:\s[-–—]|:)\s+(?:where(?:\s+exactly)?|(?:the\s+)?(?:venue|location))\s*\?+\s*$/iu;
/** "how was the launcher mounted — what's the exact wording?": the question before the dash, whose answer is the coverage's wording. */
const WORDING_REQUESTED = /^\s*([^?]{8,200}?)\s*\??\s*(?:\s[-–—]|:)\s+(?:what(?:['’]s|\s+is)\s+the\s+(?:exact\s+)?(?:wording|words|phrasing)|(?:the\s+)?exact\s+(?:wording|words)|what\s+(?:wording|words|phrase)\s+does\s+(?:it|the\s+\p{L}+)\s+use(?:\s+for\s+[^?]{2,40})?)\s*\?*\s*$/iu;
/** "from what point has Iraq seen …", "since which date": since when. */
const SINCE_WHAT_POINT = /\b(?:from|since)\s+(?:what|which)\s+(?:point|date|day|moment)(?:\s+(?:on|in\s+time))?\b/gi;
/** "at what point relative to the remarks had the President urged …": when he had, which the coverage tells relative to them ("earlier in the week"). */
const RELATIVE_POINT = /\b(?:at\s+)?(?:what|which)\s+(?:point|stage|moment)\s+(?:relative\s+to|compared\s+(?:to|with))\s+[^,?]{2,80}?\s+(had|has|did|was|were|is|are)\b/gi;
/** "The proxy conflict has grown more intense when?": the question word put first, after the auxiliary's subject. */
const TRAILING_WHEN = /^\s*(?!(?:since\s+)?when\b)((?:the|a|an|\p{Lu})[^?,]{4,200}?)\s+(has|have|had|was|were|is|are)\s+([^?]{3,120}?)\s+when\s*\?*\s*$/iu;
/** Not of a saying ("over what period did X say Y had been taken" asks Y's span), nor alone after its remark ("… Over what period?"), which the passage's words answer. */
const WHAT_SPAN_ASKED = (match: string, offset: number, text: string): string =>
  /^[^?]*?\b(?:say|says|said|tell|told|claim|claimed)\b/i.test(text.slice(offset + match.length)) || (/^\s*\?*\s*$/.test(text.slice(offset + match.length)) && /(?:^|[.!]\s*)$/.test(text.slice(0, offset))) ? match : 'when';
/**
 * "over what stretch of time", "within what timeframe", "at what stage of the conflict", "at what hour":
 * a time asked by the span or the point it falls in, which is when it was. Not "what time period",
 * which asks for a span itself ("during what time period did the dynasty rule": 1644–1911).
 */
const WHAT_SPAN = /\b(?:(?:over|in|during|within|for)\s+)?(?:what|which)\s+(?:stretch(?:\s+of\s+time)?|time\s*frame|timeframe|span(?:\s+of\s+time)?|window)\b|\bat\s+(?:what|which)\s+(?:hour|point|stage|moment)(?:\s+(?:of|in)\s+(?:the|their|his|her|its)\s+[\p{L}-]+)?\b/giu;
/** "as of when did it go down", business's "as of when": simply when. */
const AS_OF_WHEN = /\bas\s+of\s+when\b/gi;
const TIMING_OF = /^\s*(?:the\s+)?(?:timing|time\s*frame|date|day)\s+(?:of|for)\s+(?=\S)/i;

/** "name the Italian FM", "identify the pentagon chief", "name of Italy's FM?" (after a chat's aside and a dash too: "quick spell check — name of …"): a who-question by another name. */
const NAME_THE = new RegExp(String.raw`^\s*(?:[^—–?:]{3,80}?\s+[—–]\s+)?(?:name|identify|name\s+of|what(?:['’]s|\s+is|\s+was)\s+the\s+(?:first|full|last|given)\s+name\s+of)\s+(?=(?:the|a|an|\p{L}+['’]s)\s)(?!(?:the|a|an|this|that)\s+(?:[a-z]+\s+)?${PLACE_NOUNS}(?!['’]))`, 'iu');
/** "the guy from the institute, what's his name" (or "— what is his name"): the description put first. */
/**
 * "There was some think-tank guy who said X, who was that again?", "I think the Hamas leader got
 * killed in Iran, remind me of his name?": someone remembered by what they did, then asked for by
 * name, is "which think-tank guy said X", "which Hamas leader got killed in Iran" ("the envoy who
 * closed the port, who was that?", without the remembering, asks who holds that role).
 */
const DOER_THEN_NAME = /^\s*(?:i\s+(?:think|believe|guess)|there\s+(?:was|is|were)|(?:wasn['’]t|was\s+not|weren['’]t|were\s+not|isn['’]t|is\s+not)\s+there)\s+(?:also\s+)?(?:some|a|an|the|this|that)\s+(.{3,120}?)\s*(?:[,.;—–]|\?)\s*(?:(?:can\s+you\s+)?remind\s+me\s+(?:of\s+)?(?:his|her|their|its)\s+name|who\s+(?:was|is)\s+(?:that|he|she)(?:\s+again)?|what(?:['’]?s|\s+is|\s+was)\s+(?:his|her|their|its)\s+name(?:\s+again)?)\s*\?*\s*$/i;
/** A description that tells an act: a clause of its own ("guy who said …") or a verb in the past ("leader got killed …"). */
const TELLS_ACT = /\s(?:who|that)\s|\s(?:got|was|were|said|told|\p{Ll}{2,}ed)\s/u;

function doerThenName(text: string): string {
  const m = DOER_THEN_NAME.exec(text);
  if (m === null || !(TELLS_ACT.test(` ${m[1]!} `) || words(m[1]!).some((word) => IRREGULAR_VERBS.has(word.toLowerCase())))) return text;
  return `which ${m[1]!.replace(/^(.+?),?\s+(?:who|that)\s+/i, '$1 ').replace(/\s+(?:around\s+then|back\s+then|at\s+the\s+time)$/i, '')}?`;
}

/** "who the Italian minister was who said …" (after "remind me", "tell me"): the copula put back before its subject. */
const EMBEDDED_ORDER = /^\s*(who|what)\s+((?:the|that|this)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+(was|is|were|are)\b/u;

const NAME_AFTER = /^\s*(.{3,120}?)\s*(?:,|\s[-–—])\s*what(?:['’]?s|\s+is|\s+was)\s+(?:his|her|their|its)\s+name\s*\?*\s*$/i;

/** "when were the blasts reported (, per Reuters)": when they were, as the report tells it; the report's own telling is no act. */
const WERE_REPORTED = /^(\s*(?:when|(?:at|on|in)?\s*what\s+(?:time|day|date)(?:\s+of\s+day)?)\s+(?:was|were)\s+.+?)\s+reported(?=\s*(?:,\s*(?:according\s+to|per)\s+[^,?]+)?\s*\?*\s*$)/i;


/** "who's the pentagon guy saying they won't tolerate attacks": which pentagon guy said it. */
const DESCRIBED_SAYING = /^\s*who(?:['’]s|\s+is|\s+was)\s+the\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:saying|warning|claiming|insisting)\s+(?:that\s+)?(?=\S)/iu;

/** "confirm the speaker who said X", "identify the person who warned …": who said it (a speaker asked for, not one holding a Speaker's office). */
const SPEAKER_WHO = /^(.*?)\b(?:confirm|identify|name|state|give|provide|determine)\s+(?:me\s+)?the\s+(?:speaker|declarant|person|individual|one)\s+(?:who|that)\s+(?=\p{Ll})/iu;

/** "who was talking about X", "who's been speaking of Y": who talked about it, as "who said" is asked. */
const TALKING_ABOUT = /^(\s*who)(?:\s+(?:was|were|is|are|has\s+been|had\s+been)|['’]s(?:\s+been)?)\s+(talking|speaking|warning|complaining)\s+(?=(?:about|of|on)\b)/i;
const TALKED: Readonly<Record<string, string>> = { talking: 'talked', speaking: 'spoke', warning: 'warned', complaining: 'complained' };

/** "at the very last moment", "at the eleventh hour", chat's "super late": as news writes it, "at the last minute". */
const LAST_MOMENT = /\b(?:at\s+the\s+(?:very\s+)?(?:last\s+(?:moment|second)|eleventh\s+hour)|super\s+late)\b/gi;

/** "where in Iraq is al Asad": where it is; the country only narrows it. */
const WHERE_IN = /^(\s*where)\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+(?=(?:is|was|are|were|did|does|do)\b)/u;

/** "what city was X killed in", "in which town did Y land": where it happened, asked by the kind of place. */
const WHICH_TOWN_IN = /^\s*(?:in\s+(?:what|which)\s+(?:city|town|village|place)(?:\s+in\s+\p{Lu}[\p{L}.-]*)?\s+(was|were|did|does|is|are|has|had)\s+(.+?)|(?:what|which)\s+(?:city|town|village|place)(?:\s+in\s+\p{Lu}[\p{L}.-]*)?\s+(was|were|did|does|is|are|has|had)\s+(.+?)\s+in)\s*(\?*)\s*$/iu;

function withoutPoliteness(text: string): string {
  // The question after the arrow is read as it stands; the story it is asked of goes after it.
  const arrowed = STORY_ARROW.exec(text.replace(ADDRESSED, ''));
  if (arrowed !== null) {
    // "… again? full name for the notes": a note after the question asks nothing.
    const asked = withoutPoliteness(arrowed[2]!).replace(/\?\s+(?![^?]*\b(?:who|whom|whose|what|which|when|where|how)\b)[^?]*\?*\s*$/i, '?');
    return STORY_SCOPE.test(` ${asked}`) ? asked : `${asked.replace(/\s*[?.!]*\s*$/, '')}, in ${/^the\s/i.test(arrowed[1]!) ? arrowed[1] : `the ${arrowed[1]}`}?`;
  }
  // (The comma that set the coverage off before the question goes with it.)
  const chatless = withoutChatter(text.replace(ADDRESSED, '')).replace(IN_THE_COVERAGE, '').replace(/(^|[.!?])\s*,\s*/u, '$1 ').trim();
  const courteous = POLITENESS.exec(chatless);
  const unasked = courteous === null ? chatless : chatless.slice(courteous[0].length).replace(EMBEDDED_ORDER, '$1 $3 $2');
  const asked = doerThenName(imperativeAsked(telegraphicAsked(taskedAsked(unasked)))).replace(SPEAKER_WHO, '$1who ').replace(LAST_MOMENT, 'at the last minute').replace(WHERE_IN, '$1 ').replace(NAME_REQUESTED, (_, described: string) => (/^\s*(?:who|whom)\b/i.test(described) ? `${described}?` : `who is ${withArticle(remarkThing(described))}?`)).replace(TIME_REQUESTED, (_, remark: string, source = '') => `when was ${withArticle(remarkThing(remark))}${source === '' ? '' : `, ${source.replace(/^,?\s*/u, '')}`}?`).replace(PLACE_REQUESTED, (_, remark: string) => `where was ${withArticle(remarkThing(remark))}?`).replace(WORDING_REQUESTED, '$1?').replace(NEED_THE, 'who is ').replace(TIMING_OF, 'when was ').replace(AS_OF_WHEN, 'when').replace(SINCE_WHAT_POINT, 'since when').replace(RELATIVE_POINT, 'when $1').replace(WHAT_SPAN, WHAT_SPAN_ASKED).replace(TRAILING_WHEN, 'when $2 $1 $3?').replace(TALKING_ABOUT, (_, who: string, verb: string) => `${who} ${TALKED[verb.toLowerCase()]} `).replace(WHICH_TOWN_IN, (_, aux1?: string, rest1?: string, aux2?: string, rest2?: string, mark = '') => `where ${aux1 ?? aux2} ${rest1 ?? rest2}${mark}`).replace(NAME_THE, 'who is ').replace(NAME_AFTER, 'who is $1').replace(REFERRED_AS, 'who is $1').replace(EMBEDDED, '$1').replace(HOW_LONG_BEFORE, howLongAsWhen).replace(QUOTED_ON, 'who talked about $1').replace(PREPOSITION_FIRST, (_, preposition: string, asked: string) => `${asked.replace(/\s*\?\s*$/, '')} ${preposition.toLowerCase()}?`);
  return describedBy(asked);
}

/** A briefing's request for who someone is: "Identify X", "Confirm identity of X", "Source ID: X", "X — confirm identity.", "X: identify." */
const IDENTIFY_FIRST = /^\s*(?:(?:confirm|establish|verify)\s+(?:the\s+)?identity(?:\s+of)?|identify|(?:source\s+)?ID(?:\s+req(?:uest(?:ed)?)?(?:\s+(?:on|for|of))?)?)\s*[:—–-]?\s+(?!(?:who|whom|whose|what|which|when|where|how)\b)(?:the\s+)?([^?]{3,200}?)\s*[.?!]*\s*$/iu;
const IDENTIFY_LAST = /^\s*([^?]{3,200}?)\s*(?:[:,;]|\s[—–-]+)\s*(?:(?:confirm|establish|verify)\s+(?:the\s+)?identity|identify|ID|principal)\s*[.?!]*\s*$/iu;
/** A briefing's request for when: "Establish timing: X", "DTG of X", "X — DTG?", "Timing of X — establish DTG." */
const TIMING_LAST = /^\s*([^?]{3,200}?)\s*(?:[:,;]|\s[—–-]+)\s*(?:establish\s+(?:the\s+)?(?:timing|DTG|date|time\s*frame|timeframe)|DTG|time\s*frame|timeframe)\s*[.?!]*\s*$/iu;
const TIMING_FIRST = /^\s*(?:establish\s+(?:the\s+)?(?:timing|DTG|date|time\s*frame|timeframe)|DTG)\s*(?:of|for|:)\s+([^?]{3,200}?)\s*[.?!]*\s*$/iu;
/** "Attribution: statement that X — principal?", "Attribution for the casualty figure — source?": who said it, or whose it is. */
const ATTRIBUTION = /^\s*(?:\p{L}+\s+)?(?:attribution|sourcing)\s*(?:for|of|on|:)\s*([^?]{3,200}?)\s*(?:(?:[:,;]|\s[—–-]+)\s*(?:principal|source|speaker|who)\s*\??)?\s*[.?!]*\s*$/iu;

/** "(Capri, Apr)", "(Annapolis)": where, as a briefing notes it; a note of no place is dropped. */
function noteAsPlace(text: string): string {
  return text.replace(/\s*\((\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)(?:,[^()]*)?\)/u, ', in $1').replace(/\s*\([^()]{1,40}\)/u, '');
}

/**
 * A briefing's tasking, put as the question it is: "Identify senior Hezbollah commander killed in
 * X" → "who is the senior Hezbollah commander killed in X?", "Establish timing: explosions at X" →
 * "when was explosions at X?", "Attribution: statement that X — principal?" → "who said X?". The
 * first clause before a semicolon is the one asked about; the rest is the analyst's note.
 */
function taskedAsked(text: string): string {
  const clause = (phrase: string) => noteAsPlace(phrase.split(/\s*;\s*/)[0]!).replace(/^the\s+/i, '');
  const attribution = ATTRIBUTION.exec(text);
  if (attribution !== null) {
    const said = /^(?:the\s+)?(?:statement|remark|comment|claim|assertion|line|quote)\s+that\s+(.+)$/i.exec(clause(attribution[1]!));
    if (said !== null) return `who said ${said[1]}?`;
    const thing = clause(attribution[1]!);
    return /\b(?:figure|toll|count|number|estimate|tally)\b/i.test(thing) ? `who is the source of the ${thing}?` : `who is the ${thing}?`;
  }
  const timing = TIMING_LAST.exec(text) ?? TIMING_FIRST.exec(text);
  if (timing !== null) {
    // "Timing of X — establish DTG.": the request may be written at both ends.
    const thing = clause(timing[1]!.replace(/^(?:establish\s+(?:the\s+)?)?(?:timing|DTG|date)\s+(?:of|for)\s+/i, ''));
    // Its names keep their capitals ("the Nasrallah threat").
    return `when was ${/^(?:the|a|an|this|that|these|those|his|her|its|their)\b|^\p{Lu}[\p{L}'’.-]*['’]s\b/iu.test(thing) ? thing : `the ${thing}`}?`;
  }
  const identified = IDENTIFY_LAST.exec(text) ?? IDENTIFY_FIRST.exec(text);
  if (identified === null) return text;
  const described = clause(identified[1]!.replace(/^(?:(?:confirm|establish|verify)\s+(?:the\s+)?identity(?:\s+of)?|identify)\s*:?\s+/i, ''));
  // "'Top U.S. diplomat' citing X": the words quoted are how the coverage describes them.
  return `who is the ${described.replace(/^['‘’"“”]([^'‘’"“”]{2,60})['‘’"“”]/u, '$1')}?`;
}

/**
 * A headline's question, asked after what it is about: "Pentagon chief blames X for Y: who?",
 * "US cites Z — who says?", "Italy FM: US 'informed at last minute'... name?", "SecState: US told
 * Iran no escalation (Annapolis) — when?", "Reuters Capri wire: who edits?", "Political IQ piece:
 * dated when?". The statement before the dash or colon is what the question word asks of.
 */
const TELEGRAPHIC = /^\s*([^?]{6,240}?)\s*(?:\s[—–-]+|[—–]+|:|\.{2,}|…|,)\s*(who\s+says|who\s+said|says\s+who|said\s+who|who(?:['’]s|\s+is)?(?:\s+(?:that|it|this))?|name|whom|when|dated\s+when|when\s+dated|date)\s*\?*\s*$/iu;
/** "Reuters Capri wire: who edits?": a label, then a question whose verb has the label for its object. */
const LABEL_THEN_VERB = /^\s*((?:[\p{L}\d'’.-]+\s+){0,5}[\p{L}\d'’.-]+)\s*(?:\s[—–-]+|[—–]+|:)\s*(who\s+\p{Ll}+(?:s|ed))\s*\?+\s*$/iu;
/** A statement's role or title before a colon: "Italy FM: …", "SecState: …". */
const SPEAKER_LABEL = /^\s*((?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+)\s*:\s*(.+)$/u;
/** A headline's verb after its subject: "blames", "warns", "won't", "said". */
const HEADLINE_VERB = /^(?:won['’]?t|will|would|can['’]?t|cannot|can|could|may|might|must|should|is|are|was|were|has|have|had|does|did|do|(?!(?:as|us|this|his|its|thus|plus|less|unless|across|bus|gas|news|series|species|yes|whereas|perhaps|always|towards|afterwards|besides)$)\p{Ll}{2,}(?:s|ed))$/u;

function telegraphicAsked(text: string): string {
  const labelled = LABEL_THEN_VERB.exec(text);
  if (labelled !== null) return `${labelled[2]} the ${labelled[1]!.replace(/^the\s+/i, '')}?`;
  const telegraphic = TELEGRAPHIC.exec(text);
  if (telegraphic === null) return text;
  const tail = telegraphic[2]!.toLowerCase();
  // "(Annapolis)": where it was said.
  const statement = telegraphic[1]!.replace(/\s*\(([^()]{2,40})\)\s*$/, ', in $1').trim();
  if (/\b(?:says|said)\b/.test(tail)) return `who said ${statement}?`;
  // "X: date?" asks the date of X (see `TIME_REQUESTED`); only "dated when?" asks the story's own.
  if (tail === 'date') return text;
  if (/dated/.test(tail)) return `when was the ${statement.replace(/^the\s+/i, '')} dated?`;
  const speaker = SPEAKER_LABEL.exec(statement);
  // "Italy FM: US 'informed at last minute'": the label is who said what follows it.
  if (speaker !== null) return tail === 'when' ? `when did the ${speaker[1]} say ${speaker[2]}?` : `who is the ${speaker[1]} who said ${speaker[2]}?`;
  const told = statement.split(/\s+/);
  const verbAt = told.findIndex((word, i) => i > 0 && HEADLINE_VERB.test(word.replace(/[,;]$/, '')));
  // "Trump meets Xi — when?" asks when he did; "Biden's humanitarian pause — when?" when it was.
  if (tail === 'when') return verbAt < 0 ? `when was ${statement}?` : `when ${statement}?`;
  // "Pentagon chief blames …": the one asked for is the subject the headline describes; a name is no description.
  if (verbAt < 1 || words(titlesSpelledOut(told.slice(0, verbAt).join(' '))).every((word) => /^\p{Lu}/u.test(word))) return text;
  return `who is the ${told.slice(0, verbAt).join(' ')} who ${told.slice(verbAt).join(' ')}?`;
}

/**
 * "as stated in the dpa report", "as reported by Reuters", "as cited in the article on X", "reportedly": a memo's hedges, which name at
 * most the story or source asked of ("as referred to in the Secretary's visits" names neither).
 */
const STATED_IN = /,?\s*\bas\s+(?:stated|reported|described|noted|written|given|set\s+out|referred\s+to|mentioned|cited|characteri[sz]ed|portrayed|identified|called|recounted|recalled)\s+(?:in|by)\s+((?:the\s+)?[^,?.]{2,120}?)\s*(?:,|(?=[?.]?\s*$))/iu;
const AS_REPORTED = /,?\s*\bas\s+reported\s*,?/giu;
const REPORTEDLY = /\s+reportedly\b/giu;
/** "in the opening lines of the dpa piece", "near the end of the Annapolis piece": where in a story, which only names the story. */
const PLACE_IN_STORY = /\b(in|near|at|from|per|according\s+to)\s+the\s+(?:(?:opening|first|closing|last|final|top|bottom)\s+(?:lines?|paragraphs?|sentences?|part)|end|start|beginning|top|bottom)\s+of\s+(?=the\s+(?:[\p{L}\d'’.-]+\s+){0,3}(?:story|piece|article|report|dispatch|entry|copy|wire|item|write-?up)\b)/giu;
/** "Specify any new sanctions that …": which ones there are, the thing asked a word the passage must hold. */
const SPECIFY_ANY = /^\s*(?:specify|list|name|identify|provide|give|state)\s+any\s+/iu;
/** "the person named as US Secretary of State", "the analyst cited as heading …": the one so named. */
const NAMED_AS = /\b(the\s+)(person|individual|official|one|man|woman|figure|analyst|body|party|country|agency|group)\s+(?:named|identified|described|cited|listed|referred\s+to|given)\s+as\s+(?!["“‘])(?=(\S+)\s)/giu;
/** "which body is named as saying X": which said X. */
const NAMED_AS_SAYING = /\b(?:is|was|are|were)\s+(?:(?:named|cited|identified|listed|described)\s+as|(?:quoted|reported)(?:\s+as)?)\s+saying\b/giu;
/** "who is the "top U.S. diplomat" citing …": a title quoted as the story gives it, then what its holder did; the title is a description like any other. */
const QUOTED_TITLE_DOING = /\bthe\s+["“]([^"”]{3,40})["”](?=\s+\p{Ll}+ing\b)/gu;
/** "which body is cited as the source for X": which is its source. */
const NAMED_AS_SOURCE = /\b(?:is|was|are|were)\s+(?:named|cited|identified|listed|credited|described|given)\s+as\s+(?=the\s+(?:source|origin)\b)/giu;
/** "what date is given for the rocket strike", "the date given for X": when X was. */
const DATE_GIVEN_FOR = /(?:^|(?<=,\s*))\s*(?:(?:could\s+you\s+)?(?:give\s+me|tell\s+me|what(?:['’]s|\s+is)?)\s+)?(?:the\s+)?(?:date|day)\s+(?:is\s+)?given\s+(?:for|to)\s+/iu;
/** "the date given on the Political IQ article", "the date given in the dateline of X": the story's own date. */
const DATE_GIVEN_ON = /\b(?:date|day)\s+(?:is\s+)?given\s+(?:on|in|at\s+the\s+top\s+of)\s+/iu;
/** "which country Iran has blamed": an embedded question's subject before its auxiliary, put after it. */
const EMBEDDED_WHICH = /^\s*((?:which|what)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(has|have|had|was|were|is|are|will|would|did)\s+/u;
/** "Specify which country …", "State when, according to X, …": a question embedded in the request. */
const REQUEST_EMBEDS = /^\s*(?:specify|indicate|state|identify|determine|establish|confirm|verify|explain)\s+(?=(?:which|what|who|whom|whose|when|where|how)\b)/iu;
/** "Provide the name of the senior commander killed in …": who is the one described. */
const NAME_OF_DESCRIBED = /^\s*(?:provide|give|state|specify)\s+the\s+(?:full\s+)?name\s+of\s+(?=(?:the|a|an)\s)/iu;
/** "Specify when …", "State the date on which …", "Specify the time frame in which …": when it was. */
const SPECIFY_WHEN = /^\s*(?:specify|indicate|state|provide|give|determine|establish|confirm|verify)\s+the\s+(?:exact\s+)?(?:date|day|time|time\s*frame|timeframe|period|point|moment)\s+(?:on|at|in|over|during)\s+which\b/iu;
/** "State the date of the attack that …": when that was. */
const SPECIFY_DATE_OF = /^\s*(?:specify|indicate|state|provide|give|identify|confirm|verify)\s+the\s+(?:exact\s+)?(?:date|day|time|timing)\s+of\s+(?=\S)/iu;
/** "what is the number of troops Iraq hosts", "the total number of …": how many. */
const NUMBER_OF = /^\s*what(?:(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?:total\s+|exact\s+|overall\s+)?|\s+)number\s+of\s+/iu;
/** "how many carrier groups does Political IQ say the US sent": how many the US sent, by that source's telling. */
const HOW_MANY_SAYS = /^\s*how\s+many\s+(.{2,60}?)\s+(?:does|do|did)\s+((?:the\s+)?[^?]{2,40}?)\s+(?:say|report|claim)\s+(?:that\s+)?((?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*)?)\s+(\p{Ll}+ed\b[^?]*|sent\b[^?]*|took\b[^?]*|had\b[^?]*|hit\b[^?]*)\?*\s*$/iu;
/** "Specify the publication date shown on the report": what a time or a value is. */
const SPECIFY_VALUE = /^\s*(?:specify|indicate|state|provide|give|identify|confirm|verify)\s+(?=the\s+(?:[\p{L}-]+\s+){0,2}(?:date|day|time|year|month|number|figure|amount|total|count|toll|location|place|venue|source|title|headline|section)s?\b)/iu;
/** "Identify the individual credited with …", "Identify the head of government with whom …": who the one described is; any other thing, what it is. */
const SPECIFY_ONE = /^\s*(?:specify|indicate|state|provide|give|identify)\s+(?=the\s)/iu;
/** Words that describe a person or a body besides titles (`ROLE_HEADS`): what "Identify the …" asks "who" of. */
const ONE_WORDS: ReadonlySet<string> = new Set(['individual', 'person', 'people', 'body', 'group', 'party', 'organisation', 'organization', 'government', 'agency', 'outlet', 'journalist', 'reporter', 'photographer', 'country', 'countries', 'state', 'militia', 'faction']);
function specifiedOne(text: string): string {
  const described = words(text.replace(SPECIFY_ONE, '')).slice(1, 7).map((word) => word.toLowerCase().replace(/[^\p{L}-]/gu, ''));
  return described.some((word) => [word, word.replace(/s$/, '')].some((form) => ONE_WORDS.has(form) || ROLE_HEADS.has(form) || ANY_TITLE_HEADS.has(form))) ? 'who is ' : 'what is ';
}

/**
 * A compliance memo's and a librarian's requests, put as the questions they are: "Specify when X" →
 * "when X", "State the date of X" → "when was X", "Identify the individual credited with X" → "who
 * is the individual …", "the person named as <title>" → "the <title>"; their hedges ("reportedly",
 * "as stated in the dpa report") and places in a story dropped, the story they name kept after the question.
 */
function imperativeAsked(text: string): string {
  const stated = STATED_IN.exec(text);
  const story = stated === null || !(STORY_WORD.test(stated[1]!) || /^(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}(?:\s+from\s+.+)?$/u.test(stated[1]!)) ? undefined : stated[1]!;
  const plain = (stated === null ? text : text.replace(stated[0], ' ')).replace(AS_REPORTED, '').replace(REPORTEDLY, '').replace(PLACE_IN_STORY, (_, preposition: string) => `${/^(?:per|according)/i.test(preposition) ? preposition : 'in'} `).replace(NAMED_AS, (_, the: string, noun: string, next: string) => (/ing$/i.test(next) ? `${the}${noun} ` : /^(?:\p{Lu}[\p{L}.-]*['’]s?|the|a|an)$/iu.test(next) ? '' : the)).replace(DATE_GIVEN_FOR, 'when was ').replace(DATE_GIVEN_ON, 'date of ').replace(NAMED_AS_SAYING, 'said').replace(NAMED_AS_SOURCE, 'is ').replace(/\s{2,}/g, ' ');
  // "Specify which country Iran has blamed": the embedded question, its subject put after its auxiliary.
  const embedded = REQUEST_EMBEDS.test(plain) ? plain.replace(REQUEST_EMBEDS, '').replace(EMBEDDED_WHICH, '$1 $3 $2 ') : plain;
  const request = embedded.replace(SPECIFY_ANY, 'which ').replace(SPECIFY_WHEN, 'when').replace(NAME_OF_DESCRIBED, 'who is ').replace(SPECIFY_DATE_OF, 'when was ').replace(SPECIFY_VALUE, 'what is ').replace(SPECIFY_ONE, () => specifiedOne(plain)).replace(NUMBER_OF, 'how many ').replace(HOW_MANY_SAYS, 'how many $1 did $3 $4, according to $2?');
  if (request === text && stated === null) return text;
  const question = request.replace(/\s*[.?!]*\s*$/, '');
  if (story === undefined) return `${question}?`;
  // "as reported by Political IQ", "… by Reuters from Capri": a story by its outlet, which names it a story ("the Reuters story from Capri").
  const storyWord = STORY_WORD.test(story);
  const named = storyWord ? (/^the\s/i.test(story) ? story : `the ${story}`) : story.replace(/^(?:the\s+)?(.+?)(\s+from\s+.+)?$/iu, (_whole, outlet: string, from?: string) => `the ${outlet} story${from ?? ''}`);
  return `${question}, ${/^(?:the\s+)?\p{Lu}[\p{L}.-]*$/u.test(story) && !storyWord ? `according to ${story}` : `in ${named}`}?`;
}

/**
 * "how long before the summit did Norland strike?", "how recently had the port closed?": the gap is read off the time the coverage gives
 * the event ("last week", "on Monday"), so the question asks when the event was.
 */
const HOW_LONG_BEFORE = /^\s*how\s+(?:long|many\s+(?:hours|days|weeks|months|years))\s+(?:before|after|ahead\s+of|prior\s+to)\s+.{3,100}?\s+(did|was|were|had|has|have|is|are|does|do)\s+(\p{L}.*)$|^\s*how\s+recently\s+(did|was|were|had|has|have|is|are|does|do)\s+(?!.*\b(?:say|said|tell|told)\b)(\p{L}.*)$/iu;

/**
 * "When does Reuters say the explosions rocked the city?", "which day does the Annapolis report put
 * the attack on?", "what date does Political IQ give for the press event?": when it happened, by
 * that source's telling — the present "does" asks what the source says now, not when it said it; so
 * does a story's past "did" ("when did the Reuters story say …"): a story tells, it is no speaker.
 */
const SOURCE_DATES = /^\s*(when|(?:on\s+)?(?:what|which)\s+(?:day|date|weekday|month|year))\s+(?:(?:does|do)\s+(.{2,60}?)|did\s+((?:the\s+)?[^?]{0,40}?\b(?:story|article|piece|report|dispatch|wire|copy|coverage|text)))\s+(?:say|write|state|claim)\s+(?:that\s+)?(.{3,160}?)\s*\?*\s*$|^\s*((?:on\s+)?(?:what|which)\s+(?:day(?:\s+of\s+the\s+week)?|date|weekday|month|year))\s+(?:does|do)\s+(.{2,60}?)\s+(?:put|give|place|set|date)\s+(?:for\s+)?(.{3,120}?)(?:\s+(?:on|at|as|in))?\s*\?*\s*$/iu;
function sourceDated(_m: string, when?: string, source?: string, story?: string, clause?: string, which?: string, source2?: string, thing?: string): string {
  return when !== undefined ? `${when} ${clause}, according to ${source ?? story}?` : `${which} was ${thing}, according to ${source2}?`;
}

/** "what does Reuters (actually) say about when the blasts went off": when they did, by that source. */
const SAID_ABOUT_WHEN = /^\s*what\s+(?:does|did|do)\s+(.{2,60}?)\s+(?:\w+ly\s+)?(?:say|said|report|write|tell\s+us)\s+about\s+((?:when|where)\b[^?]+?)\s*\??\s*$/i;

/** "how long before the summit did Norland strike" → "when did Norland strike" (see `HOW_LONG_BEFORE`). */
function howLongAsWhen(_m: string, auxiliary?: string, rest?: string, recentAuxiliary?: string, recentRest?: string): string {
  return `when ${auxiliary ?? recentAuxiliary} ${rest ?? recentRest}`;
}

/**
 * "did the State Department say where Blinken goes next?", "does the story mention when the raid
 * was": a yes-or-no question around a where/when/who question asks that question.
 */
const EMBEDDED = /^\s*(?:did|does|do|has|have|had)\s+.{2,80}?\s+(?:say|said|mention|mentioned|tell\s+(?:us|me|reporters)|reveal|revealed|report|reported|explain|indicate)\s+((?:where|when|who|whom|how\s+(?:many|long))\b.+)$/i;

/** "who is the person referred to as “America's top diplomat”": the description is the role asked about. */
/** Also "who does the Reuters report refer to as “the top U.S. diplomat”": the story only says where the description stands. */
const REFERRED_AS = /^\s*who\s+(?:(?:is|was|['’]s)\s+(?:the\s+(?:person|man|woman|official|one|guy)\s+)?(?:(?:that|who)\s+(?:is|was)\s+)?(?:referred\s+to|described|called|identified|known|dubbed)|(?:does|did)\s+.{1,80}?\s+(?:refer\s+to|describe|identify))\s+as\s+["“'‘]?(.+?)["”'’]?\s*\?*\s*$/i;
/** "whos the pentagon boss in these stories": the whole coverage, which every question is asked of. */
const IN_THE_COVERAGE = /\s*,?\s*\b(?:in|across|from|throughout)\s+(?:all\s+)?(?:these|those|the|all|our)\s+(?:stories|articles|reports|pieces|coverage|news)\b(?:\s+(?:about|on)\s+[^,?]{2,60}(?=,))?|\s*,?\s*\b(?:according\s+to|per|in)\s+the\s+(?:article|story|piece|report|coverage)(?=\s*[?.!]*\s*$)/gi;

/** Words chat puts before a question: "yo", "ok but", "quick q:", "hey byline,", "no because" (a creator's "here is why"), "wait for it". */
const OPENING_CHATTER = /^\s*(?:(?:ok(?:ay)?\s+(?:but|so)|no\s+(?:because|bc|cuz)|wait\s+for\s+it|yo|hey|hi|hello|ok(?:ay)?|so|wait|um+|uh+|hm+|well|btw|ngl|lowkey|tbh|quick\s+q(?:uestion)?|question)\b[\s,:!.-]*)+/i;
/** "…, right? Who …": a remark's tag asks nothing; the question comes after it. */
const TAG_CHECK = /\s*,\s*(?:right|yeah|correct|no|yes|huh|ok(?:ay)?)\s*\?(?=\s+\S)/gi;
/** A desk's label before the question: "Caption check:", "Fact check for the follow-up:", "Photo desk check:". */
const DESK_LABEL = /^\s*(?:[\p{L}-]+\s+){0,2}(?:check|query|question|request|note|hypothesis|theory|assumption)(?:\s+to\s+(?:confirm|check|test))?(?:\s+for\s+(?:the|our|my|a)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)?\s*:\s*/iu;
/** A greeting with a name before the question: "hey byline, who …". */
const GREETING = /^\s*(?:hey|hi|hello|yo|ok(?:ay)?)\s+\p{L}+\s*[,:]\s*(?=(?:who|whom|whose|what|when|where|which|how)\b)/iu;
/** Words chat puts after a question: "… lol", "… again?", "… pls" (not the "again" of "never happens again"). */
const CLOSING_CHATTER = /(?:\s+(?:lol|lmao|pls|plz|please|thx|thanks|(?<!\b(?:happens?|happened|happening|occurs?|occurred|repeat|repeats|repeated)\s+)again|tho|though|btw|ngl|fr|tbh|idk|rn|lowkey|i\s+forgot|or\s+nah|or\s+not))+\s*([?!.]*)\s*$/i;
/** Chat's asides inside the question: "the pentagon guy tho, …", "which city ngl …". */
const ASIDE_CHATTER = /\s+(?:tho|ngl|fr|tbh|lowkey)\b(?=\s*[,?]|\s+\p{Ll})/giu;
/**
 * A tag after the question: "…, did they ever say", "…, like whats his name fr", "… bc the article
 * says same day as smth": the asker's aside, which asks nothing more.
 */
const TRAILING_ASIDE = /\s*,\s*(?:did\s+(?:they|it|the\s+[\p{L}-]+)\s+(?:ever\s+)?(?:say|mention|tell)|like\s+what(?:['’]?s|\s+is)\s+(?:his|her|their)\s+name)\b[^?]*\?*\s*$|\s+(?:bc|cuz|cause|because)\s+(?:the\s+(?:article|story|piece|report)|i|it)\b[^?]*\?*\s*$/iu;
/** "the one blaming X" after a description: the description does what the appositive says ("the pentagon guy blaming X"). */
const THE_ONE_DOING = /^(\s*who(?:['’]s|\s+is|\s+was)\s+(?:the|[\p{L}.-]+['’]s)\s+[^,?]{2,60}?)\s*,\s*the\s+(?:one|guy|man|woman|person|fellow|dude)\s+(?=\p{Ll}+ing\b)/iu;
/** Chat's spellings: "whos", "abt", "thru", "wat", "happend", "wouldnt", "the heck" after a question word. */
const CHAT_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\b(who|when|where|what)s\b/gi, "$1's"],
  // "the date atop the X piece", "the date printed at the top of it": the date on the story.
  [/\b(date|day)\s+(?:printed\s+|given\s+)?(?:atop|at\s+the\s+top\s+of|on\s+top\s+of|at\s+the\s+head\s+of|heading)\s+/gi, '$1 on '],
  // "…, per the sign-off", "according to the credit line": where a credit stands, not a source of what it says.
  [/\s*,?\s*(?:per|according\s+to|on|in|from)\s+the\s+(?:sign-?off|credit\s+line|credits|tagline|tag\s+line)(?=\s*[?.!]*\s*$)/gi, ''],
  [/\babt\b/gi, 'about'],
  // Shorthand and negations typed without their apostrophe: "thru", "w/", "wouldnt", "dont".
  [/\bthru\b/gi, 'through'],
  [/\bw\/(?=\s)/gi, 'with'],
  [/\bb4\b/gi, 'before'],
  [/\bppl\b/gi, 'people'],
  // "w" between words, "who'd", a dropped "g" ("lookin into"): chat's shorthand.
  [/(?<=\p{L}\s+)w(?=\s+\p{L})/giu, 'with'],
  [/^(\s*who)['’]d\b/i, '$1 had'],
  [/^(\s*when)['’]d\b/i, '$1 did'],
  [/\bgotta\b/gi, 'has to'],
  [/\b(kind|sort)a\b/gi, '$1 of'],
  // "iran backed group": the compound chat writes without its hyphen.
  [/\b(\p{L}+)\s+(backed|funded|sponsored|supported|aligned|controlled|held|run|owned)\s+(?=(?:groups?|militias?|forces|rebels|fighters|proxies|government|territory|territories|areas?|enclave|region|city|town|compan(?:y|ies)|media)\b)/giu, '$1-$2 '],
  [/\bgonna\b/gi, 'going to'],
  // "what day was it when Hamas did the big attack": when it was, on that day.
  // (A saying keeps its own rule below: "what day was it when X said …" asks when X said it.)
  [/^(\s*)(?:what|which)\s+(day|date|weekday|month|year)\s+(?:was|is)\s+(?:it|that)\s+when\s+(?!(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}said\b)(?=\S)/iu, '$1on what $2 '],
  // "who is the person that did the writing", "Who is the person which commanded …": the person is whoever did it.
  [/^(\s*who)\s+(?:is|was)\s+(?:the|this|that)\s+(?:person|man|woman|guy|lady|individual)\s+(?:that|who|which)\s+(?!(?:is|was|are|were)\b)/iu, '$1 '],
  // "who was the pilot that shot down …": which pilot did (a person asked for by what they do).
  [/^(\s*)who\s+(?:was|is|were|are)\s+the\s+(pilots?|soldiers?|gunm[ae]n|snipers?|civilians?|workers?)\s+(?:that|who)\s+(?!(?:is|was|are|were|has|had|have)\b)/iu, '$1which $2 '],
  // "what got ordered to the region": the passive chat writes with "got".
  [/^(\s*(?:what|who|which\s+[\p{L}-]+))\s+got\s+(?=\p{Ll}+(?:ed|en)\b)/iu, '$1 was '],
  // A desk's shorthand for titles: "def sec", "def minister", "sec state" (for "pm", "fm" see `titlesSpelledOut`).
  [/\bdef(?:ense)?\s+sec\b/gi, 'defense secretary'],
  [/\bdef\s+(?=(?:minister|ministry|chief|official)s?\b)/gi, 'defense '],
  [/\bsec\.?\s+(?:of\s+)?state\b/gi, 'secretary of state'],
  [/\bwanna\b/gi, 'want to'],
  // "what day was it when X said …" asks when X said it.
  [/^(\s*)(?:what|which)\s+(?:day|date|weekday)\s+(?:was|is)\s+(?:it|that)\s+when\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})said\b/iu, '$1when did $2say'],
  [/\b(look|go|say|talk|try|do|think|play|work|hear|figur|mak|tak|com|gett|putt)in['’]?(?=\s|[?!.,]|$)/gi, '$1ing'],
  [/^(\s*)(?:wat|wut|wht)\b/i, '$1what'],
  [/\bhappend\b/gi, 'happened'],
  // "when exactly", "who precisely": the adverb only insists on the question.
  [/^(\s*(?:who|whom|when|where|what|which)\s+)(?:exactly|precisely|roughly|approximately)\s+/i, '$1'],
  // "Exactly how many …", "how many jets, precisely, was …": the same stress before the question word, or set off by commas.
  [/(^|[.?!]\s+)(?:exactly|precisely|roughly|approximately)\s+(?=(?:how|who|whom|when|where|what|which)\b)/gi, '$1'],
  [/,\s*(?:exactly|precisely|roughly|approximately)\s*,/gi, ''],
  // An intensifying reflexive ("Blinken himself") says nothing of the act.
  [/\s+(?:himself|herself|themselves|itself)\b/gi, ''],
  [/\bgovt\b/gi, 'government'],
  // A translator's word order and false friends: "how is called the X" (what is the name of the X), "the chef of
  // Hezbollah" (chief), "has menaced to escalate" (threatened), "who has made the photo" (took), "selon" (according to).
  [/^(\s*)how\s+(is|are|was|were)\s+(?:called|named)\s+(?=the\s|\p{Lu})/iu, '$1what $2 the name of '],
  [/\bchefs?\s+(?=of\s+(?:the\s+)?\p{Lu})/gu, 'chief '],
  [/\bmenac(ed|es|ing)\s+(?=to\s)/gi, 'threaten$1 '],
  [/\bmenace\s+(?=to\s)/gi, 'threaten '],
  [/\b(?:(?:has|have|had)\s+)?(?:made|make|makes|did|done)\s+(the|this|that|a)\s+(photo|photograph|picture|image)\b/gi, 'took $1 $2'],
  [/\b(?:(?:has|have|had)\s+)?(?:done|did|does|do)\s+the\s+writing\s+(?:of|for|on)\s+/gi, 'wrote '],
  [/\bselon\b/gi, 'according to'],
  // "what date is on the dateline of the Reuters story": the story's own date, which its dateline gives.
  [/^([^?]*?\b(?:date|day|when)\b[^?]*?\b)(on|in)\s+the\s+dateline\s+(?:of|on)\s+(?=the\s)/iu, '$1$2 '],
  // "the date printed beneath the headline of the X article", "the date written at top of X": the story's own date.
  [/\bdate\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:printed|written|shown|given|appearing|that\s+appears)?\s*(?:under|beneath|below|above|at\s+(?:the\s+)?top\s+of|on\s+top\s+of|next\s+to|with)\s+(?:the\s+)?(?:headline|title|byline)\s+(?:of|on|in)\s+(?=the\s)/giu, 'date of '],
  [/\bdate\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:printed|written|shown|that\s+appears)\s+(?:at\s+(?:the\s+)?top\s+of|on|in|under\s+the\s+headline\s+of)\s+(?=the\s)/giu, 'date of '],
  // "the Tel Aviv press event reported by Political IQ took place": the event, by that source's telling ("reported by Reuters from
  // Capri" is a story, read with the memo's hedges).
  [/^((?:[Ww]hen|(?:[Oo]n\s+)?[Ww]h(?:at|ich)\s+(?:day|date))\b.{3,80}?)\s+(?:as\s+)?(?:reported|described|covered|told)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?:\s*\(\d{4}\))?\s+(?!from\s)(.{3,80}?)\s*\?\s*$/u, '$1 $3, according to $2?'],
  // "depart to meet", "departed Washington": left, as news more often writes it ("depart for" is a journey's, below).
  [/\bdeparts\b(?!\s+for\b)/gi, 'leaves'],
  [/\bdeparted\b(?!\s+for\b)/gi, 'left'],
  [/\bdeparting\b(?!\s+for\b)/gi, 'leaving'],
  [/\bdepart\b(?!\s+for\b)/gi, 'leave'],
  // "the Iran program director quoted in the X story": the story says who it is; "is quoted in" asks who is.
  [/^(\s*who(?:['’]s|\s+is|\s+was)\s+the\s+(?!(?:only|other|one|person|people|non-)\b)(?:(?!\b(?:only|other|else|non-\p{L}+|person|people)\b)[^?,]){3,120}?)\s+(?:quoted|cited|mentioned|named|interviewed)\s+(?=in\s+(?:the|that|this)\s[^?]*?\b(?:story|article|piece|report|wire|dispatch|coverage)\b)/iu, '$1, '],
  // "which body reported overnight that X": which said it (a report of what someone says, not a story's reporting).
  [/\breported\s+((?:overnight|today|yesterday|earlier|later|on\s+\p{Lu}\p{Ll}+day)\s+)?that\b/giu, 'said $1that'],
  // "who had been the political chief of X": who was.
  [/^(\s*who)\s+had\s+been\s+(?=the\s)/iu, '$1 was '],
  // "After how long a stretch of raids had the toll reached 1,200?": how long the raids had gone on.
  [/^\s*after\s+(?=how\s+long\b|how\s+many\s+(?:days|weeks|months|years|hours)\b)/iu, ''],
  // "# of drones", "no. of troops": how many.
  [/(^|[\s:(])(?:#|no\.)\s*of\s+/giu, '$1how many '],
  // "…, relative to the date of the Reuters article from Annapolis": the story it is asked of, and its telling of the time.
  [/,?\s+relative\s+to\s+the\s+(?:date|day)\s+of\s+(the\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:article|story|piece|report|wire|dispatch|file)\b)/giu, ', in $1'],
  // "… — when was that, relative to the Capri meeting?": what "that" points back to, as the coverage tells its time from there; the meeting is not what is asked.
  [/(\bwhen\s+(?:was|is)\s+(?:that|it|this))\s*,\s*relative\s+to\s+(?:the|that|this)\s+(?!(?:date|day)\s+of\b)[^?,]{2,60}?(?=\s*\?*\s*$)/giu, '$1'],
  // A file note's abbreviations: "mil. commander", "last wk", "early hrs" (its stop ends a sentence before a capital).
  [/\bmil\.?(?=\s+\p{Ll})/giu, 'military'],
  [/\bwk\b\.?/gi, 'week'],
  [/\bwks\b\.?/gi, 'weeks'],
  [/\bhrs\b\.?(?!\s+\p{Lu})/giu, 'hours'],
  [/\bhrs\b(?=\.\s+\p{Lu})/gu, 'hours'],
  // A log's: "atk", "pers" (personnel), "tgt".
  [/\batks?\b\.?/gi, 'attack'],
  [/(?<=\d\s+(?:US\s+|U\.S\.\s+)?)pers\b\.?/giu, 'personnel'],
  [/\btgt\b\.?/gi, 'target'],
  // "W Iraq", "in N Israel": a compass point before a place.
  [/(?<=(?:^|[,(]\s*|\bin\s+))N\.?\s+(?=\p{Lu}\p{Ll}+)/gu, 'northern '],
  [/(?<=(?:^|[,(]\s*|\bin\s+))S\.?\s+(?=\p{Lu}\p{Ll}+)/gu, 'southern '],
  [/(?<=(?:^|[,(]\s*|\bin\s+))E\.?\s+(?=\p{Lu}\p{Ll}+)/gu, 'eastern '],
  [/(?<=(?:^|[,(]\s*|\bin\s+))W\.?\s+(?=\p{Lu}\p{Ll}+)/gu, 'western '],
  // A texted note's: "cmdr", "mtg", "addl", "govt", "dept", "pic", "photog", "~1200", a trailing "#?".
  [/\bcmdrs?\b\.?/gi, 'commander'],
  [/\bmtgs?\b\.?/gi, 'meeting'],
  [/\baddl\b\.?/gi, 'additional'],
  [/\bgovt\b\.?/gi, 'government'],
  [/\bdept\b\.?/gi, 'department'],
  [/\bpics?\b/gi, 'photo'],
  [/\bphotog\b\.?/gi, 'photographer'],
  // "dpa photo - photographer?": the credit asked of what the note names.
  [/^(\s*(?:@[\p{L}\d_]+[,:]?\s+)?)(?:the\s+)?([^?]{3,120}?)\s*(?:\s[—–-]+|:)\s*(photographer|reporter|writer|editor|author)s?\s*\?*\s*$/iu, '$1who is the $3 of the $2?'],
  [/~\s*(?=\d)/gu, 'about '],
  // "the gentleman in charge of the Pentagon (at the time)": its head, then.
  [/\b(?:the\s+)?(?:gentleman|man|woman|lady|person|fellow|guy|official|one)\s+in\s+charge\s+of\b/giu, 'the head of'],
  [/^(\s*who\s+(?:was|is)\s+the\s+head\s+of\s+[^,?]{2,60}?)\s+at\s+the\s+time\b/iu, '$1'],
  // "iran FM name": the name of the one so described.
  [/^(\s*)(?![^?]*\b(?:who|whom|whose|what|which|when|where|how)\b)([^?\-—–:.,]{3,80}?)(?<!\b(?:island|city|town|country|place|village|crossing|base|group|militia|agency|outlet|story|piece|ship|carrier|hotel|program|institute|operation|party)s?)\s+(?:full\s+)?name\s*\?*\s*$/iu, '$1who is the $2?'],
  [/^(\s*(?:@[\p{L}\d_]+[,:]?\s+)?)(?!how\b)([^?#]{3,120}?)\s*#\s*\?+\s*$/iu, '$1how many $2?'],
  [/\b(they|you)(re|ve|ll|d)\b/gi, "$1'$2"],
  [/\bthered\b/gi, 'there would'],
  [/\b(that|there|what)s\b/gi, "$1's"],
  [/\b(would|could|should|did|does|do|is|was|are|were|has|have|had|must|need)nt\b/gi, '$1 not'],
  [/\bwont\b/gi, 'will not'],
  // A negation written on ("won't", "didn't") meets the corpus's "will not", "did not".
  [/\bwon['’]t\b/gi, 'will not'],
  [/\bcan['’]t\b/gi, 'cannot'],
  [/\b(\p{L}+)n['’]t\b/giu, '$1 not'],
  [/\bcant\b/gi, 'cannot'],
  [/^(\s*(?:who|what|where|when|which|how))\s+r\b/i, '$1 are'],
  [/^(\s*(?:who|what|when|where|which|how))\s+the\s+(?:heck|hell)\b/i, '$1'],
  // "what exactly is it fought through", "who exactly said it": the asker's stress, no word of what is asked.
  [/^(\s*(?:who|what|when|where|which))\s+exactly\b/i, '$1'],
  [/\s+what\s+exactly\s*(\?*)\s*$/i, ' what$1'],
  // "what city was Blinken in for the presser": where he was.
  // (A country is asked of a place as where it lies: "which country is Vessa in".)
  [/^\s*(?:what|which)\s+(?:city|town|place)\s+(was|were|is|are)\s+((?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+)\s+in\b(?=\s*(?:[?,.!]|$|(?:for|during|at|on|when|while|last|this|that)\b))/iu, 'where $1 $2'],
];

/** The question without the words chat wraps it in: what a mention types is asked as plainly as a command. */
/**
 * A guess or hedge after the question: "…, was it the Americans?", "…, I'm thinking 2024?", "…, like a
 * hundred?", "…, if I remember right", "…? I think they did": the asker's own guess, which the
 * coverage confirms or not.
 */
const GUESS_AFTER = /\s*(?:[,;–—]|\s-|\?(?=\s*(?:i\b|i['’]m\b|maybe\b|probably\b)))\s*(?:(?:or\s+)?(?:was|is|were)\s+(?:it|they|he|she|that|this)\b|i\s+(?:think|thought|believe|guess|reckon)\b|i['’]?m\s+(?:thinking|guessing|pretty\s+sure)\b|if\s+i\s+(?:remember|recall)\b|maybe\b|probably\b|like\b|or\s+something\b|right\s*\?)[^,?]*\?*\s*$/i;

/**
 * "What's his name, and what post does he hold?", "who is X, and how is his name spelled there?", "— who, and with what title?":
 * a second question joined to a name asked, which the name answers first; "…, so I can keep name and title together": the asker's purpose.
 */
const SECOND_QUESTION = /(?<=\bname)\s*\??\s*,\s*and\s+(?:what|which|where|when|how|who)\b[^?]*\?\s*$|(?<=\bwho\b[^?]*?)\s*,\s*and\s+(?:how\s+(?:is|was)\s+(?:his|her|their|the)\s+name\s+(?:spelled|spelt|written|rendered|given)|(?:with\s+)?what\s+(?:title|position|role|post|job)\b|what\s+(?:is|was)\s+(?:his|her|their)\s+(?:title|position|role|post|job))[^?]*\?\s*$|\s*,\s*so\s+(?:that\s+)?(?:i|we)\s+can\b[^?]*\?\s*$/i;

/**
 * "Who's holding the hostages? Want the party named in the October article.", "…? My guess is before
 * he faced the press.": a question, then what the asker adds (a guess, what to read out, which story):
 * the question is asked, of the story the addition names.
 */
const QUESTION_THEN_ADDED = /^(\s*[^?]{8,300}\?)\s+((?:my\s+guess|i\s+(?:think|guess|believe|reckon|assume)|assuming|read\s+me|(?:i\s+)?want(?:ed)?\s+(?:the|a|his|her|their|to\s+know)|i\s+(?:do\s*n['’]?t|do\s+not)\s+want|i\s+(?:need|have)\s+to\s+(?:render|translate|spell|write|check|get)|pretty\s+sure|probably|maybe|thanks|thx|cheers|the\s+(?:[\p{L}-]+\s+){0,3}(?:piece|article|story|wire|report|dispatch)\s+(?:pegs|says|has|puts|ties))\b(?:[^?]{3,200}[.!]?)+)\s*$/iu;
/** "…? Give the court the day.", "…? Use the article's own words.", "…? The opening day, not the close.": an instruction after the question, which asks nothing more. */
const QUESTION_THEN_INSTRUCTION = /^(\s*[^?]{8,300}\?)\s+(?:give\s+(?:the\s+court|the\s+jury|us|me)|answer\s+the\s+question|(?:use|in|quote)\s+(?:the\s+(?:article|story|piece|report|wire)['’]s|its|their)\s+(?:own\s+)?(?:words|wording|phrasing|terms)|(?:just\s+|only\s+)?the\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*,?\s+not\s+(?:the|his|her|its|their|your)\s)[^?]{0,200}$/iu;
/** "… Name him.": who the remark describes, as "who is he?" asks. */
const NAME_HIM = /([.!])\s+(?:(?:name|identify)\s+(?:him|her|them|that\s+(?:person|guy|man|woman|one))|(?:state|give)\s+(?:his|her|their)\s+(?:full\s+)?name)\s*[.!?]*\s*$/iu;
/** "… Name that commander.": which commander the remark describes. */
const NAME_THAT = /([.!])\s+(?:name|identify)\s+(?:that|this|the)\s+(\p{L}{3,})\s*[.!?]*\s*$/iu;

/** "it was the Italian FM, not anybody in Washington, who let slip that X": a cleft naming whom it describes. */
const CLEFT = /\bit\s+(?:was|is)\s+((?:the\s+)?[^,.]{2,60}?)(?:\s*,\s*not\s+[^,]{2,60},)?\s+(?:who|that)\s+([^.!?]{4,240})[.!]\s+Who is he\?$/iu;

function questionAdded(input: string): string {
  const text = input.replace(QUESTION_THEN_INSTRUCTION, '$1');
  const added = QUESTION_THEN_ADDED.exec(text);
  if (added === null) return text;
  const story = STORY_SCOPE.exec(` ${added[2]!}`);
  return story === null ? added[1]! : `${added[1]!.replace(/\s*\?+\s*$/, '')}, ${story[0].replace(/^\s*,?\s*/, '')}?`;
}

/**
 * A cross-examiner's premise before the question: "Isn't it true that P? Who …", "I put it to you
 * that P. When …", "Let the record reflect P. Who …": P is a remark the question leans on, as a
 * statement before it would be (the premise's own question mark asks nothing).
 */
const PUT_PREMISE = /^\s*(?:(?:and|but|now|so)\s*,?\s+)?(?:(?:is\s*n['’]?t|is\s+not|was\s*n['’]?t|was\s+not)\s+it\s+(?:true|a\s+fact|the\s+case|correct|so)|is\s+it\s+not\s+(?:true|a\s+fact|the\s+case|correct)|i\s+put\s+it\s+to\s+you|let\s+the\s+record\s+(?:reflect|show|state)|(?:would\s+you|you\s+would)\s+agree|it\s+is\s+(?:true|a\s+fact))\s*,?\s*(?:that\s+)?(?=\S)([^?]{8,400}?)\s*[?.!]+\s+(?=\S)/iu;
/**
 * "Susan Heavey edited the Reuters Capri piece — who's listed on the editing credit?": the claim as
 * told to the claim checks (`claimChecked`), and the story it names kept with a question that names none.
 */
function sharedClaimAsked(text: string): string {
  const [claim, ...rest] = text.split(/\s+[—–]\s+/);
  const question = rest.join(' — ');
  const story = CLAIMED_STORY.exec(claim!)?.[0];
  const scoped = story === undefined || STORY_SCOPE.test(` ${question}`) ? question : `${question.replace(/\s*\?*\s*$/, '')}, in ${story}?`;
  return `${SHARED_FRAME}${claim}. ${scoped}`;
}

/** A story a claim names: "the Reuters Capri piece", "the dpa story". */
const CLAIMED_STORY = /\bthe\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:story|piece|article|report|dispatch|wire)\b/iu;

/** How a shared claim is told to the claim checks (`claimChecked`). */
const SHARED_FRAME = 'Someone posted that ';
/** What is shared online, with who shares it: "a post says", "viral tweet claims", "a reply in the thread claims", "fact-check queue: a post calls". */
const SHARED_CLAIM = /^\s*(?:[\p{L}-]+(?:\s+[\p{L}-]+)?\s*:\s*)?(?:(?:a|an|the|this|that|one)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:post|tweet|thread|reply|screenshot|clip|repost|caption|meme|video|rumou?r|comment|message|quote\s+card|label(?:\s+draft)?)s?\b(?:\s+(?:going\s+around|in\s+the\s+thread|on\s+[\p{L}]+))?\s+(?:says|said|claims|claimed|puts|labels|calls|attributes|suggests|insists|reads)\s+(?:that\s+)?/iu;
/** A cross-examiner's words to the witness inside a question: "who, precisely, said it", "when, witness, was …", "For the record, whose …". */
const TO_THE_WITNESS = /\s*,\s*(?:witness|counsel|precisely|for\s+the\s+(?:record|court|jury))\s*(?:,(?=\s)|(?=\?))|(?<=^|[.!?]\s+)(?:(?:and|but)\s+)?for\s+the\s+(?:record|court|jury)\s*,\s*|\s+for\s+the\s+(?:record|court|jury)(?=\s*[.!?]*\s*$)|(?<=^|[.!?]\s+)(?:and|but)\s+(?=(?:who|whom|whose|what|which|when|where|how|name)\b)/giu;

/** A remark that holds a question ("… says how many X are among Y"), then only its question word ("How many?"). */
const EMBEDDED_THEN_ASKED = /^(.{0,120}?)\b(how\s+(?:many|much|long|often)|who|whom|when|where|which|what)\b([^.?!]{3,240})[.?!]\s+(how\s+(?:many|much|long|often)|who|whom|when|where|which|what)\s*\?+\s*$/iu;

/** Courtesies that open a message: "Good afternoon.", "Hello dear,", "Pardon me,". */
const GREETING_SENTENCE = /^\s*(?:(?:good\s+(?:morning|afternoon|evening|day)|hello|hi|hey|pardon\s+me|excuse\s+me|sorry\s+to\s+bother\s+you)(?:\s+(?:dear|there|byline))?\s*[,.!:]\s*)+(?=\S)/iu;
/** A bracketed aside: three words or more in round brackets. */
const BRACKETED_ASIDE = /\s*\((?:[^()\s]+\s+){2,}[^()]*\)/gu;
/** A fond vocative: "what was his name, dear?". */
const DEAR = /\s*,\s*(?:my\s+)?dear\b(?=\s*[,?.!])/giu;
/** A sentence that speaks of the asker, not of the story: "My grandson says …", "I read it over breakfast.", "I'd like the date, please." */
const ABOUT_THE_ASKER = /(?<![\p{L}'’])(?:I|i|I['’](?:m|d|ve|ll)|i['’](?:m|d|ve|ll)|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|us|[Mm]ine)(?![\p{L}'’])/u;
/** A yes-or-no question or a guess after the question: "Netanyahu, is it?", "Was that recently?", "Did he say for how long?". */
const CHECKING_QUESTION = /^\s*(?:(?:and|or|but|so)\s+)?(?:(?:is|was|are|were|did|does|do|has|have|had|can|could|would|will|should)(?:n['’]t)?\b[^?]*|[^?]{1,60},\s*(?:is|was|were|are|did|does)(?:n['’]t)?\s+(?:it|that|he|she|they)|[^?]{1,60},\s*(?:right|correct|no))\s*\?+\s*$/iu;
/** Where a message's sentences break: not after a title's or a country's abbreviation ("Mr. Haniyeh", "the U.S. base"). */
const SENTENCE_BREAK = /(?<=[.?!])(?<!\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Gov|Pres|Prof|Jr|Sr|No|vs|etc|Sec|U\.S|U\.N|U\.K|E\.U)\.)\s+(?=\S)/u;
/** A courtesy that carries a question: "could you tell me who …", "do you know when …". */
const ASKS_THROUGH = /\b(?:tell|show|remind|know)\s+(?:me\s+|us\s+)?(?:who|whom|whose|what|which|when|where|how)\b/iu;
/** What the asker heard the paper say: "The paper said they were backed by Iran." */
const PAPER_SAID = /^\s*(?:the|that)\s+(?:paper|papers|news|radio|television|tv|telly|newspaper)\s+(?:said|says|mentioned|reported|had)\b/iu;
/** How many words a question must have for the same question word after it to be read as asking it again. */
const RESTATED_AFTER = 5;
/** How many words a check before the question may have to be dropped as bare ("Was that recently?"). */
const BARE_CHECK_WORDS = 4;
/** Thanks and blessings after the question. */
const THANKING = /^\s*(?:thank\s+you|thanks|many\s+thanks|much\s+obliged|bless\s+you|cheers|please)\b/iu;
/** A sentence that asks for something: a question word, not after a name ("who" of "the man who …" still asks in "… who that is?"). */
const ASKS = /(?:^|[\s,])(?:who|whom|whose|what|which|when|where|how)\b/iu;

/**
 * The question without the asides a chatty asker puts around it: a greeting before it; after it,
 * what the asker tells of themselves ("My grandson says he was there."), a guess or a yes-or-no
 * check ("Netanyahu, is it?"), thanks. A remark before the question stays: it says what is asked
 * about. Left whole when anything after the question is not such an aside.
 */
/** A skeptic's hedges, which doubt the coverage without changing what is asked: "supposedly", "so-called", "actually", "does the piece even name him". */
// (A lookbehind stands after the word it checks: tried at every position it would cost each parse tens of µs.)
const DOUBT_WORDS = /\s+(?:actually|really|conveniently|apparently|so-called)\b(?=\s+['‘"“]?\p{L})|(?:supposedly|allegedly)(?<=\b(?:did|does|do|was|were|is|are|has|have|had)\s+(?:it|they|he|she|this|that|the\s+[\p{L}-]+)\s+(?:supposedly|allegedly))\s+(?=\p{Ll})|\s+(?:exactly|precisely)(?=\s*\?)|,\s*(?:supposedly|allegedly|exactly)(?=\s*[?,—–])|even(?<=\b(?:does|did|do|is|was)\s+(?:it|they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+even)\s+/gu;
/** "when was it, if we believe dpa": by that source's telling. */
const IF_WE_BELIEVE = /,?\s*\bif\s+(?:we|you|i|one)\s+(?:believe|trust|go\s+by|take)\s+/giu;
/** "Does the piece say that, or who does it name as X?": the check before "or" gives way to the question after it. */
const CHECK_OR_ASKED = /(^|(?<!\b\p{Lu})[.!?]\s+)(?:is|was|are|were|does|did|do|has|have|had)\s+(?:[^\s?,]*[^\s?,.!]\s+){2,20}?[^\s?,]+,\s*or\s+((?:who|whom|whose|what|which|when|where|how)\b[^?]{6,}\?)/giu;
/** "…, and does the piece name him?", "…, or does it say?", "… — does it name the other side?": a check after the question asks nothing more. */
const CHECK_AFTER = /(?:,\s*(?:and|or)|\s[—–-]+)\s+(?:does|did|do|is|was|can|could)\s+(?:it|they|he|she|the\s+(?:[\p{L}-]+\s+){0,2}?(?:piece|story|article|report|coverage|wire))\b[^?]*\?\s*$/iu;
/** "X — did he call for it after Y, or before? When?": a check of the order before the question of when. */
const ORDER_CHECK = /(\s[—–-]+|:)\s+(?:did|was|were|is|does|do|had)\s+[^?]{3,150}?\b(?:before|after|earlier|later)\s*\?\s+(?=(?:when|(?:on\s+)?what\s+(?:day|date))\b)/giu;
/** "According to whom?", "reportedly by whom?", "By whom?": a question of a word or three that a fuller one after it asks again. */
const FRAGMENT_QUESTION = /(^|[.!?—–-]\s*)(?:(?:according\s+to|reportedly\s+by|by|from)\s+whom|who\s+says)\s*,?\s*\?\s+(?=(?:who|whom|whose|what|which|when|where|how)\b[^?]{6,}\?)/giu;

/**
 * A skeptic's question, its doubts set aside: the hedges dropped ("supposedly", "so-called", "if we
 * believe dpa" → "according to dpa"), a check that gives way to the question ("Does the piece say
 * that, or who does it name?"), the check after a question and a fragment a fuller question repeats.
 */
/** "I am the Italian minister who …. Who am I?", "I am America's top diplomat, and I cautioned …": a riddle of who the speaker plays. */
const RIDDLE = /^\s*I\s+(?:am|was)\s+((?:the|a|an)\s+[^?]{5,300}?|\p{Lu}[\p{L}'’.-]*['’]s\s+[^?]{5,300}?)\s*[.!,;]?\s*(?:so\s+)?(?:who|what)\s+am\s+I\s*\?*\s*$/iu;
/** The blank of a fill-in-the-blank prompt. */
const BLANK = /_{2,}|\[\s*blank\s*\]/i;
/** "Fill in the blank:", "Complete the sentence:": the prompt before the sentence with its blank. */
const BLANK_PROMPT = /^\s*(?:fill\s+in\s+the\s+blanks?|complete\s+(?:the|this)\s+(?:sentence|line|quote))\s*[:—–-]\s*/i;
/** "X, whose president is ___": the one asked for holds that post at X. */
const WHOSE_BLANK = /^(.{3,200}?)\s*,\s*whose\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:is|was)\s+(?:_{2,}|\[\s*blank\s*\])\s*[.?]*\s*(?:who\s*\?)?\s*$/iu;
/** "… has escalated in ___, per Reuters": a time left blank after its preposition. */
const TIME_BLANK = /\s+(?:in|on|at|since|during|until)\s+(?:_{2,}|\[\s*blank\s*\])(?=\s*[,.?]|\s*$)/iu;

/**
 * A quiz's prompt put as its question: the riddle "I am the X who …. Who am I?" asks who is the X
 * who …; "Fill in the blank: X, whose president is ___" who is X's president; "… has escalated
 * in ___" when it has. Other blanks are left to the question's own words.
 */
/** "the Capri wire (reuters one) -> italy's FM …: name?", "tel aviv presser piece / …": a story named as a note's label, an arrow or a slash, then what is asked of it. */
const STORY_ARROW = /^\s*((?:the\s+)?(?:[\p{L}\d'’.-]+\s+){0,4}?(?:wire|piece|story|article|report|dispatch|write-?up))(?:\s*\([^()]{1,30}\))?\s*(?:->|→|=>|\s\/)\s*(.{6,})$/iu;

/** A worksheet's number before its prompt: "3.", "Q4:", "(b)". */
const PROMPT_NUMBER = /^\s*(?:(?:q(?:uestion)?\s*)?\d{1,3}\s*[.):]|\(?[a-h]\))\s+/iu;
/** A worksheet's instructions on how to answer, which ask nothing: "Answer in a full sentence.", "Cite the paragraph.", "Identify him by name.", ", giving his full name". */
const HOW_TO_ANSWER = /(?:\s*[:,;]\s*|\s+)(?:answer\s+in\s+(?:a\s+)?(?:full|complete|single)\s+sentences?|cite\s+(?:the|your|a)\s+(?:paragraph|evidence|source|text|line)s?|identify\s+(?:him|her|them|it)\s+by\s+name|giv(?:e|ing)\s+(?:his|her|their|its|the)\s+full\s+names?|explain\s+your\s+(?:answer|reasoning)|be\s+specific|show\s+your\s+(?:work|evidence)|give\s+the\s+exact\s+(?:noun|word|phrase|words)\s+the\s+(?:author|article|passage|text)\s+uses)\s*[.!]?(?=\s|$)|^\s*(?:answer\s+in\s+(?:a\s+)?(?:full|complete)\s+sentences?|vocabulary(?:\s+(?:lesson|in\s+context|check))?)\s*:\s*/giu;
/** "Using evidence from the text,", "Using the dateline of the X passage,": where to look, which only names the story. */
const USING_EVIDENCE = /^\s*using\s+(?:(?:the\s+)?evidence\s+from\s+|the\s+(?:dateline|date\s+printed\s+beneath\s+the\s+headline|headline|credits?|caption)\s+of\s+)(?:the\s+text|(?:paragraph\s+\w+\s+of\s+)?(the\s+[^,]{2,60}?))\s*,\s*/iu;
/** "paragraph four of the second article", "the first paragraph of the X": a place in a story, which only names the story. */
const PARAGRAPH_OF = /\b(?:paragraph\s+(?:\d+|[a-z]+)|the\s+(?:first|second|third|fourth|fifth|sixth|last|final|opening|closing)\s+paragraph)\s+of\s+(?=the\s)/giu;
/** "the Annapolis passage": a passage of a worksheet is a story ("the passage of the bill" is not). */
const PASSAGE_AS_STORY = /\b(the|this|that)\s+((?:[\p{L}\d'’.-]+\s+){0,3}?)passage\b(?!\s+of\b)/giu;
/** "Read the credit line at the end of the second article.", "Look closely at the credits of X.": where to look, before the question. */
const LOOK_AT = /^\s*(?:read|look(?:\s+closely)?\s+at|re-?read|consider|examine)\s+([^.?!]{3,120})\.\s+(?=\p{Lu})/iu;
/** "Explain who he is", "Explain when X": the question the instruction asks. */
const EXPLAIN_WH = /(^|[.!?:]\s+)(?:explain|describe|state|tell\s+me)\s+(?=(?:who|when|where|which|what)\b)/giu;

/**
 * A worksheet's prompt put as its question: its number, how to answer and where to look left out,
 * the story it names kept ("Using evidence from the Annapolis passage, …" → "… in the Annapolis
 * article"), "passage" read as the story, "Explain who he is" as "who is he".
 */
function worksheetAsked(text: string): string {
  let asked = text.replace(PROMPT_NUMBER, '').replace(HOW_TO_ANSWER, ' ').replace(PASSAGE_AS_STORY, '$1 $2article').replace(PARAGRAPH_OF, '');
  const using = USING_EVIDENCE.exec(asked);
  if (using !== null) asked = `${using[1] === undefined ? '' : `According to ${using[1]}, `}${asked.slice(using[0].length)}`;
  const look = LOOK_AT.exec(asked);
  if (look !== null) {
    const story = /\b(?:of|in|from)\s+(the\s+(?:[\p{L}\d'’.-]+\s+){0,4}?(?:article|story|piece|report|wire))\b/iu.exec(look[1]!)?.[1];
    asked = `${story === undefined ? '' : `In ${story}, `}${asked.slice(look[0].length)}`;
  }
  const plain = asked.replace(AUTHOR_SCOPE, (_m, story: string | undefined, from: string | undefined, at: number) => `${at === 0 ? '' : ', '}${story !== undefined ? `in ${story}` : from !== undefined ? `in the story from ${from}` : ''}`.replace(/^,\s$/u, '')).replace(/^\s*,\s*/u, '').replace(EXPLAIN_WH, '$1').replace(IDENTIFY_WH, '$1').replace(IDENTIFY_THE, '$1who is the ').replace(IDENTIFY_DESCRIBED, (_m, start: string, described: string) => `${start}who is the ${described.trim()}?`).replace(CONFIRM_TIME, '$1when was ').replace(WHO_HE_IS, '$1who $3 $2');
  // "… Explain who he is." asks a question: it ends as one.
  const tidy = plain.replace(/\s{2,}/g, ' ').trim();
  return tidy !== text.trim() && /\b(?:who|whom|when|where|which|what|how)\b[^.?!]*[.]?$/i.test(tidy) ? tidy.replace(/\.?$/, '?') : tidy;
}
/** "according to the author (of the third article)", "according to the passage (from Capri)": the story's own telling, which only names the story. */
const AUTHOR_SCOPE = /,?\s*\b(?:[Aa]ccording\s+to|[Pp]er)\s+the\s+(?:author|writer|text|article|passage)(?:\s+of\s+(the\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:article|story|piece|report|wire))|\s+(?:from|about|on)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}))?\b(?![\p{L}'’-])(?!\s+(?:says|said|reports))/gu;
/** "…, identify when X", "identify who …": the question the instruction asks. */
const IDENTIFY_WH = /(^|,\s*|[.!?:]\s+)(?:identify|determine|state)\s+(?=(?:who|whom|when|where|which|what|how)\b)/giu;
/** "According to X, identify the Israeli prime minister …": who the one described is. */
const IDENTIFY_THE = /(,\s*)identify\s+the\s+/giu;
/** "Confirm the date of X", "Confirm DTG of X", "verify timing of X": when X was. */
const CONFIRM_TIME = /(^|[.!?:]\s+)(?:confirm|verify|establish|give|provide)\s+(?:the\s+)?(?:DTG|date-time\s+group|date\s+and\s+time|date|day|timing|time)\s+(?:of|for)\s+(?=\S)/giu;
/**
 * "RFI: identify Hezbollah leader who threatened …", "Identify the US official who …": who the one
 * described is (a description of three words or more; not "Identify principal."). The description runs
 * to its sentence's end or a bracket; what follows without a question word ("(Annapolis reporting).
 * Name only.") asks nothing more.
 */
const IDENTIFY_DESCRIBED = /(^|[.!?:]\s+)identify\s+(?:the\s+)?(?!(?:who|whom|when|where|which|what|how)\b)((?:[\p{L}'’-]+,?\s+){2,}[^.?!(;]*?)\s*(?:\([^()]*\)\s*)?(?:[.?!;](?![^?]*\b(?:who|whom|when|where|which|what|how)\b)[^?]*)?$/iu;
/** "who he is", "who that is", "who Italy's foreign minister is (in the Capri piece)": an embedded question put in a question's order. */
const WHO_HE_IS = /(^|[.!?:,]\s*)who\s+(he|she|they|it|that|this|(?:the|[\p{Lu}][\p{L}.-]*['’]s)(?:\s+[\p{L}'’.-]+){1,5}?)\s+(is|was|are|were)\b(?=\s*(?:$|[?.,;]|\s(?:in|per|according\s+to)\s))/giu;

/** "In the November one, …", "the Reuters one": a story called "one" where the message speaks of stories. */
const STORY_ONE = /\b(the\s+(?:[\p{L}\d'’.-]+\s+){0,3}?)one\b(?=\s*[,:;]|\s+(?:says?|names?|gives?|has|quotes?|calls?|mentions?)\b)/giu;
/** ", not the April Reuters one,", "not the Annapolis wire,": the story ruled out, which says nothing of the one asked. */
const NOT_THAT_STORY = /,?\s*\bnot\s+the\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:one|story|wire|piece|article|report)\b\s*,?/giu;
/** The last sentence, opened by the story it asks of: "In the Reuters story, when did …?", "Reuters Capri, not dpa: …". */
const SCOPED_LAST = /(?:^|[.!?;]\s+)((?:in|from|per|according\s+to)\s+the\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:story|wire|piece|article|report)\s*,\s*(?:who|whom|whose|what|which|when|where|how)\b[^?]{6,}\?)\s*$/iu;

/**
 * A fact-checker's question across the coverage: the story called "one" ("In the November one") is
 * the story; a story ruled out ("not the April one") goes; a question opened by its own story after
 * remarks comparing the stories is asked alone ("Both Capri stories cover it. In the Reuters story,
 * when did …?").
 */
function acrossStories(text: string): string {
  if (!/\b(?:story|stories|wire|piece|pieces|article|articles|report)\b/i.test(text)) return text;
  const named = text.replace(STORY_ONE, '$1story').replace(NOT_THAT_STORY, (m) => (/,\s*$/.test(m) && /^\s*,/.test(m) ? ', ' : ' '));
  return SCOPED_LAST.exec(named)?.[1] ?? named;
}

/** A citation in brackets: "(Reuters, 2024)", "(Political IQ, 2023)", "(Apr. 2024)", "(Reuters, Aug. 2024)". */
const CITATION = /\s*\((?:(\p{Lu}[\p{L}.'’ -]{1,30}?),\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?\d{4}\)/gu;
/** "What temporal placement is assigned to X", "at what point is X temporally placed", "on which day is X temporally situated". */
const TEMPORAL_PLACEMENT = /^\s*(?:what|which)\s+(?:is\s+the\s+)?temporal\s+(?:placement|location|position|situation)\s*(?:is\s+(?:assigned|given))?\s*(?:,\s*[^,]{3,80},\s*)?\s*(?:to|of|for)\s+(?:the\s+)?/iu;
const TEMPORALLY = /^\s*(at\s+what\s+point|when|(?:on\s+)?(?:what|which)\s+(?:day|date))\s+(?:is|are|was|were)\s+(.{3,200}?)\s+temporally\s+(?:placed|situated|located|positioned)\s*([?.]*)\s*$/iu;
/** "to which Italian official is the assertion attributed that X", "the assertion that X is attributed to which official": who said X. */
const ASSERTION_ATTRIBUTED = /^\s*(?:(?:to|with)\s+)?(which\s+[\p{L}' -]{2,40}?|whom)\s+(?:is|was)\s+the\s+(?:assertion|claim|statement|remark|characteri[sz]ation|contention|view|observation)\s+(?:of\s+)?(?:attributed|credited)\s+(?:that\s+)?(.+?)\s*\?*\s*$/iu;
const ATTRIBUTED_TO_WHICH = /^\s*(?:the\s+)?(assertion|claim|statement|remark|characteri[sz]ation|contention|figure|estimate|count|toll|line|quote|words|comment|warning)?\s*(.{3,200}?)\s+(?:is|was|are|were)\s+(?:attributed|credited)\s*,?\s*(?:[^,]{3,60},\s*)?\s+to\s+(which\s+[\p{L}' -]{2,40}?|whom)\s*(?:,\s*(?:referred\s+to|described)\s+there\s+as\s+([^?]{3,60}?))?\s*\?*\s*$/iu;

/**
 * A researcher's question put plainly: its citations in brackets read as the story ("(Reuters,
 * 2024)" → "in the Reuters story") or dropped ("(Apr. 2024)"); "what temporal placement is
 * assigned to X" → "when was X"; "to which official is the assertion attributed that X" → "which
 * official said that X"; "X is attributed to which organisation" → "which organisation was behind X"
 * (a figure or a claim: "which … said X").
 */
function scholarlyAsked(text: string): string {
  const named = /\b(?:story|report|dispatch|piece|article|wire|account)\b|\b(?:per|according\s+to)\s+\p{Lu}/iu.test(text.replace(CITATION, ''));
  const cited = text.replace(CITATION, (_m, source?: string) => (source === undefined || named ? '' : ` in the ${source.trim()} story`)).replace(ACCOUNT, '$1story');
  // "In the Reuters account of X, to which official …": the opening clause names the story (kept after the question) or only the purpose ("For purposes of image citation").
  const lead = SCHOLARLY_LEAD.exec(cited);
  const rest = lead === null ? cited : cited.slice(lead[0].length);
  const asked = scholarlyRest(rest);
  if (lead === null) return asked;
  // A lead of purpose only ("For purposes of image citation", "With respect to editorial responsibility") goes;
  // any other ("In the Annapolis dispatch", "According to Tajani") stays, after the question it opened.
  if (PURPOSE_LEAD.test(lead[1]!)) return asked;
  return asked === rest ? cited : `${asked.replace(/\s*\?+\s*$/, '')}, ${lead[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}?`;
}
const PURPOSE_LEAD = /^\s*(?:for\s+(?:the\s+)?(?:purposes?\s+of|[\p{L}-]+\s+purposes)|with\s+(?:respect|regard)\s+to|as\s+regards|regarding)\b/iu;
/** "the Reuters account of the Capri proceedings": an account is the story. */
const ACCOUNT = /\b(the\s+(?:[\p{L}\d'’.-]+\s+){0,2}?)account\b/giu;
/** An opening clause before the question: "In the Annapolis dispatch,", "For purposes of image citation,", "With respect to editorial responsibility,". */
const SCHOLARLY_LEAD = /^\s*((?:in|per|according\s+to|for|with\s+respect\s+to|with\s+regard\s+to|regarding|as\s+regards)\s+[^,?]{3,100}),\s*(?=(?:to|with|on|at|in|what|which|who|whom|when)\b)/iu;

/** "to whom is the photograph accompanying X credited?": who took it; "to whom is X credited" otherwise who is credited with X. */
const TO_WHOM_CREDITED = /^\s*to\s+whom\s+(?:is|was|are|were)\s+(.{3,160}?)\s+(?:credited|attributed)\s*\?*\s*$/iu;

function scholarlyRest(text: string): string {
  const credited = TO_WHOM_CREDITED.exec(text);
  if (credited !== null) return /\b(?:photo|photograph|picture|image)s?\b/i.test(credited[1]!) ? `who took ${credited[1]}?` : `who is credited with ${credited[1]}?`;
  let asked = text;
  const placed = TEMPORALLY.exec(asked);
  if (placed !== null) asked = `${/point/i.test(placed[1]!) ? 'when' : placed[1]} was ${placed[2]}?`;
  asked = asked.replace(TEMPORAL_PLACEMENT, 'when was the ');
  const assertion = ASSERTION_ATTRIBUTED.exec(asked);
  if (assertion !== null) return `${assertion[1] === 'whom' ? 'who' : assertion[1]} said that ${assertion[2]}?`;
  const attributed = ATTRIBUTED_TO_WHICH.exec(asked);
  if (attributed !== null) {
    const [, saying, thing, which, described] = attributed as unknown as [string, string | undefined, string, string, string | undefined];
    const who = which === 'whom' ? 'who' : which;
    if (described !== undefined) return `who is ${described.replace(/^['‘"“]|['’"”]$/g, '')} who said ${thing.replace(/^of\s+/i, '')}?`;
    return saying !== undefined ? `${who} said ${thing.replace(/^of\s+/i, '')}?` : `${who} was behind ${/^(?:the|a|an)\s/i.test(thing) ? thing : `the ${thing}`}?`;
  }
  return asked;
}

/** A keyword query's question word at its end: "us fighter jets how many sent", "iraq attacks since when", "critic works where", "g7 condemned what". */
const TRAILING_WH = /^(?!\s*(?:who|whom|whose|what|which|when|where|why|how|did|does|do|is|are|was|were|has|have|had)\b)([^?,.;:—–]{3,80}?)(?<!\s-)\s+(how\s+many|how\s+much|since\s+when|when|where|what|who)((?:\s+\p{Ll}+)?)\s*\?*\s*$/iu;
/** "who gaza death toll nearly 1200 source": who is the source of it. */
const KEYWORD_SOURCE = /^\s*who\s+([^?,.;:]{3,80}?)\s+source\s*\?*\s*$/iu;
/** "who <title>" with no verb: up to five words ending in the title's head, and "now" or "currently" after it. */
const KEYWORD_TITLE = /^\s*who\s+((?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+)\s*\?*\s*$/iu;
/** How many words a keyword query has at most. */
const KEYWORD_QUERY = 10;

/**
 * A keyword query put as a question: its question word, written last, first ("us fighter jets how
 * many sent" → "how many us fighter jets sent"); "who X source" → "who is the source of the X".
 */
function keywordsAsked(text: string): string {
  if (words(text).length > KEYWORD_QUERY) return text;
  const source = KEYWORD_SOURCE.exec(text);
  if (source !== null) return `who is the source of the ${source[1]}?`;
  // "who iran supreme leader now", "who italy foreign minister": a title without its verb asks who holds it.
  const titled = KEYWORD_TITLE.exec(text.replace(/\s+(?:now|today|currently)(?=\s*\?*\s*$)/i, ''));
  const titleWords = titled === null ? [] : words(titled[1]!);
  // No verb among its words ("who serves as America's top diplomat" asks by its verb).
  const verbless = titleWords.slice(0, -1).every((word) => pastBase(word) === undefined && !/^\p{Ll}+s$/u.test(word) && !LIGHT_VERBS.has(word.toLowerCase()));
  if (titled !== null && verbless && ROLE_HEADS.has(titleWords.at(-1)!.toLowerCase())) return `who is the ${titled[1]}?`;
  const trailing = TRAILING_WH.exec(text);
  // "tajani is who exactly", "the attack wounded how many": asked in place, after its verb (see `IN_SITU`).
  const before = trailing === null ? '' : (words(trailing[1]!).at(-1)?.toLowerCase() ?? '');
  // A query of no words before its question word ('" " who') has nothing to ask of.
  if (trailing !== null && before === '') return text;
  if (trailing === null || /^(?:is|was|are|were|be|been)$/.test(before) || pastBase(before) !== undefined || PREPOSITIONS.has(before) || /^(?:by|on|to|for|with|from|in|at|of|about|against|thru|out|up|down)$/.test(before)) return text;
  return `${trailing[2]!.toLowerCase()} ${trailing[1]}${trailing[3]}?`;
}

/**
 * "Annapolis wire. …", "Re: Capri file (Reuters). …", "dpa G7 file: …": a note's opening tag for the
 * story it is filed under. Up to four words before the story's noun, a bracketed outlet or title and
 * a ", credit block" after it; the question follows a point or a colon.
 */
const STORY_TAG = /^\s*(?:re:\s*)?((?:[\p{L}\d'’‘.-]+\s+){0,4}?)(?:(?:file|wire|dispatch)(?:\s*\(([^()]{1,40})\))?(?:\s*,\s*[^.:?,]{1,30})?\s*[.:]|(?:story|article|piece|report)\s*\.)\s+(?=\S)/iu;
/** A note's last sentence that says what to fill in: "Full name?", "ID the deceased.", "Date?", "Photographer of record?". */
const NOTE_REQUEST = /^\s*((?:full\s+)?name(?:\s+for\s+the\s+(?:file|record))?|id(?:\s+the\s+\p{L}+)?|when(?:\s+\p{Ll}+)?|identify(?:\s+(?:the\s+)?\p{L}+)?|(?:loss\s+)?date|timing(?:\s+of\s+\p{L}+)?(?:\s+relative\s+to\s+(?:the\s+)?(?:report|story|article)(?:['’]s)?\s+date)?|time\s+of\s+\p{L}+|(?:claimant|party)\s*\/\s*speaker|speaker|duration|(\p{L}+)\s+of\s+record)((?:,?\s+(?:per|in|from|according\s+to)\s+[^?,]{0,50}?\b(?:article|story|piece|report|wire|file|dispatch))?)\s*[?.]*\s*(?:\([^()]{3,100}\))?\s*$/iu;
/** A request for a name: "full name", "ID", "identify", "photographer of record". */
const NAME_REQUEST = /^(?:(?:full\s+)?name|id\b|identify|\p{L}+\s+of\s+record)/iu;
/** The same request after a dash at a sentence's end: "Israeli PM now heading … - name for the file?". */
const DASHED_REQUEST = /\s+[-–—]+\s+(?=[^-–—]{2,60}$)/u;
/** A note's field label before its entry: "Loss date? …", "Deceased: …", "Statement on record: …", "Exhibit: …". */
const NOTE_LABEL = /^\s*((?:[\p{L}-]+\s+){0,3}?(?:date|event|deceased|exhibit|statement(?:\s+on\s+record)?|claimant|incident|subject|person))\s*[:?]\s+(?=\S)/iu;
/** "Party that seized …", "Party responsible for …", "Party Iran blamed for …", "Party making statement", "Source of record for …". */
const NOTE_PARTY = /^\s*(?:[Tt]he\s+)?(?:[Pp]art(?:y|ies)\s+(?:(that|who|which)\s+|(responsible)\b\s*(?:for\s+)?|(making)\s+(?:the\s+)?statement\b|(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)\s+(\p{Ll}+ed)\b\s*)|([Ss]ource|[Oo]riginator)(?:\s+of\s+record)?\s+(?:for|of)\s+)/u;
/** Where a note's sentence ends: a point after a word of two letters or more (not "U.S." or "mil."), before a capital. */
const NOTE_BREAK = /(?<=\p{Ll}{2}|\d|['’"”)])[.?!]\s+(?=[\p{Lu}'‘"“])|\?\s+/u;

/** "Hamas cross-border attack on Israel", "Rocket attack, al Asad airbase": an event a note names without its article, with it. */
function theEvent(described: string): string {
  if (/^(?:the|a|an|this|that|these|those|his|her|its|their|\p{L}+['’]s?)\s/iu.test(described)) return described;
  return `the ${lowerCommon(described)}`;
}

/** "Ferry fire, Porto pier", "Harbour master now …": a note's capital on a common word is only its first letter's; a name's stays. */
function lowerCommon(described: string): string {
  const [first = '', second = ''] = words(described);
  const kind = wordClass(first.toLowerCase());
  return kind === 'common' || (kind === undefined && /^\p{Ll}/u.test(second)) ? described.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()) : described;
}

/**
 * A claim file's note put as its question: "Annapolis wire. Deceased: Hamas political leader,
 * assassinated in Tehran. Full name?" → "who was the Hamas political leader, assassinated in Tehran,
 * in the story about Annapolis?"; "Loss date? Rocket attack, al Asad airbase." → "when was rocket
 * attack, al Asad airbase?"; "Statement on record: '…' - claimant/speaker?" → "who said '…'?". The
 * story tag is kept as the question's story; a note without a tag, label, party or request is left as it is.
 */
function fileNoteAsked(text: string): string {
  // A note has a tag, a label or a request set off by a point, a question mark or a colon, or opens with its party.
  if (!/[.:?]\s+\S|^\s*(?:the\s+)?(?:part(?:y|ies)|source|originator)\b/iu.test(text)) return text;
  const tag = STORY_TAG.exec(text);
  if (text.includes('|') || /^\s*(?:who|whom|whose|what|which|when|where|how)\b/i.test(text)) return text;
  // "Oct 2023 file": a month or a year says little of which story it is (a story need not give its date), a name does.
  const story = tag === null ? '' : words(`${tag[1]!} ${tag[2] ?? ''}`.replace(/['‘’](?=\s|$)|(?<=\s|^)['‘’]/g, '')).filter((word) => !/^\d+$/.test(word) && wordClass(word.toLowerCase().replace(/\.$/, '')) !== 'calendar' && !/^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i.test(word)).join(' ');
  // "(reported, unconfirmed)", "(article ties it to …)": a bracketed remark in small letters hedges; "(Italy FM)", "(SecDef)" name.
  // "Gazette wire: who edits?": a headline's label before a question of its own, which the headline rules read.
  if (tag !== null && /:\s*$/.test(tag[0]) && /^\s*(?:who|whom|whose|what|which|when|where|how)\b/i.test(text.slice(tag[0].length))) return text;
  const note = (tag === null ? text : text.slice(tag[0].length)).replace(/\s*\((?=\p{Ll})[^()]{2,120}\)/gu, '');
  const sentences = note.split(NOTE_BREAK).map((sentence) => sentence.replace(/\s*[?.!]+\s*$/, '').trim()).filter((sentence) => sentence !== '');
  // The request may close the note as a sentence of its own or after a dash.
  const last = sentences.at(-1) ?? '';
  const dash = DASHED_REQUEST.exec(last);
  // Or open it: "Loss date? Rocket attack, al Asad airbase."
  const first = sentences.length > 1 ? NOTE_REQUEST.exec(sentences[0]!) : null;
  const request = NOTE_REQUEST.exec(last) ?? (dash === null ? null : NOTE_REQUEST.exec(last.slice(dash.index + dash[0].length))) ?? first;
  const entries = request === null ? sentences : request === first ? sentences.slice(1) : NOTE_REQUEST.test(last) ? sentences.slice(0, -1) : [...sentences.slice(0, -1), last.slice(0, dash!.index)];
  // "Duration of X as of Y", "Date of X": the request written as the entry's head.
  const headed = request === null ? /^(duration|date|timing|time)\s+of\s+/i.exec(entries[0] ?? '') : null;
  // With a request, any short label before a colon only says what kind of entry follows ("Expert witness: director, …").
  const label = NOTE_LABEL.exec(entries[0] ?? '') ?? (request === null || !NAME_REQUEST.test(request[1]!) ? null : /^\s*((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*:\s+(?=\S)/u.exec(entries[0] ?? ''));
  const partyAt = entries.findIndex((entry) => NOTE_PARTY.test(entry));
  const scope = story === '' ? '' : `, in the story about ${story}`;
  // A request alone ("harbour minister who closed the port — name.") is a tasking's, which its own rules read.
  if (tag === null && label === null && partyAt < 0 && (request === null || request !== first)) return text;
  if (request === null && headed === null && label === null && partyAt < 0) return tag === null || story === '' ? text : `${note.replace(/\s*[?.!]*\s*$/, '')}${scope}?`;
  const asks = (request?.[1] ?? headed?.[1] ?? '').toLowerCase();
  const labelled = label?.[1]!.toLowerCase() ?? '';
  const ofRecord = (value: string) => value.replace(/\s+on\s+record\s+that\b/gi, ' who said that').replace(/\s+of\s+record\b/gi, '');
  // What the note is about: its entries other than the party's, without the label, as one description.
  const described = entries.filter((_, i) => i !== partyAt).map((entry, i) => (i === 0 && label !== null ? entry.slice(label[0].length) : entry)).join(', ').trim();
  const party = partyAt < 0 ? null : NOTE_PARTY.exec(entries[partyAt]!);
  const partyRest = party === null ? '' : ofRecord(entries[partyAt]!.slice(party.index + party[0].length)).trim();
  let asked: string | undefined;
  if (/statement/.test(labelled) && (party?.[3] !== undefined || /speaker|name|identify|^id\s/.test(asks))) asked = `who said ${described}`;
  else if (/^duration$/.test(asks) || /^duration\s+of\s+/i.test(described)) asked = `how long ${described.replace(/^duration\s+of\s+/i, '')}`;
  else if (/^when\s/.test(asks)) asked = `when was ${described} ${asks.slice(5)}`;
  else if (/date|timing|time\s+of|^when$/.test(asks) || /date/.test(labelled)) {
    // "Blinken departs to meet …": a named doer and a verb in the present, asked as what they did; anything else as an event.
    const doing = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\p{Ll}+)s\s+(?=\p{Ll})/u.exec(described);
    asked = doing !== null && !/(?:ss|us|is)$/.test(`${doing[2]!}s`) ? `when did ${doing[1]!}${doing[2]!} ${described.slice(doing[0].length)}` : `when was ${theEvent(described.replace(/^(?:the\s+)?(?:date|timing|time)\s+of\s+/i, ''))}`;
  } else if (party !== null) {
    const about = partyRest === '' || /^(?:per|according\s+to)\b/i.test(partyRest) ? `${described}${partyRest === '' ? '' : `, ${partyRest}`}` : partyRest;
    if (party[1] !== undefined) asked = `who ${partyRest}`;
    else if (party[2] !== undefined) asked = `who was responsible for ${about}`;
    else if (party[3] !== undefined) asked = `who made the statement ${partyRest}`;
    else if (party[6] !== undefined) asked = `who is the ${party[6].toLowerCase()} of ${partyRest}`;
    else asked = `whom did ${party[4]!} ${pastBase(party[5]!) ?? party[5]!} ${partyRest}`;
  } else if (request?.[2] !== undefined) asked = `who is the ${request[2].toLowerCase()} of ${described.replace(/^the\s+/i, '')}`;
  else if (request !== null || /deceased|person|claimant|subject/.test(labelled)) asked = `who ${/deceased/.test(labelled) ? 'was' : 'is'} the ${lowerCommon(ofRecord(described).replace(/^the\s+/i, ''))}`;
  // "Name per Oct 2023 solidarity-trip article?": the source the request names stays with the question.
  const source = request?.[3]?.trim() ?? '';
  return asked === undefined ? text : `${asked.trim().replace(/\s*,\s*$/, '')}${scope}${source === '' ? '' : `, ${source.replace(/^,\s*/, '')}`}?`;
}

/** A checklist item's number before its request: "Item 1(a) —", "5(c)", "13 —", "Checklist item A-1:", "N-10:". */
const CHECKLIST_ITEM = /^\s*(?:(?:checklist\s+)?item\s+)?(?:\p{Lu}-)?\d+(?:\.\d+)?(?:\s*\([a-z\d]\))?\s*(?:[—–:.-]+\s*)?(?=\p{L})/iu;
/** "State the name of X", "Indicate the identity of X", "Verify the name of the person identified in the article as X". */
const CHECKED_NAME = /^\s*(?:confirm|verify|state|indicate|establish)\s+(?:the\s+)?(?:name|identity)\s+of\s+(?:the\s+(?:person|official|individual)\s+(?:identified|described|named|referred\s+to)\s+(?:in\s+[^,]{3,60}?\s+)?as\s+)?/iu;
/** "Confirm whether the X article names the Y; if so, state the name.": who the Y is, in the X article. */
const WHETHER_NAMES = /^\s*(?:confirm|verify|state|indicate|establish)\s+whether\s+(the\s+.{2,60}?\b(?:article|story|piece|report|dispatch))\s+(?:names|identifies|gives)\s+(?:the\s+name\s+of\s+)?(.{3,200}?)\s*[;,]\s*if\s+so\b.*$/iu;
/** "Identify the body which, per X, condemned Y": which body did. */
const IDENTIFY_WHICH = /^\s*identify\s+the\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:which|that)\b\s*/iu;

/**
 * A compliance checklist's item put as its request, for the request rules (`imperativeAsked`) to
 * read: the item's number goes ("Item 1(a) —", "5(c)", "A-7:"); "the Subject Article (dpa, Capri)" is
 * the story so described; "Confirm whether the X article names the Y; if so, state the name." asks who
 * the Y is, in the X article; "State the name of X" who X is; "Identify the body which X" which body X.
 */
function checklistAsked(text: string): string {
  if (!/^\s*(?:(?:checklist\s+)?item\b|\p{Lu}-\d|\d|confirm|verify|state|indicate|establish|identify|specify)/iu.test(text)) return text;
  const numbered = CHECKLIST_ITEM.exec(text);
  const item = (numbered === null ? text : text.slice(numbered[0].length)).replace(/\bthe\s+subject\s+(article|story|dispatch|photograph|photo)\s*\(([^()]{2,40})\)/giu, (_m, noun: string, source: string) => `the ${source.replace(/\s*,\s*/g, ' ')} ${noun.toLowerCase()}`).replace(/\bthe\s+subject\s+(article|story|dispatch|photograph|photo)\b/giu, (_m, noun: string) => `the ${noun.toLowerCase()}`);
  const plain = item.replace(/\s*[.;]+\s*$/, '');
  const whether = WHETHER_NAMES.exec(plain);
  if (whether !== null) return `who is ${whether[2]!.replace(/^(?!the\s)/i, 'the ')}, in ${whether[1]!}?`;
  const name = CHECKED_NAME.exec(plain);
  if (name !== null) return `who is ${plain.slice(name[0].length).replace(/^(?!the\s|\p{Lu})/iu, 'the ')}?`;
  const which = IDENTIFY_WHICH.exec(plain);
  if (which !== null) return `which ${which[1]!} ${plain.slice(which[0].length)}?`;
  if (numbered === null) return text;
  // "indicate the crossing through which X": the crossing so described, which the passage that tells X names.
  const described = /^\s*(?:confirm|verify|state|indicate|establish|specify)\s+(?=the\s+[\p{L}-]+\s+(?:through|in|at|to|from|by|on|with|for|of)\s+which\b)/iu.exec(plain);
  // A time noun ("the day on which X", "the time frame in which X") is the request rules' (`imperativeAsked`) to read.
  const noun = /^\s*\S+\s+the\s+([\p{L}-]+)/u.exec(plain)?.[1]?.toLowerCase() ?? '';
  if (/^(?:time|period|date|day|year|month|hour|moment)$/.test(noun)) return item;
  if (described !== null) return `${plain.slice(described[0].length)}.`;
  // "confirm the outlet that ran X": which outlet ran X.
  const thing = /^\s*(?:confirm|verify|state|indicate|establish|specify)\s+the\s+([\p{L}-]+)\s+(?:that|which|who)\s+/iu.exec(plain);
  if (thing !== null) return `which ${thing[1]!} ${plain.slice(thing[0].length)}?`;
  return item;
}

function quizAsked(text: string): string {
  const riddle = RIDDLE.exec(text);
  // "…, and I cautioned …": what the speaker did describes them.
  if (riddle !== null) return `who is ${riddle[1]!.replace(/,?\s+and\s+I\s+/i, ' who ').replace(/\s*[.!,;]+$/, '')}?`;
  if (!BLANK.test(text)) return text;
  const sentence = text.replace(BLANK_PROMPT, '');
  const whose = WHOSE_BLANK.exec(sentence);
  if (whose !== null) return `who is the ${whose[2]} of ${whose[1]!.replace(/^.*\b(?:at|of|for|with|from|in)\s+(?=(?:the\s+)?\p{Lu})/u, '')}?`;
  if (TIME_BLANK.test(sentence)) return `when ${lowerOpening(sentence.replace(TIME_BLANK, '').replace(/\s*[.?!]*\s*$/, ''))}?`;
  return sentence === text ? text : sentence;
}

function doubtsDropped(text: string): string {
  // "Does the Annapolis piece say that, or who does it name …": "it" is the story the check names.
  const checkedOr = (_m: string, start: string, asked: string, offset: number, whole: string) => {
    const story = /^(?:is|was|are|were|does|did|do|has|have|had)\s+(the\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:piece|story|article|report|coverage|wire))\b/iu.exec(whole.slice(offset + start.length))?.[1];
    return `${start}${story === undefined ? asked : asked.replace(/\b(does|did|do)\s+it\b/i, `$1 ${story}`)}`;
  };
  return text.replace(DOUBT_WORDS, '').replace(IF_WE_BELIEVE, ', according to ').replace(CHECK_OR_ASKED, checkedOr).replace(CHECK_AFTER, '?').replace(FRAGMENT_QUESTION, '$1').replace(ORDER_CHECK, '$1 ');
}

function withoutAsides(input: string): string {
  // "Mr. Blinken": a courtesy title's point ends no sentence (and "Mr Blinken" is how titles are matched).
  // "(for my list of sources)", "(late July, by my reckoning)": a bracketed aside of three words or more asks nothing; "(G7)" stays.
  const text = input.replace(GREETING_SENTENCE, '').replace(DEAR, '').replace(/\b(Mr|Mrs|Ms|Dr)\.(?=\s+\p{Lu})/gu, '$1').replace(BRACKETED_ASIDE, '');
  const sentences = text.split(SENTENCE_BREAK);
  // "Could you tell me who that is?" asks who; "Did he say for how long?" only checks.
  const isCheck = (sentence: string) => CHECKING_QUESTION.test(sentence) && !ASKS_THROUGH.test(sentence);
  const main = sentences.findIndex((sentence) => /\?\s*$/.test(sentence) && ASKS.test(sentence) && !isCheck(sentence));
  if (main < 0) return text;
  const after = sentences.slice(main + 1);
  // "who is Iran pinning it on? who's getting flagged for the foul": the same question again, in other words.
  const wh = (sentence: string) => /^\s*(who|whom|whose|what|which|when|where|how)\b/i.exec(sentence)?.[1]?.toLowerCase();
  const again = (sentence: string) => wh(sentence) !== undefined && wh(sentence) === wh(sentences[main]!) && words(sentences[main]!).length >= RESTATED_AFTER;
  const aside = (sentence: string) => again(sentence) || isCheck(sentence) || THANKING.test(sentence) || PAPER_SAID.test(sentence) || (ABOUT_THE_ASKER.test(sentence) && !(/\?\s*$/.test(sentence) && ASKS.test(sentence)));
  if (!after.every(aside)) return text;
  // Before it, only a bare check ("Was that recently?"): one that says something ("Is it right that X happened?") is the question's remark.
  const before = sentences.slice(0, main).filter((sentence) => !isCheck(sentence) || words(sentence).length > BARE_CHECK_WORDS);
  // "Could you tell me who that is, please?": the courtesy goes, the question's words in question order.
  const courteous = POLITENESS.exec(sentences[main]!);
  const question = (courteous === null ? sentences[main]! : sentences[main]!.slice(courteous[0].length).replace(EMBEDDED_ORDER, '$1 $3 $2').replace(/^\s*(who|what)\s+(that|this|it|he|she)\s+(is|was)\b/i, '$1 $3 $2')).replace(/\s*,?\s*(?:if\s+you\s+)?please\s*(?=\?)/i, '').replace(/\s*,\s*by\s+name\s*(?=\?)/i, '');
  // An aside may name the story asked of ("I read it in the October piece.").
  const story = after.map((sentence) => STORY_SCOPE.exec(` ${sentence}`)).find((scope) => scope !== null);
  const asked = story === undefined || STORY_SCOPE.test(` ${question}`) ? question : `${question.replace(/\s*\?+\s*$/, '')}, ${story[0].replace(/^\s*,?\s*/, '')}?`;
  return [...before, asked].join(' ');
}

function withoutChatter(raw: string): string {
  const aside = withoutAsides(doubtsDropped(quizAsked(acrossStories(scholarlyAsked(worksheetAsked(keywordsAsked(formAsked(fileNoteAsked(checklistAsked(blankFieldAsked(raw)))))))))));
  // "The X passage refers to a leader who did Y. Explain who he is.": asked of the telling before any remark is read.
  const input = storyTellingAsked(aside) ?? remarkCounted(aside) ?? aside;
  const premise = PUT_PREMISE.exec(input);
  const premised = premise === null ? input : `${premise[1]!.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())}. ${input.slice(premise[0].length)}`;
  // "a post says X — who really said it?": a claim to check, told as someone's, then the question.
  const posted = SHARED_CLAIM.exec(premised);
  const checked = posted === null || !/\s[—–]\s/.test(premised) ? premised : sharedClaimAsked(premised.slice(posted[0].length));
  const text = checked.replace(TO_THE_WITNESS, '').replace(/,\s*\?/g, '?');
  // "The piece says how many Americans are among the hostages. How many?": the question the remark holds.
  const embedded = EMBEDDED_THEN_ASKED.exec(text);
  const asked = embedded !== null && embedded[2]!.toLowerCase().replace(/\s+/g, ' ') === embedded[4]!.toLowerCase().replace(/\s+/g, ' ') ? withStoryOf(`${embedded[1]!.trim()}.`, `${embedded[2]!}${embedded[3]!}?`) : text;
  const named = asked.replace(NAME_HIM, '$1 Who is he?').replace(NAME_THAT, '$1 Which $2 was that?');
  // "It was the Italian FM who let slip X. Name him.": which Italian FM let slip X.
  const cleft = CLEFT.exec(named);
  const unguessed = questionAdded(cleft === null ? named : `who is ${cleft[1]!.replace(/^(?!the\s)/i, 'the ')} who ${cleft[2]!}?`).replace(GUESS_AFTER, '?').replace(SECOND_QUESTION, '?');
  const bare = unguessed.replace(GREETING, '').replace(OPENING_CHATTER, '').replace(TRAILING_ASIDE, '?').replace(DESK_LABEL, '').replace(ASIDE_CHATTER, '').replace(CLOSING_CHATTER, '$1').replace(THE_ONE_DOING, '$1 ');
  return onesPlaced(spokenNumbers(selfCorrected(CHAT_SPELLINGS.reduce((written, [pattern, plain]) => written.replace(pattern, plain), bare).replace(TAG_CHECK, '.')))).replace(SAID_OWN_ACT, (whole, doer: string, auxiliary: string | undefined, verb: string) => {
    if (SAYINGS.test(verb)) return whole;
    // "say it would send": what it will send; else the participle as written ("what had X seized"): no base form is guessed from it.
    if (auxiliary !== undefined && /^(?:would|will)$/i.test(auxiliary)) return `${whole.slice(0, 4)} will ${doer} ${verb}`;
    return pastBase(verb) === undefined ? whole : `${whole.slice(0, 4)} had ${doer} ${verb}`;
  }).replace(AFTERTHOUGHT, '$1?').replace(ROLE_WHO_SAID, (_m, role: string, verb?: string) => `which ${role} ${verb ?? 'said'}`).replace(WHO_WAS_IT_THAT, '$1 ').replace(WHEN_WAS_IT_THAT, (_m, when: string, clause: string) => questionOrder(`${when} ${clause}`)).replace(WHO_WAS_AT_SAYING, (_m, who: string, where: string, said: string, marks: string) => `${who} said ${said}, ${where.trim()}${marks}`);
}

/**
 * "what organization is X with, he directs its iran program?", "for how long had X, how many days?":
 * a remark on the one asked about or the question asked again in short, after a question that asks
 * by itself. A remark opens with a pronoun and its verb; a short question with its question word.
 */
const AFTERTHOUGHT = /^(\s*(?:who|whom|whose|what|which|when|where|how|for\s+how)\b(?:[^,?]|(?<=\d),(?=\d)){8,240}?)\s*,\s+(?:(?:he|she|they|it)\s+(?!(?:is|was|are|were|said|says|told)\b)\p{Ll}+s\b[^,?]{0,80}|(?:how\s+many|what|which)\s+(?:days|weeks|months|years|hours|day|date|weekday|year)\b[^,?]{0,30})\s*\?*\s*$/iu;
/** "who is the top diplomat who said X", "who's the Pentagon guy who said X", "… the Italian minister reporting X": which top diplomat said X, a saying the role's holder is found by (not a quoted credit: "the 'additional reporting' name"). */
const ROLE_WHO_SAID = /(?<=^\s*(?:(?:in|per|according\s+to)\s+[^,?]{3,60},\s*)?)who(?:\s+(?:is|was)|['’]s)\s+the\s+(?!(?:one|person|individual)\s)((?:(?!(?:credited|with|for|by|on|in|to|which|who|that)\s)[\p{L}.'’-]+\s+){0,4}?[\p{L}.'’-]+)\s+(?:(?:who|that)\s+(said|says|told|tells|claimed|stated|warned|insisted|declared)|(?<!\bthe\s)(?:saying|reporting|claiming|stating|citing|insisting|declaring)(?!['’]))\b/iu;

/** "…, the ones the US shot down": an afterthought that says which of a plural the question meant. */
const THE_ONES = /\s*,?\s+the\s+ones\s+(?!(?:who|that|which)\s+(?:is|was|are|were)\b)([^?]{3,160}?)\s*(\?*)\s*$/iu;

/**
 * "where were the missiles fired from the ones the US shot down" → "where were the missiles the US
 * shot down fired from": the afterthought goes after the last plural the question names with "the".
 */
function onesPlaced(text: string): string {
  const ones = THE_ONES.exec(text);
  if (ones === null) return text;
  const before = text.slice(0, ones.index);
  const plural = [...before.matchAll(/\bthe\s+(?:[\p{L}\d-]+\s+){0,2}?\p{Ll}{3,}s\b/gu)].at(-1);
  if (plural === undefined) return text;
  const at = plural.index + plural[0].length;
  return `${before.slice(0, at)} ${ones[1]!.replace(/^(?:who|that|which)\s+/i, '')}${before.slice(at)}${ones[2]!}`;
}

/**
 * "what did Iraq's military say it had captured", "… say it would send": what it did or will do, by its
 * own telling (the passage tells the act's object), wherever the question stands in the text.
 */
const SAID_OWN_ACT = /\bwhat\s+(?:did|does|do)\s+(.{2,60}?)\s+say\s+(?:that\s+)?(?:it|they|he|she)\s+(?:(had|has|have|would|will)\s+)?(\p{Ll}+)\b/iu;
/** Verbs that tell a saying, which "what did X say it said" would only repeat, and verbs that say nothing of what was done ("say it would do …"). */
const SAYINGS = /^(?:said|told|stated|added|noted|warned|claimed|called|described|say|tell|state|add|note|warn|claim|call|describe|do|be|have|get|make|go)$/i;

/** "who was at the mic at Capri saying X": where the speaker stood, then the saying. */
const WHO_WAS_AT_SAYING = /^(\s*who)\s+(?:was|is|were)\s+((?:(?:at|on|in|behind|by|from)\s+(?:the\s+)?[\p{L}\d'’.-]+(?:\s+[\p{L}\d'’.-]+){0,2}?\s+)+)(?:saying|claiming|telling\s+reporters|insisting|warning|stating)\s+(?:that\s+)?([^?]{3,240}?)\s*(\?*)\s*$/iu;

/** "who was it that blamed X": a cleft, asked as "who blamed X". */
const WHO_WAS_IT_THAT = /^(\s*who)\s+(?:was|is)\s+it\s+(?:that|who)\s+(?=\p{Ll})/iu;

/** "when was it that Hamas attacked Israel": a cleft, asked as "when did Hamas attack Israel". */
const WHEN_WAS_IT_THAT = /^\s*(when|(?:on\s+)?(?:what|which)\s+(?:day|date|year|month))\s+(?:was|is)\s+it\s+(?:that|when)\s+(?=\p{L})(.+)$/iu;

/** A speaker's correction: "the photographer no wait i mean the editor", "on monday sorry tuesday". */
const CORRECTION = /\s*,?\s+(?:no\s+wait|wait\s+no|no\s+sorry|scratch\s+that|or\s+rather)\s*,?\s+(?:i\s+mean[t]?\s+)?|\s*,\s*sorry\s*,?\s+(?:i\s+mean[t]?\s+)?|\s+sorry\s+i\s+mean[t]?\s+|\s*,?\s+(?:no\s+)?i\s+mean[t]?\s+(?=the\s)/iu;

/**
 * The question as the speaker corrected it: what follows the correction replaces the words before it
 * from the last one its first word opens ("the photographer … the editor": from "the"), or just the
 * word before it.
 */
function selfCorrected(text: string): string {
  const correction = CORRECTION.exec(text);
  if (correction === null || correction.index === 0) return text;
  const before = text.slice(0, correction.index);
  const after = text.slice(correction.index + correction[0].length);
  const first = /^[\p{L}'’-]+/u.exec(after)?.[0];
  if (first === undefined) return text;
  const from = before.toLowerCase().lastIndexOf(` ${first.toLowerCase()} `);
  const replaced = from >= 0 ? before.slice(0, from + 1) : before.replace(/[\p{L}'’-]+\s*$/u, '');
  // The corrected words stand for as many as they replace: the rest of the question follows them.
  const span = from >= 0 ? before.slice(from + 1) : (/[\p{L}'’-]+\s*$/u.exec(before)?.[0] ?? '');
  const length = Math.min(words(span).length, words(after).length);
  const correctedWords = after.split(/\s+/);
  return `${replaced}${correctedWords.slice(0, length).join(' ')}${correctedWords.length > length ? ` ${correctedWords.slice(length).join(' ')}` : ''}`;
}

/** Spoken numbers: the cardinals and their multipliers. */
const SPOKEN_UNITS: ReadonlyMap<string, number> = new Map([
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((word, n) => [word, n] as const),
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, n) => [word, 20 + 10 * n] as const),
]);
const SPOKEN_MULTIPLIERS: ReadonlyMap<string, number> = new Map([['hundred', 100], ['thousand', 1000], ['million', 1_000_000]]);
const SPOKEN_WORD = String.raw`(?:${[...SPOKEN_UNITS.keys(), ...SPOKEN_MULTIPLIERS.keys()].join('|')})`;
/** A run of two or more number words ("twenty five hundred", "one thousand two hundred", "twenty-five"). */
const SPOKEN_RUN = new RegExp(String.raw`\b${SPOKEN_WORD}(?:(?:\s+and\s+|[\s-]+)${SPOKEN_WORD})+\b`, 'giu');

/**
 * "twenty five hundred us troops" as the coverage writes it, "2,500": a dictated number of two or
 * more words in figures. One word stays ("five troops"): news writes small numbers in words.
 */
function spokenNumbers(text: string): string {
  return text.replace(SPOKEN_RUN, (run) => {
    // "seventy million dollars": as broadcast copy writes it too; only hundreds and thousands news writes in figures.
    if (!/\b(?:hundred|thousand)\b/i.test(run) || /\bmillion\b/i.test(run)) return run;
    let total = 0;
    let current = 0;
    for (const word of run.toLowerCase().split(/[\s-]+/)) {
      const unit = SPOKEN_UNITS.get(word);
      const multiplier = SPOKEN_MULTIPLIERS.get(word);
      if (unit !== undefined) current += unit;
      else if (multiplier === 100) current = (current || 1) * 100;
      else if (multiplier !== undefined) {
        total += (current || 1) * multiplier;
        current = 0;
      }
    }
    return (total + current).toLocaleString('en-US');
  });
}

/** "After X, who …?", "Fuad Shukr, which group was he …?": something put before the question itself (a comma inside a number, "1,200", is no break). */
const FRONTED = /^\s*([^,?]{2,80}?),\s*((?:who|whom|whose|what|which|when|where|how)\b(?:[^,]|(?<=\d),(?=\d{3}))+?)\s*(\?*)\s*$/i;
/** A fronted clause that says when or on what occasion: it goes after the question ("who … after X"). */
const FRONTED_CLAUSE = /^(?:after|before|since|following|during|once|when|while|until|as|in|on|at|by|with|according)\b/i;
/** The pronoun that stands for a fronted name, possessive or not. */
const FRONTED_PRONOUN = /\b(?:(he|she|him|her|they|them|it)|(his|its|their))\b/i;
/** "the raid was carried out by who", "the attack got blamed on who": the question word left where its answer would stand. */
const ASKED_IN_PLACE = /^\s*(.{3,160}?)\s+(?:got|gets|was|were|is|are|has\s+been|have\s+been)\s+((?:\w+ed|\w+en|hit|led|held|made|won|struck|shot|caught|built|run|set)(?:\s+(?:out|down|off|up))?)\s+(by|on)\s+(?:who|whom)\s*\?*\s*$/i;

/** "by whom was/were X <participle> …": the passive asked with its agent first. */
const BY_WHOM = /^\s*[Bb][Yy]\s+[Ww][Hh][Oo][Mm]\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(.{2,120}?)\s+(\p{Ll}+ed|\p{Ll}+en|hit|led|held|made|won|struck|shot|caught|built|run|set)(?![\p{L}'’])(.*)$/u;

/** A question after a remark and a dash: "… - what day of the week did that attack happen?". */
const DASHED_QUESTION = /^\s*[^?]{3,300}?\s+[-–—]\s+((?:(?:on|in|at|by|for|from|to|during|since|until)\s+)?(?:who|whom|whose|what|which|when|where|how)\b.+)$/i;
/**
 * "Timeline check on the Reuters Capri report: on what date did …", "Before we run the caption: in
 * the story on X, who …": a label before a colon, then the question (a fronted phrase may open it).
 */
const LABELLED_QUESTION = /^\s*[^?:]{3,120}?:\s+((?:[^?:,]{2,80},\s*)?(?:(?:on|in|at|by|for|from|to|during|since|until)\s+)?(?:who|whom|whose|what|which|when|where|how)\b.+)$/i;
/** "annapolis story, when did the war break out?", "dpa piece - who said it": a story named as a label before a question of its own. */
const STORY_LABELLED = /^\s*(?:(?:the|that|this)\s+)?(?:[\p{L}\d'’.-]+\s+){1,3}?(?:story|article|piece|report|write-?up|readout|dispatch|wire|copy)\s*[,;—–-]\s*((?:who|whom|whose|what|which|when|where|how)\b.+)$/iu;
/** A pronoun for the remark before the dash: at the end ("which day was that?") or before its verb ("were they made", "is it stamped"). */
const DASH_PRONOUN = /\b(?:it|they|them|that|this)\b(?=\s*\?*\s*$|\s+(?:was|were|is|are|made|said|held|done|given|sent|told|\p{L}+(?:ed|en))\b)|(?<=\b(?:did|does|do|will|would|has|had|have)\s+)(?:it|they|that|this)\b(?=\s+\p{L})/iu;
/** How many words a question after a dash may have for a pronoun in it to stand for the remark. */
const SHORT_QUESTION = 8;
/** "who is that guy", "who's she": a question of who someone in the remark is. */
const WHO_IS_THAT = /^\s*who(?:['’]s|\s+is|\s+was)\s+(?:that|this|he|she)(?:\s+(?:guy|person|man|woman|one))?\s*\??\s*$/i;
/** A question after a dash that asks only for a time ("what was the date?"): of the remark. */
/** "when exactly", "when precisely, according to Reuters": a time asked of the remark before it. */
const BARE_WHEN = /^\s*(since\s+)?when(?:\s+(?:exactly|precisely))?\s*(,\s*according\s+to\s+[^,?]{2,40})?\s*\?*\s*$/i;
const BARE_TIME_QUESTION = /^\s*(?:what|which)\s+(?:was|is)\s+the\s+(?:date|day|time|year|month)\s*\?*\s*$/i;
/** A remark that tells something (a subject and its verb) rather than naming a thing. */
const TELLING_REMARK = /\b(?:i|we|you|he|she|they|someone|somebody|people)\s+(?:\p{L}+\s+)?(?:told|said|says|think|thought|heard|met|was|were|is|are|had|have|has)\b/iu;
/**
 * "D-day of the Isfahan strike: when did the explosions go off?": the place a label names, which the
 * question's "the explosions" leaves out, goes with it ("… go off in Isfahan?"). Only a name of a
 * known place class, and only one the question does not write.
 */
function withRemarkPlace(remark: string, question: string): string {
  const asked = new Set(words(question).map((word) => word.toLowerCase()));
  const place = words(remark).find((word) => /^\p{Lu}\p{Ll}/u.test(word) && !asked.has(word.toLowerCase()) && PLACE_CLASSES.has(wordClass(word.toLowerCase()) ?? ''));
  // Not where the question asks for a place, nor from a remark that tells a claim ("someone told me they met in Rome").
  const unfit = /^\s*where\b/i.test(question) || TELLING_REMARK.test(remark) || STORY_SCOPE.test(` ${remark}`);
  return place === undefined || unfit ? question : `${question.replace(/\s*\?*\s*$/, '')} in ${place}?`;
}

/** "loss location for the Fuad Shukr strike: which city did Israel hit?": the named event a remark ends on is the one the question asks of. */
const REMARK_EVENT = /(?:^|\s)((?:the|that|this)\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:strike|attack|killing|assassination|raid|bombing|explosions?|blasts?|meeting|summit|visit|trip|talks|press\s+conference))\s*$/u;

function withRemarkEvent(remark: string, question: string): string | undefined {
  const event = REMARK_EVENT.exec(remark);
  // Not when the question points back at the remark ("who said it", "when did they occur"): the remark is then what it asks of, not where.
  if (event === null || TELLING_REMARK.test(remark) || STORY_SCOPE.test(` ${remark}`) || /\b(?:it|that|this|they|them|he|she|him|her)\b/iu.test(question)) return undefined;
  const asked = new Set(words(question).map((word) => word.toLowerCase()));
  const names = words(event[2]!).filter((word) => /^\p{Lu}/u.test(word));
  return names.every((name) => asked.has(name.toLowerCase())) ? undefined : `${question.replace(/\s*\?*\s*$/, '')} in the ${event[2]}?`;
}

/** "Trigger event for the trip, the Hamas attack": the thing a labelled remark ends on names what is asked about. */
function remarkThing(remark: string): string {
  const named = /,\s+((?:the|a|an|that|this)\s+[^,]+)$/i.exec(remark);
  return named?.[1] ?? remark;
}

/** "alleged Israeli attack on Iran" asked of is "the alleged …": a headline's noun phrase takes its article back ("Blinken's remarks" keeps its possessive). */
function withArticle(phrase: string): string {
  return /^(?:the|a|an|that|this|those|these|his|her|its|their|\d)\b|['’]s?\s/i.test(phrase) || /^\p{Ll}/u.test(phrase) ? phrase : `the ${lowerOpening(phrase)}`;
}

/** A remark put inside a question loses the capital that opened its sentence ("Roughly 150 hostages"); names are cased again later. */
function lowerOpening(remark: string): string {
  return remark.replace(/^\p{Lu}(?=\p{Ll}+[\s-])/u, (letter) => letter.toLowerCase());
}

/** A description in quotation marks: "the top U.S. diplomat", “the Defense Secretary”. */
const QUOTED_DESCRIPTION = /["“]((?:(?:the|a|an)\s+|[\p{Lu}][\p{L}.-]*['’]s\s+)?[^"”]{3,100}?)[,.]?["”]/gu;
/**
 * Asking who a quoted description names: "who does that phrase refer to", "who carries the title
 * "…"", "how is "…" named in the text", "who holds that post", "who is actually meant there".
 */
const DESCRIPTION_ASKED = /\bwho\s+(?:does|do|did|would|might)\s+(?:that|this|the)\s+(?:phrase|term|title|description|wording|expression|label|reference|words?)\s+(?:refer|point|apply)\s+to\b|\bwho\s+(?:carries|carried|holds|held|has|had|bears|bore)\s+(?:the|that|this)\s+(?:title|post|office|job|role|position)\b|\bhow\s+(?:is|was|are|were)\s+["“][^"”]+["”]\s+(?:named|called|identified|spelled)\b|\bwho\s+(?:is|was|are|were)\s+(?:actually\s+|really\s+)?(?:meant|intended|referred\s+to|described)\b|\bwho\s+(?:is|was|are|were)\s+(?:named|called|identified|described)\s+(?:with|by|under|as)\s+(?:that|this|the)\s+(?:phrase|term|title|description|wording|expression|label|epithet)\b/iu;

/**
 * "The story credits "the top U.S. diplomat". Who does that phrase refer to?": who the last quoted
 * description stands for, asked as "who is the top U.S. diplomat?", of the story the question names.
 */
function quotedDescriptionAsked(text: string): string | undefined {
  if (!DESCRIPTION_ASKED.test(text)) return undefined;
  // A quoted description opens with an article or a possessive ("America's top diplomat"), or is a bare title ("Defense Secretary"), which takes "the".
  const description = [...text.matchAll(QUOTED_DESCRIPTION)].map((quoted) => quoted[1]!).filter((quoted) => /^(?:(?:the|a|an)\s|[\p{Lu}][\p{L}.-]*['’]s\s)/iu.test(quoted) || words(quoted).some((word) => ROLE_HEADS.has(word.toLowerCase()))).at(-1);
  return description === undefined ? undefined : withStoryOf(text, `who is ${/^(?:the|a|an)\s|['’]s\s/iu.test(description) ? description : `the ${description}`}?`);
}
/** A description, then "who" and a saying verb, with no question before it: chat's way of asking who said it. */
const DESCRIBED_RELATIVE = new RegExp(String.raw`^\s*(?!(?:who|whom|whose|what|which|when|where|why|how|did|does|do|is|was|are|were)\b)((?:[\p{L}.'’-]+\s+){1,5}?)who\s+((?:${SAYING_VERBS})\b.+)$`, 'iu');
/** "Apart from X, who …?", "Besides X, who …?": an exception put before the question. */
const EXCEPTED_FIRST = /^\s*(?:apart\s+from|aside\s+from|besides|other\s+than|except\s+for)\s+([^,]{2,80}?)(?:,\s*|\s+(?=(?:who|whom|whose|what|which)(?:['’]s|s)?\b))(.+?)\s*(\?*)\s*$/i;
/** "who else was hurt": "else" only says some are known; the question is "who was hurt". */
const WHO_ELSE = /^(\s*(?:who|whom))\s+else\b/i;

/** Text that is itself a question: what comes before a comma is then no fronted part. */
const OPENS_AS_QUESTION = /^\s*(?:who|whom|whose|what|which|when|where|how)\b/i;

/** The question word of a tag ("who" of "…, who is he"). */
const TAG_WORD = /,?\s+(who|what)(?:['’]s|\s+is|\s+was)\s+(?:that|this|it|he|she|they)\s*\?*\s*$/i;
/** "…, who's that?": the question asked after what it is about. */
const TAGGED = /^\s*(.{4,160}?),?\s+(?:who|what)(?:['’]s|\s+is|\s+was)\s+(?:that|this|it|he|she|they)\s*\?*\s*$/i;

/**
 * The question first, whatever was put before it: a fronted clause goes after it ("after the raid,
 * who claimed it" → "who claimed it after the raid"); a fronted name takes the place of the
 * pronoun that stands for it ("Fuad Shukr, which group was he the commander of" → "which group was
 * Fuad Shukr the commander of"); "the envoy who said X, who's that" asks "who is the envoy who said X".
 */
/**
 * "Someone told me X. Is that true? Who actually said it?": a claim to check, then the question. The
 * check in between asks nothing the question does not; "actually", "really" and "real" only insist.
 */
const CHECK_BETWEEN = /(?<=[.!?])\s+(?:is|was|are|were)\s+(?:that|this|it|he|she|they)\s+(?:true|right|correct|so|him|her|them)\s*(?:[?,]|[—–](?=\s))\s*(?:or\s+)?/gi;
/** A yes-or-no question that states the claim ("Was Haniyeh really killed in Beirut?"), then the question itself. */
const YES_NO_FIRST = /^(\s*(?:is|was|are|were|did|does|do|has|have|had)\b[^?]{8,300})\?(?=\s+[^?]*\b(?:who|whom|whose|what|which|when|where|how)\b[^?]*\?+\s*$)/i;
// Lower case only: "You Really Got Me" is a title.
const INSISTING = /\b(?:actually|really|truly)\s+(?=\p{Ll})|\s+(?:actually|really)(?=\s*\?)|\b(?<=\bthe\s+)(?:real|actual)\s+(?=\p{Ll})/gu;

/**
 * "Someone told me it was Blinken who said the U.S. was informed late. Who said it?": a question of
 * who said or called something that the claim before it tells ("it", "that") asks who said what the
 * claim says was said, whoever the claim names.
 */
const SAID_IN_CLAIM = /\b(said|called|claimed|described|warned|told\s+reporters)\s+(?:that\s+)?(.{8,200}?)\s*[.!]\s*$/i;
const WHO_SAID_IT = /^\s*(?:who|which\s+[\p{L}-]+)\s+(said|called|claimed|described|warned|used\s+that\s+word)\s+(?:it|that|this)?\s*\?*\s*$/iu;

function claimChecked(asked: string): string {
  const text = asked.replace(CHECK_BETWEEN, ' ').replace(INSISTING, '').replace(YES_NO_FIRST, '$1.');
  const found = REMARK_THEN_QUESTION.exec(text);
  if (found === null) return text;
  // "who really said it, per the coverage?": a claim's doubt and the coverage as a whole say nothing of what is asked.
  const remarked = found[1]!.startsWith(SHARED_FRAME) ? [found[0], found[1]!, found[2]!.replace(/\b(?:really|actually)\s+/gi, '').replace(/\s*,?\s*(?:per|according\s+to|in)\s+the\s+coverage\b/gi, '')] : found;
  // "I read that the attack happened in November. What was the date?": when what the claim tells happened, its own time set aside.
  const framed = CLAIM_FRAME.exec(remarked[1]!);
  if (framed !== null && DATE_OF_CLAIM.test(remarked[2]!)) return `when ${remarked[1]!.slice(framed[0].length).replace(CLAIMED_TIME, '').replace(/\s*[.!]\s*$/, '')}?`;
  // "Someone says the attacks in Iraq only started this summer. Since when have they been spiraling?": "they" is what the claim is about.
  // What the claim tells: after who told it, or after a cleft's time ("Was it Thursday evening that explosions were reported …").
  const told = framed !== null ? remarked[1]!.slice(framed[0].length) : CLEFT_CLAIM.exec(remarked[1]!)?.[1];
  // "… the defense secretary was the highest-ranking official to visit. Who was it really?": who was what the claim says someone was.
  const predicate = told === undefined || !WHO_WAS_IT.test(remarked[2]!) ? undefined : COPULA_CLAIM.exec(told)?.[1];
  if (predicate !== undefined) return withStoryOf(remarked[1]!, `who was ${predicate.replace(/\s*[.!]\s*$/, '')}?`);
  // A subject cut inside its relative clause ("the attack that killed …") is none.
  const cut = told === undefined ? undefined : CLAIM_SUBJECT.exec(told)?.[1]?.trim();
  const subject = cut === undefined || /\b(?:that|who|which)$/i.test(cut) ? undefined : cut;
  const things = remarked[2]!.match(/\b(?:it|they)\b/gi) ?? [];
  // "Someone says Iran took credit for the al Asad rocket attack. Who does Austin say was behind it?": "it" after a preposition is the claim's event.
  const eventNoun = framed === null || things.length !== 1 || WHO_SAID_IT.test(remarked[2]!) ? undefined : words(told ?? '').find((word) => EVENT_NOUNS.has(word.toLowerCase()));
  const evented = eventNoun === undefined ? undefined : demonstrativeResolved(told!, remarked[2]!.replace(/\b(?:it|they)\b/i, `that ${eventNoun.toLowerCase()}`));
  if (evented !== undefined && OBJECT_IT.test(remarked[2]!)) return withStoryOf(remarked[1]!, evented);
  if (subject !== undefined && things.length === 1 && !PERSON_PRONOUN.test(remarked[2]!)) return withStoryOf(remarked[1]!, remarked[2]!.replace(/\b(?:it|they)\b/i, subject));
  // "Someone told me Haniyeh was killed in Beirut. Where was he killed?": "he" is the one the claim names.
  const named = personResolved(remarked[1]!, remarked[2]!);
  if (named !== undefined) return withStoryOf(remarked[1]!, named);
  // Elsewhere too, when the claim names no subject for it.
  if (evented !== undefined) return withStoryOf(remarked[1]!, evented);
  if (!WHO_SAID_IT.test(remarked[2]!)) return text;
  const claim = SAID_IN_CLAIM.exec(remarked[1]!);
  // 'Someone says the "clear consensus" line was Austin's. Who said it?': whoever said the words the claim quotes.
  const quoted = claim === null && framed !== null ? CLAIM_QUOTES.exec(told ?? '')?.[1] : undefined;
  if (quoted !== undefined) return `who said "${quoted}"?`;
  return claim === null ? text : `who ${claim[1]!.toLowerCase().replace(/\s+reporters$/, '')} ${claim[2]!}?`;
}

/** "it" as the object of a preposition ("behind it", "for it"): a thing the claim names, not its subject. */
const OBJECT_IT = /\b(?:behind|for|of|about|on|over|after|before|with|against|from|by|into|at)\s+(?:it|them)\b/i;
/** Words a claim quotes: 'the "clear consensus" …', "'Not since Isis …'". */
const CLAIM_QUOTES = /(?<![\p{L}])["“‘']([^"”’']{3,200}?)["”’'](?![\p{L}])/u;
/** Who told the asker a claim: "Someone told me (that)", "I read that", "A colleague says". */
const CLAIM_FRAME = /^\s*(?:(?:someone|somebody|a\s+(?:friend|colleague|reader)|(?:my|our)\s+\p{L}+|people)\s+(?:told\s+me|said|says|claimed|claims|insists|swears|reckons|puts|has|dates|posted)|i\s+(?:heard|read|was\s+told))\s+(?:that\s+)?/iu;
/** The date of what the claim tells: "What was the actual date?", "Which day was it really?", "When was that?". */
const DATE_OF_CLAIM = /^\s*(?:(?:what|which)\s+(?:date|day)\s+(?:do|does)\s+the\s+(?:articles?|stor(?:y|ies)|reports?|coverage)\s+(?:give|say|have)|(?:what|which)\s+(?:was|is)\s+the\s+(?:date|day)|(?:what|which)\s+(?:date|day)\s+(?:was|is|were|are)\s+(?:it|that|they)|when\s+(?:was|did|were)\s+(?:it|that|they)(?:\s+happen)?|when\s+(?:does|do)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:put|place|date)\s+(?:it|that|them))(?:\s+(?:really|actually|exactly))?(?:\s*,?\s*(?:per|according\s+to|in)\s+[^?]{2,40})?\s*\?*\s*$/iu;
/** A cleft that doubts a claim's time: "Was it Thursday evening that explosions were reported in Isfahan". */
const CLEFT_CLAIM = /^\s*(?:was|is)\s+it\s+(?!(?:true|right|correct|so)\b)[^.?]{2,60}?\s+that\s+(.+)$/i;
/** "Who was it?", "who was that?": who the claim says someone was. */
const WHO_WAS_IT = /^\s*who\s+(?:was|is)\s+(?:it|that)\s*\?*\s*$/i;
/** "X was the highest-ranking official to visit …": what the claim says someone was. */
const COPULA_CLAIM = /^(?:the|a|an|\p{Lu}[\p{L}'’.-]*)\s+(?:[\p{L}'’.-]+\s+){0,6}?(?:was|is)\s+((?:the|a|an)\s+.{3,150})$/u;
/** What a claim is about: its words before its verb ("the attacks in Iraq" of "the attacks in Iraq only started …"). */
const CLAIM_SUBJECT = new RegExp(String.raw`^((?:the|a|an|\p{Lu}[\p{L}'’.-]*|\p{Ll}+s)\s+(?:[\p{L}\d'’.,-]+\s+){0,10}?)(?:was|were|is|are|had|has|have|did|only|just|already|\p{Ll}+ed|${[...IRREGULAR_VERBS.keys()].filter((verb) => /^\p{Ll}+$/u.test(verb)).join('|')})\b`, 'u');
/** A time the claim gives, which the question doubts: "in November", "on a Monday", "at the start of the week". */
const CLAIMED_TIME = /\s+(?:in|on|at|during)\s+(?:a\s+|the\s+)?(?:(?:start|end|middle)\s+of\s+the\s+\p{L}+|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|winter|spring|autumn|fall)\b(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4}\b)?|\s+overnight\b/giu;

/** Capitalised words that open a sentence without naming anyone. */
const UNNAMING = new Set(['i', 'someone', 'somebody', 'a', 'an', 'the', 'my', 'our', 'is', 'was', 'are', 'were', 'did', 'does', 'do', 'has', 'have', 'had', 'it', 'this', 'that', 'they', 'we', 'you', 'he', 'she', 'people', 'reports', 'many', 'some', 'not', 'no', 'yes', 'so', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'someone\'s']);
/** A name: capitalised words in turn ("Haniyeh", "Antony Blinken"). */
const NAME_RUN = /(?<![\p{L}'’])\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){0,2}/gu;
/** A pronoun that only gives the question's source: "by his account", "according to her", "in his words". */
const PRONOUN_SOURCE = /\b(?:by\s+(?:his|her)\s+(?:own\s+)?account|according\s+to\s+(?:him|her)|in\s+(?:his|her)\s+(?:own\s+)?words|per\s+(?:him|her))\b/i;
/** A claim that opens by describing someone: "The man whose killing in Tehran drew threats of revenge". */
const DESCRIBED_FIRST = /^\s*((?:the|a)\s+(?:man|woman|person|official|leader|commander|figure|minister|diplomat|analyst)\s+(?:who|whose|that)\s+[^—–,.;!?]{5,150}?)\s*(?:[—–,.;]|$)/i;
/** Word classes of names that are places or peoples, which "he" or "she" never stands for. */
const PLACE_CLASSES: ReadonlySet<string> = new Set(['place', 'demonym']);
/** A preposition that opens a run of capitalised words: the run is a place or a time ("In Annapolis", "On Friday"). */
const PLACE_PREPOSITION = /^(?:in|at|on|from|to|near|outside|inside|across|since|by)$/i;
/** Text that ends on a preposition, perhaps with a name's particle ("on al", "in the"): a name after it is a place. */
const AFTER_PREPOSITION = /\b(?:in|at|on|from|to|near|outside|inside|across|over)\s+(?:(?:al|el|the)\s+)?$/i;
/** A personal pronoun in a question, once; and each of them. */
const PERSON_PRONOUN = /\b(he|she|him|her|his)\b/i;
const PERSON_PRONOUN_EACH = new RegExp(PERSON_PRONOUN.source, 'gi');

/**
 * The question with its "he"/"she"/"his" as the first name the claim before it gives, when it has
 * only one such pronoun: "… Haniyeh was killed in Beirut. Where was he killed?" asks where
 * Haniyeh was killed.
 */
function personResolved(remark: string, question: string): string | undefined {
  const pronouns = question.match(new RegExp(PERSON_PRONOUN.source, 'gi')) ?? [];
  // "From what number, by his account?": a pronoun in the question's source leaves it leaning on the claim.
  // "Before he faced the press, who had he met?": one person's pronouns, each standing for the same name.
  const onePerson = pronouns.length > 0 && pronouns.every((p) => /^(?:he|him|his)$/i.test(p)) !== pronouns.every((p) => /^(?:she|her)$/i.test(p));
  if (!onePerson || (pronouns.length > 1 && pronouns.some((p) => /^(?:his|her)$/i.test(p))) || PRONOUN_SOURCE.test(question)) return undefined;
  // "The man whose killing in Tehran drew threats — someone said he was …": the one the claim opens by describing.
  const described = DESCRIBED_FIRST.exec(remark)?.[1]?.replace(/^\s*\p{Lu}/u, (letter) => letter.toLowerCase());
  if (described !== undefined) return question.replace(PERSON_PRONOUN_EACH, (pronoun) => (pronoun.toLowerCase() === 'his' ? `${described}'s` : described));
  // "Was Lopez …": a run opened by a word that names no one is the name after it; a place names no "he".
  const name = [...remark.matchAll(NAME_RUN)]
    // "the rocket hit on al Asad": a name right after a preposition is where, never who.
    .filter((m) => !AFTER_PREPOSITION.test(remark.slice(0, m.index)))
    .map((m) => m[0].split(/\s+/))
    // "In Annapolis he warns …": a run that opens on a preposition is where, never who.
    .filter((run) => !PLACE_PREPOSITION.test(run[0]!))
    .map((run) => (UNNAMING.has(run[0]!.toLowerCase()) || wordClass(run[0]!.toLowerCase()) === 'common' ? run.slice(1) : run).join(' ').replace(/(?:['’]s)?[.'’-]*$/, ''))
    // A month or a weekday is capitalised but no one's name ("May" is a common word, dropped above).
    .filter((run) => wordClass(run.split(/\s+/)[0]!.toLowerCase()) !== 'calendar')
    .find((run) => run !== '' && !PLACE_CLASSES.has(wordClass(run.toLowerCase()) ?? ''));
  if (name === undefined) return undefined;
  return question.replace(PERSON_PRONOUN_EACH, (pronoun) => (pronoun.toLowerCase() === 'his' ? `${name}'s` : name));
}

/** "On Capri he says flat out X. When did he say that?": a saying told of "he" or "she", then when it was said. */
const PRONOUN_SAYING_THEN_WHEN = /^\s*(?:(?:so|and|then|ok(?:ay)?)\s*,?\s+)?((?:(?:in|on|at|from|during)\s+[^,.?!]{2,40}?,?\s+)?)(he|she)\s+(?:says|said|warns|warned|insists|insisted|stresses|stressed|claims|claimed|tells\s+reporters|told\s+reporters)\s+(?:(?:flat\s+out|plainly|again|clearly)\s+)?(?:that\s+)?([^.!?]{8,240}?)\s*[.!]\s+((?:when|(?:on\s+)?(?:what|which)\s+(?:day|date))\s+(?:(?:did|was)\s+(?:he|she)\s+(?:say|saying|tell|warn)\s+(?:that|it|this|so)|was\s+(?:that|it|this)))\s*\?*\s*$/iu;

/** The saying's words in the question: "when did he say X, on Capri?", asked of whoever the coverage says said X. */
function pronounSayingAsked(text: string): string | undefined {
  const told = PRONOUN_SAYING_THEN_WHEN.exec(text);
  if (told === null) return undefined;
  const [, where, pronoun, said, asked] = told as unknown as [string, string, string, string, string];
  const setting = where.trim().replace(/,$/, '');
  // "What day was that?": the day of the saying itself.
  if (/\bwas\s+(?:that|it|this)$/i.test(asked)) return `when did ${pronoun.toLowerCase()} say ${said}${setting === '' ? '' : ` ${setting.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())}`}?`;
  return `${asked.replace(/\s+(?:say|saying|tell|warn)\s+(?:that|it|this|so)$/i, '').replace(/\s+(?:he|she)$/i, ` ${pronoun.toLowerCase()}`)} say ${said}${setting === '' ? '' : ` ${setting.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())}`}?`.replace(/\bwas\s+(he|she)\s+say\b/i, 'did $1 say');
}

/** "The claim that …", "Is it right that …": a claim restated by a fact-checker before the question of who made it or when. */
const CLAIM_RESTATED = /^\s*(?:(?:the|this|that)\s+(?:claim|line|assertion|allegation|accusation|suggestion|charge|statement|quote|remark|argument)|(?:is|was)\s+it\s+(?:right|true|correct|accurate|fair)(?:\s+to\s+say)?)\s+that\s+/i;
/** "The Secretary's warning that …": a claim with its maker, who a pronoun in the question stands for. */
const OWNED_CLAIM = /^\s*((?:[Tt]he\s+(?:[\p{L}.-]+\s+){0,3}[\p{L}.-]+)|\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.-]*){0,3})['’]s?\s+(?:warning|caution|claim|statement|assertion|accusation|allegation|pledge|promise|remark|suggestion|insistence|argument)\s+that\s+/u;
/** The claim, then the question after a colon, a dash or the claim's own question mark. */
const CLAIM_THEN_QUESTION = /^([^:?—–]{8,300}?)\s*(?:[:?—–]|\s-)\s+(?:(?:is|was)\s+(?:it|that)\s+(?:right|true|correct)[^?]*\?\s+)?((?:since\s+)?(?:who|whom|whose|what|which|when|where|how)\b.+)$/i;
/** What stands for the claim in the question: "it", "that", "so", "that accusation". */
const CLAIM_POINTER = String.raw`(?:(?:that|this|the)\s+(?:claim|line|accusation|assertion|allegation|charge|statement|remark|argument|point|case|quote|warning)|it|that|this|so)`;
/** "who made it", "which side took that line", "which US official relayed that on Capri": who made the claim. */
const WHO_MADE_CLAIM = new RegExp(String.raw`^\s*(who|which\s+(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+?)\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:made|makes|making|said|says|took|takes|taking|relayed|relays|voiced|voices|raised|put\s+forward|came\s+up\s+with|is\s+behind|was\s+behind|advanced|offered|issued|claimed|is\s+the\s+source\s+of|was\s+the\s+source\s+of)\s+${CLAIM_POINTER}\b([^,?]*)`, 'iu');
/** "when did he say it", "when did the Secretary of State say so": when its maker said the claim. */
const WHEN_SAID_CLAIM = new RegExp(String.raw`^\s*when\s+(?:did|was|had)\s+(.{2,60}?)\s+(?:say|said|make|made|voice|voiced|give|given|issue|issued|relay|relayed|raise|raised|deliver|delivered)\s+${CLAIM_POINTER}\b([^?]*)`, 'iu');
/** "when was that", "since when", "when did that news conference take place", "what date was it": when what the claim tells happened. */
const WHEN_OF_CLAIM = /^\s*(since\s+when|when|(?:on\s+)?(?:what|which)\s+(?:date|day))(?:\s+(?:was|is|did)\s+(?:it|that|this)(?:\s+happen)?|\s+did\s+(?:that|this|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:take\s+place|happen|occur))?\s*((?:,\s*[^?]*)?)\?*\s*$/iu;
/** A claim's first verb that needs "did" to be asked ("declined"), not an auxiliary ("was assassinated", "has seen"). */
const CLAIM_VERB = /^(?:\S+\s+){1,12}?(?:(was|were|is|are|has|have|had|will|would|could|can)\b|(\p{Ll}+ed)\b)/u;
const PERSONAL = /^(?:he|she|they)$/i;

/**
 * A restated claim, then a question that points back to it: "The claim that X: who made it?" asks
 * who said that X; "… : when was that?" asks when X; "The Secretary's warning that X: when did he
 * say it?" asks when the Secretary said that X.
 */
/** "… was voiced on which date?": when an owned claim was made, asked in place. */
const CLAIM_MADE_WHEN = /^(.{8,240}?)\s+(?:was|were)\s+(?:voiced|made|given|issued|delivered|said|uttered|raised|expressed|offered)\s+(?:on|in|at)\s+(?:which|what)\s+(?:date|day|time|occasion)\s*\?*\s*$/iu;

function restatedClaimAsked(text: string): string | undefined {
  const framed = CLAIM_RESTATED.exec(text) ?? OWNED_CLAIM.exec(text);
  if (framed === null) return undefined;
  // "The Secretary's caution that X was voiced on which date?": when its maker said X.
  const madeWhen = framed[1] === undefined ? null : CLAIM_MADE_WHEN.exec(text.slice(framed[0].length));
  if (madeWhen !== null) return `when did ${framed[1]!.replace(/^The\b/, 'the')} say that ${madeWhen[1]!}?`;
  const split = CLAIM_THEN_QUESTION.exec(text.slice(framed[0].length));
  if (split === null) return undefined;
  const claim = split[1]!.replace(/[\s,;]+$/, '');
  const question = split[2]!;
  const maker = WHO_MADE_CLAIM.exec(question);
  if (maker !== null) return `${maker[1]} said that ${claim}${maker[2]!.trimEnd()}?`;
  const said = WHEN_SAID_CLAIM.exec(question);
  const speaker = said === null ? undefined : PERSONAL.test(said[1]!) ? framed[1] : said[1];
  if (said !== null) return speaker === undefined ? undefined : `when did ${speaker.replace(/^The\b/, 'the')} say that ${claim}${said[2]!.replace(/\?+\s*$/, '').trimEnd()}?`;
  const when = WHEN_OF_CLAIM.exec(question);
  if (when === null) return undefined;
  // "when did the diplomat declined to confirm …" is read as "when did … decline"; "when Haniyeh was killed" needs no "did".
  const verb = CLAIM_VERB.exec(claim);
  const asked = /^since/i.test(when[1]!) ? 'since when' : 'when';
  const untimed = claim.replace(CLAIMED_TIME, '');
  return `${asked}${verb?.[2] !== undefined ? ' did' : ''} ${untimed}${when[2]!.trimEnd()}?`;
}


/** A remark, then "How many jets (exactly)?" or "How many does the Iraqi statement say?": the count of what the remark counts. */
const REMARK_THEN_HOW_MANY = /^(.{8,300}?[.!?])\s+(?:so\s+|but\s+)?(?:how\s+many|what\s+(?:figure|number|count|total)(?=\s+(?:does|did|do)\b))(?:\s+((?!(?:does|did|do|is|are|was|were)\b)[\p{L}-]+(?:\s+(?!(?:does|did|do|is|are|was|were)\b)[\p{L}-]+){0,2}?))?(?:\s+(?:exactly|precisely|really|actually))?(?:\s+(?:does|did|do)\s+(.{2,60}?)\s+(?:actually\s+)?(?:say|give|report|list|count|put\s+it\s+at))?\s*\?\s*$/iu;
/** What a remark counts: a figure or a word of quantity, up to two modifiers, the counted noun and the rest of its clause. */
const COUNTED_IN_REMARK = /\b(?:more|several|some|many|a\s+few|a\s+dozen|a\s+couple\s+of|a\s+handful\s+of|a\s+hundred|dozens\s+of|hundreds\s+of|thousands\s+of|scores\s+of|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)\s+((?:[\p{L}.-]+\s+){0,2}?)(\p{Ll}{3,}s)\b([^.!?;—–]*)/u;

/**
 * "The Annapolis piece says more fighter jets are headed to the Middle East. How many jets
 * exactly?" → "how many fighter jets are headed to the Middle East?"; "our draft says ten unfired
 * rockets were dismantled. How many does the Iraqi statement say?" → "how many unfired rockets
 * were dismantled, according to the Iraqi statement?". The remark's own figure is the claim, not the answer.
 */
function remarkCounted(text: string): string | undefined {
  const asked = REMARK_THEN_HOW_MANY.exec(text);
  if (asked === null) return undefined;
  const [, remark, noun, source] = asked as unknown as [string, string, string | undefined, string | undefined];
  // "the piece says how many Americans are among the hostages. How many?": the remark asks it itself (see `EMBEDDED_THEN_ASKED`).
  const counted = /\bhow\s+many\b/i.test(remark) ? null : COUNTED_IN_REMARK.exec(remark);
  if (counted === null) return undefined;
  // The noun asked must be the one counted ("How many jets?" of "more fighter jets").
  if (noun !== undefined && indexTerm(words(noun).at(-1)!) !== indexTerm(counted[2]!)) return undefined;
  // "Iraq hosts 3,000 US troops": the clause before the figure is the rest of what is asked.
  const before = remark.slice(0, counted.index).replace(/^.*\b(?:says?|said|reports?|claims?|heard|read|that|is\s+it\s+true|check)\b[:,]?\s*/i, '').replace(/\s+(?:something\s+like|about|around|roughly|nearly|approximately|almost|over|some)\s*$/i, '').trim();
  const rest = counted[3]!.trim();
  const clause = rest !== '' ? ` ${rest}` : before !== '' ? ` ${before}` : '';
  return `how many ${counted[1]}${counted[2]}${clause}${source === undefined ? '' : `, according to ${source}`}?`;
}

/** "The Annapolis piece says X.", "Reuters calls some country Y —": what a story tells, then a short question of it. */
const STORY_TELLS_THEN = /^\s*((?:the|this|that)\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:story|article|piece|report|dispatch|wire|coverage)|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)\s+(says|said|reports|reported|mentions|mentioned|notes|noted|writes|wrote|claims|claimed|calls|called|describes|described|labels|labelled|labeled|refers\s+to|referred\s+to|points\s+to)\s+(?:that\s+)?(.{8,300}?)\s*(?:[.!]|\s[—–-]+\s[^.?!]{0,60}[.!]?)\s+((?:who|whom|which)\b[^?]{0,60}\?)\s*$/iu;
/** "some Hezbollah leader", "a certain country": one the story leaves for the reader to find, which the question asks for. */
const SOME_ONE = /\b(?:some|a\s+certain|an\s+unnamed|one)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(.+)$/iu;
const A_DESCRIBED = /^(?:a|an)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:who|that)\s+(.+)$/iu;
/** "Who?", "Which country are they talking about?", "who is it?": a question of the one the story leaves unnamed. */
const WHICH_ONE = /^\s*(?:who(?:\s+(?:is|was)\s+(?:it|that|he|she))?|which\s+([\p{L}-]+)(?:\s+(?:are|is|were|was)\s+(?:they|it|he|she|we)\s+(?:talking|writing|speaking)\s+(?:about|of)|\s+(?:is|was)\s+(?:it|that))?)\s*\?\s*$/iu;

/**
 * "The Annapolis piece says the Pentagon 'will not tolerate' attacks. Which official said that?" →
 * "which official said the Pentagon 'will not tolerate' attacks?"; "Political IQ mentions that some
 * Hezbollah leader threatened X. Who?" → "which Hezbollah leader threatened X?"; "Reuters calls
 * some country a 'rare ally' — sounds like spin. Which country are they talking about?" → "which
 * country is a 'rare ally'?": what the story tells, asked of.
 */
function storyTellingAsked(text: string): string | undefined {
  const told = STORY_TELLS_THEN.exec(text);
  if (told === null) return undefined;
  const [, , verb, claim, question] = told as unknown as [string, string, string, string, string];
  // "Which official said that?": a saying asked of the telling ("who made that call" asks who called for it).
  const maker = /\b(?:said|says|say)\b/i.test(question) ? WHO_MADE_CLAIM.exec(question) : null;
  if (maker !== null) return `${maker[1]!.replace(/^W/, 'w')} said ${claim}${maker[2]!.trimEnd()}?`;
  // "refers to a Hezbollah leader who threatened X": the one described by what they did.
  const one = SOME_ONE.exec(claim) ?? A_DESCRIBED.exec(claim);
  const which = WHICH_ONE.exec(question);
  if (one === null || which === null || (which[1] !== undefined && which[1].toLowerCase() !== words(one[1]!).at(-1)!.toLowerCase())) return undefined;
  // "calls some country a 'rare ally'": what the story calls it, it is.
  const naming = /^(?:calls|called|describes|described|labels|labelled|labeled)$/i.test(verb);
  return `which ${one[1]} ${naming ? `is ${one[2]!.replace(/^as\s+/i, '')}` : one[2]}?`;
}

/** "Blinken recalled that …", "the story says that …": a frame that reports what follows. */
const REPORTED_THAT = /\b(?:recalled|recalls|said|says|noted|notes|added|adds|explained|remembered|wrote|writes|reported|reports|told\s+[\p{L}-]+)\s+that\s+$/iu;
/** "Which director of X made this argument?", "who made that claim?": asks who argued what the remark tells. */
const MADE_THIS = /^\s*((?:which|what)\s+.+?|who)\s+made\s+(?:this|that|the)\s+(?:argument|claim|point|statement|remark|comment|case|observation|warning|prediction|assessment)\s*\?*\s*$/iu;
/** "Critics argued that X": someone's saying, its verb and what it says. */
const ARGUED_THAT = /\b(argued|argues|claimed|claims|said|says|warned|warns|noted|contended|suggested|observed|predicted|asserted|insisted|maintained)\s+(that\s+.+?)\s*[.!]?\s*$/iu;
/** "(After the raids,) someone condemned X. Who made that statement?": a remark whose subject is the one asked for. */
const SOMEONE_DID = /^\s*(?:([^,.?!]{3,80}?),\s*)?(?:someone|somebody)\s+([^.?!]{3,200}?)\s*[.!]\s+((?:who|whom|which)\b[^?]*)\?+\s*$/iu;
/** "someone posted that …", "somebody claims …": a claim's frame, not an act asked about. */
const CLAIMING = /^(?:posted|posts|says|said|claims|claimed|told|tells|wrote|writes|tweeted|thinks|thought|reckons|believes|insists|signed)\b/iu;
/** "Who made that statement?", "which official did it": asks who did what the remark told. */
const DID_THAT = /^\s*(?:who|whom|which\s+[\p{L}-]+)\s+(?:made|said|did|issued|gave|put\s+out|released|announced)\s+(?:that|this|it|those|these)\b/iu;
/** A remark that names a thing ("that rocket attack on the base"), which a pronoun after it may stand for. */
const THING_NAMED = /^\s*(?:that|this|the)\s+[\p{L}\d'’-]+(?:\s+[\p{L}\d'’.,-]+){0,8}\s*$/u;
/** Words that make a remark tell something rather than name a thing. */
const TELLS_SOMETHING = /\b(?:is|was|were|are|has|had|have|did|does|do|said|says|told|\p{Ll}+ed)\b|['’]s\s+(?:been|got)\b/u;

function questionFirst(input: string): string {
  const quoted = quotedDescriptionAsked(input);
  if (quoted !== undefined) return quoted;
  const storyTold = storyTellingAsked(input);
  if (storyTold !== undefined) return questionFirst(storyTold);
  // "the isfahan explosions. who downplayed it": a topic, then a question without its mark.
  const bare = REMARK_THEN_BARE_QUESTION.exec(input);
  const pointed = bare === null ? undefined : TOPIC_PHRASE.exec(bare[1]!)?.[1];
  const marked = bare === null ? input : `${bare[1]} ${pointed !== undefined && !TOPIC_STORY.test(bare[1]!) ? bare[2]!.replace(/\b(?:it|that)\b/i, pointed) : bare[2]}?`;
  const restated = restatedClaimAsked(marked) ?? pronounSayingAsked(marked);
  if (restated !== undefined) return questionFirst(restated);
  // "Critics argued that X. Which director of the institute made this argument?": which director argued it.
  const argued = REMARK_THEN_QUESTION.exec(marked);
  const madeThis = argued === null ? null : MADE_THIS.exec(argued[2]!);
  const saying = madeThis === null ? null : ARGUED_THAT.exec(argued![1]!);
  if (madeThis !== null && saying !== null) return `${madeThis[1]!.replace(/^W/, 'w')} ${saying[1]!} ${saying[2]!}?`;
  // "After the raids, someone condemned X and said Y. Who made that statement?": who did what "someone" did.
  const someone = SOMEONE_DID.exec(marked);
  if (someone !== null && !CLAIMING.test(someone[2]!) && (IDENTITY_ASKED.test(`${someone[3]!}?`) || DID_THAT.test(someone[3]!))) return `who ${someone[2]!}${someone[1] === undefined ? '' : `, ${lowerOpening(someone[1])}`}?`;
  // "A commander was killed too. What was his name?": who the remark describes (before "his" is read as a name of the claim's).
  const identifying = REMARK_THEN_QUESTION.exec(marked);
  const nameAsked = REMARK_THEN_NAME.exec(marked);
  const identified = nameAsked !== null ? identityAsked(nameAsked[1]!, 'who was that?') : identifying === null ? undefined : (identityAsked(identifying[1]!, identifying[2]!) ?? describedInRemark(identifying[1]!, identifying[2]!));
  if (identified !== undefined) return questionFirst(identified);
  const asked = claimChecked(marked);
  // "Blinken's visit followed a Hamas attack on Israel. When was that attack?": the thing the remark names.
  const remarked = REMARK_THEN_QUESTION.exec(asked);
  const resolved = remarked === null ? undefined : (demonstrativeResolved(remarked[1]!, remarked[2]!) ?? eventPronounResolved(remarked[1]!, remarked[2]!));
  if (resolved !== undefined) return questionFirst(withStoryOf(remarked![1]!, resolved));
  // A question of its own after the remark ("… Who closed the port after the storm?") is asked alone, of the remark's story; one that points back ("when did it reopen?") is left whole.
  if (remarked !== null && words(remarked[2]!).length >= 5 && !POINTS_BACK.test(remarked[2]!)) return questionFirst(withStoryOf(remarked[1]!, remarked[2]!));
  // A remark that only names the story ("the capri thing.") leaves any question to be asked of it.
  if (remarked !== null && TOPIC_STORY.test(remarked[1]!)) return questionFirst(withStoryOf(remarked[1]!, remarked[2]!));
  // "Apart from the troops, who else was hurt?" → "who was hurt, besides the troops?": the exception
  // stays in the question, whose own words are never its answer.
  // "critics called it a symptom - what day did that attack happen?": a remark set off by a dash before a question of its own.
  const dashed = DASHED_QUESTION.exec(asked) ?? LABELLED_QUESTION.exec(asked) ?? STORY_LABELLED.exec(asked);
  if (dashed !== null) {
    const remark = asked.slice(0, asked.lastIndexOf(dashed[1]!)).replace(/\s*(?:[-–—]|[:;,])\s*$/, '').trim();
    // "Blinken's Annapolis comments - which day were they made?", "the Hamas attack - what was the date?": the remark is what the question asks of.
    // "the story spells it 'anthony blinken' - who is that guy": the name quoted in the remark.
    const quotedName = WHO_IS_THAT.test(dashed[1]!) ? /(?<!\p{L})["“'‘]([^"”'’]{3,40})["”'’](?!\p{L})/u.exec(remark)?.[1] : undefined;
    if (quotedName !== undefined) return `who is ${quotedName}?`;
    // "The 'protect our troops' bite out of Annapolis — whose name goes in the speaker tag?": who said the words the remark quotes.
    const bite = SOUNDBITE.exec(remark);
    if (bite !== null && SPEAKER_ASKED.test(dashed[1]!)) return questionFirst(withRemarkPlace(remark, `who said "${bite[1]!}"?`));
    // "the Hamas leader killed in Tehran last week — who was he?": who the remark describes.
    // "We want an outside voice. The guy from the think tank who said X — who is he?": the last sentence describes him.
    const described = remark.split(/(?<=[.!])\s+(?=\p{Lu})/u);
    const last = described.at(-1)!;
    if (WHO_IS_THAT.test(dashed[1]!) && /^(?:the|a|an)\s/i.test(last)) return questionFirst(`${described.length > 1 ? `${described.slice(0, -1).join(' ')} ` : ''}who was ${last.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())}?`);
    // A short question leans on its remark ("which day were they made?"); in a long one "that" opens a clause of its own.
    // Only a remark that names a thing, not one that tells something ("someone told me they met in Rome"), stands for the pronoun.
    // The question's own words, not the story or source it names after a comma ("…, per the Annapolis wire").
    const own = dashed[1]!.replace(/\s*,\s*(?:according\s+to|per|in|from)\s+[^,?]{2,60}\??\s*$/i, '');
    // "… the Political IQ photo of Blinken — who took that photo?": the thing the remark names, as it names it.
    const shown = words(own).length <= SHORT_QUESTION ? demonstrativeResolved(remark, dashed[1]!) : undefined;
    if (shown !== undefined) return questionFirst(shown);
    // "who's behind it, per SecDef": the pronoun of the question's own words (the story or source after them stays).
    const pronoun = words(own).length <= SHORT_QUESTION && !TELLING_REMARK.test(remark) ? DASH_PRONOUN.exec(own) : null;
    if (pronoun !== null) return questionFirst(`${dashed[1]!.slice(0, pronoun.index)}${lowerOpening(remark)}${dashed[1]!.slice(pronoun.index + pronoun[0].length)}`);
    if (BARE_TIME_QUESTION.test(dashed[1]!)) return questionFirst(`${dashed[1]!.replace(/\s*\?*\s*$/, '')} of ${remark}?`);
    // "isfahan booms - when exactly": when the remark's thing was.
    const bareWhen = BARE_WHEN.exec(dashed[1]!);
    // "tit-for-tat attacks in Iraq — since when?": since when there have been such.
    // The noun phrase's head stands before its first preposition ("attacks on Iraqi soil").
    const head = remark.split(/\s+(?:in|on|at|of|for|from|with|against|across|into|over)\s+/i)[0]!;
    const since = bareWhen?.[1] === undefined ? 'when was' : `since when ${/[^s]s$/i.test(head) ? 'have there been' : 'has there been'}`;
    if (bareWhen !== null) return `${since} ${bareWhen[1] === undefined ? remark : lowerOpening(remark)}${bareWhen[2] ?? ''}?`;
    // "that rocket attack on the base — who did the Pentagon say was behind it?": the thing the remark names is "it".
    const it = THING_NAMED.test(remark) && !TELLS_SOMETHING.test(remark) ? [...dashed[1]!.matchAll(/\bit\b(?!\s+(?:was|is|has|had|seems|looks)\b)/giu)] : [];
    if (it.length === 1) return questionFirst(`${dashed[1]!.slice(0, it[0]!.index)}${remark.replace(/^\s*(?:that|this)\b/iu, 'the')}${dashed[1]!.slice(it[0]!.index + 2)}`);
    // "Capri Reuters byline again — who shared reporting duties alongside Pamuk?": the credit line the remark names is where the name stands.
    if (CREDIT_REMARK.test(remark) && !CREDIT_REMARK.test(dashed[1]!) && DASHED_QUESTION.test(asked) && !/_{2,}/u.test(remark) && /^\s*who/iu.test(dashed[1]!)) return questionFirst(`${dashed[1]!.replace(/\s*\?*\s*$/u, '')} on the ${remark.replace(/^\s*(?:the\s+)?/iu, '').replace(/\s+again\s*$/iu, '')}?`);
    // A question of its own words, not one that is only a story or source after a bare "which day" ("which day, in the Annapolis story?").
    if (words(own).length >= 4) return questionFirst(withStoryOf(remark, withRemarkEvent(remark, dashed[1]!) ?? withRemarkPlace(remark, dashed[1]!)));
  }
  // "pentagon guy in annapolis who said X": the one described, asked as "which pentagon guy in annapolis said X".
  // Not "the analyst who talked about X works at which institute": the question is asked in place, at the end.
  const described = IN_SITU.test(asked) ? null : DESCRIBED_RELATIVE.exec(asked);
  if (described !== null) return `which ${described[1]!.trim()} ${described[2]!}`;
  const excepted = EXCEPTED_FIRST.exec(asked);
  const text = (excepted === null ? asked : `${excepted[2]}, besides ${excepted[1]}${excepted[3]}`).replace(WHO_ELSE, '$1');
  // "by whom were the groups blamed for the attack" → "who blamed the groups for the attack".
  const byWhom = BY_WHOM.exec(text);
  // "by whom was the photo taken" → "who took the photo": an irregular participle as its past.
  if (byWhom !== null) return `who ${PAST_OF.get(IRREGULAR_VERBS.get(byWhom[2]!) ?? '') ?? byWhom[2]} ${byWhom[1]}${byWhom[3]}`;
  const inPlace = ASKED_IN_PLACE.exec(text);
  if (inPlace !== null && !OPENS_AS_QUESTION.test(inPlace[1]!)) {
    const [, subject, verb, preposition] = inPlace as unknown as [string, string, string, string];
    // "the raid was carried out by who" → "who carried out the raid"; "the attack got blamed on who" → "who was blamed
    // for the attack" (what it is blamed on is who is blamed for it); "the curfew was imposed on who" → "who was the curfew imposed on".
    if (preposition.toLowerCase() === 'by') return `who ${verb} ${subject}`;
    return /^blamed$/i.test(verb) ? `who was blamed for ${subject}` : `who was ${subject} ${verb} on`;
  }
  const tagged = TAGGED.exec(text);
  if (tagged !== null && !OPENS_AS_QUESTION.test(tagged[1]!)) return `who is ${tagged[1]}`;
  // "what does Vatanka do, who is he": the question before the tag asks it already.
  if (tagged !== null && /^(?:who|whom)$/i.test(TAG_WORD.exec(text)?.[1] ?? '')) return tagged[1]!;
  const fronted = FRONTED.exec(text);
  if (fronted === null) return text;
  const [, before, question, marks] = fronted as unknown as [string, string, string, string];
  if (OPENS_AS_QUESTION.test(before)) return text;
  if (FRONTED_CLAUSE.test(before)) return `${question} ${before}${marks}`;
  const pronoun = FRONTED_PRONOUN.exec(question);
  if (pronoun === null) return text;
  const named = pronoun[2] === undefined ? before : `${before}'s`;
  return `${question.slice(0, pronoun.index)}${named}${question.slice(pronoun.index + pronoun[0].length)}${marks}`;
}

/** "Who was that?", "What was his name?", "Which President was that?": asks who the one the remark describes is. */
const IDENTITY_ASKED = /^\s*(?:(?:who|whom)(?:['’]s|\s+(?:was|is|were|are))\s+(?:that|it|he|she|they|this|them)(?:\s+(?:guy|man|woman|person|one))?|(?:(?:with|to|from|by|for)\s+)?(?:who|whom)|what(?:['’]s|\s+(?:was|is|were|are))\s+(?:his|her|their|its)\s+names?|(?:which|what)\s+(?:[\p{L}-]{3,}\s+)?([\p{L}-]{3,})\s+(?:was|is|were|are)\s+(?:that|it|this|they|he|she))\s*\?+\s*$/iu;
/** "the Gazette piece mentions …", "the Reuters story says …": the story a remark reports its description from. */
const MENTIONED_IN = /^\s*(.{2,60}?)\s+(?:mentions|mentioned|says|said|quotes|quoted|names|named|describes|described|reports|reported|talks\s+about|has)\s*$/i;
/** A remark, then only "full name?" or "name?": asks who the one it describes is. */
const REMARK_THEN_NAME = /^\s*(.{8,400}?[.!])\s+(?:(?:his|her|their|the)\s+)?(?:full\s+|first\s+|last\s+)?name\s*\?+\s*$/i;
/** Nouns that describe someone without naming them, besides titles: "an expert", "a third Reuters name", "somebody who …". */
const DESCRIBING_NOUNS: ReadonlySet<string> = new Set(['expert', 'man', 'woman', 'person', 'guy', 'figure', 'name', 'someone', 'somebody', 'politician', 'group', 'country', 'militant', 'journalist', 'reporter', 'photographer', 'writer']);
/** "There was …", "There's …": a remark that only introduces the one it describes. */
const THERE_WAS = /^\s*there(?:['’]s|\s+(?:was|is|were|are))\s+/i;

/**
 * "A top Hezbollah commander was also killed last week. What was his name?" asks "which top
 * Hezbollah commander was also killed last week": the remark's description (the noun the question
 * names, else its first "a(n) …" phrase whose head describes someone) becomes the asked phrase, in
 * place. "There was an expert … who said X" drops its "there was" and its "who".
 */
/** A clause's subject (a few words) and its auxiliary: "Lopez had …", "The envoy was …". */
const SUBJECT_AND_AUXILIARY = /^\s*((?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+)\s+(had|has|have|was|were|is|are|would|will)\b(.*)$/u;
/** A clause's subject and the rest from its verb in the past: "Lopez met …". */
const SUBJECT_AND_VERB = /^\s*((?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+)(\s+(\p{Ll}+)\b.*)$/u;
/** 'calls someone "the political leader of X"': a description the remark quotes. */
const CALLED_SOMEONE = /\b(?:calls|called|describes|described|refers\s+to|referred\s+to|names|named)\s+(?:someone|somebody|a\s+(?:man|woman|person))\s+(?:as\s+)?["“]([^"”]{3,150})["”]/i;
/** A clause before the subject that only says when: "Prior to facing the press, …", "After the summit, …". */
const FRONTED_WHEN = /^\s*((?:prior\s+to|before|after|following|during|while|since|ahead\s+of)\b[^,]{3,120}),\s*(.+)$/iu;
/** "someone", "somebody" after a preposition or verb: where the one asked about stands in the remark. */
const SOMEONE_IN_REMARK = /(?<=\b(?:with|to|by|from|for|met|called|phoned|visited|thanked|blamed)\s+)(?:someone|somebody)\b/i;
/** "Who's the Pentagon guy?": who a description the remark used is. */
const WHO_IS_THE = /^\s*who(?:['’]s|\s+(?:is|was))\s+the\s+((?:[\p{L}-]+\s+){0,3}?(?:guy|man|woman|person|official|one|expert|analyst|fellow|spokesman|spokeswoman))\s*\?+\s*$/iu;

/**
 * "… then the Pentagon guy talks about keeping troops safe. Who's the Pentagon guy?": the one the
 * remark describes by the same words, as what the remark says of them ("which Pentagon guy talks
 * about keeping troops safe?").
 */
function describedInRemark(remark: string, question: string): string | undefined {
  // 'The article calls someone "the leader of X". Who is that?': whoever the quoted words describe.
  const called = IDENTITY_ASKED.test(question) ? CALLED_SOMEONE.exec(remark)?.[1] : undefined;
  if (called !== undefined) return `who is ${called}?`;
  // "Lopez had been in talks with someone before the summit. Who was it?": the one asked for stands where "someone" does.
  const someone = IDENTITY_ASKED.test(question) ? SOMEONE_IN_REMARK.exec(remark) : null;
  if (someone !== null) {
    const whole = `${remark.slice(0, someone.index)}${remark.slice(someone.index + someone[0].length)}`.replace(/\s*[.!]+\s*$/, '').replace(/\s{2,}/g, ' ');
    // "Prior to the summit, Lopez had been in talks with someone": the clause that only says when goes last.
    const fronted = FRONTED_WHEN.exec(whole);
    const told = fronted === null ? whole : `${fronted[2]!} ${fronted[1]!.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())}`;
    // "Lopez had been in talks with before …" → "who had Lopez been in talks with before …"; "Lopez met in Lenz" → "who did Lopez met in Lenz".
    const clause = SUBJECT_AND_AUXILIARY.exec(told);
    if (clause !== null) return `who ${clause[2]!.toLowerCase()} ${clause[1]!}${clause[3]!}?`;
    const done = SUBJECT_AND_VERB.exec(told);
    // The verb in the past, as the remark tells what was done: "met", "phoned" (irregular or "-ed").
    const past = done !== null && (/ed$/.test(done[3]!) || IRREGULAR_VERBS.has(done[3]!));
    return past ? `who did ${done![1]!}${done![2]!}?` : undefined;
  }
  const phrase = WHO_IS_THE.exec(question)?.[1];
  if (phrase === undefined) return undefined;
  const told = new RegExp(String.raw`\bthe\s+${escapeRegExp(phrase)}\s+((?:[\p{L}'’-]+\s+){0,2}?\p{Ll}+(?:s|ed)\b[^,.;!?]{3,160})`, 'iu').exec(remark);
  return told === null ? undefined : `which ${phrase} ${told[1]!.trim()}?`;
}

/** "who was he?", "who is she?": asks who a person is. */
const PERSONAL_ASKED = /^\s*(?:who|whom)(?:['’]s|\s+(?:was|is))\s+(?:he|she)\b/i;

function identityAsked(remark: string, question: string): string | undefined {
  const asked = IDENTITY_ASKED.exec(question);
  if (asked === null) return undefined;
  // "The Capri stuff. There's an official who says …": the one described stands in the last sentence; the ones before set the story.
  const sentences = remark.replace(/\s*[.!]+\s*$/, '').split(/(?<=[.!])\s+(?=\p{Lu})/u);
  const lead = sentences.slice(0, -1).join(' ');
  // "The article says the rockets came from an Iran-backed militia": what the story says is the remark; the story is asked of.
  const last = sentences.at(-1)!;
  const says = STORY_SAYS_OPENER.exec(last);
  const body = (says === null ? last : last.slice(says[0].length)).replace(THERE_WAS, '');
  const ofStory = (question: string) => (says === null ? question : `${question.replace(/\s*\?+\s*$/, '')}, in ${says[1]!.trim().replace(/^(?:this|that|the)\s/i, 'the ')}?`);
  const noun = asked[1]?.toLowerCase();
  for (const determiner of body.matchAll(/(?<![\p{L}'’-])(?:the|a|an|one|([\p{L}-]+)['’]s)\s+/giu)) {
    const after = body.slice(determiner.index + determiner[0].length);
    const following = [...after.matchAll(/[\p{L}'’-]+/gu)].slice(0, 4);
    // The phrase's head: the first of its next words that describes someone ("a third Reuters name"), before any comma.
    const describes = (word: RegExpMatchArray): boolean => {
      const form = word[0].toLowerCase();
      if (after.slice(0, word.index).includes(',')) return false;
      // "The political leader of Hamas was killed. Who was he?": a definite subject is the one "he" or "she" stands for.
      const definiteOk = !/^the\s/i.test(determiner[0]) || (determiner.index === 0 && PERSONAL_ASKED.test(question));
      return noun === undefined ? definiteOk && (ROLE_HEADS.has(form.replace(/s$/, '')) || DESCRIBING_NOUNS.has(form)) : indexTerm(form) === indexTerm(noun);
    };
    let at = following.findIndex(describes);
    if (at < 0) continue;
    // "a head guy": the phrase ends at the last of its describing words.
    while (at + 1 < following.length && describes(following[at + 1]!)) at++;
    const head = following[at]!;
    const end = head.index! + head[0].length;
    const rest = after.slice(end).replace(/^(\s*(?:in|from|on)\s+the\s+[^,]{2,60}?)?\s*,?\s*(?:(?:somebody|someone)\s+)?(?:who|that)\s+/i, '$1 ');
    // "Hezbollah's head guy": the possessor describes the one asked for ("which Hezbollah head guy").
    const described = `which ${determiner[1] === undefined ? '' : `${determiner[1]} `}${after.slice(0, end)}`;
    // "the Gazette piece mentions a port guy making threats": the one asked for did what the participle says, in that story.
    const told = MENTIONED_IN.exec(body.slice(0, determiner.index));
    const opened = lead === '' ? '' : `${lead} `;
    // "I read in the paper about a man who runs X": the asker's own telling says nothing of him; nor does
    // a report's frame ("Blinken recalled that an American president said …": which president said it).
    if (ASKER_TELLS.test(body.slice(0, determiner.index)) || REPORTED_THAT.test(body.slice(0, determiner.index))) return `${opened}${described}${rest}?`;
    if (told !== null && STORY_WORD.test(told[1]!) && /^\s+\p{Ll}+ing\b/u.test(rest)) return `${opened}${described} was${rest}, in the ${told[1]!.trim().replace(/^the\s+/i, '')}?`;
    // "The storm killed the chief engineer of the port. Name that engineer.": which chief engineer of the port the storm killed, asked first.
    // "… came from an Iran-backed militia": "which Iran-backed militia did … come from".
    const doer = DONE_TO.exec(body.slice(0, determiner.index).trim());
    // Not "Blinken quoted the President telling X": the one described did what the participle says, which stays in place.
    const base = doer === null || /^\s+\p{Ll}+ing\b/u.test(rest) ? undefined : pastBase(doer[2]!);
    if (base !== undefined) return ofStory(`${opened}${described}${rest.replace(/\s*$/, '')} did ${doer![1]!.replace(/^(?:The|A|An)\b/, (article) => article.toLowerCase())} ${base}${doer![3] === undefined ? '' : ` ${doer![3]}`}?`);
    return `${opened}${body.slice(0, determiner.index)}${described}${rest}?`;
  }
  return undefined;
}

/** "The article says (that) …", "the Reuters piece mentions …": the story whose telling follows. */
const STORY_SAYS_OPENER = /^\s*((?:the|this|that)\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:story|article|piece|report|dispatch|wire))\s+(?:says|said|reports|reported|notes|noted|writes|wrote)\s+(?:that\s+)?/iu;
/** A remark's subject and its verb in the past, with a preposition left at the end: "the storm killed", "the rockets came from". */
const DONE_TO = /^((?:[\p{L}\d'’.-]+\s+){0,6}?[\p{L}\d'’.-]+)\s+(\p{Ll}+)(?:\s+(from|to|with|on|at|by|for|into|about|against|of))?$/u;

/** The asker telling how they came upon someone: "I read in the paper about", "my daughter mentioned". */
const ASKER_TELLS = /^\s*(?:I|i|we|my\s+[\p{L}-]+|our\s+[\p{L}-]+)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:about|of|on|mentioned|said|says|told\s+me)\s*$/u;

/** Words of a question that point back at the remark before it. */
const POINTS_BACK = /\b(?:it|its|that|this|those|these|they|them|their|he|him|his|she|her)\b/i;
/** A remark of one or more sentences, then a question of its own. */
const REMARK_THEN_QUESTION = /^\s*(.{8,400}?[.!])\s+([^.!?]*\b(?:who|whom|whose|what|which|when|where|how)\b[^.!?]*\?+)\s*$/i;
/** The same, chat's way: a topic or a remark, then a question that opens with its question word and has no question mark. */
const REMARK_THEN_BARE_QUESTION = /^\s*(.{8,400}?[.!])\s+((?:who|whom|whose|what|which|when|where|how)\b[^.!?]*)\s*$/i;
/** "that attack", "those missiles", "this purported strike": a thing the remark has named. */
const DEMONSTRATIVE = /\b(?:that|this|those|these)\s+(\p{Ll}{3,})(?:\s+(\p{Ll}{3,}))?/u;
/** Verbs a demonstrative's noun is the subject of ("did that attack happen"), never its head. */
const EVENT_VERBS = new Set(['happen', 'occur', 'start', 'end', 'begin', 'unfold']);
/** Nouns of time, which a remark's date answers rather than names (see `weekdayAsked`). */
const TIME_NOUNS = new Set(['day', 'date', 'time', 'week', 'month', 'year', 'point']);
/** Words that end a noun phrase on its left: its determiner (kept as "the"), or a word outside it. */
const PHRASE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'one', 'some']);
const OUTSIDE_PHRASE = /^(?:of|on|in|at|to|for|with|by|from|after|before|down|up|out|off|that|which|who|and|or|but|as|is|was|were|are|has|had|have|said|says|mentions|reports|notes|describes|calls|lists|writes|tells|\p{Ll}+(?:ed|ing))$/u;
/** A prepositional phrase after the noun that belongs to it ("an attack on Israel", "a base in Iraq"). */
const NOUN_COMPLEMENT = /^\s+((?:on|in|at|against|toward|towards|from|near|over)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)(?=\s*(?:[,.;:!?]|$|\s(?:that|which|who|and|but|as|after|before|to|when|while)\b))/u;

/** "when did they happen", "when they went off": a pronoun as the subject of a question about an event's time. */
const EVENT_PRONOUN = /\b(?:did|do|does|was|were|when)\s+(they|it)\s+(?=(?:happen|occur|take\s+place|go\s+off|went\s+off|start|begin|unfold)\w*\b)/i;

/**
 * "The story mentions blasts in an Iranian city. When did they happen?": the pronoun stands for
 * the event the remark names (its first event noun: "blasts"), read as "those blasts" would be.
 */
function eventPronounResolved(remark: string, question: string): string | undefined {
  const pronoun = EVENT_PRONOUN.exec(question);
  if (pronoun === null) return undefined;
  const noun = words(remark).find((word) => EVENT_NOUNS.has(word.toLowerCase()));
  if (noun === undefined) return undefined;
  const at = pronoun.index + pronoun[0].lastIndexOf(pronoun[1]!);
  return demonstrativeResolved(remark, `${question.slice(0, at)}${pronoun[1]!.toLowerCase() === 'they' ? 'those' : 'that'} ${noun.toLowerCase()}${question.slice(at + pronoun[1]!.length)}`);
}

/**
 * The question with a demonstrative phrase ("that attack") put as the noun phrase the remark gives
 * the noun ("the Hamas attack on Israel"): its modifiers back to its determiner, and a prepositional
 * phrase after it. Undefined when the question has none or the remark does not name the noun.
 */
function demonstrativeResolved(remark: string, question: string): string | undefined {
  const asked = DEMONSTRATIVE.exec(question);
  if (asked === null) return undefined;
  const tokens = [...remark.matchAll(/[\p{L}\d'’-]+|[^\s\p{L}\d]/gu)];
  const named = (word: string | undefined) => {
    const noun = word === undefined || TIME_NOUNS.has(word) ? null : indexTerm(word);
    return noun === null ? -1 : tokens.findLastIndex((token) => indexTerm(token[0].toLowerCase()) === noun);
  };
  // "that purported strike": the noun is the second word when the remark names it, else the first ("those missiles been fired").
  // After a hedging adjective ("that alleged strike") the second word is the noun, even one that is a verb too.
  const hedged = HEDGING_ADJECTIVES.has(asked[1]!);
  const second = asked[2] === undefined || OUTSIDE_PHRASE.test(asked[2]) || (!hedged && (IRREGULAR_VERBS.has(asked[2]) || PAST_OF.has(asked[2]) || EVENT_VERBS.has(asked[2]))) ? -1 : named(asked[2]);
  const at = second >= 0 ? second : named(asked[1]);
  if (at < 0) return undefined;
  const replaced = second >= 0 ? asked[0] : asked[0].slice(0, asked[0].length - (asked[2] === undefined ? 0 : asked[2].length + 1)).trimEnd();
  let start = at;
  while (start > 0 && at - start < 4) {
    const word = tokens[start - 1]![0];
    if (PHRASE_DETERMINERS.has(word.toLowerCase()) || !/^[\p{L}\d]/u.test(word) || (OUTSIDE_PHRASE.test(word) && !HEDGING_ADJECTIVES.has(word)) || IRREGULAR_VERBS.has(word)) break;
    start--;
  }
  const end = tokens[at]!.index! + tokens[at]![0].length;
  const complement = NOUN_COMPLEMENT.exec(remark.slice(end))?.[1];
  const phrase = `the ${remark.slice(tokens[start]!.index!, end)}${complement === undefined ? '' : ` ${complement}`}`;
  return `${question.slice(0, asked.index)}${phrase}${question.slice(asked.index + replaced.length)}`;
}

/** "the Political IQ story says …", "the Reuters report notes …": a story as the subject of the remark. */
const STORY_SAYS = /(?:^|[:,]\s*|\s)(the\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:story|article|piece|report|dispatch|wire|copy|write[- ]?up)(?:\s+(?:from|on|about|datelined)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?)\s+(?:says|said|reports|reported|notes|noted|writes|wrote|states|stated|puts|describes|calls|quotes|lists|listed|mentions|mentioned|names|named|credits|credited|carries|carried)\b/iu;

/**
 * The story a remark before the question names ("Fact-check for the dpa piece: when …"), kept with
 * the question it is asked of, unless the question names its own.
 */
/** Words a remark quotes as a soundbite: "the 'protect our troops' bite", "the 'American absence' soundbite", "the \"don't\" quote". */
const SOUNDBITE = /['‘"“]([^'’"”]{3,80})['’"”]\s*(?:sound\s*bite|soundbite|bite|quote|line|remark|comment|grab)\b/iu;
/** A question that asks whose words they are: "whose name goes in the speaker tag?", "which analyst is that?". */
const SPEAKER_ASKED = /^\s*(?:who|whose|which\b[^?]{0,60}?\b(?:is|was)\s+(?:that|it|he|she))\b/iu;

/** A remark that names a story's credit line: "Capri Reuters byline", "the credits", "'Reporting by'". */
const CREDIT_REMARK = /\b(?:byline|credits?(?:\s+line)?|(?:reporting|writing|editing)\s+by)\b/iu;

function withStoryOf(remark: string, question: string): string {
  // "the Political IQ story says …": the story that says the remark is the one asked of.
  const saying = STORY_SAYS.exec(remark)?.[1];
  // "ok so the capri thing.", "reading the annapolis one rn.": chat names the story it is reading.
  // A label ("annapolis story: …") is a remark without its full stop.
  const topic = saying === undefined ? TOPIC_STORY.exec(/[.!]\s*$/.test(remark) ? remark : `${remark}.`)?.[1] : undefined;
  const story = STORY_SCOPE.exec(` ${saying !== undefined ? `in ${saying}` : topic !== undefined ? `in the ${topic.trim()} story` : remark.replace(/\bfor\s+(?=the\b)/i, 'in ')}`);
  return story === null || STORY_SCOPE.test(question) ? question : `${question.replace(/\s*[?!.]*\s*$/, '')}, ${story[0].replace(/^\s*,?\s*/, '')}?`;
}

/** A remark that only names the story chat is reading: "the capri thing", "the annapolis one", "that political iq piece". */
const TOPIC_STORY = /^\s*(?:(?:ok(?:ay)?\s+)?so\s+|reading\s+|re\s+|about\s+)?(?:(?:the|that|this)\s+)?((?:[\p{L}\d'’.-]+\s+){1,3}?)(?:one|thing|piece|story|article|report|write-?up|readout|dispatch|wire|copy)\b[^.!?]{0,12}[.!]\s*$/iu;
/** A remark that is only a noun phrase ("the isfahan explosions."): what the question's "it" stands for. */
const TOPIC_PHRASE = /^\s*((?:the|that|those|these)\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+)\s*[.!]\s*$/iu;

/**
 * A subject's name typed in lower case after the question's auxiliary, written with its capital
 * where the corpus knows the name and the word is no common one ("who did blinken meet" →
 * "Blinken"): which side of the verb a name stands on, and which word is the act, is read from
 * its capital. Only there: elsewhere a lower-case word the corpus also holds in a name
 * ("architecture", "government") is mostly the common word.
 */
function withNamesCased(text: string, isName: NameCheck): string {
  const cased = (whole: string, auxiliary: string, word: string) => {
    const cls = wordClass(word);
    return cls === 'common' || cls === 'calendar' || !isName(word) ? whole : `${auxiliary}${word[0]!.toUpperCase()}${word.slice(1)}`;
  };
  return text.replace(SUBJECT_AFTER_AUXILIARY, cased).replace(SUBJECT_AFTER_CONTRACTION, cased);
}

/**
 * "when blinken say …", "what kind of war Tehran want to prevent", "who write the story": a
 * question typed without its auxiliary, a name the corpus knows right before a bare verb, or "who"
 * before one. Asked as English writes it ("when did blinken say", "who wrote"), the rules read its
 * subject and its act.
 */
function withAuxiliary(text: string, isName: NameCheck): string {
  const bareWho = BARE_WHO.exec(text);
  const past = bareWho === null ? undefined : PAST_OF.get(bareWho[2]!.toLowerCase());
  if (bareWho !== null && past !== undefined) return `${bareWho[1]}${past}${text.slice(bareWho[0].length)}`;
  const asked = WITHOUT_AUXILIARY.exec(text);
  if (asked === null) return text;
  const rest = words(text.slice(asked[0].length));
  // Most questions have their auxiliary ("when did …"): no name is looked up for them.
  if (rest.length < 2 || NOT_BARE_VERB.test(rest[0]!.toLowerCase())) return text;
  // "which State Department spokesperson said": a name the question phrase opens goes on; no subject starts inside it.
  if (/\p{Lu}[\p{L}-]*$/u.test(asked[0]) && /^\p{Lu}/u.test(rest[0]!) && /^\s*(?:what|which)\b/i.test(asked[0])) return text;
  for (let length = 1; length <= 3 && length < rest.length; length++) {
    const subject = rest.slice(0, length).join(' ');
    const verb = rest[length]!;
    // The cheap test first: a bare verb must follow; only then is the subject looked up as a name.
    if (!/^\p{Ll}+$/u.test(verb) || NOT_BARE_VERB.test(verb)) continue;
    if (!isName(subject) || wordClass(subject.toLowerCase()) === 'common') continue;
    return `${asked[0]} did${text.slice(asked[0].length)}`;
  }
  return text;
}

/** The question phrase of a question that may lack its auxiliary: "when", "what kind of war", "which day". */
const WITHOUT_AUXILIARY = /^\s*(?:when|where|why|(?:what|which)\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|may|might|must)\b)[\p{L}-]+(?:\s+of\s+(?!(?:the|a|an)\s)[\p{L}-]+)?)(?=\s)/iu;
/** Words that are no bare verb after a subject: auxiliaries, function words, and inflected forms ("says", "said", "saying"). */
const NOT_BARE_VERB = /^(?:is|was|are|were|am|be|been|did|does|do|has|have|had|will|would|can|could|should|shall|may|might|must|the|a|an|of|in|on|at|to|for|with|from|by|and|or|but|as|that|this|these|those|its|his|her|their|it|he|she|they|not|also|then|first|last|\p{L}+(?:ed|ing|ly|[^s]s))$/u;
/** "who write", "who give": "who" before the bare form of an irregular verb. */
const BARE_WHO = /^(\s*who\s+)(\p{Ll}+)\b/u;
/** The simple past of each irregular verb's base form: the first past form its table lists. */
const PAST_OF: ReadonlyMap<string, string> = new Map([...IRREGULAR_VERBS].reverse().map(([past, base]) => [base, past]));

/** "who's blinken meeting": the subject after a question word's "'s" ("is"), before an "-ing" verb. */
const SUBJECT_AFTER_CONTRACTION = /^(\s*(?:who|whom|what|where|when)['’]s\s+)(?=\p{Ll}[\p{Ll}'’-]{2,}\s+\p{L}+ing\b)(\p{Ll}[\p{Ll}'’-]{2,})/iu;

/**
 * A lower-case word after a question's auxiliary, with another word after it: where the subject
 * stands. After "was" or "is" only before an "-ing" verb ("who was iran threatening"): there an
 * adjective stands more often ("who was instrumental in …").
 */
const SUBJECT_AFTER_AUXILIARY = /^(\s*(?:who|whom|when|what|which|where|how)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:(?:did|does|do|will|would|could|can|has|have|had)\s+(?=\p{Ll}[\p{Ll}'’-]{2,}\s+\p{L})|(?:was|is|were|are)\s+(?=\p{Ll}[\p{Ll}'’-]{2,}\s+\p{L}+ing\b)))(\p{Ll}[\p{Ll}'’-]{2,})/iu;

/** "According to X, who …?": the question after a source put first. */
/** "…, according to X" at a question's end: the source of the claim asked about (see `sourceLast`). */
export const TRAILING_SOURCE = /,?\s+according\s+to\b.*$/i;
const SOURCE_FIRST = /^\s*(according\s+to\s+[^,?]{2,80}),\s*(.+?)\s*(\?*)\s*$/i;

/** A source set off by commas between the question phrase and the rest of the question. */
const SOURCE_INSIDE = /^(\s*(?:since\s+)?(?:who|whom|whose|what|which|when|where|how|on|in|at)\b[^,?]{0,40}?),\s*(according\s+to\s+[^,?]{2,60}),\s*(.+?)\s*(\?*)\s*$/i;

/** Other ways a question names its claim's source: "per the minister", "by the minister's account", "in her words". */
const OTHER_SOURCES: ReadonlyArray<[RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  [/(^|,\s*|\s)by\s+([^,?]{2,60}?)['’]s?\s+(?:own\s+)?account\b/giu, '$1according to $2'],
  [/(^|,\s*|\s)in\s+([^,?]{2,60}?)['’]s?\s+(?:own\s+)?words\b/giu, '$1according to $2'],
  // "…, as the Annapolis wire copy places it?", "timing as dpa reports it": the story's telling.
  [/,?\s+as\s+((?:the\s+)?[^,?]{2,60}?)(?:\s+(?:wire\s+)?copy)?\s+(?:places?|puts?|reports?|tells?|gives?|dates?|describes?|frames?|has)\s+it\b/giu, ', according to $1'],
  // "which day, resolved against the Annapolis dateline?": the story's date to count from, not the dateline asked for.
  [/,?\s*(?:(?:as\s+)?(?:resolved|counted|reckoned|worked\s+out)\s+)?(?:against|relative\s+to)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,2})(?:dateline|date\s+of\s+the\s+(?:dispatch|story|article|report|wire)|(?:article|story|dispatch)['’]s\s+(?:own\s+)?(?:date|dateline))\b/gu, (_m: string, story: string) => (story === '' ? '' : `, in the ${story}story`)],
  // "per reporting", "per open-source reporting": no story in particular.
  [/,?\s+(?:per|according\s+to)\s+(?:(?:open-source|press|media|news|public)\s+)?reporting\b/giu, ''],
  // "…, by the Reuters account?": the story so named, not the doer.
  [/(^|,\s*)by\s+(the\s+[^,?]{2,60}?\s+(?:account|story|report|dispatch|piece|article|telling|version))\b/giu, '$1according to $2'],
  // "when exactly, reuters version": the outlet's telling.
  [/,\s*(?:the\s+)?(\p{L}[\p{L}.'’-]*)\s+version\s*(\?*)\s*$/iu, ', according to $1$2'],
  // "per the Political IQ reporting": the story's reporting is the story.
  [/\b(according\s+to\s+the\s+(?:[\p{L}\d.'’-]+\s+){1,3}?)reporting\b/giu, '$1story'],
  // "…, Capri wire": a trailing label naming the story.
  [/,\s*(?:the\s+)?((?:(?!(?:per|according|in|from|by|on|of|to|at|for|with|as|the|that|this|his|her|their|its)\b)\p{L}[\p{L}.-]*\s+){0,2}(?!(?:per|according|in|from|by|on|of|to|at|for|with|as|the|that|this|his|her|their|its)\b)\p{L}[\p{L}.-]*)\s+(?:wire|story|piece|report|article|dispatch|copy|account)\s*(\?*)\s*$/iu, ', according to the $1 story$2'],
  // Not "per day", "per cent", "per capita": a rate.
  [/(^|,\s*|\s)per\s+(?!(?:cent|capita|day|week|month|year|hour|minute|person|head|annum|trip|truck|unit|share)\b)(?=the\s|\p{L})/giu, '$1according to '],
];

/** "According to the minister, who struck?" is asked as "who struck, according to the minister?": the question first, its source after. */
function sourceLast(asked: string): string {
  const text = OTHER_SOURCES.reduce((read, [pattern, replacement]) => read.replace(pattern, replacement as string), asked);
  const fronted = SOURCE_FIRST.exec(text);
  if (fronted !== null) return `${fronted[2]}, ${fronted[1]!.replace(/^according/i, 'according')}${fronted[3]}`;
  // "On which day, according to dpa, did Blinken say …": the source set off inside the question goes after it.
  const inside = SOURCE_INSIDE.exec(text);
  return inside === null ? text : `${inside[1]} ${inside[3]}, ${inside[2]}${inside[4]}`;
}

/** "the highest-ranking official", "top-ranking": the most senior, as news writes it. */
const HIGHEST_RANKING = /\b(?:highest|top)[-\s]ranking\b/gi;

/** Titles chat writes short: "prez", "sec def", "sec of state". */
const CHAT_TITLES: ReadonlyArray<[RegExp, string]> = [
  [/\bprez\b/gi, 'president'],
  [/\bsec\s*def\b/gi, 'defense secretary'],
  [/\bsec\s*state\b/gi, 'secretary of state'],
  [/\bpotus\b/gi, 'president'],
  [/\bmideast\b/gi, 'Middle East'],
  [/\bKIA\b/g, 'killed'],
  [/\bsec\.?\s+of\s+state\b/gi, 'secretary of state'],
];

/** "Mr Blinken", "Mrs. Lee", "Dr Ray": a courtesy title before a name, which news copy does not write (the name is matched without it). */
const COURTESY_TITLE = /\b(?:Mr|Mrs|Ms|Mister|Dr|Sir|Madam)\.?\s+(?=\p{Lu}\p{Ll})/gu;

/** "the foreign minister guy", "the Pentagon chief fella": a title, then a word that only says it is a person. */
const TITLE_THEN_PERSON = new RegExp(String.raw`\b(${[...ROLE_HEADS].join('|')})\s+(?:guy|man|woman|lady|fellow|fella|chap|dude|bloke|person)\b`, 'giu');

/** Titles chat writes by their initials. */
const TITLE_INITIALS: Readonly<Record<string, string>> = { pm: 'prime minister', fm: 'foreign minister' };

/**
 * "who is the pm of israel", "Israel's PM", "PM Netanyahu": a title by its initials, written out.
 * Only after an article, a possessive or a demonym, or before a name: "3 pm" is a time.
 */
function titlesSpelledOut(text: string): string {
  return CHAT_TITLES.reduce((read, [pattern, title]) => read.replace(pattern, title), text.replace(HIGHEST_RANKING, 'most senior').replace(COURTESY_TITLE, '').replace(TITLE_THEN_PERSON, '$1'))
    .replace(/(?<=\b(?:[Tt]he|\p{L}+['’]s|\p{L}+(?:i|ian|an|ese|ish))\s+)(?:pm|fm|PM|FM)\b/gu, (initials) => TITLE_INITIALS[initials.toLowerCase()] ?? initials)
    .replace(/\b(?:PM|FM)(?=\s+\p{Lu})/gu, (initials) => TITLE_INITIALS[initials.toLowerCase()] ?? initials)
    // "Italy FM", "Israel PM", texted "israel PM": a country's title as headlines write it.
    .replace(/(?<=\b\p{L}\p{Ll}+\s+)(?:PM|FM)\b/gu, (initials) => TITLE_INITIALS[initials.toLowerCase()] ?? initials);
}

const QUESTION_WORDS = ['what', 'when', 'who', 'whom', 'which', 'where'];

/** English words one letter off a question word, which mean themselves: "why did", "that was", "then was". */
const NEAR_QUESTION_WORDS = new Set(['why', 'how', 'whose', 'that', 'then', 'than', 'wheat', 'whim', 'whit', 'whey', 'wham', 'whet', 'whew']);

/** A first word and the auxiliary after it: "wat did …", "wen was …", "hwo has …". */
const FIRST_WORD = /^(\s*)([a-z]{2,6})(?=\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b)/i;

/**
 * A question word typed one letter off, as chat does ("wat did she say", "wen was it", "hwo
 * said"), written right when one question word alone is that close and an auxiliary follows.
 */
function spelledQuestionWord(text: string): string {
  const typed = FIRST_WORD.exec(text);
  const word = typed?.[2]?.toLowerCase();
  if (typed === null || word === undefined || QUESTION_WORDS.includes(word) || NEAR_QUESTION_WORDS.has(word)) return text;
  const near = QUESTION_WORDS.filter((q) => oneEditApart(word, q));
  return near.length === 1 ? `${typed[1]}${near[0]}${text.slice(typed[0].length)}` : text;
}

/** One letter added, dropped, changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** "what year" is answered by a year, "what month" by a month; anything else by a day. */
function granularityOf(text: string): Granularity {
  if (/\b(?:what|which)\s+year\b/i.test(text)) return 'year';
  if (/\b(?:what|which)\s+(?:weekday|day\s+of\s+the\s+week)\b/i.test(text)) return 'weekday';
  if (/\b(?:what|which)\s+month\b/i.test(text)) return 'month';
  return 'day';
}

/** Where the act of "when did X <act> …", "who <act>ed …" stands: after the question word and its auxiliary. */
const MODAL = /^(?:will|would|should|could|must|might|may|can)$/i;
const ACT_CLAUSE = /^\s*(?:when|(?:on|in|at)?\s*(?:what|which)\s+(?:day|date|weekday|day\s+of\s+the\s+week|time|year|month)|who|which\s+\w+)(?:['’](s)\s+|\s+(?:(did|does|do|will|would|should|could|must|might|may|can|has|have|had|was|were|is|are)\s+)?)(.+)$/i;

/**
 * "which thriller writer would consider …", "which former senator has backed …": a noun phrase of
 * up to four words ("which governments in the region have …"), then an auxiliary or a modal, then the act (the one-word "which X" of
 * `ACT_CLAUSE` would read the phrase's head noun as the verb).
 */
const WHICH_PHRASE_ACT = /^\s*which(?:\s+[\w'’-]+){2,4}?\s+(did|does|do|will|would|could|can|should|might|may|has|have|had|was|were|is|are)\s+(.+)$/i;

/** Adverbs that stand before a verb and end in no "-ly": "who had already sent …", "has X also met …". */
const VERB_ADVERBS = 'already|also|just|still|ever|even|never|again|previously|recently|reportedly|allegedly|repeatedly|once|more|first|last|then|later|soon';
const VERB_ADVERB = new RegExp(`^(?:${VERB_ADVERBS})$`, 'i');

/** Verbs too light to stand for an event on their own ("hold talks", "take part", "make a visit"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['hold', 'make', 'take', 'have', 'give', 'get', 'go', 'do', 'pay', 'put', 'come', 'be', 'become', 'say', 'tell', 'speak', 'talk', 'happen', 'occur']);

const BE_FORMS: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'been', 'being']);

/** Words that open a verb's object or phrase: after a lowercase word, they show it is the verb. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'to', 'for', 'in', 'on', 'at', 'with', 'from', 'by', 'of', 'about', 'into', 'against']);

/** A personal pronoun that is a question's whole subject. */
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|you|i)$/i;

/** Particles that make a phrasal verb whose meaning is not its verb's ("carry out", "set off", "end up"). */
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'away', 'back']);

/**
 * The verb a who/when question asks about, as written ("confirm" in "When did the US confirm the
 * strike?", "fired" in "who fired the rockets?"); for "carry out X", the noun X ("revenge"); none when
 * it is light or another phrasal verb, or the question is not of that form. A premise check reads it: an act the coverage only denies did not happen.
 */
export function askedAct(text: string): string | undefined {
  const verb = askedVerb(text);
  if (verb === undefined) return doneNoun(text);
  const base = IRREGULAR_VERBS.get(verb) ?? verb;
  // "who has X been on the phone with": a form of "be" is as light as "be".
  return LIGHT_VERBS.has(base) || LIGHT_VERBS.has(verb.replace(/(ed|s)$/, '')) || BE_FORMS.has(verb) ? undefined : verb;
}

/**
 * The verb of a who/when question as written, light ones too ("put" in "who put the toll at …");
 * none when phrasal ("who shot down …"), unless `phrasal` asks for its verb too ("shot").
 */
export function askedVerb(text: string, phrasal = false): string | undefined {
  const which = WHICH_PHRASE_ACT.exec(text);
  const clause = which === null ? ACT_CLAUSE.exec(text) : undefined;
  // "who's" is "who is" or "who has"; "been" of a perfect ("who's been shooting down …") goes with the verb after it.
  const auxiliary = which?.[1] ?? clause?.[2] ?? clause?.[1];
  const written = which?.[2] ?? clause?.[3];
  const progressive = written !== undefined && /^been\s+\S+ing\b/i.test(written);
  // "who got hurt": "got" before a participle is the passive's auxiliary, not the act.
  const rest = (progressive ? written.replace(/^been\s+/i, '') : written)?.replace(/^(?:got|gets|get|getting)\s+(?=([\w'’-]+))/i, (got, next: string) => (isParticiple(next) ? '' : got));
  if (rest === undefined) return undefined;
  // After "has/had X", a participle is the act ("had the envoy already held talks"), not a head noun.
  const perfect = /^(?:ha[sdv]e?|s)$/i.test(auxiliary ?? '');
  const parts = words(rest);
  let at = 0;
  // Skip the subject: articles and possessives, the names and head noun after them ("the Norland
  // navy", "Iraq's military"), adverbs ("allegedly"): the act is the word that follows.
  let determined = false;
  let afterAdverb = false;
  // "which Hezbollah spokesperson answered …": the which-phrase's own noun, then its verb in the past.
  if (/^\s*which\s/i.test(text) && auxiliary === undefined && /^\p{Ll}+$/u.test(parts[0] ?? '') && pastBase(parts[1] ?? '') !== undefined && pastBase(parts[0]!) === undefined) at = 1;
  while (at < parts.length - 1) {
    const word = parts[at]!;
    const next = parts[at + 1]!;
    // A pronoun is a whole subject ("when did he warn …"): the word after it is the act.
    if (at === 0 && SUBJECT_PRONOUN.test(word)) {
      at++;
      break;
    }
    const determiner = /^(?:the|a|an|its|his|her|their|our|this|that|these|those)$/i.test(word) || /['’]s?$/.test(word);
    // A noun is followed by its verb ("the storm reach"), a verb by its object or phrase ("the US confirm the raid").
    const headNoun = determined && /^[a-z]+$/.test(word) && !LIGHT_VERBS.has(word) && /^[a-z]+$/.test(next) && !PARTICLES.has(next) && !OBJECT_OPENERS.has(next) && !(perfect && isParticiple(word));
    // "the secretary of state", "the minister of finance": an "of" phrase after the head noun is still the subject.
    const ofPhrase = determined && /^[a-z]+$/.test(word) && next === 'of' && at + 2 < parts.length - 1;
    // A word of letters and digits ("g7", "f-16s") is a name, never the act (a figure alone may be the object of "has").
    const adverb = /ly$/i.test(word) || VERB_ADVERB.test(word);
    // "the ministers last meet before …": the word after an adverb is the verb, not a head noun.
    if (afterAdverb && !adverb) break;
    // "the alleged Israeli strike", "the reported attack": a word that hedges the subject is no act.
    const hedge = determined && HEDGING_ADJECTIVES.has(word.toLowerCase());
    if (!(determiner || headNoun || ofPhrase || hedge || /^\p{Lu}/u.test(word) || (/\d/.test(word) && /\p{L}/u.test(word)) || adverb)) break;
    determined ||= determiner;
    afterAdverb = adverb && !/^\p{Lu}/u.test(word);
    at += ofPhrase ? 2 : 1;
  }
  // "has Blinken been phoning": the perfect's "been" after its subject goes with the "-ing" verb.
  if (parts[at]?.toLowerCase() === 'been' && /ing$/i.test(parts[at + 1] ?? '')) at++;
  // "who should be aware of …": after a modal, "be" goes with the word that says what.
  else if (parts[at]?.toLowerCase() === 'be' && MODAL.test(auxiliary ?? '') && /^\p{Ll}/u.test(parts[at + 1] ?? '')) at++;
  // "when was a unity government formed under X", "when has the shadow war between X and Y escalated": after a
  // perfect's or a passive's auxiliary, a subject's own phrase ("between …", "indirect") is no act; its participle is.
  const passiveOrPerfect = perfect || BE_FORMS.has(auxiliary?.toLowerCase() ?? '');
  if (passiveOrPerfect && parts[at] !== undefined && !isParticiple(parts[at]!) && /^\p{Ll}/u.test(parts[at]!)) {
    const bare = (word: string) => word.replace(/[^\p{L}'’-]+$/u, '');
    const end = parts.findIndex((word, i) => i > at && /[,;]$/.test(word));
    // The clause's own participle ends it or goes on with a phrase ("formed under X", "grown more intense"); one before a noun describes it ("the alleged attack").
    const clause = parts.slice(0, end < 0 ? undefined : end + 1);
    const ownsClause = (i: number) => i === clause.length - 1 || /[,;?!.]$/.test(clause[i]!) || AFTER_PARTICIPLE.test(clause[i + 1]!);
    const participle = clause.findLastIndex((word, i) => /^\p{Ll}+$/u.test(bare(word)) && isParticiple(bare(word)) && !LIGHT_VERBS.has(bare(word)) && !HEDGING_ADJECTIVES.has(bare(word)) && ownsClause(i));
    if (participle > 0) at = participle;
  }
  // "when had the steps been taken": the passive's "been" goes with its participle.
  if (passiveOrPerfect && parts[at]?.toLowerCase() === 'been' && isParticiple(parts[at + 1]?.replace(/[^\p{L}]+$/u, '') ?? '')) at++;
  const verb = parts[at]?.toLowerCase();
  // "which country has 2,500 troops": a figure is the object of a "has" that is the verb itself, never an act.
  // "when was X's appointment as Y": a preposition after the subject is no act.
  return verb === undefined || /^\p{Lu}/u.test(parts[at]!) || !/^\p{L}/u.test(verb) || OBJECT_OPENERS.has(verb) || NOT_ACTS.has(verb) || (!phrasal && PARTICLES.has(parts[at + 1]?.toLowerCase() ?? '')) ? undefined : verb;
}

/** Prepositions and conjunctions, which no act is. */
const NOT_ACTS: ReadonlySet<string> = new Set(['as', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'to', 'from', 'about', 'between', 'among', 'than', 'and', 'or', 'but', 'if', 'because', 'where', 'which', 'who', 'that']);

/** "carry out its revenge", "carried out the raids": a phrasal verb that only says the noun after it was done. */
const CARRY_OUT = /\bcarr(?:y|ies|ied|ying)\s+out\s+(?:(?:the|a|an|its|his|her|their|our|this|that)\s+)?(?:[a-z]+(?:-[a-z]+)*\s+)?([a-z]+)\b(?=\s+(?:on|against|in|at|for|by|over|near|after|which|that)\b|\s*\??\s*$)/i;

/** The act of "when did X carry out its revenge": the noun done, which stands for the act in the coverage ("threats of revenge"). */
function doneNoun(text: string): string | undefined {
  const noun = CARRY_OUT.exec(text)?.[1]?.toLowerCase();
  return noun === undefined || keyTerms(noun).length === 0 ? undefined : noun;
}

/** "since when …", "since what year …": the start of something ongoing. */
const SINCE_WHEN = /^\s*since\s+(?:when|what|which)\b/i;

function sinceOf(text: string): { since?: true } {
  return SINCE_WHEN.test(text) ? { since: true } : {};
}

/**
 * "when will …", "when is the envoy due to …", "when is the next summit", "when do the talks resume
 * next": a time still to come. Not "when would …", which news uses of the past too ("when would he be told?").
 */
const AHEAD = /^\s*(?:when|(?:on|in|at)?\s*(?:what|which)\s+(?:day|date|time|year|month))(?:\s+(?:will|shall|(?:is|are)\s+(?:[\w'’.-]+\s+){1,5}?(?:going|set|due|expected|scheduled|slated|planning)\s+to)|(?:['’]s|\s+is|\s+are)\s+(?:the\s+)?(?:next|upcoming))\b|\bnext\s*\??\s*$/i;

function aheadOf(text: string): { ahead?: true } {
  return asksAhead(text) ? { ahead: true } : {};
}

/** Whether a question asks about a time still to come (see `AHEAD`). */
export function asksAhead(text: string): boolean {
  return AHEAD.test(text);
}

/**
 * A role the one asked for takes or holds: "as" or "became" before a phrase whose head is a role
 * noun, at the question's end or before its complement ("who replaced Ott as foreign minister",
 * "who was named as the bank's new chief in May", "who became prime minister of Norland"). "As"
 * that opens a clause ("… as the minister arrived") is followed by its verb, not an end.
 */
const AS_ROLE = new RegExp(
  String.raw`\b(?:as|became|become|becomes)\s+(?:(?:the|a|an|its|their|his|her|[\p{L}.’'-]+['’]s?)\s+)?(?:[\p{L}.’'-]+\s+){0,3}?(?:${[...ROLE_HEADS].join('|')})\b(?=\s*(?:[?.,]|$|\s(?:of|in|at|for|on|after|before|when|since|from)\b))`,
  'iu',
);

function inRoleOf(text: string): { inRole?: true } {
  return roleTaken(text) === undefined ? {} : { inRole: true };
}

/** The role a question's answer takes or holds ("foreign minister" of "who replaced Ott as foreign minister"), if it writes one (see `AS_ROLE`). */
export function roleTaken(text: string): string | undefined {
  return AS_ROLE.exec(text)?.[0].replace(/^\S+\s+/, '');
}

/**
 * A relative clause after the question's first words with its own subject and verb: "the
 * missiles that the US shot down", "the official whom Norland expelled". Its subject did that
 * other act; the lazy subject takes the fewest words before a verb-like word.
 */
const RELATIVE_CLAUSE = /\s(?:that|which|whom)\s+(?:the\s+)?([\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2}?)\s+(?:has\s+|had\s+|have\s+)?([\p{L}]+)/giu;

function otherActorsOf(text: string): { otherActors?: string[] } {
  const actors = [...text.matchAll(RELATIVE_CLAUSE)].flatMap((m) => (isPastVerb(m[2]!.toLowerCase()) ? [m[1]!] : []));
  return actors.length === 0 ? {} : { otherActors: actors };
}

/** A past tense by its ending or the irregular table ("fired", "shot"). */
function isPastVerb(lower: string): boolean {
  return IRREGULAR_VERBS.has(lower) || (lower.length > 3 && lower.endsWith('ed'));
}

function actOf(text: string): { act?: string } {
  // "…, according to Blinken": the source of the claim, not its act.
  const act = askedAct(text.replace(TRAILING_SOURCE, ''));
  return act === undefined ? {} : { act };
}

/** An auxiliary's negation: "has not", "hasn't", "did never". */
const NEGATED_AUXILIARY = /\b(has|have|had|did|does|do|was|were|is|are|will|would|could|can)(?:\s+not|n['’]t|\s+never)\b|\b(?:ca|wo)n['’]t\b/giu;

/** The question with its auxiliary's negation taken out, to read its act and whom it asks for. */
function unnegated(text: string): string {
  // "who did not claim it" asks of "who claim(ed) it": the doer, not one "did" is done to.
  return text.replace(NEGATED_AUXILIARY, (match, auxiliary: string | undefined) => (auxiliary === undefined ? (/^ca/i.test(match) ? 'can' : 'will') : /^d(?:id|oes|o)$/i.test(auxiliary) ? '' : auxiliary)).replace(/\s{2,}/g, ' ');
}

/** Auxiliaries followed by a bare verb: the word after one is the verb or the subject before it. */
const MODALS = new Set(['will', 'would', 'could', 'can']);

/** Words that open a clause's subject after an auxiliary: a determiner or a personal pronoun. */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Past participles spelt as their verb ("was hurt", "was cut off"), which neither ending nor the irregular table shows. */
const BARE_PARTICIPLES = new Set(['hurt', 'cut', 'put', 'set', 'let', 'spread', 'cast', 'burst', 'quit', 'shut', 'split', 'upset', 'bid', 'hit', 'said', 'told', 'made', 'heard', 'done']);

/** Verbs that make "who was X-ed" passive: a past participle, regular or not. */
function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return (/(ed|en)$/.test(lower) && !ROLE_HEADS.has(lower) && !EN_WORDS.has(lower)) || IRREGULAR_VERBS.has(lower) || BARE_PARTICIPLES.has(lower);
}

/** What follows a clause's own participle: a preposition, a degree word or an adverb ("formed under", "grown more", "taken recently"). */
const AFTER_PARTICIPLE = /^(?:in|on|at|by|under|through|with|for|to|from|over|into|after|before|during|since|against|more|less|again|already|earlier|later|so|\p{L}+ly)[,;?!.]*$/iu;
/** Common words that end in "-en" and are never participles. */
const EN_WORDS: ReadonlySet<string> = new Set(['between', 'often', 'even', 'seven', 'eleven', 'then', 'when', 'women', 'men', 'children', 'citizen', 'citizens', 'garden', 'kitchen', 'screen', 'green', 'queen', 'teen', 'ten']);

/**
 * "who was killed …", "whom did X kill", "which commander did X kill" ask for the one done to;
 * "who killed …", "who was X killed by" ask for the doer.
 */
function participantAsked(text: string): Participant {
  if (/\bby\s*\??\s*$/i.test(text)) return 'agent';
  // "which Iraqi militia was named": the auxiliary follows the asked noun phrase, not a later clause ("… after X was killed").
  const passive = /^\s*(?:who|which(?:\s+[\w'’-]+){1,3}?)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|gets)\s+(?:\w+ly\s+)?([\w-]+)/i.exec(text);
  if (passive !== null && isParticiple(passive[1] ?? '')) return 'patient';
  // "who were the two contractors injured in the attack": the ones a participle after them describes underwent it.
  const described = /^\s*who\s+(?:was|were|is|are)\s+(?:the|those|these)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+([\w-]+)\s+(?:in|by|at|during|on|after)\b/i.exec(text);
  if (described !== null && isParticiple(described[1] ?? '')) return 'patient';
  // "who was Iran threatening", "who's Blinken meeting": a name between "was" and an "-ing" verb is its subject.
  if (/^\s*[Ww]hom?(?:\s+(?:was|were|is|are)|['’]s)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Ll}+ing\b/u.test(text)) return 'patient';
  // "whom did X kill": a subject between the auxiliary and the verb; "who had called" is the doer's own perfect.
  const object = new RegExp(String.raw`^\s*(?:whom|who|(?:which|what)(?:\s+[\w'’-]+){1,3}?)\s+(did|does|do|will|would|could|can|has|have|had)\s+(?:(?:${VERB_ADVERBS})\s+)?([\w'’-]+)\s+\S`, 'i').exec(text);
  if (object === null) return 'agent';
  const next = object[2] ?? '';
  // A capitalised word there is the subject's name ("did Quill meet"), however it ends; so is a word
  // between a perfect's auxiliary and "been" ("who has quill been calling"), however it is written.
  // "who has Israel's back": "has" is the verb, what follows its object.
  if (/^ha[sdv]e?$/i.test(object[1] ?? '') && /['’]s$/.test(next)) return 'agent';
  if (/^\p{Lu}/u.test(next) || (/^ha[sdv]e?$/i.test(object[1] ?? '') && /^\s*(?:who|whom)\s+\S+\s+[\w'’-]+\s+been\b/i.test(text))) return 'patient';
  // After a modal a bare verb is the asked one's own act ("which writer would consider running"); a
  // subject opens with a determiner or is a pronoun ("which city will the envoy visit", "whom will he meet").
  if (MODALS.has((object[1] ?? '').toLowerCase())) return SUBJECT_OPENERS.has(next.toLowerCase()) ? 'patient' : 'agent';
  return isParticiple(next) ? 'agent' : 'patient';
}

/**
 * Whom a role phrase that describes an event asks for: "the commander who led the raid", "the
 * diplomat working the phones" did it; "the commander killed in the raid", "the commander the army
 * arrested" underwent it.
 */
function participantInRole(role: string): Participant {
  // "the top diplomat working the phones", "the secretary talking about X": a present participle with what follows it does the act.
  return /\b(?:who|that)\s+(?!was\b|were\b|had\s+been\b)|\bto\s+(?!be\b)\p{Ll}{3,}|\b(?!being\b)\p{Ll}{3,}ing\s+(?:the|a|an|his|her|its|their|on|about|for|with|to|in|over|against)\b/iu.test(role) || !describesEvent(role) ? 'agent' : 'patient';
}

/** The words of an article-date question that say which story: without its question and publishing words. */
function aboutStory(text: string): string {
  return text.replace(/['’]s\b/g, '').replace(ARTICLE_WORDS, ' ').replace(/[?]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** True when a phrase names a role ("hezbollah's top military commander"), not an event ("killed in …"). */
export function namesRole(phrase: string): boolean {
  return words(phrase).some((word) => ROLE_HEADS.has(word.toLowerCase()) || DESCRIBING_HEADS.has(word.toLowerCase().replace(/['’]s?$/, '')));
}

/** Heads a reader describes a role by that no title uses ("the bank's boss"): a role all the same. */
const DESCRIBING_HEADS: ReadonlySet<string> = new Set(['boss', 'bosses']);

/** A relative clause or a participle ("killed in …", "leading the talks") in a role phrase. */
export function describesEvent(phrase: string): boolean {
  // "the most senior official to visit Israel": an infinitive after the role tells what its holder did.
  if (/\bto\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)\p{Ll}{3,}\b/u.test(phrase)) return true;
  return words(phrase).some((word) => {
    const lower = word.toLowerCase();
    if (/^(who|that|which|whom)$/.test(lower)) return true;
    return (/(ed|ing)$/.test(lower) || IRREGULAR_VERBS.has(lower)) && !ROLE_MODIFIERS.has(lower) && !ROLE_HEADS.has(lower);
  });
}

// ---------------------------------------------------------------------------------------
// Follow-ups

/** The forms that make a reply refer back to the answer it replies to, each with why. */
const FOLLOW_UP_FORMS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /^\s*(?:and|so|but|then|also|ok|okay)\b/i, reason: 'opens by continuing the conversation ("and when was that?")' },
  { pattern: /^\s*(?:…|\.\.\.)|(?:…|\.\.\.)\s*\??\s*$/, reason: 'an ellipsis carries on from the answer ("… and why?")' },
  { pattern: /\b(?:else|again)\b/i, reason: '"what else", "again" ask for more of the same' },
  { pattern: /\b(?:he|she|him|her|his|hers|they|them|their)\b/i, reason: 'a pronoun stands for someone already named' },
  { pattern: /\b(?:that|this|it|then|there)\s*[?.!]*\s*$/i, reason: '"when was that?" points back at what was answered' },
  { pattern: /^\s*(?:who|when|where|why|how|what)\s*[?.!]*\s*$/i, reason: 'a question word alone asks about the answer' },
];

/** True when a reply's form shows it refers back to the answer it replies to; an independent question is not one. */
export function isFollowUp(text: string): boolean {
  return FOLLOW_UP_FORMS.some(({ pattern }) => pattern.test(text));
}

const PRONOUN = /\b(he|she|him|her|they|them)\b/i;
const POINTER = /\b(that|this|it)\b\s*[?.!]*\s*$/i;

/**
 * Fills in a follow-up from the answer it replies to: "what else did he say?" after an answer
 * about Quill becomes "what did Antony Quill say?"; "and when was that?" carries the earlier
 * question's subject along. A reply that is not a follow-up by its form is returned as it is.
 */
export function withContext(text: string, context: FollowUpContext | undefined): string {
  if (context === undefined || !isFollowUp(text)) return text;
  const person = context.answer.speaker ?? (context.command === 'who' ? context.answer.text : undefined);
  const bare = text.replace(/^\s*(?:…|\.\.\.)?\s*(and|so|but|then|ok|okay)?\b,?\s*/i, '').replace(/\s*(?:…|\.\.\.)\s*/g, ' ').trim();
  // "what else?" after a quotation asks for more of the speaker's quotations.
  if (context.answer.speaker !== undefined && /^(?:what|anything)\s+else\s*[?.!]*$/i.test(bare)) return `what did ${context.answer.speaker} say?`;
  let filled = person !== undefined && PRONOUN.test(bare) ? bare.replace(PRONOUN, person) : bare;
  filled = filled.replace(/\b(else|again|also)\b\s*/gi, '').trim();
  // "when was that?" names no event of its own: the earlier question does — or, after a quotation, its words.
  if (POINTER.test(filled) || keyTerms(filled).length === 0) {
    const subject = context.answer.speaker !== undefined ? `${context.answer.speaker} said ${firstWords(context.answer.text, 12)}` : stripQuestionWord(context.query);
    filled = `${filled.replace(POINTER, '').trim()} ${subject}`;
  }
  return filled.trim();
}

function firstWords(text: string, count: number): string {
  return text.split(/\s+/).slice(0, count).join(' ');
}

function stripQuestionWord(query: string): string {
  return query.replace(/^\s*(who|when|what|where|why|how)\b\s*/i, '').replace(/\?\s*$/, '');
}

/** The variant of `Question` of one kind: what that kind's answerer receives. */
export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;
