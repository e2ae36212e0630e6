/* global document, window, history, location, fetch */
// The demo agent UI's behaviour: Garden-like dropdowns, ticket tabs and links navigated with pushState (the
// pane of a ticket not open yet renders after its data arrives, as in Zendesk), and Submit through the API.
(function () {
  'use strict';

  var csrfToken = null;

  function activeWorkspace() {
    var layout = document.querySelector('.ticket-panes-grid-layout[data-is-active="true"]');
    return layout ? layout.closest('[data-ticket-id]') : null;
  }

  function showPage(kind) {
    document.querySelectorAll('[data-demo-page]').forEach(function (section) {
      section.hidden = section.getAttribute('data-demo-page') !== kind;
    });
    document.querySelectorAll('.zd-rail-link').forEach(function (link) {
      link.classList.toggle('is-current', kind !== null && link.getAttribute('data-test-id') === 'nav-' + (kind === 'view' ? 'views' : 'home'));
    });
  }

  function activateTicket(id) {
    document.querySelectorAll('[data-ticket-id]').forEach(function (workspace) {
      var active = workspace.getAttribute('data-ticket-id') === id;
      workspace.hidden = !active;
      var layout = workspace.querySelector('.ticket-panes-grid-layout');
      layout.setAttribute('data-is-active', String(active));
      layout.classList.toggle('active', active);
    });
    document.querySelectorAll('[data-test-id="header-tab"]').forEach(function (tab) {
      var selected = tab.getAttribute('data-entity-id') === id;
      tab.setAttribute('data-selected', String(selected));
      tab.setAttribute('aria-selected', String(selected));
    });
    document.title = 'Ticket #' + id + ' – Acme Support';
  }

  function deactivateTickets() {
    activateTicket('');
  }

  function openTicket(id) {
    if (document.querySelector('[data-ticket-id="' + id + '"]')) {
      showPage(null);
      activateTicket(id);
      return;
    }
    fetch('/demo/zendesk/ticket/' + id)
      .then(function (response) { return response.json(); })
      .then(function (parts) {
        if (location.pathname !== '/agent/tickets/' + id || !parts.workspace) return;
        var holder = document.createElement('div');
        holder.innerHTML = parts.tab;
        document.querySelector('[data-test-id="header-tablist"]').appendChild(holder.firstElementChild);
        holder.innerHTML = parts.workspace;
        document.querySelector('main').prepend(holder.firstElementChild);
        showPage(null);
        activateTicket(id);
      });
  }

  function route() {
    var path = location.pathname;
    var ticket = /^\/agent\/tickets\/(\d+)$/.exec(path);
    if (ticket) return openTicket(ticket[1]);
    deactivateTickets();
    if (/^\/agent\/filters\/\d+$/.test(path)) showPage('view');
    else if (path === '/agent/dashboard') showPage('dashboard');
    else showPage('other');
  }

  function navigate(path) {
    if (path === location.pathname) return;
    history.pushState({}, '', path);
    route();
  }

  function closeListboxes(except) {
    document.querySelectorAll('[role="listbox"]:not([hidden])').forEach(function (listbox) {
      if (listbox === except) return;
      listbox.hidden = true;
      var field = listbox.closest('.zd-field');
      var trigger = field && field.querySelector('[role="combobox"]');
      if (trigger) trigger.setAttribute('aria-expanded', 'false');
    });
  }

  function statusLabel(value) {
    var option = document.querySelector('[data-demo-field="status"] [role="option"][data-value="' + value + '"]');
    return option ? option.textContent : value;
  }

  function choose(option) {
    var field = option.closest('.zd-field');
    var kind = field.getAttribute('data-demo-field');
    var value = option.getAttribute('data-value');
    var name = option.textContent;
    var trigger = field.querySelector('[role="combobox"]');
    if (kind === 'assignee') {
      var parts = value.split(':');
      var group = parts[0] || '';
      var agent = parts[1] || '';
      var names = name.split('/');
      var data = ' data-group-id="' + group + '" data-agent-id="' + agent + '"';
      trigger.innerHTML = agent
        ? '<div data-test-id="assignee-field-selected-agent-tag" class="zd-assignee-tag"' + data + '><span title="' + names[0] + '">' + names[0] + '</span>/<span title="' + names[1] + '">' + names[1] + '</span></div>'
        : group
          ? '<div data-test-id="assignee-field-selected-group-tag" class="zd-assignee-tag" title="' + name + '"' + data + '>' + name + '</div>'
          : '<span data-garden-id="dropdowns.combobox.value" class="zd-placeholder"' + data + '>-</span>';
    } else if (kind === 'custom') {
      var shown = trigger.querySelector('[title]');
      shown.setAttribute('title', name);
      shown.setAttribute('data-value', value);
      shown.textContent = name;
    } else {
      var valueText = trigger.querySelector('[data-garden-id="dropdowns.combobox.value"]');
      valueText.setAttribute('data-value', value);
      valueText.textContent = name;
      if (kind === 'status') {
        field.closest('[data-test-id="ticket-footer"]').querySelector('.zd-submit strong').textContent = name;
      }
    }
    closeListboxes(null);
    trigger.focus();
  }

  function token() {
    if (csrfToken) return Promise.resolve(csrfToken);
    return fetch('/api/v2/users/me.json')
      .then(function (response) { return response.json(); })
      .then(function (body) { csrfToken = body.user && body.user.authenticity_token; return csrfToken; });
  }

  function valueOf(workspace, field) {
    var element = workspace.querySelector('[data-demo-field="' + field + '"] [data-value]');
    return element ? element.getAttribute('data-value') || null : null;
  }

  function submit(workspace) {
    var id = workspace.getAttribute('data-ticket-id');
    var tag = workspace.querySelector('[data-demo-field="assignee"] [data-group-id]');
    var notification = workspace.querySelector('[data-test-id="ticket_saving_error_notification"]');
    var customFields = Array.prototype.map.call(workspace.querySelectorAll('[data-test-id^="ticket-form-field-dropdown-field-"]'), function (field) {
      var shown = field.querySelector('[data-value]');
      return { id: Number(field.getAttribute('data-test-id').split('-').pop()), value: shown.getAttribute('data-value') || null };
    });
    var ticket = {
      subject: workspace.querySelector('[data-test-id="omni-header-subject"]').value,
      status: valueOf(workspace, 'status'),
      priority: valueOf(workspace, 'priority'),
      type: valueOf(workspace, 'type'),
      group_id: tag && tag.getAttribute('data-group-id') ? Number(tag.getAttribute('data-group-id')) : null,
      assignee_id: tag && tag.getAttribute('data-agent-id') ? Number(tag.getAttribute('data-agent-id')) : null,
      custom_fields: customFields,
    };
    token()
      .then(function (csrf) {
        return fetch('/api/v2/tickets/' + id + '.json', {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf || '' },
          body: JSON.stringify({ ticket: ticket }),
        });
      })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        if (!result.ok) {
          var details = result.body.details || {};
          var messages = Object.keys(details).map(function (key) { return details[key][0].description; });
          notification.textContent = 'Ticket #' + id + ' could not be updated. ' + (messages.join(' ') || result.body.description || result.body.error);
          notification.hidden = false;
          return;
        }
        notification.hidden = true;
        var badge = document.querySelector('[data-test-id="header-tab"][data-entity-id="' + id + '"] .zd-tab-status');
        badge.className = 'zd-tab-status zd-status-' + result.body.ticket.status;
        badge.textContent = statusLabel(result.body.ticket.status).charAt(0);
      });
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    var option = target.closest('[role="option"]');
    if (option) return choose(option);
    var trigger = target.closest('[role="combobox"]');
    var listbox = trigger && trigger.closest('.zd-field').querySelector('[role="listbox"]');
    if (listbox) {
      closeListboxes(listbox);
      listbox.hidden = !listbox.hidden;
      trigger.setAttribute('aria-expanded', String(!listbox.hidden));
      return;
    }
    closeListboxes(null);
    var tab = target.closest('[data-test-id="header-tab"]');
    if (tab) return navigate('/agent/tickets/' + tab.getAttribute('data-entity-id'));
    var button = target.closest('[data-demo-submit]');
    if (button) return submit(activeWorkspace());
    var link = target.closest('a[href^="/agent/"]');
    if (link) {
      event.preventDefault();
      navigate(link.getAttribute('href'));
    }
  });

  document.addEventListener('keydown', function (event) {
    var trigger = event.target.closest && event.target.closest('[role="combobox"], [data-test-id="header-tab"]');
    if (trigger && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      trigger.click();
    }
  });

  window.addEventListener('popstate', route);
})();
