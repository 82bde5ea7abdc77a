/**
 * An act asked for in a formal register, as a noun after a verb that only carries it: "who issued
 * the call for a humanitarian pause" (called for it), "by whom was the writing of the piece
 * undertaken" (wrote it), "who carried out the killing of X" (killed X), and "which individual",
 * "which person", which ask "who". The coverage tells such acts by their verbs, which the question
 * stage reads. Pure text to text.
 */

/** Verbs that only carry the act their noun names. */
const LIGHT = String.raw`(?:issued|issues|issue|made|makes|make|gave|gives|give|undertook|undertaken|undertakes|undertake|carried\s+out|carries\s+out|carry\s+out|conducted|conducts|conduct|performed|performs|perform|delivered|delivers|deliver|did|does|do|took|takes|take|done)`;

/** A noun of an act and its verb in the past, with the preposition the verb keeps ("call for" → "called for"). */
const ACTS: ReadonlyMap<string, string> = new Map([
  ['call for', 'called for'], ['call', 'called'], ['writing of', 'wrote'], ['editing of', 'edited'], ['reporting of', 'reported'], ['reporting on', 'reported on'],
  ['killing of', 'killed'], ['assassination of', 'assassinated'], ['attack on', 'attacked'], ['attack against', 'attacked'], ['condemnation of', 'condemned'],
  ['announcement of', 'announced'], ['announcement', 'announced'], ['arrest of', 'arrested'], ['release of', 'released'], ['appointment of', 'appointed'],
  ['decision to', 'decided to'], ['decision', 'decided'], ['warning', 'warned'], ['warning to', 'warned'], ['invasion of', 'invaded'], ['photograph of', 'photographed'],
  ['statement', 'said'], ['remark', 'said'], ['comment', 'said'], ['comments', 'said'], ['claim', 'claimed'], ['claim that', 'claimed that'], ['pledge', 'pledged'], ['pledge to', 'pledged to'],
  ['threat', 'threatened'], ['threat to', 'threatened to'], ['strike on', 'struck'], ['bombing of', 'bombed'], ['capture of', 'captured'], ['seizure of', 'seized'],
]);

const NOUNS = [...new Set([...ACTS.keys()].map((key) => key.split(' ')[0]!))].join('|');

/** "who (was it that) issued the call for", "by whom … undertaken" read as "who undertaken the writing of": the asker, the light verb, the act's noun and its preposition. */
const CARRIED = new RegExp(String.raw`\b(who|whom|which\s+[\p{L}-]+)\s+(?:(?:has|have|had|was|were|is|are)\s+)?${LIGHT}\s+(?:the|a|an|that|this)\s+(${NOUNS})(?:\s+(for|of|on|against|to|that)\b)?`, 'iu');

/** "which individual", "which person", "which people": who. */
const WHICH_PERSON = /\bwhich\s+(?:individual|person|people|persons|individuals)\b/iu;

export function verbsForNominals(text: string): string {
  const person = text.replace(WHICH_PERSON, 'who');
  const carried = CARRIED.exec(person);
  if (carried === null) return person;
  const [whole, asker, noun, preposition] = carried as unknown as [string, string, string, string | undefined];
  const lower = noun.toLowerCase();
  const verb = (preposition === undefined ? undefined : ACTS.get(`${lower} ${preposition.toLowerCase()}`)) ?? ACTS.get(lower);
  if (verb === undefined) return person;
  // The preposition stays where the verb does not take it in ("called for" keeps "for"; "wrote" drops "of").
  const kept = preposition !== undefined && !ACTS.has(`${lower} ${preposition.toLowerCase()}`) ? ` ${preposition}` : '';
  return `${person.slice(0, carried.index)}${asker} ${verb}${kept}${person.slice(carried.index + whole.length)}`;
}

