// Keeps the header's unread-notice count current without a reload: fetches the small badge fragment
// every data-refresh-seconds while the page is visible. It stops asking once the user has been idle
// for 25 minutes, so an open tab does not keep an idle session alive (sessions end after 30 idle
// minutes), and for good once the session has ended.
(function () {
  var IDLE_LIMIT_MS = 25 * 60 * 1000;
  var lastActivity = Date.now();
  var stopped = false;
  ['keydown', 'mousedown', 'touchstart', 'wheel'].forEach(function (name) {
    document.addEventListener(name, function () { lastActivity = Date.now(); }, { passive: true });
  });

  function badge() {
    return document.getElementById('notice-badge');
  }

  function refresh() {
    var current = badge();
    if (stopped || !current || document.visibilityState !== 'visible' || Date.now() - lastActivity > IDLE_LIMIT_MS) {
      return;
    }
    fetch(current.getAttribute('data-refresh-url'), {
      credentials: 'same-origin',
      headers: { 'Accept': 'text/html', 'HX-Request': 'true' }
    }).then(function (response) {
      if (response.redirected || !response.ok) {
        stopped = response.redirected || response.status === 401 || response.status === 403;
        return null;
      }
      return response.text();
    }).then(function (html) {
      var target = badge();
      if (!html || !target) {
        return;
      }
      var holder = document.createElement('div');
      holder.innerHTML = html.trim();
      var fresh = holder.querySelector('#notice-badge');
      if (fresh && fresh.innerHTML !== target.innerHTML) {
        target.replaceWith(fresh);
      }
    }).catch(function () { /* offline for a moment: the next round tries again */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var current = badge();
    if (!current) {
      return;
    }
    var seconds = parseInt(current.getAttribute('data-refresh-seconds'), 10) || 30;
    window.setInterval(refresh, seconds * 1000);
    document.addEventListener('visibilitychange', refresh);
  });
})();
