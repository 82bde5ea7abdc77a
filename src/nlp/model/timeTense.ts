/**
 * Which way a weekday or a yearless date points: back from the article's date (past-tense
 * reporting, the default in news) or forward (plans, schedules). A rule on the verbs around the
 * expression, as tables: compromise's verb tagger gives tense too, but costs about 5 ms a
 * sentence, which the corpus budget (200 articles/s on 2 cores) cannot pay.
 */
import { endsSentence } from '../../corpus/passages.ts';
import type { Direction } from './timeCalendar.ts';

export interface DirectionRule {
  pattern: RegExp;
  direction: Direction;
  reason: string;
}

/** Words at the start of the span itself, which settle the direction before any verb. */
export const SPAN_DIRECTION: readonly DirectionRule[] = [
  { pattern: /^last\b/i, direction: 'strictPast', reason: '"last Friday" is the Friday before, never today' },
  { pattern: /^(?:next|this coming|coming)\b/i, direction: 'strictFuture', reason: '"next Monday" is after today' },
  { pattern: /^(?:the\s+)?(?:previous|last)\b/i, direction: 'strictPast', reason: '"the previous Friday" is before the article\'s day' },
  { pattern: /^(?:the\s+)?(?:following|coming)\b/i, direction: 'strictFuture', reason: '"the following Monday" is after it' },
  { pattern: /^this\s+past\b/i, direction: 'strictPast', reason: '"this past Friday" is gone' },
  { pattern: /^this\b/i, direction: 'nearest', reason: '"this Tuesday", "this September": the one closest to the article\'s date' },
];

/**
 * The present of a verb naming a scheduled event ("meets", "reopens", "returns", "holds", "plays",
 * "voters decide Tuesday", "the suspects face arraignment Monday"), read ahead before a weekday
 * (next to it or a few words before it) and before a month alike.
 */
export const SCHEDULED_EVENT_PRESENT = String.raw`meets?|votes|resumes?|(?:re)?opens?|begins?|starts?|(?:re)?convenes?|arrives?|departs?|leaves?|visits?|travels?|flies|heads?|closes?|goes|go|returns?|hears?|faces?|decides?|announces?|speaks|appears|gathers?|debates|unveils|holds|plays?|takes\s+place|(?:is|are)\s+held|kicks?\s+off`;

/** Words right before the span, which settle the direction too. */
export const PRECEDING_DIRECTION: readonly DirectionRule[] = [
  { pattern: /\bsince\s+(?:(?:the|shortly|just|soon|after|before)\s+)*$/i, direction: 'past', reason: '"since Saturday", "since the Dec. 12 blast" count from a day gone by' },
  { pattern: /\bearlier\s+(?:on\s+|in\s+)?$/i, direction: 'past', reason: '"earlier Monday" has already happened' },
  { pattern: /\b(?:ahead\s+(?:of|to)|in\s+advance\s+of|awaiting)\s+(?:the\s+)?$/i, direction: 'future', reason: '"ahead of Sunday\'s vote", "looking ahead to the fall" are still to come' },

  {
    // Not a noun after a determiner ("the open Monday"), nor a bare form after "to", "did", "not".
    pattern: new RegExp(
      String.raw`(?<!\b(?:the|a|an|its|his|her|their|our|to|not|did|does|do|been)\s|n['’]t\s)\b(?:${SCHEDULED_EVENT_PRESENT}|continues?|concludes?|fly|hosts?|launch(?:es)?|ends?|testif(?:y|ies)|takes?\s+office|wraps?\s+up|(?:is|are)\s+(?:played|run|staged|heard))\s+(?:[a-z]+ly\s+)?(?:on\s+)?$`,
      'i',
    ),
    direction: 'future',
    reason: 'the present tense of a scheduled event right before the day ("the talks resume Monday", "the trial continues Tuesday", "ministers meet separately Tuesday", "the vote takes place Sunday", "the funeral is held Saturday", "the team plays Sunday") is still to come',
  },
  {
    pattern: /\b(?:payable|effective|expires?|expiring|due|deadline|record|scheduled|slated|until|till|through|by|(?:extended|postponed|delayed|moved|pushed\s+back)\s+(?:to|until)|(?:planned|expected|set|scheduled|slated|due)\s+(?:for|in|on))\s+(?:(?:on|in|at|by|early|late|mid-?)\s+)?$/i,
    direction: 'nearest',
    reason: 'a schedule or a limit ("payable Dec. 15", "of record Nov. 17", "through April", "by May"): the nearest such date, whatever the tense',
  },
];

