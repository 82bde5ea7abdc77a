/**
 * A question that switches into French, Spanish or German for its function words, as bilingual askers
 * do: the question word ("quand", "¿cuándo?", "qui est-ce", "wer", "wann genau"), the source ("selon
 * Reuters", "d'après", "según", "laut"), the story ("la dépêche", "el artículo", "der Artikel"),
 * courtesies ("s'il vous plaît", "oye", "bitte"). Those words read in English; the content words stay as
 * typed. Only phrases no English question uses ("war" and "was" are English words: read in German only
 * after a German question word).
 */
const SWITCHED: ReadonlyArray<[RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  // Courtesies and turn openers, which ask nothing.
  [/(?:^|,?\s*)(?:s['’]il\s+(?:vous|te)\s+pla[iî]t|por\s+favor)\s*[,!]?/giu, ''],
  [/(?:^|(?<=[\s;:—–-]))(?:oye|mira)\s*,\s*/giu, ''],
  [/(?<![\p{L}])(?:bitte|nochmal|mal)(?![\p{L}])\s*/giu, ''],
  [/\s*,\s*(?:oder|ja|gell|nicht\s+wahr)\s*\?/giu, '?'],
  [/\s*,\s*(?:oder|ja|gell)\s*[.!]?\s*$/giu, ''],
  // Question words.
  // "wann war die?": the pronoun closing the question stands for what the sentence before it names.
  [/(?<![\p{L}])(wer|wann)(?:\s+genau)?\s+(?:ist|war)(?:\s+(?:das|die|der|es)(?=\s*(?:[,?.!—–]|$)))?(?![\p{L}])/giu, (match: string, word: string) => `${GERMAN_ASKING[word.toLowerCase()]} was${/\s(?:das|die|der|es)$/iu.test(match) ? ' that' : ''}`],
  [/(?<![\p{L}])(wann|wo)\s+genau(?![\p{L}])/giu, (_m: string, word: string) => GERMAN_ASKING[word.toLowerCase()]!],
  [/(?<![\p{L}])seit\s+wann(?![\p{L}])/giu, 'since when'],
  [/(?<![\p{L}])(?:wer|wann|wo)(?![\p{L}])/giu, (word: string) => GERMAN_ASKING[word.toLowerCase()]!],
  [/(?<![\p{L}])(?:mit\s+)?welche[rsnm]?\s+datum(?![\p{L}])/giu, 'what date'],
  [/(?<![\p{L}])mit\s+welche[rsnm]?(?![\p{L}])/giu, 'with which'],
  [/(?<![\p{L}])welche[rsnm]?(?![\p{L}])/giu, 'which'],
  [/(?<![\p{L}])wie\s+viele(?![\p{L}])/giu, 'how many'],
  [/(?<![\p{L}])(?:war|ist)\s+das(?![\p{L}])/giu, 'was that'],
  [/(?<![\p{L}])steckt\s+hinter(?![\p{L}])/giu, 'is behind'],
  [/(?<![\p{L}])(?:mit\s+)?datum(?![\p{L}])/giu, 'date'],
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
  [/(?<![\p{L}])laut\s+(?:(?:dem|den)\s+)?(artikeln?|bericht)(?![\p{L}])/giu, (_m: string, story: string) => `according to the ${/n$/iu.test(story) ? 'articles' : 'article'}`],
  [/(?<![\p{L}])laut(?![\p{L}])/giu, 'according to'],
  [/(?<![\p{L}])f[üu]r\s+(?:den|die|das)(?![\p{L}])/giu, 'for the'],
  // "la dépêche Reuters", "la nota de Annapolis": the Reuters story, the Annapolis story.
  [/(?<![\p{L}])((?:dans|en)\s+)?(?:(?:la\s+|le\s+|l['’]|el\s+)?(?:d[eé]p[eê]che|papier|art[ií]culo)|(?:la|el)\s+nota)\s+(?:(?:de|del|d['’])\s*)?((?:\p{Lu}[\p{L}'’.-]*\s*){1,3}?)(?=[\s,?:;.]|$)/gu, (_m: string, within: string | undefined, name: string) => `${within === undefined ? '' : 'in '}the ${name.trim()} story`],
  [/(?<![\p{L}])(?:dans|en)\s+(?:le|la|el|l['’])\s*(?=(?:d[eé]p[eê]che|papier|art[ií]culo|nota)\b)/giu, 'in the '],
  // "nota" is a word in English too ("nota bene"): only after its article.
  [/(?<![\p{L}])(?:(?:la\s+|le\s+|l['’]|el\s+)?(?:d[eé]p[eê]che|papier|art[ií]culo)|(?:la|el)\s+nota)(?![\p{L}])/giu, 'story'],
];

/** A replacement of a code-switched question: a pattern, and its English. */
type Switch = readonly [RegExp, string | ((match: string, ...groups: string[]) => string)];

/** Between letters: the pattern stands as a word of its own ("o", not the "o" of "Tokyo"). */
const word = (source: string) => new RegExp(String.raw`(?<![\p{L}'’.])(?:${source})(?![\p{L}])(?!\.\p{L})`, 'giu');

/** What joins a story's outlet to its place: "da Reuters de Annapolis", "de Reuters d'Annapolis", "de Reuters desde Annapolis". */
const PLACE_JOINER = String.raw`(?:(?:de|da|do|di|del|della|desde|sur)\s+|d['’]\s*)`;

/** A story by its outlet or place: "a matéria da Reuters de Annapolis", "l'articolo di Reuters da Capri". */
const STORY_OF = String.raw`((?:["“][^"”]{2,40}["”]|(?:\p{Lu}[\p{L}'’.-]*\s*){1,3})\s*(?:${PLACE_JOINER}\p{Lu}[\p{L}'’.-]*\s*)?)`;

/** What a preposition before a story says in English ("segundo a matéria", "nel pezzo", "do artigo", "según la nota", "selon l'article"), accents left out. */
const STORY_PREPOSITION: Readonly<Record<string, string>> = {
  segundo: 'according to', secondo: 'according to', segun: 'according to', selon: 'according to', 'according to': 'according to', 'according to the': 'according to',
  n: 'in', nel: 'in', en: 'in', dans: 'in', d: 'of', del: 'of', de: 'of', sul: 'on',
};

/** "segundo a matéria da Reuters de Annapolis": according to the Reuters Annapolis story. */
function storyIn(_match: string, preposition: string | undefined, story: string): string {
  const key = preposition?.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/gu, ' ');
  const english = key === undefined ? '' : `${STORY_PREPOSITION[key] ?? ''} `;
  return `${english}the ${story.replace(new RegExp(String.raw`\s*${PLACE_JOINER}`, 'u'), ' ').trim()} story `;
}

/** An article, a preposition or a conjunction cut before a vowel, in English: "l'", "d'", "qu'", and Italian prepositions joined to the article ("dell'", "nell'"). */
const ELIDED: Readonly<Record<string, string>> = { l: 'the', d: 'of', qu: 'that', dell: 'of the', nell: 'in the', sull: 'on the', dall: 'from the', all: 'at the' };

function elided(match: string): string {
  return `${ELIDED[match.toLowerCase().replace(/['’]$/u, '')] ?? 'the'} `;
}

/**
 * French, Portuguese, Italian, Spanish and German, read only when a question has two words or more of its language that English
 * never writes (a lone "a", "no" or "era" is English): the question words, the source, the story, then
 * the articles and prepositions between the English content words ("quem é o foreign minister da
 * Italia que disse …": "who is the foreign minister of the Italia that said …"). A restatement after
 * "cioè" is the question as its asker means it, as after "i.e.".
 */
const LANGUAGES: ReadonlyArray<{ markers: RegExp; switches: readonly Switch[] }> = [
  {
    markers: word(String.raw`quem|segundo|mat[ée]ria|n[ée]|t[áa]|pra|pros|quantos|quantas|quais|onde|foi|disse|falou|n[ãa]o|isso|aquilo|depois|sobre|tamb[ée]m|voc[êe]|tava|tinha|acho|da|na|numa|tipo|mas|dia|nome|foram`),
    switches: [
      [/(?:,\s*)?(?<![\p{L}])n[ée]\s*\?/giu, '?'],
      [word(String.raw`tipo|n[ée]|mesmo(?=\s*[?,.])|acho\s+que\s+foi\s+(?:o|a)\s+[^?,.]{2,40}?(?=\s*[,?.])|pls|por\s+favor`), ''],
      [word(String.raw`(?:qual|que)\s+(?:[ée]\s+)?a\s+data(?:\s+(?:exata|mesmo))?|que\s+data|(?:em\s+)?que\s+dia`), 'what date'],
      [word(String.raw`(?:em\s+)?que\s+momento`), 'when'],
      [word(String.raw`quando\s+foi\s+que`), 'when'],
      [word(String.raw`quando\s+foi`), 'when was'],
      [word('quando'), 'when'],
      [word(String.raw`quem\s+(?:[ée]|foi)`), (match: string) => (/foi$/iu.test(match) ? 'who was' : 'who is')],
      [word(String.raw`quem\s+(?:disse|falou)`), 'who said'],
      [word('quem'), 'who'],
      [word(String.raw`quant[oa]s`), 'how many'],
      [word(String.raw`(?:pra|para)\s+onde|onde`), 'where'],
      [word(String.raw`com\s+qua(?:is|l)`), 'with which'],
      [word(String.raw`por\s+qua(?:is|l)`), 'through which'],
      [word(String.raw`qua(?:is|l)`), 'which'],
      // (Case by hand: with "i", \p{Lu} would take any letter.)
      [new RegExp(String.raw`(?<![\p{L}])(?:([Ss]egundo|[NnDd](?=[oa]\s))\s*)?(?:[oa]\s+)?(?:mat[ée]ria|texto|artigo|reportagem)\s+(?:(?:da|do|de)\s+)?${STORY_OF}`, 'gu'), storyIn],
      [/(?<![\p{L}])segundo(?:\s+[oa]s?(?=\s))?(?![\p{L}])/giu, 'according to'],
      [word(String.raw`nome\s+completo|nome\s+e\s+sobrenome`), 'full name'],
      [word(String.raw`(?:a\s+)?data(?:\s+exata)?`), 'the date'],
      [word('dia'), 'day'],
      [word('mês'), 'month'],
      [word('mas'), 'but'],
      [word(String.raw`numa|num`), 'in a'],
      [word('foram'), 'were'],
      [word('era'), 'was'],
      [word('fez'), 'did'],
      [word('tem'), 'has'],
      [word(String.raw`(?:disse|falou)\s+que`), 'said that'],
      [word(String.raw`falou\s+(?:da|do|de)`), 'talked about'],
      [word(String.raw`disse|falou`), 'said'],
      [word(String.raw`no\s+mesmo\s+dia\s+(?:da|do)`), 'on the same day as the'],
      [word(String.raw`depois\s+(?:das|dos|da|do)`), 'after the'],
      [word(String.raw`antes\s+(?:das|dos|da|do)`), 'before the'],
      [word(String.raw`das|dos|da|do`), 'of the'],
      [word(String.raw`nas|nos|na|no`), 'in the'],
      [word(String.raw`pros|pras`), 'to the'],
      [word(String.raw`pra|para`), 'to'],
      [word(String.raw`o|os`), 'the'],
      [word('de'), 'of'],
      [word('em'), 'in'],
      [word('com'), 'with'],
      [word('sobre'), 'about'],
      [word('que'), 'that'],
      [word('e'), 'and'],
      [word('é'), 'is'],
      [word('foi'), 'was'],
      [word(String.raw`t[áa]|est[áa]`), 'is'],
      [word(String.raw`tava|estava`), 'was'],
      [word(String.raw`isso|aquilo`), 'that'],
      [word('cara'), 'guy'],
      [word('ele'), 'he'],
      [word('ela'), 'she'],
      [word('j[áa]'), 'already'],
      [word('tinha'), 'had'],
    ],
  },
  {
    markers: word(String.raw`chi|secondo|cio[èe]|vero|quanti|quante|quale|quali|dove|cosa|detto|successo|della|dello|degli|delle|dell|nell|nella|nel|del|sulla|sul|gli|il|di|anche|allora|scusa|pezzo|articolo|ha|è|c['’]è|non|sono|sta|sto|dice|parla|giorno|grazie|senti|quello|quella|tizio`),
    switches: [
      [/(?:,\s*)?(?<![\p{L}])vero\s*\?/giu, '?'],
      [word(String.raw`allora|scusa|per\s+favore|per\s+il\s+mio\s+pezzo|mi\s+serve`), ''],
      [word(String.raw`grazie(?:\s+mille)?`), ''],
      [word(String.raw`chi\s+[èe]\s+stat[oa]\s+a\s+dire`), 'who said'],
      [word(String.raw`chi\s+[èe]\s+stat[oa]\s+a`), 'who'],
      [word(String.raw`in\s+che\s+(giorno|mese|anno)`), (_m: string, unit: string) => `in what ${{ giorno: 'day', mese: 'month', anno: 'year' }[unit.toLowerCase()] ?? 'day'}`],
      [word(String.raw`qual\s+[èe]\s+la\s+data`), 'what is the date'],
      [/(?<![\p{L}])[Ss]tando\s+a(?:ll['’]\s*|l\s+|llo\s+|lla\s+|\s+)?(?=\p{L})/gu, 'according to the '],
      [word(String.raw`cio[èe]`), 'i.e.'],
      [word(String.raw`che\s+data|in\s+che\s+data`), 'what date'],
      [word(String.raw`che\s+giorno`), 'what day'],
      [word(String.raw`quando\s+[èe]\s+successo`), 'when did it happen'],
      [word(String.raw`quando\s+[èe]\s+stat[oaie]|quando\s+c['’][èe]\s+stat[oaie]`), 'when was'],
      [word('quando'), 'when'],
      [word(String.raw`chi\s+[èe]`), 'who is'],
      [word(String.raw`chi\s+era`), 'who was'],
      [word(String.raw`chi\s+ha\s+detto`), 'who said'],
      [word(String.raw`con\s+chi`), 'with whom'],
      [word('chi'), 'who'],
      [word(String.raw`quant[ie]`), 'how many'],
      [word(String.raw`su\s+qual[ei]`), 'on which'],
      [word(String.raw`con\s+qual[ei]`), 'with which'],
      [word(String.raw`qual[ei]`), 'which'],
      [word('dove'), 'where'],
      [word('cosa'), 'what'],
      [new RegExp(String.raw`(?<![\p{L}])(?:([Ss]econdo|[NnDdSs](?:el|ul)(?=l['’]|\s)|according\s+to\s+the)\s*)?(?:l['’]\s*|il\s+|lo\s+)?(?:articolo|pezzo|servizio)\s+(?:(?:di|del|della)\s+)?${STORY_OF}`, 'gu'), storyIn],
      [word('secondo'), 'according to'],
      [word(String.raw`citat[oaie]`), 'quoted'],
      [word(String.raw`ha\s+detto\s+che`), 'said that'],
      [word(String.raw`ha\s+detto|detto`), 'said'],
      [word(String.raw`lo\s+stesso\s+giorno\s+(?:della|del|dello)`), 'on the same day as the'],
      [word(String.raw`dopo\s+(?:il|la|i|gli|le|l['’])`), 'after the'],
      [word(String.raw`prima\s+(?:del|della|dei|degli|delle|dell['’])`), 'before the'],
      // An article cut before a vowel ("l'attacco", "dell'articolo") runs into its word.
      [/(?<![\p{L}])([dDnNsSaA](?:[ae]|ul)l)?[lL]?['’](?=\p{L})/gu, elided],
      [word(String.raw`della|dello|degli|delle|del|dei`), 'of the'],
      [word(String.raw`nella|nello|negli|nelle|nel|nei`), 'in the'],
      [word(String.raw`sulla|sullo|sugli|sulle|sul|sui`), 'on the'],
      [word(String.raw`dalla|dallo|dagli|dalle|dal|dai`), 'from the'],
      [word(String.raw`nome\s+e\s+cognome`), 'full name'],
      [word('nome'), 'name'],
      [word('giorno'), 'day'],
      [word('data'), 'date'],
      [word('anno'), 'year'],
      [word(String.raw`esatt[oa]|precis[oa]`), 'exact'],
      [word('ma'), 'but'],
      [word('non'), 'not'],
      [word('ha'), 'has'],
      // (Not "al Asad": "al" before a name is the name's.)
      [/(?<![\p{L}'’.])(?:alla|allo|agli|alle|(?:al|ai)(?=\s+\p{Ll}))(?![\p{L}])/gu, 'at the'],
      [word(String.raw`c['’][èe]`), 'there is'],
      [word(String.raw`il|lo|gli|le`), 'the'],
      [word(String.raw`i(?=\s+\p{Ll})|la`), 'the'],
      [word('di'), 'of'],
      [word('da'), 'from'],
      [/(?<![\p{L}])a(?=\s+\p{Lu})/gu, 'in'],
      [word('su'), 'on'],
      [word('per'), 'for'],
      [word('con'), 'with'],
      [word(String.raw`tra|fra`), 'between'],
      [word('contro'), 'against'],
      [word('che'), 'that'],
      [word('e'), 'and'],
      [word(String.raw`[èe]'?|è`), 'is'],
      [word('era'), 'was'],
      [word('sono'), 'are'],
      [word(String.raw`quel(?:lo|la)?|quei`), 'that'],
      [word('tizio'), 'guy'],
      [word('anche'), 'also'],
      [word('ancora'), 'still'],
      [word('già'), 'already'],
    ],
  },
  {
    markers: word(String.raw`qui|quand|c['’]est|selon|svp|merci|pis|est|le|les|des|du|dans|sur|avec|pour|quel(?:le)?s?|combien|où|papier|d[ée]p[êe]che|une|au|aux|ont|été|d[ée]j[àa]|quoi`),
    switches: [
      [/\s*(?<![\p{L}])merci(?:\s+d['’]avance|\s+beaucoup)?\s*!*/giu, ''],
      [word(String.raw`du\s+coup|genre`), ''],
      [word(String.raw`pr[ée]nom\s*\+\s*nom`), 'full name'],
      [word(String.raw`[àa]\s+quelle\s+date`), 'on what date'],
      [/(?<![\p{L}])[Dd]['’]\s*apr[èe]s(?![\p{L}])/gu, 'according to'],
      [/(?<![\p{L}])qui\s+est[-\s]ce\s+qui(?![\p{L}])/giu, 'who'],
      [/(?<![\p{L}])quand\s+est[-\s]ce\s+(?:que\s+|qu['’]\s*)/giu, 'when '],
      [/(?<![\p{L}])c['’][ée]tait\s+quand(?![\p{L}])/giu, 'when was'],
      [/(?<![\p{L}])c['’]est\s+quel(?:le)?s?(?![\p{L}])/giu, 'which'],
      [word(String.raw`svp|s['’]il\s+(?:vous|te)\s+pla[iî]t|d[ée]j[àa]`), ''],
      [word(String.raw`nom\s+complet|pr[ée]nom\s+(?:pis|et)\s+nom`), 'full name'],
      [word(String.raw`c['’]est[-\s]tu`), 'is it'],
      [word(String.raw`quel(?:le)?s?\s+(jour|date)`), (_m: string, asked: string) => `what ${asked.toLowerCase() === 'jour' ? 'day' : 'date'}`],
      [new RegExp(String.raw`(?<![\p{L}])(?:([Ss]elon|[Dd]ans|according\s+to)\s+)?(?:l['’]\s*article|le\s+papier|la\s+d[ée]p[êe]che)\s+(?:(?:de|d['’])\s*)?${STORY_OF}`, 'gu'), storyIn],
      // (Before an article: word() would not let a letter follow.)
      [/(?<![\p{L}])c['’]est\s+qui\s*,?\s*(?=l[ea]s?\s|l['’])/giu, 'who is '],
      [word(String.raw`c['’]est\s+qui|qui\s+est[-\s]ce`), 'who is it'],
      [word(String.raw`qui\s+est`), 'who is'],
      [word(String.raw`qui\s+a\s+dit`), 'who said'],
      [/(?<![\p{L}])c['’]est\s+quand\s+(?:que\s+|qu['’]\s*)/giu, 'when '],
      [/(?<![\p{L}])c['’]est\s+quand\s*,?\s*(?=l[ea]s?\s|l['’])/giu, 'when was '],
      [/(?<![\p{L}])c['’]est\s+o[ùu]\s+(?:que\s+|qu['’]\s*)/giu, 'where '],
      [word(String.raw`c['’]est\s+quoi`), 'what is'],
      [word(String.raw`c['’]est\s+sur\s+quel(?:le)?`), 'on which'],
      [word('quand'), 'when'],
      [word('où'), 'where'],
      [word('quoi'), 'what'],
      [word(String.raw`combien\s+(?:de\s+|d['’]\s*)?`), 'how many '],
      [word(String.raw`quel(?:le)?s?`), 'which'],
      [word('qui'), 'who'],
      [word('selon'), 'according to'],
      [/(?<![\p{L}])a\s+dit\s+(?:que\s+|qu['’]\s*)/giu, 'said that '],
      [word(String.raw`a\s+dit`), 'said'],
      [/(?<![\p{L}])dit\s+(?:que\s+|qu['’]\s*)/giu, 'says that '],
      [word(String.raw`la\s+semaine\s+(?:pass[ée]e|derni[èe]re)`), 'last week'],
      [word(String.raw`le\s+m[êe]me\s+jour\s+que`), 'on the same day as'],
      [word(String.raw`a\s+[ée]t[ée]`), 'was'],
      [word(String.raw`ont\s+[ée]t[ée]`), 'were'],
      // An article or a preposition cut before a vowel ("l'article", "d'Annapolis", "qu'il") runs into its word.
      [/(?<![\p{L}])([lLdD]|[qQ]u)['’](?=\p{L})/gu, elided],
      [word(String.raw`le|la|les`), 'the'],
      [word(String.raw`une|un`), 'a'],
      [word(String.raw`du|des`), 'of the'],
      [word(String.raw`au|aux`), 'at the'],
      [word('de'), 'of'],
      [word('à'), 'in'],
      [word('dans'), 'in'],
      [word('sur'), 'on'],
      [word('avec'), 'with'],
      [word('pour'), 'for'],
      [word('contre'), 'against'],
      [word('en'), 'in'],
      [word(String.raw`et|pis`), 'and'],
      [word('est'), 'is'],
      [word('sont'), 'are'],
      [word('que'), 'that'],
      [word(String.raw`son|sa|ses`), 'his'],
      [word('leurs?'), 'their'],
      [word('après'), 'after'],
      [word('avant'), 'before'],
      [word(String.raw`d[èe]s`), 'from'],
      [word(String.raw`c['’]est`), 'it is'],
      [word('mais'), 'but'],
      [word('par'), 'by'],
      [word(String.raw`[ée]tait`), 'was'],
      [word('il'), 'he'],
      [word('jour'), 'day'],
      [word('mois'), 'month'],
      [word(String.raw`ann[ée]e`), 'year'],
      // "a menacé", "a signé": has done.
      [/(?<![\p{L}])a(?=\s+\p{L}+é(?![\p{L}]))/gu, 'has'],
    ],
  },
  {
    markers: word(String.raw`qui[ée]n(?:es)?|cu[áa]ndo|seg[úu]n|nota|porfa|oye|verdad|dijo|fue|fueron|era|qu[ée]|cu[áa]l(?:es)?|cu[áa]nt[oa]s|d[óo]nde|del|los|las|el|una|desde|pero|con|para|habl[óo]|est[áa]n`),
    switches: [
      [/(?:,\s*)?¿?\s*verdad\s*\?/giu, '?'],
      [/[¿¡]/gu, ''],
      [word(String.raw`oye|porfa|por\s+favor|pls`), ''],
      [word(String.raw`nombre\s+(?:completo|y\s+apellido)`), 'full name'],
      [word(String.raw`(?:con|la)\s+fecha(?:\s+exacta)?|qu[ée]\s+fecha`), (match: string) => (/^qu/iu.test(match) ? 'what date' : 'the date')],
      [word(String.raw`qu[ée]\s+d[íi]a(?:\s+exactamente)?`), 'what day'],
      [new RegExp(String.raw`(?<![\p{L}])(?:([Ss]eg[úu]n|[Ee]n|[Dd]e)\s+)?(?:la|una)\s+nota\s+(?:de|del)\s+${STORY_OF}`, 'gu'), storyIn],
      [word('nota'), 'story'],
      [word(String.raw`qui[ée]n\s+(?:es|era|fue)`), (match: string) => (/es$/iu.test(match) ? 'who is' : 'who was')],
      [word(String.raw`qui[ée]n\s+dijo`), 'who said'],
      [word(String.raw`qui[ée]n(?:es)?`), 'who'],
      [word(String.raw`cu[áa]ndo\s+(?:fue|fueron)`), (match: string) => (/ron$/iu.test(match) ? 'when were' : 'when was')],
      [word(String.raw`cu[áa]ndo`), 'when'],
      [word(String.raw`de\s+d[óo]nde`), 'where'],
      [word(String.raw`d[óo]nde`), 'where'],
      [word(String.raw`cu[áa]nt[oa]s`), 'how many'],
      [word(String.raw`con\s+qu[ée]`), 'with which'],
      [word(String.raw`en\s+qu[ée]`), 'in which'],
      [word(String.raw`de\s+qu[ée]`), 'of which'],
      [word(String.raw`cu[áa]l(?:es)?`), 'which'],
      // "qué" asks; "que" joins a clause (chat may leave the accent off the first, never adds it to the second).
      [word('qué'), 'what'],
      [word(String.raw`seg[úu]n`), 'according to'],
      [word(String.raw`dijo\s+que`), 'said that'],
      [word('dijo'), 'said'],
      [word(String.raw`el\s+mismo\s+d[íi]a\s+(?:del|de\s+la)`), 'on the same day as the'],
      [word('del'), 'of the'],
      [/(?<![\p{L}'’.])al(?=\s+\p{Ll})(?![\p{L}])/gu, 'to the'],
      [word(String.raw`el|la|los|las`), 'the'],
      [word(String.raw`una|un`), 'a'],
      [word('de'), 'of'],
      [word('en'), 'in'],
      [word('con'), 'with'],
      [word('desde'), 'from'],
      [word('contra'), 'against'],
      [word('para'), 'for'],
      [word('pero'), 'but'],
      [word('que'), 'that'],
      [/(?<![\p{L}'’.])a(?=\s+\p{Lu})/gu, 'to'],
      [word('y'), 'and'],
      [word('es'), 'is'],
      [word(String.raw`era|fue`), 'was'],
      [word('fueron'), 'were'],
      [word(String.raw`sus?`), 'his'],
      [word(String.raw`lo|le`), ''],
    ],
  },
  {
    markers: word(String.raw`der|dem|den|des|ist|hat|haben|wurde|wurden|laut|wer|wann|welche[mnrs]?|nach|auf|über|und|nicht|auch|eigentlich|genau|bitte|danke|vom|zum|im|aus|sein|seine|dass|wie|wohin|gesagt|steht|ganz|unten|eine[mnrs]?`),
    switches: [
      [/(?:,\s*)?(?<![\p{L}])(?:oder|gell|ja)\s*\?/giu, '?'],
      [/\s*(?<![\p{L}])danke(?:\s+schön)?\s*!*/giu, ''],
      [word(String.raw`servus|kurze\s+frage|bitte|eigentlich|nochmal|glaub\s+ich|also(?=\s+(?:das|der|die|den)\b)`), ''],
      [word(String.raw`(?:an\s+)?welchem\s+(?:tag|datum)|welches\s+datum|(?:mit\s+)?datum`), (match: string) => (/^(?:mit\s+)?datum$/iu.test(match) ? 'date' : 'on what date')],
      [word(String.raw`wie\s+viele`), 'how many'],
      [word('wohin'), 'where'],
      [new RegExp(String.raw`(?<![\p{L}])([Ww]er|[Ww]as)\s+hat\s+([^?,]{2,80}?)\s+gesagt(?![\p{L}])`, 'gu'), (_m: string, asking: string, said: string) => (/^w/iu.test(asking) && asking.toLowerCase() === 'wer' ? `who said ${said}` : `what did ${said} say`)],
      [new RegExp(String.raw`(?<![\p{L}])hat\s+([^?,]{2,80}?)\s+gesagt(?![\p{L}])`, 'gu'), 'did $1 say'],
      [word(String.raw`(?:wer|wann)\s+genau`), (match: string) => (/^wer/iu.test(match) ? 'who' : 'when')],
      [word('wer'), 'who'],
      [word('wann'), 'when'],
      [word(String.raw`welche[mnrs]?`), 'which'],
      [new RegExp(String.raw`(?<![\p{L}])(?:[Ll]aut|[Ii]m|[Ii]n\s+(?:dem|der))\s+(?:(?:dem|den|der)\s+)?(\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*)?)-(?:[Aa]rtikel|[Bb]ericht|[Ss]tory)(?:\s+(?:aus|von)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?))?`, 'gu'), (match: string, outlet: string, place?: string) => `${/^[Ll]aut/u.test(match) ? 'according to' : 'in'} the ${outlet}${place === undefined ? '' : ` ${place}`} story`],
      [word(String.raw`laut\s+(?:dem|den|der)\s+(?:artikel|bericht)`), 'according to the article'],
      [word(String.raw`im\s+(?:artikel|bericht)`), 'in the article'],
      [word('laut'), 'according to'],
      [word(String.raw`am\s+selben\s+tag\s+wie`), 'on the same day as'],
      [word(String.raw`gesagt`), 'said'],
      [word(String.raw`(?:war|ist)\s+(?:das|die|der|es)(?=\s*(?:[?,.!—–]|$))`), 'was that'],
      // ", der laut dem Artikel …": a relative pronoun after its comma; "die USA" is an article.
      [/,\s*(?:der|die|das)\s+(?=\p{Ll})/gu, ', who '],
      [word(String.raw`der|dem|den|des|das|die`), 'the'],
      [word(String.raw`eine[mnrs]?|ein`), 'a'],
      [word('im'), 'in the'],
      [word(String.raw`vom`), 'from the'],
      [word(String.raw`zum|zur`), 'to the'],
      [word(String.raw`beim`), 'at the'],
      [word(String.raw`fürs`), 'for the'],
      [word('auf'), 'on'],
      [word('über'), 'about'],
      [word('aus'), 'from'],
      [word('von'), 'of'],
      [word('mit'), 'with'],
      [word('nach'), 'to'],
      [word('bei'), 'at'],
      [word('für'), 'for'],
      [word('seit'), 'since'],
      [word('ist'), 'is'],
      // (Not "the war in Gaza": "war" is English too.)
      [/(?<=\b(?:who|when|where|date|day)\s+)war(?![\p{L}])/giu, 'was'],
      [word('sind'), 'are'],
      [word('hat'), 'has'],
      [word('haben'), 'have'],
      [word('wurde'), 'was'],
      [word('wurden'), 'were'],
      [word('und'), 'and'],
      [word('nicht'), 'not'],
      [word('auch'), 'also'],
      [word('dass'), 'that'],
      [word('wie'), 'how'],
    ],
  },
];

/** The language of the table with the most distinct marker words, two at least. */
function switchedLanguage(text: string): readonly Switch[] | undefined {
  let best: readonly Switch[] | undefined;
  let most = 1;
  for (const { markers, switches } of LANGUAGES) {
    const found = new Set((text.match(markers) ?? []).map((marker) => marker.toLowerCase())).size;
    if (found > most) [best, most] = [switches, found];
  }
  return best;
}


/** German question words in English. */
const GERMAN_ASKING: Readonly<Record<string, string>> = { wer: 'who', wann: 'when', wo: 'where' };

/** "¿Cuándo fueron las explosiones?", "¿Quién fue?": a question in another language, opened by its own mark, beside the one asked in English. */
const OPENED_QUESTION = /(^|[.?!,—–]\s*)[¿¡][^?!¿¡]*[?!]\s*/gu;

/** A text without the questions opened by "¿" or "¡", when a question is asked in English beside them. */
export function openedQuestionsDropped(text: string): string {
  const unopened = text.replace(OPENED_QUESTION, '$1').trim();
  return /\b(?:who|whom|whose|what|which|when|where|how)\b/iu.test(unopened) ? unopened : text;
}

export function codeSwitchedAsked(typed: string): string {
  const text = openedQuestionsDropped(typed);
  const language = switchedLanguage(text);
  const read = language === undefined ? text : language.reduce((read, [pattern, english]) => read.replace(pattern, english as string), text);
  if (!/[àâçéèêëîïôùûüñáíóú¿¡]|\b(?:quand|qui|selon|combien|oye|mira|nota|papier|dans|cuando|quien|donde|segun|wer|wann|wo|welche[rsnm]?|laut|bitte|nochmal|datum|oder|steckt|wie\s+viele)\b/iu.test(read)) return language === undefined ? text : tidied(read);
  return tidied(SWITCHED.reduce((read, [pattern, english]) => read.replace(pattern, english as string), read));
}

/** A reading without the doubled words and spaces its replacements leave ("the the", "Selva, the"). */
function tidied(text: string): string {
  return text.replace(/\bthe\s+the\b/giu, 'the').replace(/\s{2,}/gu, ' ').replace(/\s+([?,.!])/gu, '$1').trim();
}
