// The one set-up of a browser test: one Chromium per file, and for every test a fresh context (its
// own IndexedDB, service worker, fake clock and downloads folder), so each test stands alone and can
// run by itself (`-t name`). After every test: no request went to another origin, and (unless the
// file says otherwise) no uncaught error or CSP violation happened in the page. Tests that need a
// browser profile on disk (to kill the browser, or to read its files) use usePersistentProfile
// instead: a profile folder per test, launched by the test, checked the same way after it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { downloadFrom } from './files';
import { CONTEXT_OPTIONS, failOnPageErrors, launchBrowser, launchPersistent, openApp, watchForeignRequests } from './harness';

export interface SessionOptions {
  /** Context options over the Swedish 1024×768 default (viewport, permissions, …). */
  context?: BrowserContextOptions;
  /** The page's default timeout for locators and waits. */
  timeoutMs?: number;
  /** Uncaught page errors the file provokes on purpose are not a failure. */
  allowPageErrors?: boolean;
}

interface Current {
  context: BrowserContext;
  page: Page;
  foreign: string[];
  pageErrors: string[];
  downloads: string;
}

export interface AppSession {
  readonly baseURL: string;
  /** The current test's browser, context and page. */
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to any origin but the app's, in this test. */
  readonly foreign: string[];
  /** Uncaught errors in this test's page. */
  readonly pageErrors: string[];
  /** A folder of this test's own, removed after it. */
  readonly downloads: string;
  /** The app's URL for a path ("/plan/x"). */
  url(path?: string): string;
  /** Opens the built app at a path and gets past the lock (a fresh context sets the passcode). */
  open(path?: string): Promise<Page>;
  /** Opens the app once so its database exists, stores rows with `seed`, then opens `path`. */
  openSeeded(seed: (page: Page) => Promise<unknown>, path: string): Promise<Page>;
  /** Clicks the button with this name, saves the file it downloads into `downloads`, returns its path. */
  download(name: string | RegExp): Promise<string>;
  /** Another page in this test's context (a second tab, the room view). */
  newPage(): Promise<Page>;
}

