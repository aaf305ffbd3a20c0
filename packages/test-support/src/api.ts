import { join } from 'node:path';
import { ROOT } from './paths';
import { type RunningServer, startServer } from './server';

export interface ApiOptions {
  /** Added to the API's environment (DATABASE_URL, limits, fault switches…). */
  env?: Record<string, string>;
  /** The V8 heap limit in MiB; 256 as `npm start` gives it (scripts/start.mjs). */
  heapMb?: number;
  /** Keep only the tail of the output (see ServerOptions.keepTail); under load the request log grows without bound. */
  keepTail?: number;
  /** More Node.js flags before the entry point (a monitor's --import, --cpu-prof…), after the heap limit. */
  nodeArgs?: string[];
}

/**
 * One API process as it is deployed: `node --max-old-space-size=256 --import tsx src/server.ts` in apps/api, on a
 * free port, serving the API alone (no site, no h5 build), in development mode unless env says otherwise (a test
 * runner's NODE_ENV=test would otherwise leak into it). Resolves at its ready line.
 */
export function startApi(options: ApiOptions = {}): Promise<RunningServer> {
  return startServer({
    args: [`--max-old-space-size=${options.heapMb ?? 256}`, ...(options.nodeArgs ?? []), '--import', 'tsx', 'src/server.ts'],
    cwd: join(ROOT, 'apps', 'api'),
    env: { NODE_ENV: 'development', SITE_DIR: '/nonexistent', H5_DIR: '/nonexistent', ...options.env },
    keepTail: options.keepTail,
  });
}
