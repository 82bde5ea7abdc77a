/**
 * A question asked as a spreadsheet's field: "Date column for the pier fire?", "Source for the
 * 'bridge too far' remark — who's the engineer?", "Row: pier fire. Actor field — who set it?". The
 * field says what kind of answer fills it (a date, a name, an outlet, a count); what it is for is
 * the thing asked about, which a pronoun in a question after it stands for. Pure text to text.
 */

/** Nouns for a kind of place: "the Iranian city", "which island". */
export const PLACE_NOUNS = String.raw`(?:countries|country|nations?|cit(?:y|ies)|capitals?|towns?|villages?|islands?|ports?|places?|destinations?|regions?|provinces?)\b`;
/** "the Iranian city hit by …": a place, with at most one word before its noun (not "the city's mayor"). */
const PLACE_THING = new RegExp(String.raw`^(?:the|a|an|this|that)\s+((?:[\p{L}-]+\s+)?(?!places?\b|destinations?\b)${PLACE_NOUNS}(?!['’]))(?:\s+(\p{Ll}+\s+by\b))?(.*)$`, 'iu');

/** The kind of answer a field holds, by its name. */
const FIELD_KINDS: readonly (readonly [RegExp, 'time' | 'actor' | 'who' | 'outlet' | 'count'])[] = [
  [/^(?:(?:event|publication|release)\s+)?(?:date|day|timing|time|timestamp)$/iu, 'time'],
  [/^(?:actor|perpetrator|attacker|responsible\s+party)$/iu, 'actor'],
  [/^(?:(?:source|speaker|person)(?:\s+name)?|name|attribution|[\p{L}-]+\s+credit|credit|byline)$/iu, 'who'],
  [/^(?:outlet|publisher|publication|news\s+outlet)$/iu, 'outlet'],
  [/^(?:count|number|tally|total)$/iu, 'count'],
];
/** Any of the field names above, as one alternation for the patterns below. */
const FIELD_NAME = FIELD_KINDS.map(([name]) => name.source.replace(/^\^|\$$/g, '')).join('|');
/** A spreadsheet's word for the place an answer goes. */
const FIELD_NOUN = String.raw`(?:field|column|col|cell|entry|value|slot|box)`;
/** "Row: X." before the field: the thing the row is about. */
const ROW = /^\s*row\s*[:—–-]\s*([^.?!;]{3,120}?)\s*[.;]\s+(?=\S)/iu;
/**
 * "Date column for X — which day?", "Source for X: who put it out?", "Timestamp for X?": the field,
 * what it is for, and any question after it. A field named without "field"/"column" only by the names
 * a spreadsheet gives and a plain question does not ("Source for", "Timestamp for", "Count of").
 */
