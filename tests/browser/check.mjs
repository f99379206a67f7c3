// The book in a real browser: Debian's headless Chromium, driven by
// playwright-core, over the HTML that `cargo xtask build` wrote to book/.
//
// It serves book/ on 127.0.0.1 (a free port), opens every page, and checks what
// a reader relies on:
//   - every page loads with no console error, no page error and no failed or
//     missing request, and asks for nothing outside the book (the Rust
//     playground is answered by a stand-in: this machine has no network);
//   - every internal link and #anchor of the live DOM (sidebar included) leads
//     to a page and an id that exist;
//   - Run buttons are exactly on the Rust blocks whose fences want one
//     (tests/support/fences.rs's rule, read here from the same Markdown), and
//     one of them sends its whole program, hidden lines included, and shows the
//     answer; editable blocks get the editor;
//   - every hidden-lines toggle reveals its hidden lines;
//   - every fold is well formed (a summary, closed, no heading swallowed), and
//     opens to show its code;
//   - search finds the terms of SEARCH_TERMS that the book contains;
//   - output, Python and solution blocks look different from Rust code, in a
//     light and a dark theme;
//   - each chapter's quiz renders; one answer right and one wrong get the
//     right marks, and the explanation shows (light theme, and navy once).
// Screenshots of a few pages go to target/browser-screenshots/ (printed at the
// end). Exit status 1, with every problem listed, if any check fails.
//
// Run it with: cargo xtask build && npm ci --prefix tests/browser && node tests/browser/check.mjs

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const book = path.join(root, 'book');
const shots = path.join(root, 'target', 'browser-screenshots');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

// Search must find each of these (part 11's `join_all` is the one the issue
// names; the others are there from part 02 on). A term the book no longer
// contains is a problem too: the check would otherwise pass by searching less.
const SEARCH_TERMS = ['join_all', 'block_on', 'Waker'];

// The crates the stand-in playground says it has (what book.js asks for).
const PLAYGROUND_CRATES = ['tokio', 'futures', 'reqwest', 'tokio_stream', 'tokio_util', 'rayon'];

const problems = [];
const problem = (where, what) => problems.push(`${where}: ${what}`);
const started = Date.now();

// ---------------------------------------------------------------------------
// The book's pages and chapters.

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

if (!fs.existsSync(path.join(book, 'index.html'))) {
  console.error(`no book in ${book}: run \`cargo xtask build\` first`);
  process.exit(2);
}
const pages = walk(book)
  .filter(f => f.endsWith('.html'))
  .map(f => path.relative(book, f).split(path.sep).join('/'))
  .sort();

// Which chapter (src/*.md) a page renders: `x.html` is `src/x.md`, and
// index.html is a copy of SUMMARY.md's first chapter.
const summary = fs.readFileSync(path.join(root, 'src', 'SUMMARY.md'), 'utf8');
const firstChapter = /\]\(([^)]+\.md)\)/.exec(summary)?.[1];
function chapterOf(page) {
  const md = page === 'index.html' ? firstChapter : page.replace(/\.html$/, '.md');
  const file = md && path.join(root, 'src', md);
  return file && md !== 'SUMMARY.md' && fs.existsSync(file)
    ? { name: `src/${md}`, text: fs.readFileSync(file, 'utf8') }
    : null;
}

// Fenced blocks, by the rules of tests/support/fences.rs (keep in step).
function fences(text) {
  const lines = text.split('\n');
  const found = [];
  const opening = line => {
    const m = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
    return m && { marker: m[2][0], count: m[2].length, info: m[3].trim() };
  };
  for (let i = 0; i < lines.length; i++) {
    const open = opening(lines[i]);
    if (!open) continue;
    const start = i;
    for (i++; i < lines.length; i++) {
      const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[i]);
      if (m && m[1][0] === open.marker && m[1].length >= open.count) break;
    }
    const words = open.info.split(/[ \t,]+/).filter(Boolean);
    const has = w => words.slice(1).includes(w);
    const language = words[0] || '';
    found.push({
      line: start + 1,
      info: words.join(','),
      language,
      editable: has('editable'),
      playground:
        language === 'rust' &&
        (!['ignore', 'noplayground', 'noplaypen'].some(has) || has('mdbook-runnable')),
    });
  }
  return found;
}

