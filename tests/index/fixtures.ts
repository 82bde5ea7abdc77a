import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempFolder } from '../helpers/tempFolder.ts';

/** Three short articles written for these tests, each with a word no other one uses. */
export const ARTICLES: Record<string, string> = {
  'harbour.txt': `Council approves harbour budget

March 3, 2024

Mayor Lena Ortiz said on Monday that the council approved the harbour budget after a long debate.

"We will rebuild the pier before winter," Ortiz told reporters.
`,
  'rail.txt': `Rail strike ends after talks

May 9, 2024

Union leader Tomas Berg announced on Friday that the rail strike was over.

"The trains run again tomorrow," Berg said.
`,
  'orchard.txt': `Frost damages orchards

April 2, 2024

Farmer Ines Varga said the frost on Tuesday destroyed half of the apricot blossoms.
`,
};

/** A fresh folder holding the given articles. */
export async function corpusFolder(articles: Record<string, string> = ARTICLES): Promise<string> {
  const dir = await tempFolder('index-test');
  for (const [file, text] of Object.entries(articles)) await writeFile(join(dir, file), text);
  return dir;
}
