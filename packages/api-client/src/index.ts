import type { AxiosInstance } from 'axios';
import { createClientOver } from './client';
import type { CoreOptions } from './core';
import { axiosTransport } from './transports/axios';

export * from './shared';
export { axiosTransport } from './transports/axios';
export { fetchTransport } from './transports/fetch';

export interface ClientOptions extends CoreOptions {
  /** An axios instance of the caller's (tests, or a runtime that configures its own); used when no transport is given. */
  axiosInstance?: AxiosInstance;
}

/**
 * The client for Node and the Taro mini-program (axios; in a weapp build over @tarojs/plugin-http). Browsers that
 * should not ship axios import '@xinyong/api-client/browser' instead.
 */
export function createClient(options: ClientOptions) {
  return createClientOver({ ...options, transport: options.transport ?? axiosTransport(options.axiosInstance) });
}