// ---------------------------------------------------------------------------
// A static server for book/ on a free loopback port.

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
const server = http.createServer((req, res) => {
  let file = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (file.endsWith('/')) file += 'index.html';
  const full = path.join(book, path.normalize(file));
  if (!full.startsWith(book) || !fs.existsSync(full) || fs.statSync(full).isDirectory()) {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end(fs.readFileSync(path.join(book, '404.html')));
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(full)] || 'application/octet-stream' });
  res.end(fs.readFileSync(full));
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------
// Chromium, with the playground answered by a stand-in.

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const runRequests = [];
const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
};
await context.route('**/*', async (route, request) => {
  const url = new URL(request.url());
  if (url.origin === origin) return route.continue();
  if (url.host === 'play.rust-lang.org') {
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (url.pathname === '/meta/crates') {
      const crates = PLAYGROUND_CRATES.map(id => ({ id, name: id, version: '1' }));
      return route.fulfill({ headers: cors, json: { crates } });
    }
    if (url.pathname === '/evaluate.json') {
      const body = JSON.parse(request.postData() || '{}');
      runRequests.push(body);
      return route.fulfill({
        headers: cors,
        json: { result: `stand-in playground: ${body.code.split('\n').length} lines received\n`, error: null },
      });
    }
  }
  problem(request.frame()?.url() ?? '?', `asks for ${request.url()}, outside the book`);
  return route.abort();
});

