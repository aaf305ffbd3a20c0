import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** The language and time zone of a person in Shandong. */
export const CHINA = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' } as const;
/** A 375 px phone held upright. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  ...CHINA,
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, ...CHINA };

export interface PersonOptions {
  /** 'phone' (375 px, touch) by default. */
  device?: 'phone' | 'desktop';
  /** Another screen width in CSS pixels, the height kept (320 for the narrowest phones still in use). */
  width?: number;
  /** The page clock starts at this instant and runs on (Playwright's clock.install); the real time by default. */
  clockAt?: Date;
  javaScriptEnabled?: boolean;
}

export interface Person {
  context: BrowserContext;
  /** The first page of the context, still blank: the caller goes where the person would. */
  page: Page;
  /** Console errors, uncaught exceptions and Content-Security-Policy violations so far (minus those allowed). */
  problems: () => string[];
  /**
   * Lets console errors whose text or source address matches this pass, for a test that causes them on purpose (a request it aborts, an
   * answer of 400 it asked for). CSP violations and uncaught exceptions are never allowed.
   */
  allow: (pattern: RegExp) => void;
  /** Closes the browser context and throws if any page had a problem. Calling it again does nothing. */
  close: () => Promise<void>;
}

/**
 * A browser context as a person has it: the served Content-Security-Policy in force (never bypassCSP), zh-CN in
 * Asia/Shanghai, a phone by default, optionally a clock at another hour. Every console error, uncaught exception
 * and CSP violation is recorded; opened inside a test, the test fails at its end if any was seen.
 */
export async function openPerson(browser: Browser, options: PersonOptions = {}): Promise<Person> {
  const device = options.device === 'desktop' ? DESKTOP : PHONE;
  const context = await browser.newContext({
    ...device,
    ...(options.width && device.viewport ? { viewport: { ...device.viewport, width: options.width } } : {}),
    ...(options.javaScriptEnabled === false ? { javaScriptEnabled: false } : {}),
  });
  const seen: string[] = [];
  const allowed: RegExp[] = [];
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const { url, lineNumber } = message.location();
    if (allowed.some((pattern) => pattern.test(`${text} ${url}`))) return;
    seen.push(`console error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  context.on('weberror', (error) => seen.push(`uncaught exception: ${error.error().stack ?? error.error().message}`));
  // The listener is installed through the DevTools protocol (addInitScript), which the page's policy does not
  // govern, and reports back through a binding, which needs no network request the policy could block.
  await context.exposeBinding('__xyPolicyViolation', (_source, detail: string) => seen.push(`CSP violation: ${detail}`));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __xyPolicyViolation: (d: string) => void }).__xyPolicyViolation;
        report(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} on ${e.documentURI}`);
      },
      true,
    );
  });
  if (options.clockAt) await context.clock.install({ time: options.clockAt });
  const page = await context.newPage();

  let closed = false;
  const person: Person = {
    context,
    page,
    problems: () => [...seen],
    allow: (pattern) => {
      allowed.push(pattern);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      // Without JavaScript no listener reports a violation, so there is nothing to wait for.
      if (options.javaScriptEnabled !== false) await settle(context);
      await context.close();
      if (seen.length) throw new Error(`The pages had ${seen.length} problem(s) a person would run into:\n  ${seen.join('\n  ')}`);
    },
  };
  // Inside a vitest test, the test fails at its end if a page had a problem, even if the test never closes the
  // person. Outside one (a beforeAll, a benchmark) there is no test to fail: the caller closes the person itself.
  if (process.env.VITEST) {
    const { onTestFinished } = await import('vitest');
    try {
      onTestFinished(() => person.close());
    } catch {}
  }
  return person;
}

/**
 * A CSP violation event is dispatched as a task after the refusal, and its binding call reaches us after that: a
 * page closed straight after a refused script would lose the violation. One round trip through each open page's
 * task queue lets what is already queued be reported first.
 */
async function settle(context: BrowserContext): Promise<void> {
  // A message port, not setTimeout: a page may run on a fake clock. A page that never answers (a hung script)
  // does not hold the close up for long.
  const oneTaskLater = (page: Page) =>
    Promise.race([
      page
        .evaluate(
          () =>
            new Promise<void>((resolve) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve();
              channel.port2.postMessage(null);
            }),
        )
        .catch(() => {}),
      new Promise<void>((resolve) => setTimeout(resolve, 2000).unref()),
    ]);
  await Promise.all(
    context
      .pages()
      .filter((page) => !page.isClosed())
      .map(oneTaskLater),
  );
}
