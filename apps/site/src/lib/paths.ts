import path from 'node:path';
import { fileURLToPath } from 'node:url';

const siteRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where the content lives. XINYONG_CONTENT_DIR lets a trial build read a scratch copy
 * without touching the shared content/ folder.
 */
export const contentDir = path.resolve(siteRoot, process.env.XINYONG_CONTENT_DIR ?? '../../content');