// Opens a page, reporting whatever goes wrong on it as a problem.
async function open(pageName, theme) {
  const page = await context.newPage();
  const where = theme ? `${pageName} (${theme} theme)` : pageName;
  page.on('console', msg => {
    if (msg.type() === 'error') problem(where, `console error: ${msg.text()}`);
  });
  page.on('pageerror', error => problem(where, `page error: ${error.message}`));
  page.on('requestfailed', request => {
    if (new URL(request.url()).origin === origin) {
      problem(where, `request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  page.on('response', response => {
    if (response.status() >= 400) problem(where, `HTTP ${response.status()} for ${response.url()}`);
  });
  if (theme) await page.addInitScript(t => localStorage.setItem('mdbook-theme', t), theme);
  await page.goto(`${origin}/${pageName}`, { waitUntil: 'domcontentloaded' });
  return page;
}

// ---------------------------------------------------------------------------
// What to look for where.

// The text of each page (tags stripped), to know which SEARCH_TERMS the book
// contains and which pages a search should find.
const bookText = new Map(
  pages
    .filter(p => chapterOf(p) && p !== 'index.html')
    .map(p => [p, fs.readFileSync(path.join(book, p), 'utf8').replace(/<[^>]*>/g, '').replace(/&amp;/g, '&')]),
);
const searchable = SEARCH_TERMS.filter(term => [...bookText.values()].some(t => t.includes(term)));
for (const term of SEARCH_TERMS.filter(term => !searchable.includes(term))) {
  problem('search', `the book does not contain "${term}", a term the search check needs`);
}
// Where to click Run: the first chapter with a plain (not editable) Run block.
const runPage = [...bookText.keys()].find(p => fences(chapterOf(p).text).some(b => b.playground && !b.editable));
// Where to compare looks and take screenshots: a chapter with a Python fold
// and captured output.
const stylePage = [...bookText.keys()].find(p => {
  const text = chapterOf(p).text;
  return /<details class="python">/.test(text) && /```text,output/.test(text);
});
if (!stylePage) problem('theme', 'no chapter with both a Python fold and an output block to look at');
// Where to take a screenshot of a task timeline (listings::timeline draws its
// bars with █): the first chapter that shows one.
const timelinePage = [...bookText.keys()].find(p => chapterOf(p) && bookText.get(p).includes('█'));
if (!timelinePage) problem('theme', 'no chapter shows a task timeline (a captured output with █ bars)');
// Where to take screenshots of a quiz: the first chapter that has one.
const quizShotPage = [...bookText.keys()].find(p => chapterOf(p).text.includes('{{#quiz '));
fs.rmSync(shots, { recursive: true, force: true });
fs.mkdirSync(shots, { recursive: true });

// ---------------------------------------------------------------------------
// Every page.

const seen = new Map(); // page -> { ids, links }
let playButtons = 0,
  toggles = 0,
  folds = 0,
  editors = 0,
  captions = 0,
  quizzes = 0,
  ran = 'no page with a Run button',
  linksChecked = 0;
const searched = [];

const timing = process.env.BROWSER_TIMING ? (what, since) => console.log(`  ${what}: ${Date.now() - since} ms`) : () => {};
for (const pageName of pages) {
  const pageStarted = Date.now();
  const page = await open(pageName);
  timing(`${pageName} loaded`, pageStarted);
  seen.set(
    pageName,
    await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id], a[name]')].map(e => e.id || e.getAttribute('name')),
      links: [...document.querySelectorAll('a[href]')].map(a => ({
        href: a.href,
        written: a.getAttribute('href'),
      })),
    })),
  );
  const chapter = chapterOf(pageName);
  if (chapter) {
    await checkRunButtons(page, pageName, chapter);
    await checkFolds(page, pageName, chapter);
    if (pageName === stylePage) {
      await looks(page, pageName, 'light');
    }
    if (pageName === timelinePage) {
      await shootTimeline(page, pageName, 'light');
      await shootCaption(page, pageName, 'light');
    }
    if (pageName === runPage) await clickRun(page, pageName);
    await checkHiddenLines(page, pageName, chapter);
    await checkCaptions(page, pageName);
    if (chapter.text.includes('{{#quiz ')) {
      await checkQuiz(page, pageName, 'light', pageName === quizShotPage);
    } else {
      problem(pageName, 'the chapter has no quiz');
    }
  }
  if (pageName === 'index.html') {
    await page.screenshot({ path: path.join(shots, 'index-light.png') });
    await search(page);
  }
  await page.close();
  timing(`${pageName} checked`, pageStarted);
}
if (stylePage) {
  const page = await open(stylePage, 'navy');
  await looks(page, stylePage, 'navy');
  await page.close();
}
if (quizShotPage) {
  const page = await open(quizShotPage, 'navy');
  await checkQuiz(page, quizShotPage, 'navy', true);
  await page.close();
}
if (timelinePage) {
  const page = await open(timelinePage, 'navy');
  await shootTimeline(page, timelinePage, 'navy');
  await shootCaption(page, timelinePage, 'navy');
  await page.close();
}

// Run buttons: where the fences want one, and nowhere else; the editor where
// they say `editable`.
async function checkRunButtons(page, pageName, chapter) {
  const where = `${pageName} (${chapter.name})`;
  const rust = fences(chapter.text).filter(b => b.language === 'rust');
  // book.js shows the buttons once the playground has sent its crate list.
  const wanted = rust.filter(b => b.playground).length;
  if (wanted > 0) {
    await page
      .waitForFunction(
        n => document.querySelectorAll('.play-button:not(.hidden):not([hidden])').length >= n,
        wanted,
        { timeout: 5000 },
      )
      .catch(() => {});
  }
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('main pre > code')]
      .filter(c => c.classList.contains('language-rust') || c.classList.contains('editable'))
      .map(c => {
        const button = c.parentElement.querySelector(':scope > .buttons > .play-button');
        return {
          run: !!button && !button.hidden && !button.classList.contains('hidden'),
          editor: c.classList.contains('ace_editor'),
        };
      }),
  );
  if (shown.length !== rust.length) {
    problem(where, `${rust.length} Rust blocks in the Markdown, ${shown.length} on the page`);
    return;
  }
  rust.forEach((block, i) => {
    const at = `${pageName} (${chapter.name}:${block.line})`;
    if (block.playground !== shown[i].run) {
      problem(
        at,
        `\`\`\`${block.info} should ${block.playground ? '' : 'not '}have a Run button, ` +
          `and ${shown[i].run ? 'has one' : 'has none'}`,
      );
    }
    if (block.editable !== shown[i].editor) {
      problem(at, `\`\`\`${block.info}: editable is ${block.editable}, but the page ${shown[i].editor ? 'has' : 'has no'} editor`);
    }
  });
  playButtons += shown.filter(s => s.run).length;
  editors += shown.filter(s => s.editor).length;
}

