// npm start: set up on first run (pnpm, dependencies, builds, embedded database with demo content), then serve.
import { join } from 'node:path';
import { ROOT, runForeground } from './lib.mjs';
import { setup } from './setup.mjs';

if (!process.env.XINYONG_SKIP_SETUP) setup();
// --import resolves tsx from the working directory, where apps/api declares it.
runForeground(process.execPath, ['--import', 'tsx', 'src/server.ts'], {}, join(ROOT, 'apps/api'));