/** Registers the hooks of a browser test file and returns its session. Call once, at the top of the file. */
export function useAppSession(options: SessionOptions = {}): AppSession {
  const baseURL = inject('baseURL');
  let browser: Browser | undefined;
  let current: Current | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    const context = await browser!.newContext({ ...CONTEXT_OPTIONS, ...options.context });
    const foreign = watchForeignRequests(context, baseURL);
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs ?? 10_000);
    current = { context, page, foreign, pageErrors: failOnPageErrors(page), downloads: mkdtempSync(join(tmpdir(), 'sip-test-')) };
  });

  afterEach(async () => {
    const done = current;
    current = undefined;
    if (!done) return;
    await done.context.close();
    rmSync(done.downloads, { recursive: true, force: true });
    expect(done.foreign, 'requests to another origin').toEqual([]);
    if (!options.allowPageErrors) expect(done.pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  const now = (): Current => {
    if (!current) throw new Error('the browser session is used outside a test');
    return current;
  };
  const url = (path = '/') => `${baseURL}${path}`;

  return {
    baseURL,
    get browser() {
      if (!browser) throw new Error('the browser is not started');
      return browser;
    },
    get context() {
      return now().context;
    },
    get page() {
      return now().page;
    },
    get foreign() {
      return now().foreign;
    },
    get pageErrors() {
      return now().pageErrors;
    },
    get downloads() {
      return now().downloads;
    },
    url,
    async open(path = '/') {
      await openApp(now().page, url(path));
      return now().page;
    },
    async openSeeded(seed, path) {
      const { page } = now();
      await openApp(page, url('/'));
      await seed(page);
      await openApp(page, url(path));
      return page;
    },
    download: (name) => downloadFrom(now().page, now().downloads, name),
    async newPage() {
      const page = await now().context.newPage();
      page.setDefaultTimeout(options.timeoutMs ?? 10_000);
      failOnPageErrors(page, now().pageErrors);
      return page;
    },
  };
}

export interface PersistentOptions {
  /** The page's default timeout for locators and waits. */
  timeoutMs?: number;
  /** Uncaught page errors the file provokes on purpose are not a failure. */
  allowPageErrors?: boolean;
}

export interface PersistentProfile {
  readonly baseURL: string;
  /** This test's own browser profile folder, removed after it (kept with SIP_KEEP_PROFILE=1). */
  readonly dir: string;
  /** The browser last launched on the profile, and its first page. */
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to any origin but the app's, in this test, over every launch. */
  readonly foreign: string[];
  /** Uncaught errors in any page of this test, over every launch. */
  readonly pageErrors: string[];
  /** The app's URL for a path ("/plan/x"). */
  url(path?: string): string;
  /**
   * Starts Chromium on this test's profile (again, after `close` or `kill`) and returns its first
   * page. `backForwardCache` keeps the back/forward cache on, as a chair's browser has it.
   */
  launch(options?: { backForwardCache?: boolean }): Promise<Page>;
  /** Opens the app at a path in the launched browser and gets past the lock. */
  open(path?: string): Promise<Page>;
  /** Opens the app once so its database exists, stores rows with `seed`, then opens `path`. */
  openSeeded(seed: (page: Page) => Promise<unknown>, path: string): Promise<Page>;
  /** Closes the browser cleanly; the profile stays on disk until the test ends. */
  close(): Promise<void>;
  /** SIGKILLs every process of this profile's browser: no pagehide, no clean shutdown. */
  kill(): Promise<void>;
}

/**
 * Registers the hooks of a browser test file whose tests need a browser profile on disk (to kill
 * the browser, or to read the profile's files) and returns its session. Every test gets a profile
 * folder of its own and launches the browser itself; after every test the browser is closed, the
 * folder removed, and no request may have gone to another origin nor (unless the file says
 * otherwise) an uncaught error or CSP violation have happened. Call once, at the top of the file.
 */
export function usePersistentProfile(options: PersistentOptions = {}): PersistentProfile {
  const baseURL = inject('baseURL');
  /** The test's profile; `watched` holds each launch's record of foreign requests. */
  let current: { dir: string; watched: string[][]; pageErrors: string[]; context?: BrowserContext; page?: Page } | undefined;

  beforeEach(() => {
    current = { dir: mkdtempSync(join(tmpdir(), 'sip-profile-')), watched: [], pageErrors: [] };
  });

  afterEach(async () => {
    const done = current;
    current = undefined;
    if (!done) return;
    await done.context?.close().catch(() => undefined);
    // SIP_KEEP_PROFILE=1 keeps the profile to look into (e.g. Default/Sessions) when a test fails.
    if (process.env.SIP_KEEP_PROFILE) console.log(`profile kept in ${done.dir}`);
    else rmSync(done.dir, { recursive: true, force: true });
    expect(done.watched.flat(), 'requests to another origin').toEqual([]);
    if (!options.allowPageErrors) expect(done.pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  const now = () => {
    if (!current) throw new Error('the browser profile is used outside a test');
    return current;
  };
  const launched = () => {
    const { context, page } = now();
    if (!context || !page) throw new Error('the browser is not launched: call launch() first');
    return { context, page };
  };
  const url = (path = '/') => `${baseURL}${path}`;
  const open = async (path = '/') => {
    const { page } = launched();
    await openApp(page, url(path));
    return page;
  };

  return {
    baseURL,
    get dir() {
      return now().dir;
    },
    get context() {
      return launched().context;
    },
    get page() {
      return launched().page;
    },
    get foreign() {
      return now().watched.flat();
    },
    get pageErrors() {
      return now().pageErrors;
    },
    url,
    async launch(launchOptions = {}) {
      const test = now();
      await test.context?.close().catch(() => undefined);
      const context = await launchPersistent(test.dir, launchOptions);
      test.watched.push(watchForeignRequests(context, baseURL));
      const seen = new WeakSet<Page>();
      const watch = (page: Page) => {
        if (seen.has(page)) return;
        seen.add(page);
        page.setDefaultTimeout(options.timeoutMs ?? 10_000);
        failOnPageErrors(page, test.pageErrors);
      };
      context.on('page', watch);
      for (const existing of context.pages()) watch(existing);
      const page = context.pages()[0] ?? (await context.newPage());
      watch(page);
      test.context = context;
      test.page = page;
      return page;
    },
    open,
    async openSeeded(seed, path) {
      const page = await open('/');
      await seed(page);
      return open(path);
    },
    async close() {
      const test = now();
      await test.context?.close();
      test.context = undefined;
      test.page = undefined;
    },
    async kill() {
      const test = now();
      execFileSync('pkill', ['-9', '-f', `user-data-dir=${test.dir}`]);
      await test.context?.close().catch(() => undefined);
      test.context = undefined;
      test.page = undefined;
    },
  };
}
