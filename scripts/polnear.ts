/**
 * PolNeAR development data for the extraction scripts (`eval:extract`, `train:cues`): its types,
 * the fixed held-out part, and the qa README's span matching (≥ 50 % shared tokens both ways,
 * one-to-one, best shared/union first).
 */

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
export interface GoldAttribution {
  source: GoldSpan | null;
  cue: GoldSpan | null;
  content: GoldSpan;
  direct: boolean;
}
export interface GoldArticle {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

export interface Predicted {
  start: number;
  end: number;
  speaker?: string;
}

/**
 * The held-out fifth of PolNeAR, fixed by article id (FNV-1a hash mod 5 = 0): what a trained
 * piece never learns from, so its figure there is honest.
 */
export function isHeldOut(id: string): boolean {
  return foldOf(id) === 0;
}

/** Which fifth of PolNeAR an article is in (0 is the held-out one): FNV-1a hash of its id mod 5. */
export function foldOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 5;
}

/** Token ranges of the text: maximal letter/digit runs. */
export function tokenStarts(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/** Indices [first, last+1) of the tokens a span overlaps. */
export function tokensOf(span: { start: number; end: number }, tokens: { starts: number[]; ends: number[] }): [number, number] {
  let lo = 0;
  let hi = tokens.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.ends[mid]! <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.starts.length && tokens.starts[end]! < span.end) end++;
  return [lo, end];
}

/** One-to-one matching by the ≥ 50 % both-ways rule; returns gold index → prediction index. */
export function match(gold: readonly { start: number; end: number }[], predicted: readonly Predicted[], tokens: { starts: number[]; ends: number[] }): Map<number, number> {
  const pairs: Array<{ g: number; p: number; score: number }> = [];
  const goldTokens = gold.map((g) => tokensOf(g, tokens));
  const predTokens = predicted.map((p) => tokensOf(p, tokens));
  goldTokens.forEach(([gs, ge], g) => {
    predTokens.forEach(([ps, pe], p) => {
      const shared = Math.max(0, Math.min(ge, pe) - Math.max(gs, ps));
      if (shared === 0 || shared * 2 < ge - gs || shared * 2 < pe - ps) return;
      pairs.push({ g, p, score: shared / (ge - gs + pe - ps - shared) });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const byGold = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const { g, p } of pairs) {
    if (byGold.has(g) || usedPred.has(p)) continue;
    byGold.set(g, p);
    usedPred.add(p);
  }
  return byGold;
}

