/* global document, window */
// The demo's stand-in for the platform's form scripts: UI policies on state, the priority data lookup, the
// reference typeahead, the mandatory check on submit and the few g_form methods extensions call.
(function () {
  'use strict';
  var table = document.getElementById('sys_target').value;
  var form = document.forms[table + '.do'];
  var byId = function (id) { return document.getElementById(id); };
  var PRIORITY = { 11: '1', 12: '2', 13: '3', 21: '2', 22: '3', 23: '4', 31: '3', 32: '4', 33: '5' };

  function hasState(attribute, container, state) {
    var states = container.getAttribute(attribute);
    return states !== null && states.split(' ').indexOf(state) !== -1;
  }

  function applyStatePolicies() {
    var stateInput = byId(table + '.state');
    var state = stateInput ? stateInput.value : '';
    form.querySelectorAll('[data-shown-in-states]').forEach(function (container) {
      container.style.display = hasState('data-shown-in-states', container, state) ? '' : 'none';
    });
    form.querySelectorAll('[data-mandatory-in-states]').forEach(function (container) {
      var mandatory = hasState('data-mandatory-in-states', container, state);
      var marker = byId('status.' + container.id.slice('element.'.length));
      marker.classList.toggle('mandatory', mandatory);
      marker.setAttribute('mandatory', String(mandatory));
      marker.hidden = !mandatory;
    });
  }

  function lookupPriority() {
    var shown = byId('sys_readonly.' + table + '.priority');
    var impact = byId(table + '.impact');
    var urgency = byId(table + '.urgency');
    if (!shown || !impact || !urgency) return;
    var priority = PRIORITY[impact.value + urgency.value];
    if (!priority) return;
    byId(table + '.priority').value = priority;
    shown.value = priority;
  }

  function resolveReference(display) {
    var field = display.id.slice('sys_display.'.length);
    var option = Array.prototype.find.call(display.list ? display.list.options : [], function (candidate) {
      return candidate.value === display.value;
    });
    byId(field).value = option ? option.getAttribute('data-sys-id') : '';
  }

  function fieldLabel(container) {
    var text = container.querySelector('span.label-text');
    return text ? text.textContent : container.id;
  }

  function missingMandatory() {
    var missing = [];
    form.querySelectorAll('span.mandatory').forEach(function (marker) {
      var field = marker.id.slice('status.'.length);
      var container = byId('element.' + field);
      var input = byId(field);
      var display = byId('sys_display.' + field);
      var value = display ? display.value : input && input.value;
      if (container && container.style.display !== 'none' && !String(value || '').trim()) missing.push(fieldLabel(container));
    });
    return missing;
  }

  function showFormError(text) {
    var messages = byId('output_messages');
    messages.textContent = '';
    var box = document.createElement('div');
    box.className = 'outputmsg outputmsg_error notification notification-error';
    var span = document.createElement('span');
    span.className = 'outputmsg_text';
    span.textContent = text;
    box.appendChild(span);
    messages.appendChild(box);
  }

  form.addEventListener('change', function (event) {
    var target = event.target;
    if (target.id === table + '.state') applyStatePolicies();
    if (target.id === table + '.impact' || target.id === table + '.urgency') lookupPriority();
  });
  form.addEventListener('input', function (event) {
    if (event.target.id.indexOf('sys_display.') === 0) resolveReference(event.target);
  });
  form.addEventListener('submit', function (event) {
    var missing = missingMandatory();
    if (missing.length === 0) return;
    event.preventDefault();
    showFormError('The following mandatory fields are not filled in: ' + missing.join(', '));
  });

  window.g_form = {
    getTableName: function () { return table; },
    getUniqueValue: function () { return byId('sys_uniqueValue').value; },
    getValue: function (field) {
      var input = byId(table + '.' + field);
      return input ? input.value : '';
    },
    showFieldMsg: function (field, message, type) {
      var container = byId('element.' + table + '.' + field);
      if (!container) return;
      var holder = container.querySelector('.input_controls');
      var box = document.createElement('div');
      box.className = 'fieldmsg-container';
      var text = document.createElement('div');
      text.className = 'fieldmsg notification notification-' + (type || 'info');
      text.textContent = message;
      box.appendChild(text);
      holder.appendChild(box);
    },
    hideFieldMsg: function (field) {
      var container = byId('element.' + table + '.' + field);
      if (container) container.querySelectorAll('.fieldmsg-container').forEach(function (box) { box.remove(); });
    },
  };
})();
