/**
 * `npx tsx scripts/speechMisses.ts [FILE]`: a study of the reported speech `byline extract` misses
 * on PolNeAR's four training fifths (the held-out fifth is never looked at): each missed gold
 * content (`direct: false`) by why — a statement overlaps it but fails the 50 % rule (too long,
 * too short, or taken by another gold), or none overlaps, then by the kind of its cue (a speech
 * verb Byline knows, "according to", a verb of belief, perception or finding, a noun, a word the
 * trained tagger knows as a cue, another word), where the cue stands (before, after, inside the
 * content) and whether the gold has a source.
 */
import { readFileSync } from 'node:fs';
import { extractText } from '../src/extract/extract.ts';
import { CUE_PARTICIPLES, CUE_VERBS, REPORTING_VERBS } from '../src/nlp/model/speechCues.ts';
import { SPEECH_TAGGER } from '../src/nlp/model/learnedCues.ts';
import { isHeldOut, match, tokenStarts, tokensOf, type GoldArticle } from './polnear.ts';
import { missTally } from './missTally.ts';

const file = process.argv.slice(2).find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? '/work/shared/qa/polnear-train.jsonl';
const showAt = process.argv.indexOf('--show');
const show = showAt >= 0 ? Number(process.argv[showAt + 1]) : 0;
const articles = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldArticle);
const taggerWords = new Set(SPEECH_TAGGER.cueWords.split(' '));
/** For this study only (never used by extraction): verbs of belief, wanting, perception and finding by lemma prefix. */
const BELIEF = /^(think|thought|believ|want|wish|hop|expect|fear|worr|feel|felt|know|knew|see|saw|seen|show|find|found|suggest|seem|appear|consider|view|hear|heard|realiz|understand|understood|assum|doubt|like|love|hate|prefer|need|plan|intend|aim|seek|sought|tr|agree|support|oppos|favor|convinc|concern|sure|afraid|confident|certain|aware|indicat|mean|prove|reveal|poll|survey)/u;
const NOUN_BEFORE = /^(the|a|an|his|her|its|their|our|my|your|this|that|these|those|no|any|some)$/u;

const { add, counts, examples } = missTally(show);
let gold = 0;
let matchedGold = 0;
for (const article of articles) {
  if (isHeldOut(article.id)) continue;
  const date = /_(\d{4}-\d{2}-\d{2})_/.exec(article.id)?.[1];
  const result = extractText({ text: article.text, ...(date ? { date } : {}) });
  const tokens = tokenStarts(article.text);
  const all = article.attributions;
  const matched = match(all.map((a) => a.content), result.statements, tokens);
  const usedPred = new Set(matched.values());
  const snippet = (s: { start: number; end: number }): string => article.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 200);
  all.forEach((a, g) => {
    if (a.direct) return;
    gold++;
    if (matched.has(g)) {
      matchedGold++;
      return;
    }
    const [gs, ge] = tokensOf(a.content, tokens);
    const cueWords = (a.cue?.text.toLowerCase() ?? '').match(/[\p{L}\p{N}']+/gu) ?? [];
    const cueKind = !a.cue ? 'no cue'
      : cueWords.join(' ') === 'according to' ? 'according to'
        : cueWords.some((w) => CUE_VERBS.has(w) || REPORTING_VERBS.has(w) || CUE_PARTICIPLES.has(w)) ? 'known speech verb'
          : cueWords.some((w) => BELIEF.test(w)) ? 'belief/perception/finding'
            : NOUN_BEFORE.test(cueWords[0] ?? '') || /(?:tion|ment|ance|ence|ism|ity|ness|ist|ure)s?$/u.test(cueWords.at(-1) ?? '') || /\b(?:the|a|an|his|her|their|its)\s*$/iu.test(article.text.slice(Math.max(0, a.cue.start - 8), a.cue.start)) ? 'nominal cue'
              : cueWords.some((w) => taggerWords.has(w)) ? 'other, a tagger cue word' : 'other, unknown word';
    const where = !a.cue ? '' : a.cue.end <= a.content.start ? 'cue before' : a.cue.start >= a.content.end ? 'cue after' : 'cue inside';
    const example = `${article.id}: [${a.source?.text ?? '-'}] [${a.cue?.text ?? '-'}] ${snippet(a.content)}`;
    // A statement overlapping the gold that did not match it.
    let overlap: { kind: string; text: string } | undefined;
    result.statements.forEach((s, p) => {
      const [ps, pe] = tokensOf(s, tokens);
      const shared = Math.max(0, Math.min(ge, pe) - Math.max(gs, ps));
      if (!shared || overlap) return;
      const kind = usedPred.has(p) && shared * 2 >= ge - gs && shared * 2 >= pe - ps ? 'taken by another gold'
        : shared * 2 < ge - gs && shared * 2 < pe - ps ? 'both sides under 50 %'
          : shared * 2 < ge - gs ? 'prediction too short (covers < 50 % of gold)' : 'prediction too long (gold < 50 % of it)';
      overlap = { kind, text: snippet(s) };
    });
    if (overlap) {
      add(`A boundary: ${overlap.kind}`, `${example}\n      PRED: ${overlap.text}`);
      add(`A* boundary by cue: ${cueKind}`, example);
      return;
    }
    add(`B no prediction: ${cueKind}`, example);
    add(`C no prediction, position: ${where || 'no cue'}`, example);
    add(`D no prediction, ${a.source ? 'has source' : 'speaker missing (no source)'}`, example);
    add(`E no prediction, ${cueKind}, ${where || 'no cue'}`, example);
  });
}
const out = [`missed reported speech, four training fifths: ${gold - matchedGold} of ${gold} gold (matched ${matchedGold}, R ${(100 * matchedGold / gold).toFixed(1)})`];
for (const key of [...counts.keys()].sort()) {
  out.push(`${key.padEnd(70)} ${String(counts.get(key)).padStart(5)}  ${(100 * counts.get(key)! / gold).toFixed(1)} % of gold`);
  for (const e of examples.get(key) ?? []) out.push(`    ${e}`);
}
process.stdout.write(`${out.join('\n')}\n`);
