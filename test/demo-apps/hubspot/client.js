// The demo HubSpot portal's behaviour: pushState navigation that swaps the view (the document outlives the
// record, as in HubSpot), dropdown menus in a portal, a Save/Cancel footer for sidebar edits, preview panels.
// A deal stage is saved the moment it is picked, as in HubSpot, so the menu's active option is the only
// moment before the move.
/* global document, window, history, location, fetch */
(function () {
  var app = document.getElementById('hs-app');

  function navigate(href, push) {
    closeMenus();
    if (push) history.pushState(null, '', href);
    app.innerHTML = '<div class="loading" aria-busy="true">Loading…</div>';
    fetch(href, { headers: { 'X-Demo-Fragment': '1' }, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        app.innerHTML = html;
        var view = app.querySelector('[data-demo-title]');
        if (view) document.title = view.getAttribute('data-demo-title');
      });
  }

  function menuOf(button) { return document.getElementById(button.getAttribute('aria-controls')); }
  function options(menu) { return Array.prototype.slice.call(menu.querySelectorAll('[role="option"]')); }

  function setActive(menu, option) {
    options(menu).forEach(function (item) { item.classList.toggle('is-active', item === option); });
    if (option) menu.setAttribute('aria-activedescendant', option.id);
    else menu.removeAttribute('aria-activedescendant');
  }

  function openMenu(button) {
    closeMenus();
    var menu = menuOf(button);
    var box = button.getBoundingClientRect();
    menu.style.left = box.left + window.scrollX + 'px';
    menu.style.top = box.bottom + window.scrollY + 2 + 'px';
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    setActive(menu, menu.querySelector('[aria-selected="true"]') || options(menu)[0]);
    menu.focus();
  }

  function closeMenus() {
    document.querySelectorAll('[aria-haspopup="listbox"][aria-expanded="true"]').forEach(function (button) {
      button.setAttribute('aria-expanded', 'false');
      var menu = menuOf(button);
      if (menu) { menu.hidden = true; setActive(menu, null); }
    });
  }

  function choose(menu, option) {
    var button = document.querySelector('[aria-controls="' + menu.id + '"]');
    options(menu).forEach(function (item) { item.setAttribute('aria-selected', String(item === option)); });
    var label = document.createElement('span');
    label.className = 'private-dropdown__item__label';
    label.textContent = option.textContent.trim();
    var shown = button.querySelector('.private-dropdown__item__label, .private-dropdown__placeholder');
    button.replaceChild(label, shown);
    closeMenus();
    button.focus();
  }

  function footer() { return app.querySelector('[data-demo-footer]'); }
  function sidebarControls() { return app.querySelectorAll('.about input:not([readonly]), .about textarea'); }

  document.addEventListener('click', function (event) {
    var target = event.target;
    var link = target.closest('a[href^="/"]');
    if (link && !event.metaKey && !event.ctrlKey && !event.shiftKey && event.button === 0) {
      event.preventDefault();
      navigate(link.getAttribute('href'), true);
      return;
    }
    var option = target.closest('[role="option"]');
    if (option) { choose(option.parentElement, option); return; }
    var button = target.closest('[aria-haspopup="listbox"]');
    if (button) {
      if (button.getAttribute('aria-expanded') === 'true') closeMenus();
      else openMenu(button);
      return;
    }
    if (!target.closest('[role="listbox"]')) closeMenus();
    var preview = target.closest('[data-demo-preview]');
    if (preview) document.getElementById(preview.getAttribute('data-demo-preview')).hidden = false;
    var closePreview = target.closest('[data-demo-close-preview]');
    if (closePreview) closePreview.closest('[data-selenium-test="sidebar-preview-panel"]').hidden = true;
    if (target.closest('[data-demo-save]')) {
      sidebarControls().forEach(function (control) { control.defaultValue = control.value; });
      footer().hidden = true;
    }
    if (target.closest('[data-demo-cancel]')) {
      sidebarControls().forEach(function (control) { control.value = control.defaultValue; });
      footer().hidden = true;
    }
  });

  document.addEventListener('mouseover', function (event) {
    var option = event.target.closest('[role="option"]');
    if (option) setActive(option.parentElement, option);
  });

  document.addEventListener('keydown', function (event) {
    var menu = event.target.closest && event.target.closest('[role="listbox"]');
    if (!menu) return;
    var all = options(menu);
    var index = all.indexOf(document.getElementById(menu.getAttribute('aria-activedescendant')));
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      var next = event.key === 'ArrowDown' ? Math.min(index + 1, all.length - 1) : Math.max(index - 1, 0);
      setActive(menu, all[next]);
    } else if (event.key === 'Enter' && index >= 0) {
      event.preventDefault();
      choose(menu, all[index]);
    } else if (event.key === 'Escape') {
      var button = document.querySelector('[aria-controls="' + menu.id + '"]');
      closeMenus();
      button.focus();
    }
  });

  document.addEventListener('input', function (event) {
    if (event.target.closest('.about')) footer().hidden = false;
  });

  window.addEventListener('popstate', function () { navigate(location.pathname + location.search, false); });
})();
