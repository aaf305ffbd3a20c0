// The harness's process half: start the API, the system or any server, free ports, the ready line, the clock.
// No browser driver and no DOM types, so the API's server tests and processes under measurement can import it.
export { type ApiOptions, startApi } from './api';
export { chinaDateOf, chinaNight, LIBFAKETIME, systemClockEnv } from './clock';
export { ROOT } from './paths';
export { freePort } from './ports';
export { READY_LINE, type RunningServer, type ServerOptions, startServer } from './server';
export { type RunningSystem, type SystemOptions, startSystem } from './system';
