import { buildApp } from './app';
import { prepareDatabase } from './bootstrap';
import { loadConfig } from './config';
import { ContentError } from './content/load-benefits';

const config = loadConfig();

async function main() {
  const started = performance.now();
  // Demo data only where demo identities exist too: never in production.
  const db = await prepareDatabase(config, undefined, { demo: config.devIdentity });
  const app = await buildApp({ config, db, closeDb: true, logger: true });
  await app.listen({ host: config.host, port: config.port });
  const origin = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const where = db.driver === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL server (DATABASE_URL)';
  console.log(
    [
      '',
      `信用山东 is running (${where}), ready in ${((performance.now() - started) / 1000).toFixed(1)} s:`,
      `  site            ${origin}/`,
      `  mini-program h5 ${origin}/m/`,
      `  API             ${origin}/api/v1/`,
      `  API reference   ${origin}/api/docs`,
      '',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal} received: stopping…`);
    // Finish requests in flight and flush the embedded database before exiting.
    await app.close();
    console.log('stopped cleanly.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof ContentError) {
    console.error(`Start-up stopped: content file content/${error.file}, line ${error.line}: ${error.reason}`);
  } else {
    console.error('Start-up failed:', error);
  }
  process.exit(1);
});