// Folds: as many as the Markdown opens, each with a summary, closed,
// swallowing no heading (a lost </details> hides the rest of the page), and
// showing its code once opened.
async function checkFolds(page, pageName, chapter) {
  const where = `${pageName} (${chapter.name})`;
  const written = (chapter.text.match(/<details\b/g) || []).length;
  const details = page.locator('main details');
  const count = await details.count();
  if (count !== written) problem(where, `${written} <details> in the Markdown, ${count} folds on the page`);
  for (let i = 0; i < count; i++) {
    const fold = details.nth(i);
    const shape = await fold.evaluate(d => ({
      label: d.className || '(no class)',
      summary: d.firstElementChild?.tagName === 'SUMMARY' ? d.firstElementChild.textContent.trim() : null,
      open: d.open,
      headings: [...d.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => h.textContent.trim()),
      wants: d.classList.contains('python')
        ? 'code.language-python'
        : d.classList.contains('solution')
          ? 'pre > code'
          : 'pre',
    }));
    const name = `fold ${i + 1} (${shape.label}, "${shape.summary}")`;
    if (!shape.summary) {
      problem(where, `fold ${i + 1} (${shape.label}) has no <summary> as its first child`);
      continue;
    }
    if (shape.open) problem(where, `${name} is open before the reader opens it`);
    if (shape.headings.length > 0) {
      problem(where, `${name} swallows the heading(s) ${JSON.stringify(shape.headings)}: is its </details> missing?`);
    }
    const code = fold.locator(shape.wants).first();
    if ((await code.count()) === 0) {
      problem(where, `${name} holds no ${shape.wants}`);
      continue;
    }
    if (await code.isVisible()) problem(where, `${name}: its code shows while the fold is closed`);
    await fold.locator(':scope > summary').click();
    if (!(await fold.evaluate(d => d.open)) || !(await code.isVisible())) {
      problem(where, `${name}: clicking its summary does not show its code`);
    }
    folds++;
  }
}

// Hidden lines: each eye button reveals its block's hidden lines.
async function checkHiddenLines(page, pageName, chapter) {
  const where = `${pageName} (${chapter.name})`;
  const hiding = page.locator('main pre:has(code .boring)');
  for (let i = 0; i < (await hiding.count()); i++) {
    const pre = hiding.nth(i);
    if (!(await pre.isVisible())) {
      problem(where, `hidden-lines block ${i + 1} is not visible (in a fold that did not open?)`);
      continue;
    }
    const boring = pre.locator('code .boring').first();
    if (await boring.isVisible()) problem(where, `hidden-lines block ${i + 1}: hidden lines show before the toggle`);
    await pre.hover();
    const eye = pre.locator('button[title="Show hidden lines"]');
    if ((await eye.count()) !== 1) {
      problem(where, `hidden-lines block ${i + 1} has no "Show hidden lines" button`);
      continue;
    }
    await eye.click();
    if (!(await boring.isVisible())) problem(where, `hidden-lines block ${i + 1}: the toggle does not reveal them`);
    toggles++;
  }
}

