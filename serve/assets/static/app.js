// imr review: marks a finding's evidence in the letter and moves
// through the findings with the keyboard. Plain JavaScript, no build.
(function () {
  'use strict';
  var items = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var current = -1;

  function select(i, scroll) {
    if (i < 0 || i >= items.length) {
      return;
    }
    current = i;
    items.forEach(function (el, k) { el.classList.toggle('active', k === i); });
    document.querySelectorAll('.marked').forEach(function (el) { el.classList.remove('marked'); });
    var id = items[i].getAttribute('data-id');
    var spans = document.querySelectorAll('[data-ev~="' + id + '"]');
    spans.forEach(function (el) { el.classList.add('marked'); });
    if (scroll && spans.length) {
      spans[0].scrollIntoView({ block: 'center' });
    }
    items[i].scrollIntoView({ block: 'nearest' });
    if (history.replaceState) {
      history.replaceState(null, '', '#' + id);
    }
  }

  items.forEach(function (el, i) {
    el.addEventListener('click', function (ev) {
      if (ev.target.closest('form')) {
        return;
      }
      select(i, true);
    });
    el.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' && ev.target === el) {
        select(i, true);
      }
    });
  });

  document.addEventListener('keydown', function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || !items.length) {
      return;
    }
    if (ev.target.closest && ev.target.closest('input, textarea, select')) {
      return;
    }
    if (ev.key === 'j' || ev.key === 'ArrowDown') {
      select(Math.min(current + 1, items.length - 1), true);
      ev.preventDefault();
    } else if (ev.key === 'k' || ev.key === 'ArrowUp') {
      select(Math.max(current - 1, 0), true);
      ev.preventDefault();
    }
  });

  document.querySelectorAll('.ev').forEach(function (el) {
    el.addEventListener('click', function () {
      var id = (el.getAttribute('data-ev') || '').split(' ')[0];
      var i = items.findIndex(function (x) { return x.getAttribute('data-id') === id; });
      select(i, false);
    });
  });

  var m = /^#(f\d+)$/.exec(location.hash);
  if (m) {
    select(items.findIndex(function (x) { return x.getAttribute('data-id') === m[1]; }), true);
  }
})();
