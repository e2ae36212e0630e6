/* global document, window, location, history, fetch, Element, Event */
// The demo Lightning Experience's behaviour: pushState navigation with cached page hosts, inline edit with
// Save, the Path's stage selection, picklist comboboxes and tabs. It stands in for Aura; nothing here is
// FieldGuard's.
'use strict';

(() => {
  const DEMO = '/__demo/salesforce';
  const MAX_HOSTS = 3;

  const stage = () => document.querySelector('.oneCenterStage > section.oneConsoleTab') || document.querySelector('.oneCenterStage');

  /** Lightning keeps the host of the view it leaves, inactive, and shows a placeholder host while loading the next. */
  async function show(url) {
    const root = stage();
    const isConsole = root.matches('section');
    for (const host of root.querySelectorAll('.lafPageHost.active')) host.classList.remove('active');
    const host = document.createElement('div');
    host.className = `${isConsole ? 'windowViewMode-maximized' : 'windowViewMode-normal'} oneContent lafPageHost active`;
    host.dataset.demoUrl = url;
    host.innerHTML = '<div class="demo-loading" role="status">Loading…</div>';
    root.append(host);
    const hosts = [...root.querySelectorAll('.lafPageHost')];
    for (const old of hosts.slice(0, Math.max(0, hosts.length - MAX_HOSTS))) old.remove();
    await render(host, url);
  }

  async function render(host, url) {
    const response = await fetch(`${DEMO}/page?url=${encodeURIComponent(url)}`);
    const view = await response.json();
    host.innerHTML = view.content;
    document.title = `${view.title} | Salesforce`;
    document.querySelector('.demo-modal-root').innerHTML = view.modal;
  }

  function refresh() {
    const host = document.querySelector('.lafPageHost.active');
    return render(host, host.dataset.demoUrl);
  }

  function navigate(url) {
    history.pushState({}, '', url);
    void show(url);
  }

  function legacyTarget() {
    const match = /^#\/sObject\/([A-Za-z0-9]+)/.exec(location.hash);
    return match ? `/lightning/r/${match[1]}/view` : '/lightning/page/home';
  }

  async function swapLayout(broker, mode, focusLabel) {
    const block = broker.querySelector('records-record-layout-block');
    const response = await fetch(`${DEMO}/layout/${block.dataset.recordId}?mode=${mode}`);
    broker.innerHTML = await response.text();
    const box = focusLabel && [...broker.querySelectorAll('records-record-layout-item')].find((item) => item.getAttribute('field-label') === focusLabel);
    const control = box && box.querySelector('input, textarea, button[role="combobox"]');
    if (control) control.focus();
  }

  function editedValues(form) {
    const fields = {};
    for (const box of form.querySelectorAll('[data-target-selection-name]')) {
      const name = box.getAttribute('data-target-selection-name').split('.')[2];
      const combobox = box.querySelector('button[role="combobox"]');
      const nameInputs = box.querySelector('lightning-input-name');
      const control = box.querySelector('lightning-input input, lightning-datepicker input, textarea');
      if (combobox) fields[name] = combobox.dataset.value || null;
      else if (nameInputs) {
        fields.FirstName = nameInputs.querySelector('input[name="firstName"]').value;
        fields.LastName = nameInputs.querySelector('input[name="lastName"]').value;
      } else if (control) fields[name] = control.value;
    }
    return fields;
  }

  function clearErrors(form) {
    for (const box of form.querySelectorAll('.slds-has-error')) box.classList.remove('slds-has-error');
    for (const help of form.querySelectorAll('.slds-form-element__help')) help.remove();
  }

  /** The app's own validation: "Complete this field." under each field in error, and the page-level snag. */
  function showErrors(form, errors) {
    for (const [name, message] of Object.entries(errors)) {
      const box = form.querySelector(`[data-target-selection-name$=".${name}"]`);
      if (!box) continue;
      box.classList.add('slds-has-error');
      const help = document.createElement('div');
      help.className = 'slds-form-element__help';
      help.setAttribute('role', 'alert');
      help.textContent = message;
      box.querySelector('.slds-form-element__control').append(help);
    }
    const snag = form.parentElement.querySelector('.demo-save-error');
    if (snag) snag.classList.remove('slds-hide');
  }

  async function save(recordId, fields) {
    const response = await fetch(`${DEMO}/records/${recordId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fields }),
    });
    return { ok: response.ok, body: await response.json() };
  }

  async function saveEdit(button) {
    const form = button.closest('records-record-layout-event-broker, records-record-edit-form');
    const block = form.querySelector('records-record-layout-block');
    clearErrors(form);
    const result = await save(block.dataset.recordId, editedValues(form));
    if (!result.ok) {
      showErrors(form, result.body.errors);
      return;
    }
    if (form.matches('records-record-edit-form')) history.replaceState({}, '', location.pathname.replace(/\/edit$/, '/view'));
    const host = document.querySelector('.lafPageHost.active');
    host.dataset.demoUrl = location.pathname + location.search;
    await refresh();
  }

  function selectStage(item) {
    const path = item.closest('.slds-path');
    for (const other of path.querySelectorAll('li.slds-path__item')) {
      other.classList.remove('slds-is-active');
      other.querySelector('a').setAttribute('aria-selected', 'false');
    }
    item.classList.add('slds-is-active');
    item.querySelector('a').setAttribute('aria-selected', 'true');
    const button = path.querySelector('button.slds-path__mark-complete');
    const label = button.dataset.demoLabel;
    const isCurrent = item.classList.contains('slds-is-current');
    button.textContent = isCurrent ? `Mark ${label} as Complete` : `Mark as Current ${label}`;
    button.classList.toggle('current', isCurrent);
    button.classList.toggle('active', !isCurrent);
  }

  async function markStage(button) {
    const path = button.closest('.slds-path');
    const items = [...path.querySelectorAll('li.slds-path__item')];
    const current = items.find((item) => item.classList.contains('slds-is-current'));
    const selected = items.find((item) => item.classList.contains('slds-is-active')) || current;
    const target = selected === current ? items[items.indexOf(current) + 1] : selected;
    // Lightning asks which closed stage in a dialog; the demo has no such dialog.
    if (!target || target.dataset.name === 'Closed') return;
    const result = await save(path.dataset.demoRecord, { [path.dataset.demoField]: target.dataset.name });
    if (result.ok) await refresh();
  }

  function toggleCombobox(button) {
    const dropdown = button.nextElementSibling;
    dropdown.classList.toggle('slds-hide');
    button.setAttribute('aria-expanded', String(!dropdown.classList.contains('slds-hide')));
  }

  function chooseOption(option) {
    const combobox = option.closest('lightning-base-combobox');
    const button = combobox.querySelector('button[role="combobox"]');
    button.dataset.value = option.dataset.value;
    button.querySelector('span').textContent = option.textContent;
    toggleCombobox(button);
    button.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function showTab(link) {
    const tabset = link.closest('lightning-tabset');
    for (const item of tabset.querySelectorAll('.slds-tabs_default__item')) item.classList.toggle('slds-is-active', item.contains(link));
    for (const panel of tabset.querySelectorAll('[data-tab-panel]')) {
      const shown = panel.dataset.tabPanel === link.dataset.tab;
      panel.classList.toggle('slds-show', shown);
      panel.classList.toggle('slds-hide', !shown);
    }
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const link = target.closest('a[href^="/lightning/"]');
    if (link) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      navigate(link.getAttribute('href'));
      return;
    }
    const pencil = target.closest('button.trigger-inline-edit');
    if (pencil) return void swapLayout(pencil.closest('records-record-layout-event-broker'), 'edit', pencil.title.replace(/^Edit /, ''));
    const editButton = target.closest('records-highlights2 button[name="Edit"]');
    if (editButton) return navigate(location.pathname.replace(/\/view$/, '/edit'));
    const saveButton = target.closest('button[name="SaveEdit"]');
    if (saveButton) return void saveEdit(saveButton);
    const cancel = target.closest('button[name="CancelEdit"]');
    if (cancel) {
      const modal = cancel.closest('records-record-edit-form');
      if (!modal) return void swapLayout(cancel.closest('records-record-layout-event-broker'), 'view');
      document.querySelector('.demo-modal-root').innerHTML = '';
      return history.replaceState({}, '', location.pathname.replace(/\/edit$/, '/view'));
    }
    const stageLink = target.closest('li.slds-path__item > a');
    if (stageLink) return selectStage(stageLink.parentElement);
    const mark = target.closest('button.slds-path__mark-complete');
    if (mark) return void markStage(mark);
    const combobox = target.closest('button[role="combobox"]');
    if (combobox) return toggleCombobox(combobox);
    const option = target.closest('lightning-base-combobox-item');
    if (option) return chooseOption(option);
    const tab = target.closest('a[data-tab]');
    if (tab) return showTab(tab);
  });

  window.addEventListener('popstate', () => {
    void show(location.pathname === '/one/one.app' ? legacyTarget() : location.pathname + location.search);
  });

  if (location.pathname === '/one/one.app') {
    void render(document.querySelector('.lafPageHost.active'), legacyTarget());
    window.addEventListener('hashchange', () => void show(legacyTarget()));
  }
})();
