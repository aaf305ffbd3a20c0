/**
 * The arrows of ARCHITECTURE.md, checked on every `npm test` (scripts/test.mjs): apps → @xinyong/api-client →
 * @xinyong/contract → @xinyong/domain; the API imports contract and domain and no front end; packages import each
 * other by name; inside the API, routes → app plugins → repositories → db, no layer skipped unless a rule below
 * says why.
 *   pnpm exec depcruise apps packages tests bench scripts --config .dependency-cruiser.cjs
 */
const API = '^apps/api/src/';

module.exports = {
  forbidden: [
    // ---- between rooms ------------------------------------------------------------------------------------------
    {
      name: 'front-end-imports-api',
      comment: 'A front end talks to the API over HTTP through @xinyong/api-client, never by importing it.',
      severity: 'error',
      from: { path: '^apps/(miniprogram|site|console)/' },
      // The name too: undeclared, it does not resolve, and would otherwise pass unseen.
      to: { path: '^(apps/api/|@xinyong/api($|/))' },
    },
    {
      name: 'front-end-skips-api-client',
      comment: 'Apps import only @xinyong/api-client; it re-exports the labels and validators they need from contract and domain.',
      severity: 'error',
      from: { path: '^apps/(miniprogram|site|console)/' },
      to: { path: '^(packages/(contract|domain)/|@xinyong/(contract|domain)($|/))' },
    },
    {
      name: 'relative-import-across-packages',
      comment: 'A package reaches another by its package name (and its exports), never by a relative path.',
      severity: 'error',
      from: { path: '^(apps|packages)/([^/]+)/' },
      to: { dependencyTypes: ['local'], pathNot: ['^$1/$2/'] },
    },
    {
      name: 'relative-import-into-a-package',
      comment: 'tests/, bench/ and scripts/ use the packages by name too.',
      severity: 'error',
      from: { path: '^(tests|bench|scripts)/' },
      to: { dependencyTypes: ['local'], path: '^(apps|packages)/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'Rules have no I/O and no framework: packages/domain imports nothing of the other rooms.',
      severity: 'error',
      from: { path: '^packages/domain/' },
      to: { path: '^(apps|packages/(contract|api-client))/' },
    },
    {
      name: 'contract-below-client',
      comment: 'The wire format knows nothing of the client or the apps.',
      severity: 'error',
      from: { path: '^packages/contract/' },
      to: { path: '^(apps|packages/api-client)/' },
    },
    {
      name: 'client-below-apps',
      comment: 'The client knows nothing of the apps, the API included.',
      severity: 'error',
      from: { path: '^packages/api-client/' },
      to: { path: '^apps/' },
    },

    // ---- inside the API -------------------------------------------------------------------------------------------
    {
      name: 'route-skips-repositories',
      comment: 'Routes reach the database only through request.repos: no db/ import, and repositories only for their types.',
      severity: 'error',
      from: { path: `${API}routes/` },
      to: { path: `${API}(db/|repositories/)`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'route-imports-external-plugin',
      comment: 'External plugins (security, compression, OpenAPI, static files) are wired by app.ts, not by routes.',
      severity: 'error',
      from: { path: `${API}routes/` },
      to: { path: `${API}plugins/external/` },
    },
    {
      name: 'repository-imports-upward',
      comment: 'Repositories sit under routes and plugins: they never import them.',
      severity: 'error',
      from: { path: `${API}repositories/` },
      to: { path: `${API}(routes|plugins)/` },
    },
    {
      name: 'db-imports-upward',
      comment: 'db/ is the seam to the drivers: it imports nothing of the layers above it.',
      severity: 'error',
      from: { path: `${API}db/` },
      // One exception: migration 014's data step seals the TOTP secrets with the configured key, in the migration's
      // own transaction (a caller-supplied step could be forgotten, and the column is dropped after it).
      to: { path: API, pathNot: [`${API}db/`, `${API}auth/totp-key\\.ts$`] },
    },
    {
      name: 'plugin-imports-routes',
      comment: 'Plugins are registered before routes and know none of them.',
      severity: 'error',
      from: { path: `${API}plugins/` },
      to: { path: `${API}routes/` },
    },
    {
      name: 'only-app-registers-routes',
      comment: 'app.ts registers the routes; nothing else imports them.',
      severity: 'error',
      from: { path: API, pathNot: [`${API}app\\.ts$`, `${API}routes/`] },
      to: { path: `${API}routes/` },
    },
    {
      name: 'request-code-skips-repositories',
      comment: [
        'Outside repositories/ only these reach db/ directly, each for a stated reason:',
        'app.ts, server.ts, bootstrap.ts and cli/ open, migrate and close the database (entry points);',
        'plugins/app/database.ts decorates it once; demo/ and import/ are batch tools whose maintenance statements',
        '(TRUNCATE, index rebuilds, duplicate checks of a whole file) run outside any request; backup/ dumps and restores it.',
      ].join(' '),
      severity: 'error',
      from: {
        path: API,
        pathNot: [
          `${API}(repositories|db|cli|demo|import|backup)/`,
          `${API}(app|server|bootstrap)\\.ts$`,
          `${API}plugins/app/database\\.ts$`,
        ],
      },
      to: { path: `${API}db/`, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.astro|artifacts|\\.tools)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