const FIELD_FOR = new RegExp(String.raw`^\s*(?:the\s+)?((?:${FIELD_NAME}))(?:\s+${FIELD_NOUN}|(?=\s+(?:for|on|of)\s)(?<=source|name|timestamp|attribution|credit|count|tally|actor|outlet)|(?=\s+for\s)(?<=date|timing))(?:\s*,\s*|\s*:\s*|\s+(for|on|of|in)\s+)(?!(?:who|whom|whose|when|what|which|where|how)\b)(.+?)(?:\s*(?:[—–:]|\s-\s)\s*([^—–:]+?))?\s*\?*\s*$`, 'iu');
/** "Actor field — who carried it out?": a field with only a question after it (what it is for is the row). */
const FIELD_ONLY = new RegExp(String.raw`^\s*(?:the\s+)?((?:${FIELD_NAME}))\s+${FIELD_NOUN}\s*(?:[—–:]|\s-\s)\s*(.+?)\s*\?*\s*$`, 'iu');
/** A question that only says what kind of answer the field wants: "which day?", "what's the actual date?", "whose name goes in that cell?". */
const BARE = /^\s*(?:(?:which|what)\s+(?:day|date)|what(?:['’]s|\s+is|\s+was)\s+the\s+(?:actual\s+|exact\s+)?(?:date|day)|when(?:\s+exactly)?|who|whose\s+name\s+goes\s+(?:in|into)\s+(?:that|this|the)\s+\p{L}+|what\s+goes\s+(?:in|into)\s+(?:that|this|the)\s+\p{L}+)\s*\??\s*$/iu;
/** "carried it out", "put it out": a phrasal verb whose object is the pronoun. */
const PHRASAL_IT = /\b(\p{Ll}+)\s+it\s+(out|up|off|down)\b/u;
/** A thing that is a story: a question about it is asked of that story. */
const STORY_THING = /\b(?:story|piece|article|report|dispatch|wire|copy|write-?up)\s*$/iu;

const withArticle = (thing: string) => (/^\s*(?:the|a|an|this|that|these|those)\s/iu.test(thing) || /^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s/u.test(thing) ? thing.trim() : `the ${thing.trim()}`);
/** "the Isfahan explosions" are, "the raid" is: by the head before any preposition. */
const plural = (thing: string) => /[^s]s$/iu.test(thing.split(/\s+(?:in|on|at|of|for|from|by|that|which|who|with)\s+/iu)[0]!.trim());
const lowered = (thing: string) => thing.replace(/^\s*(?:The|A|An)\b/u, (article) => article.toLowerCase());

function kindOf(field: string): (typeof FIELD_KINDS)[number][1] | undefined {
  return FIELD_KINDS.find(([name]) => name.test(field.trim()))?.[1];
}

/** The question the field asks of its thing when nothing after it says more. */
function fieldQuestion(field: string, thing: string, kind: NonNullable<ReturnType<typeof kindOf>>, preposition: string): string {
  const it = lowered(withArticle(thing));
  switch (kind) {
    case 'time':
      return `when ${plural(thing) ? 'were' : 'was'} ${it}?`;
    case 'actor':
      return `who was behind ${it}?`;
    case 'who':
      // "Name column for the Italian minister": who the minister is; "Source name for the X remark": whose it is; "name of the
      // Iranian city hit by …": which city.
      // (A participle with its agent after the place is what was done to it: "which city was hit by …".)
      const place = /^name$/iu.test(field.trim()) ? PLACE_THING.exec(it) : null;
      // "the island where the G7 met" is searched for by its words ("where the G7 met" loses what kind of place it asks).
      if (place !== null && /^\s+where\b/iu.test(place[3]!)) return `what is the name of ${it}?`;
      if (place !== null) return `which ${place[1]!}${place[2] === undefined ? '' : ` was ${place[2]}`}${place[3]!}?`;
      return /^name$/iu.test(field.trim()) ? `who is ${it}?` : `who is the ${field.trim().toLowerCase().replace(/\s+name$/u, '')} ${preposition} ${it}?`;
    case 'outlet':
      return `which news outlet ran ${it}?`;
    case 'count':
      return `how many ${thing.trim().replace(/^(?:the|a|an)\s+/iu, '')}?`;
  }
}

/** The question with "it" standing for the thing ("who put it out?" → "who put out the X statement?"). */
function pronounFilled(question: string, thing: string): string | undefined {
  const it = lowered(withArticle(thing));
  const phrasal = PHRASAL_IT.exec(question);
  if (phrasal !== null) return `${question.slice(0, phrasal.index)}${phrasal[1]} ${phrasal[2]} ${it}${question.slice(phrasal.index + phrasal[0].length)}`;
  const pronouns = [...question.matchAll(/\bit\b/giu)];
  if (pronouns.length !== 1) return undefined;
  return `${question.slice(0, pronouns[0]!.index)}${it}${question.slice(pronouns[0]!.index + 2)}`;
}

/** "Row 31, attack on a base in Iraq: event date?": a row's thing, then only the field it wants. */
const ROW_FIELD = new RegExp(String.raw`^\s*row(?:\s+\d+)?\s*[,:—–-]\s*([^.?!;:]{3,120}?)\s*:\s*((?:${FIELD_NAME}))(?:\s+${FIELD_NOUN})?\s*\?*\s*$`, 'iu');

export function fieldAsked(text: string): string {
  const rowField = ROW_FIELD.exec(text);
  const rowKind = rowField === null ? undefined : kindOf(rowField[2]!);
  if (rowKind !== undefined) return fieldQuestion(rowField![2]!, rowField![1]!, rowKind, 'for');
  const row = ROW.exec(text);
  const rest = row === null ? text : text.slice(row[0].length);
  const labelled = FIELD_FOR.exec(rest);
  const only = labelled === null && row !== null ? FIELD_ONLY.exec(rest) : null;
  if (labelled === null && only === null) return text;
  const field = (labelled ?? only)![1]!;
  const kind = kindOf(field);
  if (kind === undefined) return text;
  // "for 'explosions in Isfahan'", "for the row 'X' at the end of Y": the thing, out of its quotation marks.
  // The asker's table it goes in is no part of it ("… press event for the 'Diplomatic visits' table").
  const thing = (labelled === null ? row![1]! : labelled[3]!)
    .replace(/^(?:the\s+)?row\s+(?=['‘"“])/iu, '')
    .replace(/^['‘"“]([^'‘’"“”]+)['’"”]/u, '$1')
    .replace(/\s+(?:for|in|on)\s+(?:the|our|my)\s+(?:['‘"“][^'‘’"“”]+['’"”]\s+)?(?:table|sheet|spreadsheet|column|panel|chart|timeline|list)\b.*$/iu, '');
  const preposition = labelled?.[2]?.toLowerCase() ?? 'for';
  const question = (labelled === null ? only![2] : labelled[4])?.trim();
  // "Attribution for X — source?": a label without a question word is a tasking, read as one elsewhere.
  if (question !== undefined && !BARE.test(question) && !/\b(?:who|whom|whose|when|what|which|where|how)\b/iu.test(question)) return text;
  const filled = question === undefined ? undefined : pronounFilled(question, thing);
  // "Source name for the X remark — who's the analyst?": a name field's own question says no more than the field.
  const restates = question !== undefined && filled === undefined && kind === 'who' && !/^name$/iu.test(field.trim()) && /^\s*(?:who|whom)\b/iu.test(question);
  const asked =
    question === undefined || BARE.test(question) || restates
      ? fieldQuestion(field, thing, kind, preposition)
      : (filled ??
        // "who is he?": the thing said before it, as a remark set off by a dash.
        (STORY_THING.test(thing) && !/\b(?:he|she|him|her)\b/iu.test(question) ? `${question.replace(/\s*\?*\s*$/u, '')}, in ${withArticle(thing)}?` : undefined) ??
        // "Photo credit column for the dpa Capri story: which reporter wrote it?": asked of that story.
        `${withArticle(thing)} — ${question.replace(/\s*\?*\s*$/u, '')}?`);
  return `${asked.replace(/\s*[?.!]*\s*$/u, '?')}`;
}
