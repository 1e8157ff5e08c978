// Sends the CSRF token with every htmx request, and confirms dangerous actions.
document.addEventListener('DOMContentLoaded', function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.body.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
});
