/* global document, window */
// A live-activity sidebar that never stops changing, as chat widgets, dashboards and app sidebars do: every 20 ms
// it rewrites a score of cells, flips attributes and adds a feed row (dropping the oldest), several hundred node
// changes a second next to the ticket. `data-storm-changes` counts them so tests can check the rate.
(function () {
  'use strict';

  var CELLS = 120;
  var ROWS = 40;
  var TICK_MS = 20;
  var REWRITES_PER_TICK = 20;
  var changes = 0;
  var tick = 0;

  var panel = document.createElement('section');
  panel.className = 'storm-panel';
  panel.setAttribute('aria-label', 'Live activity');
  panel.setAttribute('data-storm', 'panel');
  var heading = document.createElement('h2');
  heading.textContent = 'Live activity';
  var grid = document.createElement('div');
  grid.className = 'storm-grid';
  var feed = document.createElement('ol');
  feed.className = 'storm-feed';
  for (var i = 0; i < CELLS; i++) {
    var cell = document.createElement('span');
    cell.className = 'storm-cell';
    cell.textContent = '0';
    grid.appendChild(cell);
  }
  panel.append(heading, grid, feed);
  var host = document.querySelector('.ticket-panes-grid-layout[data-is-active="true"] .zd-context') || document.body;
  host.prepend(panel);
  var cells = grid.children;

  function row() {
    var item = document.createElement('li');
    var time = document.createElement('time');
    time.textContent = new Date().toISOString().slice(11, 23);
    var who = document.createElement('strong');
    who.textContent = ['Maya', 'Ken', 'Ana', 'Li'][tick % 4];
    var what = document.createElement('span');
    what.textContent = ' viewed ticket #' + (48000 + (tick % 500));
    item.append(time, who, what);
    return item;
  }

  window.setInterval(function () {
    tick += 1;
    for (var k = 0; k < REWRITES_PER_TICK; k++) {
      var target = cells[(tick * REWRITES_PER_TICK + k) % CELLS];
      target.textContent = String((tick * 7 + k) % 1000);
      target.classList.toggle('is-hot', (tick + k) % 3 === 0);
    }
    feed.prepend(row());
    if (feed.children.length > ROWS) feed.lastElementChild.remove();
    // Per tick: each rewrite replaces a text node (2 changes) and flips a class; a row of 7 nodes comes and goes.
    changes += REWRITES_PER_TICK * 3 + 14;
    panel.setAttribute('data-storm-changes', String(changes));
  }, TICK_MS);
})();
