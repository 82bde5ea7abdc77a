/**
 * A clerk's form line or a help-desk ticket put as its question: "Event: X | Field: date | Source: Y"
 * → "when was the X, in the Y story?"; "Person: Italy's foreign minister | Need: full name" → "who is
 * Italy's foreign minister?"; "Subject: X | Info needed: which day | Source: Y"; "Request type: person
 * lookup. Context: X. Question: name of the defense secretary?". Labels are read by what they hold:
 * the thing asked about (event, subject, topic, context), what is wanted (field, need, info needed,
 * requested), a question in full, the story asked of (source, story, article); a ticket's own
 * bookkeeping (request type, priority) asks nothing. Only a line of two fields or more. Pure text to text.
 */

/** One field: "Event: rocket attack on al Asad", "Source=Reuters Capri", "FIELD: date". */
const FORM_FIELD = /^\s*([\p{L}][\p{L} -]{1,24}?)\s*[:=]\s*(.+?)\s*$/u;
/** Fields by what they hold, under the names forms and tickets give them. */
const FIELD_NAMES: ReadonlyMap<string, string> = new Map([
  ...['event', 'item', 'incident', 'subject', 'topic', 'context', 'ticket', 'matter', 're', 'regarding', 'case'].map((name) => [name, 'event'] as const),
  ...['field', 'need', 'want', 'info needed', 'information needed', 'field requested', 'requested', 'request', 'requested info', 'data needed', 'wanted', 'looking for'].map((name) => [name, 'field'] as const),
  ...['source', 'story', 'article', 'outlet story', 'source article'].map((name) => [name, 'source'] as const),
  ...['statement', 'quote', 'quote-tag', 'remark', 'quote fragment', 'line'].map((name) => [name, 'statement'] as const),
  ...['question', 'query', 'ask'].map((name) => [name, 'question'] as const),
  ...['request type', 'ticket type', 'type', 'priority', 'category', 'format', 'status', 'ref', 'reference'].map((name) => [name, 'bookkeeping'] as const),
]);
/** A field that asks for a time, a name, who said something, or a party to the event. */
const TIME_FIELD = /^(?:date(?:\/time)?|time|timing|when|period|dtg|day|which\s+day|what\s+day|month|year|day\s+of\b|date\s+of\b|timing\s+of\b)/i;
const NAME_FIELD = /^(?:(?:full\s+)?name|name\s+of\s+office-?holder|who|identity|holder)\b/i;
const SPEAKER_FIELD = /^(?:speaker|attributed\s+to|said\s+by|source\s+of\s+quote|who\s+said|speaker['’]s\s+name)\b/i;
/** A field that describes a party to the event: "responsible party", "victim", "Hezbollah commander killed", "militant group exchanging fire". */
/** A story's credits: what its credit line names someone for. */
const CREDIT_WORDS = /^(?:(?:additional|extra)\s+)?(?:reporting|writing|editing|photo(?:\s+credit)?|photograph|photographer|reporter|writer|editor|author|byline)s?$/i;
/** A field that counts ("number killed", "casualty count"): a figure, not a party. */
const COUNT_FIELD = /\b(?:number|count|toll|figure|total|how\s+many)\b/i;
const PARTY_FIELD = /\b(?:party|victim|commander|leader|group|militia|official|person|perpetrator|attacker|killed|responsible)\b/i;
/** "name of the defense secretary", "victim's name": the one whose name is wanted. */
const NAME_OF = /^(?:(?:full\s+)?name\s+of\s+(.+)|(.+?)['’]s?\s+(?:full\s+)?name)$/i;
/** A field that is a question of its own: "who directs its Iran program", "which news agency". */
const WORDED = /^(?:who|whom|whose|when|what|which|where|how)\b/i;
/** "when he left", "who reported the figure": an embedded question, which the asked form puts in order. */
const EMBEDDED_TIME = /^when\s+(?:it|he|she|they|that)\s+(.+)$/i;
/** A question that only says what kind of answer it wants ("who?", "on which day?", "month?"). */
const BARE_QUESTION = /^(?:who|when|name|date|day|month|year|which\s+day|what\s+day|on\s+(?:which|what)\s+day|what\s+date|which\s+date)\s*\??$/i;

const lower = (value: string) => (value === value.toUpperCase() ? value.toLowerCase() : value);
/** "(Reuters Capri wire)", "(per Austin)": a story or a source noted in brackets. */
const bracket = (value: string | undefined) => /\(([^()]{2,60})\)/.exec(value ?? '')?.[1];
const strip = (value: string) => value.replace(/\s*\([^()]{2,60}\)/g, '').replace(/\s*\?+\s*$/u, '').trim();
/** The thing a field names, with its article: not before a possessive ("Biden's call") or another determiner. */
function theThing(value: string): string {
  const thing = lower(strip(value)).replace(/^the\s+/i, '');
  return /^(?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+['’]s?\s/u.test(thing) || /^(?:a|an|this|that|these|those)\s/iu.test(thing) ? thing : `the ${thing}`;
}

/** The ticket's parts: "|" and ";" separate fields, and so does a full stop before a label. */
function fieldsOf(text: string): Map<string, string> | undefined {
  const parts = text.split(/\s*[|;]\s*|(?<=[.?])\s+(?=\p{Lu}[\p{L} -]{1,24}:)/u).filter((part) => part.trim() !== '').map((part) => FORM_FIELD.exec(part));
  if (parts.length < 2 || parts.some((part) => part === null)) return undefined;
  const fields = new Map<string, string>();
  for (const part of parts) {
    const label = part![1]!.trim().toLowerCase();
    const key = FIELD_NAMES.get(label) ?? label;
    const value = part![2]!.trim().replace(/\s*[.]\s*$/u, '');
    // "Field: additional reporting | Info needed: name": what is wanted, then of what, read as one ("name of additional reporting").
    const earlier = fields.get(key);
    fields.set(key, earlier === undefined ? value : key === 'field' && NAME_FIELD.test(value) ? `name of ${earlier}` : key === 'field' && NAME_FIELD.test(earlier) ? `name of ${value}` : value);
  }
  return fields;
}

export function formAsked(text: string): string {
  const fields = fieldsOf(text);
  if (fields === undefined) return text;
  const get = (...keys: string[]) => keys.map((key) => fields.get(key)).find((value) => value !== undefined);
  const question = get('question');
  // "Question: name of the defense secretary?", "Question: who?": a question that only names what is wanted is the field.
  const field = lower(strip(question !== undefined && (BARE_QUESTION.test(question) || !WORDED.test(question)) ? question : (get('field') ?? '')));
  const noted = bracket(get('person', 'title', 'office', 'role', 'field', 'event'));
  const source = get('source') ?? noted;
  const scope = source === undefined ? '' : /^per\s+/i.test(source) ? `, according to ${source.replace(/^per\s+/i, '')}` : `, in the ${source.replace(/^the\s+/i, '').replace(/\s*,\s*.*$/, '')}${/\b(?:story|wire|piece|article|report|dispatch)\b/i.test(source) ? '' : ' story'}`;
  const event = get('event');
  const said = get('statement');
  const person = get('person', 'title', 'office', 'role');
  // A question in full ("Question: who said the U.S. was told that late?", "Info needed: who directs its Iran program"): asked of the event it leans on.
  const worded = question !== undefined && WORDED.test(question) && !BARE_QUESTION.test(question) ? question : WORDED.test(field) && !BARE_QUESTION.test(field) && !TIME_FIELD.test(field) ? field : undefined;
  let asked: string | undefined;
  if (worded !== undefined) {
    const whenDid = EMBEDDED_TIME.exec(strip(worded));
    const plain = whenDid === null ? strip(worded) : `when did ${event === undefined ? 'it' : theThing(event)} ${whenDid[1]}`;
    // "who directs its Iran program" of "Subject: Middle East Institute": the thing the pronoun stands for.
    // "which news agency" of "Subject: Annapolis story": which ran it.
    const outlet = event !== undefined && /^which\s+(?:news\s+)?(?:agency|outlet|wire\s+service|publication|paper)$/i.test(plain);
    // Otherwise the thing asked about goes after a question that does not point back to it, so its words still say what it is about.
    // "who delivered it on day one": one "it" is the thing.
    const its = event === undefined ? [] : [...plain.matchAll(/\bit\b/giu)];
    const filled = its.length === 1 ? `${plain.slice(0, its[0]!.index)}${theThing(event!)}${plain.slice(its[0]!.index + 2)}` : undefined;
    asked = outlet ? `which news outlet ran ${theThing(event)}` : event === undefined || whenDid !== null ? plain : (filled ?? (/\b(?:its|that|this|the\s+figure|the\s+city|the\s+event)\b/i.test(plain) ? `${theThing(event)} — ${plain}` : `${plain}, about ${theThing(event)}`));
  } else if (said !== undefined && (field === '' || SPEAKER_FIELD.test(field))) asked = `who said ${strip(said)}`;
  else if (event !== undefined && SPEAKER_FIELD.test(field)) asked = `who said ${strip(event)}`;
  else if (event !== undefined && TIME_FIELD.test(field)) asked = `when was ${theThing(event)}`;
  else if (event !== undefined && /^(?:outlet|news\s+agency|agency|publisher|wire\s+service)$/i.test(field)) asked = `which news outlet ran ${theThing(event)}`;
  else if (/^(?:copyright\s+)?holder$|^copyright/i.test(field) && (source !== undefined || event !== undefined)) asked = `who is the copyright holder${source === undefined ? `, in ${theThing(event!)}` : ''}`;
  else if (person !== undefined && /^(?:(?:his|her|their)\s+)?(?:position|job|title|role|post)$/i.test(field)) asked = `what is ${strip(person)}'s position`;
  else if (NAME_OF.test(field) && !/office-?holder/i.test(field)) {
    const named = NAME_OF.exec(field)!;
    const whose = (named[1] ?? named[2])!.replace(/^the\s+/i, '');
    const story = source ?? event;
    // "name of additional reporting", "photographer's name": a credit of the story.
    if (CREDIT_WORDS.test(whose) && story !== undefined) return `${/^photo/i.test(whose) ? 'who took the photo in' : /^(?:reporter|writer|editor|author)s?$/i.test(whose) ? `who is the ${whose} of` : `who is credited with ${whose}, in`} ${theThing(story)}?`;
    asked = PARTY_FIELD.test(whose) && event !== undefined ? `who was the ${whose}, in ${theThing(event)}` : `who is ${/^(?:a|an)\s|['’]s\s/i.test(whose) ? whose : `the ${whose}`}`;
  } else if (NAME_FIELD.test(field) || field === '') {
    const org = get('org', 'organisation', 'organization', 'body');
    const position = get('position', 'post', 'job');
    const who = org !== undefined && position !== undefined ? `${strip(position)} of the ${strip(org)}` : (person ?? (NAME_FIELD.test(field) ? event : undefined));
    if (who !== undefined) asked = `who is ${theThing(who)}`;
  } else if (event !== undefined && PARTY_FIELD.test(field) && !COUNT_FIELD.test(field)) asked = `who was the ${field.replace(/^the\s+/i, '')}, in ${theThing(event)}`;
  else if (source !== undefined && /^copyright\s+holder$/i.test(field)) asked = 'who is the copyright holder';
  return asked === undefined ? text : `${asked}${scope}?`;
}

/** A bullet or a tasking's marker before a line: "- ", "• ". */
const BULLET = /^\s*[-•*]\s+/u;
/** "…: ?", "… = ?", "…: ___": a field left blank for its answer, its label the question. */
const LEFT_BLANK = /\s*[:=]\s*(?:\?+|_{2,}|\.{3}|…)\s*(?:\([^)]*\)\s*)?(?=(?:[.;/]+\s*)?$)/iu;
/** "SOURCE: Reuters/Annapolis" at a line's end: the story asked of. */
const SOURCE_LAST = /\s*(?:[.;]|\/\/)?\s*\bsource\s*:\s*([^.?!;]+?)\s*[.]?\s*$/iu;

/**
 * A tasking's line put as its question: "- timing of X rel. to Y: ? SOURCE: Reuters/Annapolis" →
 * "timing of X relative to Y, per the Reuters Annapolis story?"; a field left blank asks for what its
 * label names ("DTG of X": its date and time), the bullet asks nothing, a trailing "SOURCE:" names the
 * story. Text as it is where no field is left blank.
 */
export function blankFieldAsked(text: string): string {
  const source = SOURCE_LAST.exec(text);
  const body = (source === null ? text : text.slice(0, source.index)).replace(BULLET, '');
  // A form line of fields ("Subject: … | Source: …", "TASK: … SOURCE: …") is `formAsked`'s.
  if (!LEFT_BLANK.test(body) || text.includes('|')) return text;
  // A date-time group is a date and time; "rel. to" is "relative to".
  const label = body.replace(LEFT_BLANK, '').replace(/\bDTG\b/gu, 'date and time').replace(/\brel\.\s+to\b/giu, 'relative to').replace(/\s*[?.]+\s*$/u, '');
  const story = source === null ? '' : source[1]!.replace(/\//gu, ' ').trim();
  const scope = story === '' ? '' : `, per the ${story}${/\b(?:story|article|piece|report|dispatch|wire)$/iu.test(story) ? '' : ' story'}`;
  return `${label}${scope}?`;
}
