// A real reading system opens the book: epub.js 0.3.93 in Debian's headless Chromium, driven by
// playwright-core, with the EPUB served from 127.0.0.1. The test goes to a print page through the
// reader's own page-list (or, with --toc N, to the Nth entry of its table of contents, for a book
// with no print pages) and checks that the text shown after that page's marker (or that entry's
// target) is the text that follows it in the book's XHTML (read from the EPUB, not written
// here). It saves a screenshot for people to look at.
//
//   node tests/reader/page_navigation_test.mjs BOOK.epub [--page 6 | --toc N] [--screenshot FILE.png]
//
// N counts the table of contents' entries in reading order, nested ones included, from 1; -1 is
// the last.
//
// Exit 0 when the page is shown as it should be; 1 with a message saying what went wrong.
// No browser is downloaded: /usr/bin/chromium (Debian package `chromium`) is required.

import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const CHROMIUM = '/usr/bin/chromium';
// The flags PLATFORM.md found necessary: without the networking ones Chromium tries to reach
// the network; --no-sandbox because CI runs as root.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const VIEWER = { width: 600, height: 800 };
const EXPECTED_CHARACTERS = 80;  // how much of the text after the marker must be shown
const TIMEOUT_MS = 60000;

class TestFailure extends Error {}

// The packages of package-lock.json, installed by scripts/install-node-deps.sh.
function installed(resolve, name) {
  try {
    return resolve(name);
  } catch {
    throw new TestFailure(`${name} is not installed in tests/reader: run scripts/install-node-deps.sh`);
  }
}

function parseArguments(argv) {
  const options = { book: null, page: '6', toc: null, screenshot: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--page') options.page = argv[++i];
    else if (argv[i] === '--toc') options.toc = Number(argv[++i]);
    else if (argv[i] === '--screenshot') options.screenshot = argv[++i];
    else if (!options.book) options.book = argv[i];
    else throw new TestFailure(`unexpected argument ${argv[i]}`);
  }
  if (!options.book) {
    throw new TestFailure('usage: page_navigation_test.mjs BOOK.epub [--page 6 | --toc N] [--screenshot FILE]');
  }
  if (options.toc !== null && (!Number.isInteger(options.toc) || options.toc === 0)) {
    throw new TestFailure('--toc takes a non-zero whole number (1 is the first entry, -1 the last)');
  }
  options.target = options.toc !== null ? `table of contents entry ${options.toc}` : `page ${options.page}`;
  options.screenshot ??= path.join('out', `reader-page-${options.page}.png`);
  return options;
}

