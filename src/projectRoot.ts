/**
 * The project folder (package.json, seeds/, .env, commands/): the parent of `src/` when Byline runs
 * from source, of `dist/src/` when it runs compiled (`npm run build`).
 */
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL(import.meta.url.endsWith('.js') ? '../../' : '../', import.meta.url));