// Run one block on the stand-in playground: the whole program goes, hidden
// lines included, and the answer shows under the block.
async function clickRun(page, pageName) {
  const pre = page.locator('main pre.playground:has(.play-button:not(.hidden)):not(:has(.editable))').first();
  if ((await pre.count()) === 0) {
    problem(pageName, 'no visible Run button to click');
    return;
  }
  const program = await pre.locator('code').first().evaluate(c => c.textContent);
  await pre.hover();
  await pre.locator('.play-button').click();
  const result = pre.locator('code.result');
  await page
    .waitForFunction(r => r && !r.innerText.startsWith('Running'), await result.elementHandle(), { timeout: 5000 })
    .catch(() => {});
  const shown = (await result.count()) ? await result.innerText() : '(nothing)';
  const sent = runRequests.at(-1);
  if (!sent) {
    problem(pageName, 'Run sent nothing to the playground');
    return;
  }
  if (sent.code !== program) problem(pageName, 'Run did not send the block as written, hidden lines included');
  if (!sent.code.includes('fn main')) problem(pageName, 'Run sent a program without fn main');
  if (sent.edition !== '2021') problem(pageName, `Run asked for edition ${sent.edition}, not 2021`);
  if (!shown.includes('stand-in playground')) problem(pageName, `Run showed "${shown}", not the playground's answer`);
  ran = `${pageName}: sent ${sent.code.split('\n').length} lines (edition ${sent.edition}), showed "${shown.trim()}"`;
}

