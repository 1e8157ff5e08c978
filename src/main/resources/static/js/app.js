// Sends the CSRF token with every htmx request, and confirms dangerous actions.
document.addEventListener('DOMContentLoaded', function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // htmx leaves 4xx/5xx responses unswapped; the server answers a failed htmx request either with the
  // part to redraw (400/409 keep what the user typed) or with an alert retargeted into #flash.
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr.status === 400 || xhr.status === 409 || xhr.getResponseHeader('HX-Retarget')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
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
  document.body.addEventListener('submit', function (event) {
    if (event.target.hasAttribute('data-busy')) {
      return; // already being sent (js/busy.js refuses it): no second confirmation
    }
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
});