/** "the assertion that X", "the claim that X": what someone said, as a formal request names it. */
const CLAIM_THAT = /\b(?:claim|assertion|statement|remark|contention|allegation|suggestion|argument|assessment|view|finding|prediction|observation|warning)\s+that\s+(.+?)(?=\s+(?:is|was|has\s+been|had\s+been)\s+(?:attributed|made)\b|\s*\(|\s+[—–-]+\s|\s*[?!](?=\s|$)|(?<!\b\p{Lu})\.(?=\s|$)|\s*[.?!]*\s*$)/iu;

/** Words that ask whose a claim is: "Attribution sought", "to whom … is attributed", "the source of". */
const ASKS_WHOSE = /\b(?:attribut\w*|source|whom|who|whose|identity|credited|speaker|declarant)\b/iu;

/** "gave the figure of nearly 1,200 dead", "cited a toll of 40": a number someone put out, which they said. */
const FIGURE_GIVEN = /\b(?:gave|give|gives|giving|provided|provides|cited|cites|citing|put\s+out|reported|reports|released|issued)\s+(?:the|a|an|that|this)\s+(?:figure|toll|number|count|estimate|tally)\s+(?:of|at)\s+(.+?)(?=\s*(?:,(?!\d)|[;?!(])|\s+(?:in|per|according)\s+(?:the|that|this)\s+[\p{L}'’ -]*?(?:piece|story|article|report)\b|(?<!\b\p{Lu})\.(?=\s|$)|\s*$)/iu;

/** "the Gaza death toll figure (~1,200)", "the figure of nearly 1,200": a figure named with its number (and the names before it), whose source is asked. */
const FIGURE_NAMED = /\b((?:[\p{L}-]+\s+){0,2}?)(death\s+toll|toll|figure|tally|count|estimate)\b(?:\s+(?:of|at|near|close\s+to|figure)|\s*\(|\s+)?\s*(?:~|about|nearly|almost|around|roughly|some|over|more\s+than|close\s+to)?\s*(\d[\d,.]*\d|\d)\b/iu;

/** "characterized the attack as "a reminder of …"", "branded it "reckless"": words someone used, quoted after a verb of describing. */
const DESCRIBED_AS = /\b(?:characteri[sz]ed|characteri[sz]es|described|describes|called|calls|branded|brands|labell?ed|labels|termed|terms|dubbed|dubs|likened)\b[^"“”?]{0,80}?["“]([^"“”]+)["”]/iu;
/** A quotation of a sentence's length, whoever's words they are: six words or more. */
const QUOTATION = /(?:^|[\s(])["“]((?:[^"“”\s]+\s+){5,}[^"“”\s]+)["”]/u;

/** A question that asks whose words something is: "whose words", "attribute it", "the speaker", "stated", "the phrase". */
const SAYING_ASKED = /\b(?:said|says|stated|states|declared|warned|vowed|words|speaker|attribut\w*|quot(?:e|es|ed|ing|ation)|citing|phrase|saying)\b/iu;
/** Words quoted after a verb of saying ("stated the country "will not tolerate" attacks"): what was said, however short. */
const SAID_QUOTED = /\b(?:said|says|stated|states|declared|declares|warned|warns|vowed|vows|insisted|insists)\b[^"“”?]{0,60}?["“]([^"“”]+)["”]/iu;
/** A quotation in single marks, of four words or more ('not since Isis have we seen …'), not a question; an apostrophe inside a word is no mark. */
const SINGLE_QUOTATION = /(?<![\p{L}\d])['‘]((?:[^'‘’\s]|['’](?=\p{L}))+(?:\s+(?:[^'‘’\s]|['’](?=\p{L}))+){3,})(?<!\?)['’](?![\p{L}\d])/u;
/** "quotes someone saying there will be no partners …": what someone is reported saying, unquoted. */
const SOMEONE_SAYING = /\b(?:someone|somebody|a\s+speaker|an\s+official)\s+(?:saying|says|said|warning|arguing)\s+(?:that\s+)?(.{12,200}?)\s*(?=[.?!;](?:\s|$)|$)/iu;

/**
 * "Attribution sought for the assertion that X", "the official to whom the claim that X is attributed",
 * "which body gave the figure of X", "who characterized the attack as "Y"": who said X (or "Y").
 */
export function claimAttributed(text: string): string | undefined {
  // "Which body gave the figure …" asks whose it is as plainly as "who".
  const figure = /\bwhich\b/iu.test(text) || ASKS_WHOSE.test(text) ? FIGURE_GIVEN.exec(text) : null;
  // "Which US official stated …", "Confirm the speaker": a question of whose words asks it as plainly.
  const saying = SAYING_ASKED.test(text);
  if (!ASKS_WHOSE.test(text) && figure === null && !(saying && /\bwhich\b/iu.test(text))) return undefined;
  const claim = CLAIM_THAT.exec(text) ?? figure;
  if (claim !== null) return `who said ${claim[1]!.replace(/\s*[,;:]\s*$/u, '')}?`;
  // "Attribution for the Gaza death toll figure (~1,200)?": who said the toll was that.
  const named = FIGURE_NAMED.exec(text);
  if (named !== null) return `who said the ${[...named[1]!.trim().split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)), named[2]!].join(' ')} was ${named[3]!}?`;
  // A short quoted phrase inside another act ("informed Washington "at the last minute"") is no one's words asked for.
  const quoted = DESCRIBED_AS.exec(text) ?? QUOTATION.exec(text) ?? (saying ? (SAID_QUOTED.exec(text) ?? SINGLE_QUOTATION.exec(text) ?? SOMEONE_SAYING.exec(text)) : null);
  return quoted === null ? undefined : `who said "${quoted[1]!.trim()}"?`;
}