// Search: each term the book contains finds a page that contains it.
async function search(page) {
  for (const term of searchable) {
    await page.locator('#mdbook-search-toggle').click();
    // mdBook searches on keyup, so type the term as a reader would.
    await page.locator('#mdbook-searchbar').fill('');
    await page.locator('#mdbook-searchbar').pressSequentially(term);
    const hits = page.locator('#mdbook-searchresults a');
    await hits.first().waitFor({ timeout: 5000 }).catch(() => {});
    const found = await hits.evaluateAll(as => as.map(a => new URL(a.href).pathname.replace(/^\//, '')));
    if (!found.some(p => bookText.get(p)?.includes(term))) {
      problem('search', `"${term}" finds ${found.length ? found.join(', ') : 'nothing'}, no page that contains it`);
    }
    searched.push(`${term} (${found.length} results)`);
    await page.keyboard.press('Escape');
  }
}

// Looks: output, Python and solutions stand apart from Rust code and from
// each other. Screenshots for people.
async function looks(page, pageName, theme) {
  const where = `${pageName} (${theme} theme)`;
  const look = selector =>
    page
      .locator(selector)
      .first()
      .evaluate(e => {
        const s = getComputedStyle(e);
        return `background ${s.backgroundColor}, left border ${s.borderLeftWidth} ${s.borderLeftColor}`;
      })
      .catch(() => null);
  const rust = await look('main pre > code.language-rust');
  const output = await look('main pre > code.output');
  const python = await look('main details.python');
  const solution = await look('main details.solution');
  if (!rust || !output || !python) {
    problem(where, 'missing a Rust, output or Python block');
    return;
  }
  if (rust === output) problem(where, `output looks like Rust code (${rust})`);
  if (python === output || python === rust) problem(where, `the Python fold looks like other code (${python})`);
  if (solution && solution === python) problem(where, `the solution fold looks like the Python fold (${python})`);
  // Viewport shots, each with one kind of block at the top (below the menu bar).
  const stem = path.join(shots, `${pageName.replace('.html', '')}-${theme}`);
  const shoot = async (locator, name) => {
    if ((await locator.count()) === 0) return;
    await locator.evaluate(e => {
      e.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -80);
    });
    await page.screenshot({ path: `${stem}-${name}.png` });
  };
  const pythonFold = page.locator('main details.python').first();
  await pythonFold.evaluate(d => (d.open = true));
  await shoot(pythonFold, 'python');
  await shoot(page.locator('main pre:has(> code.output)').nth(1), 'output');
  await shoot(page.locator('main pre:has(> code.language-text:not(.output))').first(), 'diagram');
  await shoot(page.locator('main h2:has(+ p + pre code.editable), main pre:has(> code.editable)').first(), 'exercise');
}

// Captions: each sits right under the code block it names, readable and
// smaller than the prose; the first block of a listing gets a screenshot.
async function checkCaptions(page, pageName) {
  const found = await page.locator('main p.caption').evaluateAll(ps =>
    ps.map(p => {
      const before = p.previousElementSibling;
      const prose = document.querySelector('main p:not(.caption)');
      return {
        text: p.textContent,
        afterCode: !!before && before.tagName === 'PRE',
        visible: p.offsetHeight > 0,
        smaller: !prose || parseFloat(getComputedStyle(p).fontSize) < parseFloat(getComputedStyle(prose).fontSize),
      };
    }),
  );
  for (const [i, c] of found.entries()) {
    const where = `${pageName}: caption ${i + 1} ("${c.text}")`;
    if (!c.afterCode) problem(where, 'is not right under a code block');
    if (!c.visible) problem(where, 'is not visible');
    if (!c.smaller) problem(where, 'is not smaller than the prose around it');
    const listing = /^listings\/src\/bin\/\w+(\/\w+)?\.rs · cargo run -p listings --bin \w+$/;
    const broken = /^listings\/compile_fail\/\w+\.rs · does not compile, on purpose: cargo test -p listings --test compile_fail checks the message below$/;
    if (!listing.test(c.text) && !broken.test(c.text)) {
      problem(where, 'does not read "listings/src/bin/NAME.rs · cargo run -p listings --bin NAME" ' +
        'or, under broken code, "listings/compile_fail/NAME.rs · does not compile, on purpose: ..."');
    }
  }
  captions += found.length;
}

async function shootCaption(page, pageName, theme) {
  const block = page.locator('main pre:has(+ p.caption)').first();
  if ((await block.count()) === 0) return;
  await block.evaluate(e => {
    e.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -80);
  });
  await page.screenshot({ path: path.join(shots, `${pageName.replace('.html', '')}-${theme}-caption.png`) });
}

// The quiz (mdbook-quiz) at the end of a chapter: it renders with as many
// questions as its file has; answering the first right and the second wrong
// (the rest wrong too) gives a review that marks each so, counts 1 right, and,
// asked for the answers, shows the second's correct answer and explanation.
async function checkQuiz(page, pageName, theme, screenshots) {
  const where = `${pageName} (${theme} theme): quiz`;
  const placeholder = page.locator('.quiz-placeholder');
  if ((await placeholder.count()) !== 1) return problem(where, `${await placeholder.count()} quizzes on the page, not 1`);
  const data = JSON.parse(await placeholder.getAttribute('data-quiz-questions'));
  const questions = data.questions;
  const quiz = placeholder.locator('.mdbook-quiz');
  try {
    await quiz.waitFor({ timeout: 5000 });
  } catch {
    return problem(where, 'mdbook-quiz did not render the quiz');
  }
  const counter = await quiz.locator('header .counter').innerText();
  if (counter !== `${questions.length} questions`) problem(where, `says "${counter}", not "${questions.length} questions"`);
  await quiz.locator('button.start').click();
  const stem = path.join(shots, `${pageName.replace('.html', '')}-${theme}-quiz`);
  for (const [i, q] of questions.entries()) {
    const right = i === 0;
    if (q.type === 'MultipleChoice') {
      const want = right ? q.answer.answer : q.prompt.distractors[0];
      const radios = quiz.locator('form.response input[type=radio]');
      let picked = false;
      for (let k = 0; k < (await radios.count()); k++) {
        if ((await radios.nth(k).getAttribute('value')) === want) {
          await radios.nth(k).check();
          picked = true;
        }
      }
      if (!picked) problem(where, `question ${i + 1}: no choice reads ${JSON.stringify(want)}`);
    } else if (q.type === 'ShortAnswer') {
      await quiz.locator('form.response input[type=text], form.response textarea').first().fill(right ? q.answer.answer : '(a wrong answer)');
    } else {
      problem(where, `question ${i + 1}: a ${q.type} question, which this check does not answer`);
    }
    if (screenshots && i === 0) {
      await quiz.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${stem}-question.png` });
    }
    await quiz.locator('form.response input[type=submit]').click();
  }
  const review = quiz.locator('section');
  try {
    await review.getByText('Answer Review').waitFor({ timeout: 5000 });
  } catch {
    return problem(where, 'no answer review after the last question');
  }
  const score = await review.locator('p strong').first().innerText();
  if (score !== `1/${questions.length}`) problem(where, `the review counts ${score} right, not 1/${questions.length}`);
  const answers = review.locator('.answer-wrapper');
  const marked = async i => answers.nth(i).locator('.answer-row > div').first().locator('.correct, .incorrect').first().getAttribute('class');
  if (!(await marked(0))?.includes('correct') || (await marked(0))?.includes('incorrect')) {
    problem(where, 'question 1, answered right, is not marked correct');
  }
  if (!(await marked(1))?.includes('incorrect')) problem(where, 'question 2, answered wrong, is not marked incorrect');
  await review.getByRole('button', { name: 'see the correct answers' }).first().click();
  const second = answers.nth(1);
  const shown = await second.innerText();
  const context = questions[1].context.replace(/[`*]/g, '').replace(/\s+/g, ' ').trim().slice(0, 40);
  if (!shown.replace(/\s+/g, ' ').includes(context)) problem(where, `question 2's explanation is not shown after asking for the answers (looked for "${context}")`);
  if (!shown.includes('The correct answer is')) problem(where, `question 2's correct answer is not shown`);
  if (screenshots) {
    await second.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${stem}-review.png` });
  }
  quizzes += 1;
}

// A screenshot of the first captured output that holds a timeline.
async function shootTimeline(page, pageName, theme) {
  const chart = page.locator('main pre:has(> code.output)', { hasText: '█' }).first();
  if ((await chart.count()) === 0) {
    problem(`${pageName} (${theme} theme)`, 'no output block with a timeline (█) in the page');
    return;
  }
  await chart.evaluate(e => {
    e.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -80);
  });
  await page.screenshot({ path: path.join(shots, `${pageName.replace('.html', '')}-${theme}-timeline.png`) });
}

// ---------------------------------------------------------------------------
// Links and anchors of the live DOM.

for (const [pageName, { links }] of seen) {
  for (const { href, written } of links) {
    // mdBook's 404 page has <base href="/">, so its heading's own #link
    // points at the front page; that page and its markup are mdBook's.
    if (pageName === '404.html' && written.startsWith('#')) continue;
    const url = new URL(href);
    if (url.origin !== origin) continue;
    linksChecked++;
    let target = decodeURIComponent(url.pathname).replace(/^\//, '');
    if (target === '' || target.endsWith('/')) target += 'index.html';
    const fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
    if (!seen.has(target)) {
      if (!fs.existsSync(path.join(book, target))) problem(pageName, `link ${written}: no page ${target}`);
      continue;
    }
    if (fragment && !seen.get(target).ids.includes(fragment)) {
      problem(pageName, `link ${written}: no id "${fragment}" on ${target}`);
    }
  }
}

await browser.close();
server.close();

// ---------------------------------------------------------------------------

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`pages loaded:        ${pages.length} (${pages.join(', ')})`);
console.log(`internal links:      ${linksChecked} checked in the live DOM`);
console.log(`Run buttons:         ${playButtons} shown, each where its fence wants one; ${editors} editors`);
console.log(`Run clicked:         ${ran}`);
console.log(`hidden-line toggles: ${toggles} clicked`);
console.log(`captions:            ${captions}, each right under its block`);
console.log(`quizzes:             ${quizzes} answered (one right, one wrong), each reviewed with its explanation`);
console.log(`folds opened:        ${folds}`);
console.log(`search:              ${searched.join(', ') || 'nothing'}`);
console.log(`screenshots:         ${shots}`);
if (problems.length > 0) {
  console.error(`\nbrowser checks FAILED (${problems.length} problem(s), ${seconds}s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`browser checks passed in ${seconds}s`);
