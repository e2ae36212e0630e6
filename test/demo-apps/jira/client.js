/* global document, window, history, fetch, location, URL */
// The demo Jira's client: pushState navigation, the status dropdown (rendered in a portal outside the issue
// view, as Atlaskit does), the transition screen, and inline edits that save at once and re-render in place.
(() => {
  const main = () => document.querySelector('[data-demo-main]');
  const portal = () => document.querySelector('[data-demo-portal]');
  const currentPath = () => location.pathname + location.search;

  const isAppPath = (url) =>
    url.origin === location.origin && (url.pathname.startsWith('/browse/') || url.pathname.startsWith('/jira/'));

  async function fetchContent(path) {
    const response = await fetch(`/rest/fieldguard-demo/page?path=${encodeURIComponent(path)}`);
    return response.json();
  }

  // The old view stays on screen until the new one arrives, as in Jira: the URL changes first.
  async function navigate(path) {
    closePopups();
    const content = await fetchContent(path);
    if (currentPath() !== path) return;
    document.title = content.title;
    main().innerHTML = content.html;
  }

  // After a save Jira re-renders the changed parts inside the same containers.
  async function refresh() {
    const content = await fetchContent(currentPath());
    const fresh = document.createElement('template');
    fresh.innerHTML = content.html;
    for (const part of main().querySelectorAll('[data-demo-part]')) {
      const replacement = fresh.content.querySelector(`[data-demo-part="${part.dataset.demoPart}"]`);
      if (replacement) part.replaceChildren(...replacement.childNodes);
    }
    const view = main().querySelector('.issue-view');
    if (!view) return;
    for (const template of view.querySelectorAll(':scope > template')) template.remove();
    for (const template of fresh.content.querySelectorAll('.issue-view > template')) view.append(template);
  }

  async function post(key, action, body) {
    await fetch(`/rest/fieldguard-demo/issue/${key}/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  const issueKey = () => main().querySelector('template[data-demo-template="transitions"]')?.dataset.issueKey;
  const template = (name) => main().querySelector(`template[data-demo-template="${name}"]`);
  const menu = () => portal().querySelector('[role="listbox"]');

  function closePopups() {
    portal().replaceChildren();
    for (const button of document.querySelectorAll('button[aria-expanded="true"]')) button.setAttribute('aria-expanded', 'false');
  }

  function openTransitions(button) {
    const popup = template('transitions').content.firstElementChild.cloneNode(true);
    const box = button.getBoundingClientRect();
    popup.style.top = `${box.bottom + window.scrollY + 4}px`;
    popup.style.left = `${box.left + window.scrollX}px`;
    const wrapper = document.createElement('div');
    wrapper.className = 'atlaskit-portal';
    wrapper.append(popup);
    portal().replaceChildren(wrapper);
    button.setAttribute('aria-expanded', 'true');
    popup.querySelector('[role="listbox"]').focus();
  }

  function highlight(option) {
    for (const other of menu().querySelectorAll('[role="option"]')) other.setAttribute('aria-selected', String(other === option));
  }

  async function choose(option) {
    const key = issueKey();
    const id = option.dataset.transitionId;
    closePopups();
    if (option.dataset.hasScreen === 'true') {
      const wrapper = document.createElement('div');
      wrapper.className = 'atlaskit-portal';
      wrapper.append(template(`screen-${id}`).content.cloneNode(true));
      portal().replaceChildren(wrapper);
      wrapper.querySelector('select')?.focus();
      return;
    }
    await post(key, 'transition', { transition: id, fields: {} });
    await refresh();
  }

  async function submitScreen(form) {
    const dialog = form.closest('[role="dialog"]');
    const select = form.querySelector('select[name="resolution"]');
    const error = form.querySelector('.field-error');
    if (select.value === '') {
      error.hidden = false;
      select.setAttribute('aria-invalid', 'true');
      return;
    }
    const fields = { resolution: { name: select.selectedOptions[0].textContent } };
    await post(dialog.dataset.issueKey, 'transition', { transition: dialog.dataset.transitionId, fields });
    closePopups();
    await refresh();
  }

  function edit(container) {
    if (container.querySelector('select')) return;
    const field = container.dataset.demoEdit;
    const select = template(`edit-${field}`).content.firstElementChild.cloneNode(true);
    container.replaceChildren(select);
    select.focus();
    select.addEventListener('change', async () => {
      await post(issueKey(), 'field', { field, value: select.value });
      await refresh();
    });
    select.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') refresh();
    });
  }

  document.addEventListener('click', (event) => {
    const target = event.target;
    const option = target.closest('[role="option"][data-transition-id]');
    if (option) return void choose(option);
    const statusButton = target.closest('[data-demo-part="status"] button');
    if (statusButton) {
      const open = statusButton.getAttribute('aria-expanded') === 'true';
      closePopups();
      if (!open) openTransitions(statusButton);
      return;
    }
    if (target.closest('[data-demo-cancel]')) return void closePopups();
    if (menu() && !target.closest('[role="listbox"]')) closePopups();
    const editable = target.closest('[data-demo-edit]');
    if (editable) return void edit(editable);
    const link = target.closest('a[href]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const url = new URL(link.href);
    if (!isAppPath(url)) return;
    event.preventDefault();
    history.pushState({}, '', url);
    navigate(url.pathname + url.search);
  });

  document.addEventListener('mouseover', (event) => {
    const option = event.target.closest('[role="option"][data-transition-id]');
    if (option && menu()?.contains(option)) highlight(option);
  });

  document.addEventListener('keydown', (event) => {
    const list = menu();
    if (!list) return;
    const options = [...list.querySelectorAll('[role="option"]')];
    const index = options.findIndex((option) => option.getAttribute('aria-selected') === 'true');
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight(options[(index + step + options.length) % options.length]);
    } else if (event.key === 'Enter' && index >= 0) {
      event.preventDefault();
      choose(options[index]);
    } else if (event.key === 'Escape') {
      closePopups();
    }
  });

  document.addEventListener('change', (event) => {
    const field = event.target.closest('[role="dialog"] select[aria-invalid="true"]');
    if (!field || field.value === '') return;
    field.removeAttribute('aria-invalid');
    document.getElementById(field.getAttribute('aria-describedby')).hidden = true;
  });

  document.addEventListener('submit', (event) => {
    const form = event.target.closest('[role="dialog"] form');
    if (!form) return;
    event.preventDefault();
    submitScreen(form);
  });

  window.addEventListener('popstate', () => navigate(currentPath()));
})();
