import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A fresh folder under the system's temporary folder, removed after the test file that made it (tests/setup.ts). */
export async function tempFolder(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `byline-${prefix}-`));
  made.add(dir);
  return dir;
}

/** Removes every folder `tempFolder` made in this test file. */
export async function removeTempFolders(): Promise<void> {
  await Promise.all([...made].map((dir) => rm(dir, { recursive: true, force: true })));
  made.clear();
}
