/* herald's web player (index.html): plays the chapter files in order and follows the
 * text. Every sentence is a span.s whose data-begin and data-end give its clip on its
 * chapter file's timeline, the times the captions, transcript and EPUB use. */
(function () {
  'use strict';
  var audio = document.getElementById('audio');
  var bar = document.querySelector('.bar');
  var playButton = document.getElementById('play');
  var rate = document.getElementById('rate');
  var where = document.getElementById('where');
  var time = document.getElementById('time');
  var say = document.getElementById('say');
  var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var chapters = [], all = [], byId = {};

  Array.prototype.forEach.call(document.querySelectorAll('main section[data-file]'), function (sec, c) {
    var ch = { el: sec, file: sec.getAttribute('data-file'), title: sec.getAttribute('aria-label'),
               duration: parseFloat(sec.getAttribute('data-duration')) || 0, sents: [] };
    Array.prototype.forEach.call(sec.querySelectorAll('.s'), function (el) {
      var s = { el: el, c: c, i: all.length, voice: el.getAttribute('data-voice'),
                begin: parseFloat(el.getAttribute('data-begin')), end: parseFloat(el.getAttribute('data-end')),
                turn: el.hasAttribute('data-turn') };
      all.push(s);
      ch.sents.push(s);
      byId[el.id] = s;
    });
    chapters.push(ch);
  });
  if (!chapters.length) return;

  var chapter = -1;       /* the chapter whose file is loaded */
  var seekTo = null;      /* where to go once that file's metadata is known */
  var current = null;     /* the sentence highlighted */
  var frame = 0;

  function clock(t) {
    t = Math.max(0, Math.round(t));
    var h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, s = t % 60;
    return (h ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (s < 10 ? '0' : '') + s;
  }

  function announce(text) {
    say.textContent = '';
    window.setTimeout(function () { say.textContent = text; }, 50);
  }

  function now() { return seekTo !== null ? seekTo : audio.currentTime; }

  /* the last sentence of chapter c that begins at or before t */
  function sentenceAt(c, t) {
    var s = chapters[c].sents, lo = 0, hi = s.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (s[mid].begin <= t + 0.0005) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found < 0 ? null : s[found];
  }

  function follow(el) {
    var r = el.getBoundingClientRect(), top = bar.getBoundingClientRect().bottom;
    if (r.top < top || r.bottom > window.innerHeight)
      el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }

  function mark(s) {
    if (s === current) return;
    if (current) {
      current.el.classList.remove('active');
      current.el.removeAttribute('aria-current');
    }
    current = s;
    if (s) {
      s.el.classList.add('active');
      s.el.setAttribute('aria-current', 'true');
      follow(s.el);
    }
  }

  function update() {
    if (chapter < 0) return;
    var t = now(), ch = chapters[chapter], s = sentenceAt(chapter, t);
    mark(s);
    where.textContent = 'Chapter ' + (chapter + 1) + ' of ' + chapters.length + ': ' + ch.title +
      (s && s.voice ? ' \u00b7 ' + s.voice : '');
    time.textContent = clock(t) + ' / ' + clock(ch.duration);
  }

  function tick() {
    update();
    frame = audio.paused ? 0 : window.requestAnimationFrame(tick);
  }

  /* chapter c's file at t seconds; playing if `play` */
  function load(c, t, play) {
    if (c !== chapter) {
      chapter = c;
      seekTo = t;
      audio.src = chapters[c].file;
    } else if (audio.readyState >= 1) {
      seekTo = null;
      audio.currentTime = t;
    } else {
      seekTo = t;
    }
    if (play) {
      var p = audio.play();
      if (p && p.catch) p.catch(function () {});
    }
    update();
  }

  function go(s, play, spoken) {
    if (!s) return;
    load(s.c, s.begin, play);
    mark(s);
    if (spoken) announce(spoken);
  }

  function playing() { return !audio.paused && !audio.ended; }
  function index() { return current ? current.i : -1; }

  function nextSentence() { go(all[Math.min(index() + 1, all.length - 1)], playing()); }
  function prevSentence() { go(all[Math.max(index() - 1, 0)], playing()); }

  function nextTurn() {
    for (var i = index() + 1; i < all.length; i++)
      if (all[i].turn) { go(all[i], playing(), all[i].voice); return; }
    announce('No later turn');
  }
  function prevTurn() {
    for (var i = index() - 1; i >= 0; i--)
      if (all[i].turn) { go(all[i], playing(), all[i].voice); return; }
    announce('No earlier turn');
  }

  function toChapter(c) {
    if (c < 0 || c >= chapters.length) {
      announce(c < 0 ? 'First chapter' : 'Last chapter');
      return;
    }
    load(c, 0, playing());
    mark(sentenceAt(c, 0) || chapters[c].sents[0] || null);
    announce('Chapter ' + (c + 1) + ': ' + chapters[c].title);
  }

  function toggle() {
    if (playing()) {
      audio.pause();
    } else {
      if (chapter < 0) load(0, 0, false);
      var p = audio.play();
      if (p && p.catch) p.catch(function () {});
    }
  }

  function setRate(step) {
    var k = rate.selectedIndex + step;
    if (k < 0 || k >= rate.options.length) return;
    rate.selectedIndex = k;
    applyRate();
    announce('Speed ' + rate.options[k].text);
  }
  function applyRate() {
    var v = parseFloat(rate.value) || 1;
    audio.defaultPlaybackRate = v;
    audio.playbackRate = v;
  }

  audio.addEventListener('loadedmetadata', function () {
    if (seekTo !== null) {
      var t = seekTo;
      seekTo = null;
      if (t > 0) audio.currentTime = t;
    }
    audio.playbackRate = parseFloat(rate.value) || 1;
    update();
  });
  audio.addEventListener('timeupdate', update);
  audio.addEventListener('seeked', update);
  audio.addEventListener('play', function () {
    playButton.textContent = 'Pause';
    if (!frame) frame = window.requestAnimationFrame(tick);
  });
  audio.addEventListener('pause', function () { playButton.textContent = 'Play'; update(); });
  audio.addEventListener('ended', function () {
    if (chapter + 1 < chapters.length) {
      load(chapter + 1, 0, true);
    } else {
      playButton.textContent = 'Play';
      announce('End of the statement');
    }
  });

  playButton.addEventListener('click', toggle);
  document.getElementById('next').addEventListener('click', nextSentence);
  document.getElementById('prev').addEventListener('click', prevSentence);
  document.getElementById('next-turn').addEventListener('click', nextTurn);
  document.getElementById('prev-turn').addEventListener('click', prevTurn);
  document.getElementById('next-chapter').addEventListener('click', function () { toChapter(chapter + 1); });
  document.getElementById('prev-chapter').addEventListener('click', function () { toChapter(chapter - 1); });
  rate.addEventListener('change', applyRate);

  /* a click on a sentence plays from it (not when it ends a selection of text) */
  document.getElementById('text').addEventListener('click', function (e) {
    var el = e.target.closest ? e.target.closest('.s') : null;
    if (!el || !byId[el.id]) return;
    if (window.getSelection && String(window.getSelection()).length) return;
    go(byId[el.id], true);
  });
  /* a chapter in the list: its place in the text, and in the audio */
  Array.prototype.forEach.call(document.querySelectorAll('nav a[href^="#c"]'), function (a) {
    a.addEventListener('click', function () {
      var c = parseInt(a.getAttribute('href').slice(2), 10) - 1;
      if (c >= 0 && c < chapters.length) {
        load(c, 0, playing());
        mark(sentenceAt(c, 0) || chapters[c].sents[0] || null);
      }
    });
  });

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var tag = e.target && e.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || (e.target && e.target.isContentEditable)) return;
    if ((e.key === ' ' || e.key === 'Enter') && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) return;
    switch (e.key) {
    case ' ': case 'k': case 'K': toggle(); break;
    case 'n': case 'N': case 'ArrowRight': nextSentence(); break;
    case 'p': case 'P': case 'ArrowLeft': prevSentence(); break;
    case 't': nextTurn(); break;
    case 'T': prevTurn(); break;
    case ']': toChapter(chapter + 1); break;
    case '[': toChapter(chapter - 1); break;
    case '+': case '=': setRate(1); break;
    case '-': case '_': setRate(-1); break;
    default: return;
    }
    e.preventDefault();
  });

  load(0, 0, false);
})();