// Serves the viewer page, epub.js, JSZip and the book on 127.0.0.1 at a free port.
async function startServer(bookBytes) {
  const files = {
    '/': { type: 'text/html', body: VIEWER_PAGE },
    '/jszip.min.js': { type: 'text/javascript', path: installed(require.resolve, 'jszip/dist/jszip.min.js') },
    '/epub.min.js': { type: 'text/javascript', path: installed(require.resolve, 'epubjs/dist/epub.min.js') },
    '/book.epub': { type: 'application/epub+zip', body: bookBytes },
  };
  const server = http.createServer((request, response) => {
    const file = files[new URL(request.url, 'http://127.0.0.1').pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': file.type });
    response.end(file.body ?? fs.readFileSync(file.path));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return server;
}

const VIEWER_PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>reader test</title>
<script src="/jszip.min.js"></script><script src="/epub.min.js"></script>
<style>body { margin: 0; } #viewer { width: ${VIEWER.width}px; height: ${VIEWER.height}px; }</style>
</head><body><div id="viewer"></div></body></html>`;

// Runs in the browser: opens the book, goes to page `label` through the page-list (or to the
// table of contents' entry `toc`), and returns what a reader sees there and what the book's XHTML
// says follows the marker (the entry's target).
async function readPage({ label, toc, viewer, expectedCharacters }) {
  const collapse = (text) => text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

  // The text after `marker` in document order, outside the marker itself.
  function textAfter(marker, limit) {
    const doc = marker.ownerDocument;
    const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node && collapse(text).length < limit; node = walker.nextNode()) {
      const follows = marker.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING;
      if (follows && !marker.contains(node)) text += node.data;
    }
    return collapse(text).slice(0, limit);
  }

  const book = ePub('/book.epub');
  const rendition = book.renderTo('viewer', { width: viewer.width, height: viewer.height, spread: 'none' });
  await book.ready;
  // book.loaded.pageList resolves before the nav is parsed (epub.js 0.3.93); book.pageList is
  // set together with the navigation, so wait for that.
  const navigation = await book.loaded.navigation;
  const entries = (book.pageList && book.pageList.pageList) || [];
  const tocEntries = [];
  const flatten = (items) => items.forEach((item) => { tocEntries.push(item); flatten(item.subitems || []); });
  flatten(navigation.toc);
  let entry;
  if (toc !== null) {
    entry = tocEntries[toc > 0 ? toc - 1 : tocEntries.length + toc];
    if (!entry) return { error: `the reader's table of contents (${tocEntries.length} entries) has no entry ${toc}` };
  } else {
    entry = entries.find((item) => String(item.page) === label);
    if (!entry) {
      return { error: `the reader's page-list (${entries.length} entries) has no page ${label}` };
    }
  }
  // Navigation hrefs are relative to the nav document; epub.js wants them relative to the OPF.
  const navPath = book.packaging.navPath || book.packaging.ncxPath;
  const target = new URL(entry.href, `http://book/${navPath}`);
  const href = decodeURIComponent(target.pathname.slice(1)) + target.hash;
  if (!target.hash) return { error: `the navigation entry points at ${href}, a whole document, not an element` };

  // What the book says follows the marker: the element with id "page-6" (Galley derives marker
  // ids from page labels) or the table of contents entry's target, found in the spine's XHTML
  // itself rather than through the navigation.
  const markerId = toc !== null ? decodeURIComponent(target.hash.slice(1)) : `page-${label}`;
  const found = [];
  for (const section of book.spine.spineItems) {
    const element = (await book.load(section.url)).getElementById(markerId);
    if (element) found.push({ section, element });
  }
  if (found.length !== 1) return { error: `${found.length} spine documents have an element with id "${markerId}"` };
  const expected = textAfter(found[0].element, expectedCharacters);
  if (book.spine.get(href) !== found[0].section || target.hash !== `#${markerId}`) {
    return { error: `the navigation entry points at ${href}, not at #${markerId} in ${found[0].section.href}` };
  }

  // epub.js 0.3.93 finds the screen of `href` as soon as the document is laid out, which may
  // be before the book's embedded fonts have loaded; when they arrive the text reflows and the
  // screen shown is no longer the marker's (seen under load in CI). So display once to load the
  // section and its fonts, then navigate again with the fonts in place, as a reader does once
  // the book has opened.
  await rendition.display(href);
  await settle();
  await rendition.display(href);
  await settle();
  const marker = currentDocument().getElementById(markerId);
  if (!marker) return { error: `the displayed document has no element with id "${markerId}"` };
  // An element that is not rendered (display: none) has no boxes and cannot be navigated to.
  const markerShown = [...marker.getClientRects()].some(isInsideViewer);
  const location = rendition.currentLocation();
  const screen = shownText(marker);
  let shownFromMarker = collapse(screen.text.slice(screen.markerAt));
  // A marker on a screen's last line: the text after it goes on to the next screen.
  for (let turns = 0; markerShown && shownFromMarker.length < expected.length && turns < 2; turns++) {
    await rendition.next();
    await settle();
    shownFromMarker = collapse(shownFromMarker + ' ' + shownText(null).text);
  }
  return {
    tocEntries: navigation.toc.length,
    pageListEntries: entries.length,
    href,
    expected,
    markerShown,
    shownFromMarker,
    pageStart: collapse(screen.text).slice(0, 120),
    displayedPage: location && location.start ? location.start.displayed.page : null,
    sectionPages: location && location.start ? location.start.displayed.total : null,
  };

  function currentDocument() {
    return document.querySelector('#viewer iframe').contentDocument;
  }

  async function settle() {
    await currentDocument().fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }

  // Whether a box of the displayed document (in its iframe's coordinates) is on screen.
  function isInsideViewer(rect) {
    const box = document.querySelector('#viewer').getBoundingClientRect();
    const frame = document.querySelector('#viewer iframe').getBoundingClientRect();
    return rect.left + frame.left >= box.left - 1 && rect.right + frame.left <= box.right + 1 &&
        rect.top + frame.top >= box.top - 1 && rect.bottom + frame.top <= box.bottom + 1;
  }

  // The characters on screen, in document order, and where `marker` falls among them.
  function shownText(marker) {
    const doc = currentDocument();
    const range = doc.createRange();
    let text = '';
    let markerAt = -1;
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // (A heading a table of contents entry points at holds text of its own: not after it.)
      if (marker && markerAt < 0 && !marker.contains(node) &&
          marker.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) {
        markerAt = text.length;
      }
      if (!/\S/.test(node.data)) {  // whitespace between blocks has no box but separates words
        text += ' ';
        continue;
      }
      range.selectNodeContents(node);
      if (![...range.getClientRects()].some(isInsideViewer)) continue;
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rects = [...range.getClientRects()];
        if (rects.length > 0 && rects.every(isInsideViewer)) text += node.data[i];
        else if (/\s/.test(node.data[i])) text += ' ';
      }
    }
    return { text, markerAt: markerAt < 0 ? text.length : markerAt };
  }
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!fs.existsSync(CHROMIUM)) throw new TestFailure(`${CHROMIUM} is missing (apt-get install chromium)`);
  const bookBytes = fs.readFileSync(options.book);
  const { chromium } = installed(require, 'playwright-core');

  const server = await startServer(bookBytes);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-reader-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: VIEWER, timeout: TIMEOUT_MS,
    });
    // Nothing but the local server: the test must not depend on, or touch, the network.
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|blob:|data:)/, (route) => route.abort());
    const page = context.pages()[0] ?? await context.newPage();
    const consoleErrors = [];
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const result = await page.evaluate(readPage, {
      label: options.page, toc: options.toc, viewer: VIEWER, expectedCharacters: EXPECTED_CHARACTERS,
    });
    fs.mkdirSync(path.dirname(options.screenshot), { recursive: true });
    await page.locator('#viewer').screenshot({ path: options.screenshot });
    report(options, result, consoleErrors);
  } finally {
    if (context) await context.close();
    server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

function report(options, result, consoleErrors) {
  if (result.error) throw new TestFailure(result.error);
  console.log(`book: ${options.book}: toc ${result.tocEntries} entries, page-list ${result.pageListEntries} entries`);
  console.log(`${options.target} → ${result.href} (screen ${result.displayedPage} of ${result.sectionPages} in its section)`);
  console.log(`book text after the marker: "${result.expected}"`);
  console.log(`shown after the marker:     "${result.shownFromMarker.slice(0, result.expected.length + 20)}"`);
  console.log(`screenshot: ${options.screenshot}`);
  if (consoleErrors.length) throw new TestFailure(`the page threw: ${consoleErrors.join('; ')}`);
  if (!result.expected) throw new TestFailure(`no text follows the marker of ${options.target} in the book`);
  if (!result.markerShown) {
    throw new TestFailure(`the marker of ${options.target} is not on the displayed page, which starts "${result.pageStart}"`);
  }
  if (!result.shownFromMarker.startsWith(result.expected)) {
    throw new TestFailure(`the text shown after the marker of ${options.target} is not the book's text`);
  }
  console.log(`ok: ${options.target} shows the text that follows its marker`);
}

main().catch((error) => {
  console.error(`FAIL reader: ${error instanceof TestFailure ? error.message : error.stack || error}`);
  process.exit(1);
});
