import { afterAll } from 'vitest';
import { removeTempFolders } from './helpers/tempFolder.ts';

// Runs once per test file: the folders its tests made are gone when it ends.
afterAll(removeTempFolders);
