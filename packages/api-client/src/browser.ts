import { createClientOver } from './client';
import type { CoreOptions } from './core';
import { fetchTransport } from './transports/fetch';

export * from './shared';
export { fetchTransport } from './transports/fetch';

export type ClientOptions = CoreOptions;

/** The client for browser pages: fetch, no axios in the bundle (the site's live islands). */
export function createClient(options: ClientOptions) {
  return createClientOver({ ...options, transport: options.transport ?? fetchTransport() });
}
