/* The web player (index.html) in a real browser: headless Chromium driven by
 * puppeteer-core, the page served over HTTP from the render's folder (byte ranges,
 * as any static server gives them).
 *
 * usage: node player.test.js RENDER_DIR [SCREENSHOT.png] [OTHER_RENDER_DIR...]
 * RENDER_DIR is a multi-chapter, multi-speaker render; every other folder is the same
 * statement in another format, whose chapter files must load with the duration the
 * page gives. Ends with "player: N passed, N failed". */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const puppeteer = require('puppeteer-core');

let passed = 0, failed = 0;
function check(ok, what) {
  if (ok) passed++;
  else { failed++; console.log('  FAIL: ' + what); }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.ogg': 'audio/ogg', '.opus': 'audio/ogg',
                '.mp3': 'audio/mpeg', '.flac': 'audio/flac', '.wav': 'audio/wav', '.json': 'application/json',
                '.vtt': 'text/vtt' };

/* A static server over the given folders (/0/, /1/ …) with byte ranges. */
function serve(dirs) {
  const server = http.createServer((req, res) => {
    const m = /^\/(\d+)\/([^?#]*)/.exec(req.url);
    const dir = m && dirs[+m[1]];
    const name = m && decodeURIComponent(m[2] || 'index.html');
    const file = dir && path.join(dir, name);
    if (!file || !file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    const size = fs.statSync(file).size;
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range || '');
    if (range && (range[1] || range[2])) {
      let a = range[1] ? +range[1] : size - +range[2], b = range[1] && range[2] ? +range[2] : size - 1;
      if (a >= size || a > b) {
        res.writeHead(416, { 'Content-Range': 'bytes */' + size });
        res.end();
        return;
      }
      b = Math.min(b, size - 1);
      res.writeHead(206, { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Content-Length': b - a + 1,
                           'Content-Range': `bytes ${a}-${b}/${size}` });
      fs.createReadStream(file, { start: a, end: b }).pipe(res);
    } else {
      res.writeHead(200, { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Content-Length': size });
      fs.createReadStream(file).pipe(res);
    }
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function waitFor(page, fn, arg, what, timeout = 15000) {
  try {
    await page.waitForFunction(fn, { timeout, polling: 20 }, arg);
    return true;
  } catch (e) {
    check(false, what + ' (timed out)');
    return false;
  }
}

/* what the page shows: the highlighted sentence, where the audio is */
const state = page => page.evaluate(() => {
  const a = document.getElementById('audio'), act = document.querySelectorAll('.s.active');
  return { t: a.currentTime, paused: a.paused, src: a.currentSrc || a.src, rate: a.playbackRate,
           settled: !a.seeking && a.readyState >= 2,
           active: act.length === 1 ? act[0].id : act.length ? 'many' : null };
});

/* the sentence that should be highlighted at t in the chapter whose file is `src` */
function expected(sents, src, t) {
  let best = null;
  for (const s of sents)
    if (src.endsWith('/' + s.file) && s.begin <= t + 0.0005 && (!best || s.begin >= best.begin)) best = s;
  return best && best.id;
}

async function main() {
  const [dir, shot, ...others] = process.argv.slice(2);
  const dirs = [path.resolve(dir), ...others.map(d => path.resolve(d))];
  const server = await serve(dirs);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required', '--mute-audio',
           '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 720 });
    const errors = [], foreign = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('request', r => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    await page.goto(`${base}/0/index.html`, { waitUntil: 'load' });

    /* the page's data is the render's: every transcript segment of a sentence, same file
     * and times (to the millisecond) */
    const sents = await page.evaluate(() => Array.from(document.querySelectorAll('section[data-file]')).flatMap(
      sec => Array.from(sec.querySelectorAll('.s')).map(el => ({
        id: el.id, file: sec.dataset.file, begin: +el.dataset.begin, end: +el.dataset.end,
        turn: el.hasAttribute('data-turn'), voice: el.dataset.voice, text: el.textContent }))));
    const tr = JSON.parse(fs.readFileSync(path.join(dirs[0], 'transcript.json'), 'utf8'));
    const spoken = tr.segments.filter(s => s.endTime > s.startTime);
    let agree = 0;
    for (const s of sents) {
      const seg = spoken.find(g => g.body === s.text && g.file === s.file && Math.abs(g.fileStart - s.begin) < 0.0015);
      if (seg && Math.abs(seg.fileStart + seg.endTime - seg.startTime - s.end) < 0.0025) agree++;
    }
    check(sents.length >= 10 && agree === sents.length,
          `every sentence's clip agrees with transcript.json (${agree} of ${sents.length})`);
    const files = [...new Set(sents.map(s => s.file))];
    check(files.length >= 2, 'the statement has several chapters with sentences');
    check(sents.filter(s => s.turn).length >= 4, 'speaker turns are marked');

    /* 1. the highlight follows the audio, across a chapter change */
    await waitFor(page, () => document.getElementById('audio').readyState >= 1, null, 'the first chapter loads');
    const ch1 = sents.filter(s => s.file === files[0]);
    const dur1 = await page.evaluate(() => +document.querySelector('section[data-file]').dataset.duration);
    const late = Math.max(0, dur1 - 1.2);
    await page.evaluate(t => { const a = document.getElementById('audio'); a.currentTime = t; }, late);
    await waitFor(page, id => { const e = document.querySelector('.s.active'); return e && e.id === id; },
                  expected(sents, '/' + files[0], late), 'the highlight follows a seek');
    await page.click('#play');
    const samples = [];
    const until = Date.now() + 6000;
    while (Date.now() < until) {
      const s = await state(page);
      samples.push(s);
      if (s.src.endsWith('/' + files[1]) && s.t > sents.find(x => x.file === files[1]).end + 0.2) break;
      await sleep(40);
    }
    const after = samples.filter(s => s.src.endsWith('/' + files[1]) && !s.paused);
    check(after.length > 3, `playback went on into the second chapter by itself (${after.length} samples there)`);
    let good = 0, judged = 0;
    for (const s of samples) {
      /* while the element seeks or loads, its clock is not yet where it is going */
      if (s.paused || !s.settled) continue;
      /* the page redraws on animation frames and timeupdate events: on a loaded machine
       * the highlight may be a frame or two behind the clock */
      const want = expected(sents, s.src, s.t), lagged = expected(sents, s.src, s.t - 0.3);
      judged++;
      if (s.active === want || (want !== lagged && s.active === lagged) || (!want && ch1.length && s.active === ch1[ch1.length - 1].id)) good++;
      else console.log(`  at ${s.t.toFixed(3)} s of ${path.basename(s.src)}: highlighted ${s.active}, expected ${want}`);
    }
    check(judged > 10 && good === judged, `the highlighted sentence follows currentTime (${good} of ${judged} samples)`);

    /* 2. a click on a sentence plays from it */
    const target = sents.filter(s => s.file === files[1])[3] || sents[sents.length - 1];
    await page.click('#' + target.id);
    await sleep(150);
    let s = await state(page);
    check(s.src.endsWith('/' + target.file) && s.t >= target.begin - 0.01 && s.t < target.begin + 0.6 && !s.paused,
          `clicking ${target.id} plays its file from ${target.begin} s (at ${s.t.toFixed(3)} s of ${path.basename(s.src)}, ${s.paused ? 'paused' : 'playing'})`);
    check(s.active === target.id, `clicking ${target.id} highlights it (${s.active})`);

    /* 3. the keyboard */
    await page.keyboard.press('Space');
    await sleep(100);
    s = await state(page);
    check(s.paused, 'Space pauses');
    const at = i => sents.findIndex(x => x.id === i);
    let i = at(s.active);
    await page.keyboard.press('n');
    await sleep(100);
    s = await state(page);
    check(s.active === sents[i + 1].id && Math.abs(s.t - sents[i + 1].begin) < 0.01,
          `N moves to the next sentence (${s.active} at ${s.t.toFixed(3)})`);
    await page.keyboard.press('p');
    await sleep(100);
    s = await state(page);
    check(s.active === sents[i].id && Math.abs(s.t - sents[i].begin) < 0.01, `P moves back (${s.active})`);
    i = at(s.active);
    const nextTurn = sents.findIndex((x, k) => k > i && x.turn);
    await page.keyboard.press('t');
    await sleep(100);
    s = await state(page);
    check(nextTurn > 0 && s.active === sents[nextTurn].id, `T moves to the next turn (${s.active}, expected ${sents[nextTurn] && sents[nextTurn].id})`);
    const prevTurn = sents.findLastIndex((x, k) => k < nextTurn && x.turn);
    await page.keyboard.down('Shift');
    await page.keyboard.press('T');
    await page.keyboard.up('Shift');
    await sleep(100);
    s = await state(page);
    check(s.active === sents[prevTurn].id, `Shift+T moves to the previous turn (${s.active}, expected ${sents[prevTurn].id})`);
    await page.keyboard.press('BracketLeft');
    await sleep(300);
    s = await state(page);
    check(s.src.endsWith('/' + files[0]) && s.t < 0.05 && s.active === sents[0].id,
          `[ goes to the previous chapter's start (${path.basename(s.src)} at ${s.t.toFixed(3)}, ${s.active})`);
    await page.keyboard.press('BracketRight');
    await sleep(300);
    s = await state(page);
    check(s.src.endsWith('/' + files[1]) && s.t < 0.05, `] goes to the next chapter (${path.basename(s.src)})`);
    await page.keyboard.press('Equal');
    await sleep(50);
    s = await state(page);
    check(Math.abs(s.rate - 1.25) < 1e-9, `+ makes it faster (${s.rate})`);
    await page.keyboard.press('Minus');
    await page.keyboard.press('Minus');
    await sleep(50);
    s = await state(page);
    check(Math.abs(s.rate - 0.75) < 1e-9, `- makes it slower (${s.rate})`);
    await page.keyboard.press('k');
    await sleep(400);
    s = await state(page);
    check(!s.paused && Math.abs(s.rate - 0.75) < 1e-9, 'K plays, at the speed chosen');
    await page.keyboard.press('k');

    /* 4. keyboard focus: the skip link first, then the controls, each visibly focused */
    await page.reload({ waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const e = document.activeElement, r = e.getBoundingClientRect();
      return { cls: e.className, visible: r.left >= 0 && r.width > 0 };
    });
    check(skip.cls === 'skip' && skip.visible, 'Tab first reaches the visible skip link');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const e = document.activeElement, cs = getComputedStyle(e);
      return { tag: e.tagName, name: e.textContent.trim().slice(0, 40), outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
    });
    check(ring.tag === 'BUTTON' && ring.outline !== 'none' && ring.width >= 2,
          `a focused control has a visible focus ring (${ring.tag} "${ring.name}": ${ring.outline} ${ring.width}px)`);
    const names = await page.evaluate(() => Array.from(document.querySelectorAll('.controls button')).map(b => b.textContent.replace(/\s+/g, ' ').trim()));
    check(new Set(names).size === names.length && names.length >= 7, `every control has its own name (${names.join(', ')})`);

    /* 5. the accessibility audit */
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const audit = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} -- ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')}`);
    });
    for (const v of audit) console.log('  axe: ' + v);
    check(audit.length === 0, `axe-core finds no accessibility violations (${audit.length})`);

    /* 6. self-contained: nothing but the folder was asked for; no script errors */
    check(foreign.length === 0, 'the page loads nothing from elsewhere' + (foreign.length ? ': ' + foreign[0] : ''));
    check(errors.length === 0, 'no script errors' + (errors.length ? ': ' + errors[0] : ''));

    /* the screenshot README shows: mid-statement, a sentence highlighted */
    if (shot) {
      await page.evaluate(id => document.getElementById(id).click(), sents[Math.min(sents.length - 1, 6)].id);
      await sleep(300);
      await page.evaluate(() => document.getElementById('audio').pause());
      await page.evaluate(() => { window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur(); });
      await sleep(200);
      await page.screenshot({ path: shot });
      check(fs.statSync(shot).size > 10000, 'the screenshot is written');
    }

    /* opened straight from the disk, it plays too */
    const p1 = await browser.newPage();
    await p1.goto('file://' + path.join(dirs[0], 'index.html'), { waitUntil: 'load' });
    const fromDisk = await p1.waitForFunction(() => document.getElementById('audio').readyState >= 1, { timeout: 10000 })
      .then(() => true, () => false);
    check(fromDisk, 'opened from the disk (file://), the page loads its audio');
    await p1.close();

    /* 7. every format's chapter files play in the browser with the page's durations */
    for (let k = 1; k < dirs.length; k++) {
      const p2 = await browser.newPage();
      await p2.goto(`${base}/${k}/index.html`, { waitUntil: 'load' });
      const fmt = await p2.evaluate(() => document.querySelector('section[data-file]').dataset.file.replace(/.*\./, ''));
      const r = await p2.evaluate(() => Promise.all(Array.from(document.querySelectorAll('section[data-file]')).map(sec =>
        new Promise(resolve => {
          const a = new Audio();
          a.preload = 'metadata';
          a.onloadedmetadata = () => resolve({ want: +sec.dataset.duration, got: a.duration });
          a.onerror = () => resolve({ want: +sec.dataset.duration, got: NaN, error: a.error && a.error.code });
          a.src = sec.dataset.file;
        }))));
      /* exact to the sample (MP3 too: LAME's Info tag gives the encoder's delay and padding,
       * which Chromium trims), but for Opus, whose duration Chromium (like ffprobe) takes
       * from the last granule position without taking off the 312-sample pre-skip that
       * decoding drops (6.5 ms) */
      const slack = fmt === 'opus' ? 312 / 48000 + 0.002 : 0.002;
      const ok = r.every(x => Math.abs(x.got - x.want) < slack);
      check(ok, `${fmt}: Chromium loads every chapter file with the page's duration (${r.map(x => `${x.got.toFixed(4)}/${x.want}`).join(', ')})`);
      await p2.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch(e => { failed++; console.log('  FAIL: ' + (e && e.stack || e)); }).finally(() => {
  console.log(`player: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
});
