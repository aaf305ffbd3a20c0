const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The base URL of an outside service as a directory URL (trailing slash, so a path prefix is kept). Plain
 * http is allowed only on loopback, where the test stand-ins run; anywhere else it would send secrets and
 * personal data in clear.
 */
export function requireSafeBaseUrl(baseUrl: string, setting: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`${setting} is not a URL`);
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new Error(`${setting} must use https (http only on 127.0.0.1/localhost)`);
  if (url.username || url.password || url.search || url.hash)
    throw new Error(`${setting} must not carry credentials, a query or a fragment`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
