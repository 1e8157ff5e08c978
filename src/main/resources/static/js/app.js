// Sends the CSRF token with every htmx request, and confirms dangerous actions.
document.addEventListener('DOMContentLoaded', function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // "Back" links of error pages (no inline script: the Content-Security-Policy allows none).
  document.body.addEventListener('click', function (event) {
    var back = event.target.closest('[data-history-back]');
    if (back) {
      event.preventDefault();
      history.back();
    }
  });
  // A message about what the user just did must be seen where they are: the first field error, confirmation
  // step or page message is scrolled into view and focused (screen readers read role=alert/status).
  function showMessage(root) {
    var target = root.querySelector('[data-focus-on-load]')
      || root.querySelector('.flash-area .alert.error, .flash-area .alert.success')
      || root.querySelector('[role=alert]');
    if (!target || target.offsetParent === null) {
      return;
    }
    if (!target.matches('input, textarea, select, button, a[href]') && !target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.scrollIntoView({block: 'center'});
    target.focus({preventScroll: true});
  }
  // After an action that returns to a place on a page (…#matrix), its message goes there, not to the page top.
  var flash = document.getElementById('flash');
  var place = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.substring(1))) : null;
  if (flash && place && !place.contains(flash) && flash.querySelector('.alert.success, .alert.error')) {
    var heading = place.querySelector('h2, h3');
    var anchor = heading && heading.closest('#' + CSS.escape(place.id) + ' > *');
    place.insertBefore(flash, anchor ? anchor.nextSibling : place.firstChild);
  }
  showMessage(document);
  if (place) {
    // Going to …#place the browser focuses that place (or the page) once it is loaded: the message again after it.
    window.addEventListener('load', function () {
      setTimeout(function () { showMessage(document); }, 0);
    });
  }
  document.body.addEventListener('htmx:afterSettle', function (event) {
    var target = event.detail.target;
    if (target && (target.id === 'flash' || target.querySelector('[role=alert], [data-focus-on-load]'))) {
      showMessage(target.id === 'flash' ? target.parentNode : target);
    }
  });
  // Bulk work: the items' checkboxes belong to the bulk form (form="…") while they sit in the list's rows.
  function picked(form) {
    return Array.prototype.filter.call(document.querySelectorAll('input[data-pick]'), function (box) {
      return box.form === form && box.checked;
    });
  }
  document.body.addEventListener('change', function (event) {
    var all = event.target.closest('input[data-pick-all]');
    if (!all) {
      return;
    }
    var form = document.getElementById(all.getAttribute('data-pick-all'));
    document.querySelectorAll('input[data-pick]').forEach(function (box) {
      if (box.form === form) {
        box.checked = all.checked;
      }
    });
  });
  document.body.addEventListener('submit', function (event) {
    if (event.target.hasAttribute('data-busy')) {
      return; // already being sent (js/busy.js refuses it): no second confirmation
    }
    var message = event.target.getAttribute('data-confirm');
    if (message && event.target.hasAttribute('data-confirm-picked')) {
      // Bulk work: the confirmation names how many items are selected (# in the message).
      message = message.replace('#', String(picked(event.target).length));
    }
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
});
