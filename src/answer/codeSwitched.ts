/**
 * A question that switches into French or Spanish for its function words, as bilingual askers do:
 * the question word ("quand", "¿cuándo?", "qui est-ce"), the source ("selon Reuters", "d'après",
 * "según"), the story ("la dépêche", "el artículo"), courtesies ("s'il vous plaît", "oye"). Those
 * words read in English; the content words stay as typed. Only phrases no English question uses.
 */
const SWITCHED: ReadonlyArray<[RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  // Courtesies and turn openers, which ask nothing.
  [/(?:^|,?\s*)(?:s['’]il\s+(?:vous|te)\s+pla[iî]t|por\s+favor)\s*[,!]?/giu, ''],
  [/(?:^|(?<=[\s;:—–-]))(?:oye|mira)\s*,\s*/giu, ''],
  // Question words.
  [/(?<![\p{L}])[àa]\s+quelle\s+date(?![\p{L}])/giu, 'on what date'],
  [/(?<![\p{L}])qui\s+est[-\s]ce(?![\p{L}])/giu, 'who is it'],
  [/(?<![\p{L}])[àa]\s+qui(?![\p{L}])/giu, 'to whom'],
  [/(?<![\p{L}])(?:quand|cu[aá]ndo)(?![\p{L}])/giu, 'when'],
  [/(?<![\p{L}])(?:qui[eé]n(?:es)?)(?![\p{L}])/giu, 'who'],
  [/(?<![\p{L}])(?:où|d[oó]nde)(?![\p{L}])/giu, 'where'],
  [/(?<![\p{L}])(?:combien\s+(?:de|d['’])|cu[aá]ntos?|cu[aá]ntas?)\s*/giu, 'how many '],
  [/(?<![\p{L}])qu[eé]\s+fecha(?![\p{L}])/giu, 'what date'],
  // Sources and stories.
  [/(?<![\p{L}])(?:selon|d['’]apr[eè]s|seg[uú]n)(?![\p{L}])/giu, 'according to'],
  // "la dépêche Reuters", "la nota de Annapolis": the Reuters story, the Annapolis story.
  [/(?<![\p{L}])((?:dans|en)\s+)?(?:(?:la\s+|le\s+|l['’]|el\s+)?(?:d[eé]p[eê]che|papier|art[ií]culo)|(?:la|el)\s+nota)\s+(?:(?:de|del|d['’])\s*)?((?:\p{Lu}[\p{L}'’.-]*\s*){1,3}?)(?=[\s,?:;.]|$)/gu, (_m: string, within: string | undefined, name: string) => `${within === undefined ? '' : 'in '}the ${name.trim()} story`],
  [/(?<![\p{L}])(?:dans|en)\s+(?:le|la|el|l['’])\s*(?=(?:d[eé]p[eê]che|papier|art[ií]culo|nota)\b)/giu, 'in the '],
  // "nota" is a word in English too ("nota bene"): only after its article.
  [/(?<![\p{L}])(?:(?:la\s+|le\s+|l['’]|el\s+)?(?:d[eé]p[eê]che|papier|art[ií]culo)|(?:la|el)\s+nota)(?![\p{L}])/giu, 'story'],
];

export function codeSwitchedAsked(text: string): string {
  if (!/[àâçéèêëîïôùûüñáíóú¿¡]|\b(?:quand|qui|selon|combien|oye|mira|nota|papier|dans|cuando|quien|donde|segun)\b/iu.test(text)) return text;
  return SWITCHED.reduce((read, [pattern, english]) => read.replace(pattern, english as string), text).replace(/\bthe\s+the\b/giu, 'the').replace(/\s{2,}/gu, ' ').trim();
}