/**
 * "Heading into the fall", "going into November": ahead of the time of the sentence's verbs: after
 * the article's date, or the nearest when the verbs are past ("had 1,944 delegates heading into
 * Tuesday's primaries" is the Tuesday just gone).
 */
export const HEADING_INTO_BEFORE = /\b(?:heading|going|head|heads|go|goes)\s+into\s+(?:the\s+)?$/i;

/** Words right after the span that settle the direction: a date that names a limit, a weekday that names an event. */
export const FOLLOWING_DIRECTION: readonly DirectionRule[] = [
  {
    pattern: /^['’]s\b/,
    direction: 'past',
    reason: '"Wednesday\'s ruling": news names an event by its day once it has happened (not "ahead of Sunday\'s vote", which the words before settle)',
  },
  {
    pattern: /^\s+(?:deadline|target\s+date|return\s+date|expiration|expiry|due\s+date|cutoff)\b/i,
    direction: 'nearest',
    reason: '"the Jan. 14 deadline": a limit is the nearest such date, whatever the tense',
  },
];

/**
 * Verb cues, tried left to right in the sentence; the last cue before the expression decides, or
 * failing one, the first cue after it ("An attack … Monday injured five"). Future cues are listed
 * first so that "was expected to" is read as one future cue, not as "was".
 */
/**
 * The present of "be", also shortened after a pronoun ("he's expected to", "we're going to"); the
 * cues are case-sensitive, so a capital is allowed where a sentence may start. The present
 * progressive keeps the full forms only: a shortened one is more often the present itself
 * ("the fourteen dollars we're seeing today").
 */
const BE_PRESENT = String.raw`(?:is|are|am|(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]ho|[Ww]hat)['’]s|(?:[Ww]e|[Tt]hey|[Yy]ou)['’]re|I['’]m)`;

/** What a source declines to do, in news's "would not say", "wouldn't comment": a refusal told in the past. */
const REFUSED = String.raw`(?:say|comment|discuss|disclose|reveal|elaborate|specify|confirm|answer|speculate|identify|name)\b`;

const FUTURE_CUE = [
  String.raw`will|shall|won['’]t`,
  String.raw`['’]ll`,
  // Also with an adverb between ("is widely expected to"), but not a plan given up ("was originally set to").
  String.raw`${BE_PRESENT}\s+(?:(?!(?:originally|initially|previously)\b)[a-z]+ly\s+)?(?:set|expected|due|scheduled|slated|poised|going|planning|preparing|about)\s+to`,
  String.raw`${BE_PRESENT}\s+to`,
  // A prospect in the present: "he's in a strong position to win on Saturday", "is on pace to finish Monday", "we stand a good chance to win it on Tuesday".
  String.raw`${BE_PRESENT}\s+(?:(?:[a-z]+ly|also|still|now)\s+)?(?:in\s+(?:a|an)\s+(?:[a-z]+\s+)?position|on\s+(?:pace|track|course)|in\s+line)\s+to|stands?\s+(?:a|an)\s+(?:[a-z]+\s+)?chance\s+(?:to|of)`,
  // Also "is set for", "is planned for": a schedule in the present ("a hearing is set for September").
  String.raw`${BE_PRESENT}\s+(?:[a-z]+ly\s+)?(?:expected|due|scheduled|slated|planned|set\s+for)`,
  // "guidelines to be published in early November": what is still to be done.
  String.raw`to\s+be\s+[a-z]+(?:ed|en)`,
  // With an object between: "officials expect the plant to open in June".
  String.raw`(?:plans?|intends?|aims?|hopes?|wants?|expects?|likely|able)\s+(?:[a-z]+\s+){0,3}?to`,
  // Reported futures and schedules: "said he would travel on Monday", "payable Dec. 15".
  // Not a schedule given up: "the vote, originally scheduled for Thursday, was postponed".
  String.raw`would(?!\s+not\s+${REFUSED})|payable|effective|expir(?:e|es|ing)|deadline|of\s+record|(?<!\b(?:originally|initially|previously|first|once)\s)(?:scheduled|slated)|upcoming|takes?\s+effect`,
  // The present progressive with a named day is an arrangement: "is travelling to Israel on Thursday".
  String.raw`(?:is|are|am)\s+[a-z]+ing`,
].join('|');

/**
 * A plan told in the past ("was set to headline Tuesday", "was to arrive on Monday"): made before
 * the article, it may have come about by then or not, so the date is the nearest such one.
 */
const PAST_PLAN_CUE = String.raw`(?:was|were)\s+(?:(?!(?:originally|initially|previously)\b)[a-z]+ly\s+)?(?:(?:set|expected|due|scheduled|slated|poised|going|planning|preparing|about)\s+)?to`;

/** Irregular past forms common in news; forms that are also present ("hit", "put", "set") count only after "he", "she", "it". */
export const IRREGULAR_PAST = [
  'said', 'told', 'was', 'were', 'had', 'did', 'made', 'met', 'left', 'came', 'went', 'took', 'gave', 'began', 'fought',
  'struck', 'shot', 'fell', 'rose', 'held', 'sent', 'spoke', 'wrote', 'saw', 'flew', 'won', 'lost', 'led', 'fled',
  'broke', 'brought', 'built', 'caught', 'drove', 'felt', 'found', 'got', 'kept', 'knew', 'meant', 'paid', 'ran',
  'sat', 'sold', 'stood', 'thought', 'threw', 'understood', 'woke', 'became', 'stole', 'swore', 'shook', 'swept',
  'spent', 'sank', 'tore', 'drew', 'grew', 'blew', 'withdrew', 'underwent', 'arose', 'bought', 'sought', 'taught',
  'heard', 'laid', 'hung', 'chose', 'rode', 'froze', 'dealt', 'fed', 'forgave', 'hid', 'lent', 'slid', 'stuck', 'sprang',
  'swam', 'wore', 'wept', 'overtook', 'undertook', 'withheld', 'upheld', 'overthrew', 'foresaw', 'mistook', 'forbade',
  // Irregular past participles, as "released", "conducted" are: "the poll, taken Thursday", "has
  // written"; not those used mostly as adjectives or prepositions ("given", "known", "broken", "proven").
  'taken', 'written', 'seen', 'shown', 'drawn', 'begun', 'spoken', 'chosen', 'driven', 'stolen', 'beaten', 'sworn', 'risen',
  'fallen', 'grown', 'thrown', 'flown', 'withdrawn', 'undertaken', 'overtaken', 'forgotten', 'eaten', 'gotten', 'shaken',
  // Forms that are also present, after a pronoun that would take "-s" in the present: "he hit", "it cost"
  // (not after a noun, which they often are themselves: "a tax cut", "the stock split").
  String.raw`(?<=\b(?:[Hh]e|[Ss]he|[Ii]t)\s)(?:hit|cut|set|put|quit|shut|let|hurt|cost|spread|split|bid|beat|cast|shed|burst)`,
  // Negated past forms, whose "n't" leaves no word boundary after "was", "did".
  String.raw`wasn['’]t`, String.raw`weren['’]t`, String.raw`didn['’]t`, String.raw`hadn['’]t`,
  // A refusal: "wouldn't say Tuesday", "would not comment on Monday" is the day it was refused.
  String.raw`wouldn['’]t(?=\s+${REFUSED})`, String.raw`would(?=\s+not\s+${REFUSED})`,
  // Regular, but in "-eed", which the regular pattern leaves out for "need", "proceed", "indeed".
  'agreed', 'disagreed', 'freed', 'decreed', 'guaranteed',
].join('|');

/**
 * A regular past form ("rocked", "reported"); not after a determiner, where it is an adjective
 * ("the embattled leader"), nor after a hyphen ("well-organized", "so-called"), and not the
 * "-eed" words that are not past ("need", "indeed"), nor "un…ed" adjectives ("unexpected",
 * "unnamed"), though the verbs in "un-" are past ("unveiled", "unleashed", "uncovered", "undermined").
 */
const REGULAR_PAST = String.raw`(?<!\b(?:the|a|an|his|her|its|their|our|this|that|more|most|very)\s(?:(?:still|newly|[a-z]+ly)\s)?)(?<!-)\b(?![a-z]*[^e]eed\b|[a-z]*need\b|hundred\b|un(?!(?:veil|leash|cover|earth|fold|lock|load|ravel|seal|dermin|derscor|derestimat|derpinn|dergon|derlin)ed\b)[a-z]+ed\b)[a-z]{2,}ed`;

// A participle after "be" belongs to the auxiliary before it: "will be held" is future, "is heard"
// present; after "remain", "stay", "get" it is a state ("will remain closed"); after "will have" a
// future perfect ("will have spent $3 million by April"); an adverb between changes nothing ("is widely expected").
const NOT_PASSIVE = String.raw`(?<!\b(?:be|been|being|is|are|am|remains?|stays?|gets?|seems?|becomes?)\s(?:[a-z]+ly\s)?|\b(?:will|shall|['’]ll)\s+have\s)`;
// Case-sensitive on purpose: a capitalised "-ed" word is a name ("United"), not a verb.
// A future word after "been" or "to" takes the tense of the verb before it: "had been due to expire
// Friday", "had been scheduled for Friday" are past.
const NOT_DEPENDENT = String.raw`(?<!\b(?:been|to)\s)`;
const CUE = new RegExp(String.raw`\b(?:${NOT_DEPENDENT}(${PAST_PLAN_CUE})|${NOT_DEPENDENT}(${FUTURE_CUE})|${NOT_PASSIVE}(${IRREGULAR_PAST}))\b|${NOT_PASSIVE}(${REGULAR_PAST})\b`, 'g');

/**
 * Ends of a sentence, so that a cue in the previous sentence of a longer text does not count;
 * quotes may close with `''` and open with two backticks or, as some papers print them, `''` too.
 */
const SENTENCE_END = /[.!?]["”’')]*\s+(?=(?:["“‘(`]|'')*[A-Z])/g;

/** How much text either side of a full stop tells an abbreviation from a sentence's end. */
const ABBREVIATION_REACH = 40;

/**
 * Where sentences end in `text` between `from` and `to`: each end's stop (`at`) and where the next
 * sentence starts (`next`). A bare full stop after a title, an initial or an abbreviation ends
 * none, as the passage splitter judges ({@link endsSentence}): "On Monday, Mr. Clinton will hold
 * two events" is one sentence, and "will" its verb.
 */
export function* sentenceEnds(text: string, from: number, to: number): Generator<{ at: number; next: number }> {
  // Its own pattern object: a caller may stop early and start another scan before this one ends.
  const pattern = new RegExp(SENTENCE_END);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const next = match.index + match[0].length;
    const bare = /^\.\s/.test(match[0]);
    if (bare && !endsSentence(text.slice(Math.max(0, match.index - ABBREVIATION_REACH), match.index), text.slice(next, next + ABBREVIATION_REACH))) continue;
    yield { at: match.index, next };
  }
}

/** How far either side of an expression to look for its sentence's ends: a long text is not scanned whole for each expression. */
const SENTENCE_REACH = 600;

function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = Math.max(0, start - SENTENCE_REACH);
  let to = Math.min(text.length, end + SENTENCE_REACH);
  for (const { at, next } of sentenceEnds(text, from, to)) {
    if (next <= start) from = next;
    else if (at >= end) {
      to = at + 1;
      break;
    }
  }
  return { from, to };
}

/**
 * A past participle that opens a sentence, capitalised, before a lower-case word ("Asked on Monday
 * whether …", "Pressed about the delay …"): a past cue the case-sensitive pattern leaves out, lest
 * a name ("United States") count. Not one of schedule ("Scheduled for Friday, the vote …"), which
 * looks ahead.
 */
const OPENING_PARTICIPLE = /^["“‘(`']*(?!(?:Scheduled|Slated|Planned|Expected)\b)[A-Z][a-z]{2,}ed(?=\s+[a-z])/;

/** Marks that open a quotation: a curly or doubled backtick one, or a straight one after a space and before a word. */
const QUOTE_OPENING = /“|``|(?<=[\s,:(])(?:"|'')(?=\w)/g;
/** Marks that close one: a curly one, or a straight one after a word or a stop. */
const QUOTE_CLOSING = /”|(?<=\S)(?:"|'')(?!\w)/g;

/**
 * Whether `gap` leaves a quotation open: a cue after it speaks of the quotation's time, not of an
 * expression before it ("after her March comment that, \"We're going to …\"" is last March); a
 * term in quotes closed before the cue ("the \"sacred decision\" was made") is no quotation of it.
 */
function opensQuotation(gap: string): boolean {
  const last = (pattern: RegExp): number => Math.max(-1, ...[...gap.matchAll(pattern)].map((match) => match.index));
  return last(QUOTE_OPENING) > last(QUOTE_CLOSING);
}

/** Whether `gap` closes a quotation it did not open. */
function closesQuotation(gap: string): boolean {
  const first = (pattern: RegExp): number => [...gap.matchAll(pattern)][0]?.index ?? Infinity;
  const closing = first(QUOTE_CLOSING);
  return closing < Infinity && closing <= first(QUOTE_OPENING);
}

const PROGRESSIVE = /^(?:is|are|am)\s+[a-z]+ing$/;
/** At most two words (a preposition, "early") before an expression at the start of its sentence. */
const OPENS_SENTENCE = /^\s*["“‘(`']*(?:[A-Za-z]+\s+){0,2}$/;

/**
 * Past verbs of intent, whose "to" and verb look ahead of the act; not a refusal, whose date is its
 * own ("declined to comment Monday" in a Friday story is four days back).
 */
const INTENT_PAST = /^(?:agreed|offered|promised|vowed|pledged|threatened|planned|decided|voted|sought|hoped|wanted|intended|asked|urged|invited|proposed|prepared|expected|scheduled|aimed|arranged|chose|resolved)$/;
/** Up to three words of an object, then "to" and a verb, then the words up to the expression, with no clause between. */
const INTENT_TO = /^(?:\s+(?!to\b)[\w'’.-]+){0,3}?\s+to\s+(?!(?:the|a|an|his|her|its|their|our|this|that)\b)[a-z]+\b[^,;:.!?]*$/;

/** A verb cue's direction, and whether it sits next to the expression (at most three words between, no comma nor dash). */
export interface VerbCue {
  direction: Direction;
  near: boolean;
  /** Whether the cue comes after the expression ("Monday injured five"). */
  after: boolean;
}

// A dash opens or closes an aside as a comma does: "-- hoping for a season in December -- raised fares";
// the comma of a number ("$10,800") does not.
const NEAR_GAP = /^(?:(?!\s-{1,2}\s)(?:\d,(?=\d)|[^,;:\u2013\u2014]))*$/;
const nearGap = (gap: string): boolean => NEAR_GAP.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 3;

/**
 * The verb cue that decides the direction of the time expression at `text[start, end)`: the last
 * cue before it in its sentence, else the first after it; `future` for will, is set to, is
 * expected to…, `past` for a past form, `undefined` without a cue. Only for expressions whose own
 * words ({@link SPAN_DIRECTION}) leave it open.
 */
export function verbCueAt(text: string, start: number, end: number): VerbCue | undefined {
  const sentence = sentenceAround(text, start, end);
  let before: VerbCue | undefined;
  let after: VerbCue | undefined;
  const opening = OPENING_PARTICIPLE.exec(text.slice(sentence.from, start));
  if (opening) before = { direction: 'past', near: nearGap(text.slice(sentence.from + opening[0].length, start)), after: false };
  // Inside a quotation, a verb before it opens or after it closes is the reporter's ("… chances in
  // November," he said; he said: ``… chances in November''), not the quotation's.
  // Not a name or a short phrase in quotes ("on ''Fox News Sunday''", "\"I guess Christmas Eve was booked\""):
  // a quotation holds more than three words before the expression, or goes on past it.
  const lead = ` ${text.slice(sentence.from, start)}`;
  const quoteOpening = opensQuotation(lead) ? Math.max(...[...lead.matchAll(QUOTE_OPENING)].map((match) => match.index)) : -1;
  const quoted = quoteOpening >= 0 && (lead.slice(quoteOpening).trim().split(/\s+/).length > 3 || !closesQuotation(text.slice(end - 1, end + 20)));
  const quoteStart = quoted ? sentence.from - 1 + quoteOpening : sentence.from;
  if (quoted && quoteStart > sentence.from) before = undefined;
  CUE.lastIndex = sentence.from;
  for (let match = CUE.exec(text); match && match.index < sentence.to; match = CUE.exec(text)) {
    const cueEnd = match.index + match[0].length;
    // "offered to debate April 14", "vowed to stay in the race until June": the act is past, what it
    // looks to is not, so the date is the nearest such one.
    // A progressive is an arrangement only next to the day ("is travelling to Israel on Thursday");
    // words away it is the present ("is sapping her support — a poll Wednesday showed").
    if (PROGRESSIVE.test(match[0]) && cueEnd <= start && !NEAR_GAP.test(text.slice(cueEnd, start))) continue;
    const past = match[3] !== undefined || match[4] !== undefined;
    const intent = past && cueEnd <= start && INTENT_PAST.test(match[0]) && INTENT_TO.test(text.slice(cueEnd, start));
    const direction: Direction = match[2] !== undefined ? 'future' : match[1] !== undefined || intent ? 'nearest' : 'past';
    if (cueEnd <= start) {
      if (match.index >= quoteStart) before = { direction, near: nearGap(text.slice(cueEnd, start)), after: false };
    }
    else if (match.index >= end) {
      if (quoted && closesQuotation(text.slice(end - 1, match.index))) break;
      // Nor across a colon or a semicolon, which opens another clause ("After Tuesday night, his
      // chance rests on one hope: that the delegates will change their minds").
      if (/[:;]\s/.test(text.slice(end, match.index))) break;
      // A cue inside a quotation opened after the expression is the quotation's: look on past it.
      if (opensQuotation(text.slice(end, match.index + 1))) continue;
      // Nor is a progressive across a comma or a dash the expression's arrangement: "After a defeat
      // in the primary Tuesday, the senator is regrouping" is the present of the clause after it;
      // unless the expression opens the sentence ("On Tuesday, the senator is travelling to Ohio").
      if (PROGRESSIVE.test(match[0]) && !NEAR_GAP.test(text.slice(end, match.index)) && !OPENS_SENTENCE.test(text.slice(sentence.from, start))) continue;
      after = { direction, near: nearGap(text.slice(end, match.index)), after: true };
      break;
    }
  }
  return before ?? after;
}

/** The direction the verbs of its sentence give the time expression at `text[start, end)` ({@link verbCueAt}). */
export function directionAt(text: string, start: number, end: number): Direction | undefined {
  return verbCueAt(text, start, end)?.direction;
}
