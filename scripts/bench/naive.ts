/**
 * The baseline Byline is measured against: for each query, a linear scan of every passage for the
 * query's words (case-insensitive substring), ranked by how many words a passage contains.
 */
export class NaiveScan {
  private readonly texts: string[];

  constructor(passages: Iterable<{ text: string }>) {
    this.texts = [...passages].map((passage) => passage.text.toLowerCase());
  }

  /** Indexes of the passages containing the most query words, best first. */
  search(query: string, limit = 10): number[] {
    const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2);
    const hits: Array<[number, number]> = [];
    this.texts.forEach((text, n) => {
      let count = 0;
      for (const word of words) if (text.includes(word)) count++;
      if (count > 0) hits.push([n, count]);
    });
    return hits.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([n]) => n);
  }
}
