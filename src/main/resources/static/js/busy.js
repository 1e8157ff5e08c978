// Slow actions (opening an issue, sending to sign-off, approving, urging) take seconds: every form that
// posts shows that it is working and cannot be sent twice. A form opts out with data-no-busy.
(function () {
  function busyText() {
    var meta = document.querySelector('meta[name="busy-text"]');
    return meta ? meta.content : '…';
  }

  function markBusy(button) {
    if (!button || button.disabled) {
      return;
    }
    button.setAttribute('data-idle-text', button.textContent);
    button.textContent = busyText();
    button.classList.add('is-busy');
    button.disabled = true;
  }

  function release(root) {
    root.removeAttribute('aria-busy');
    root.removeAttribute('data-busy');
    var buttons = root.matches('button') ? [root] : root.querySelectorAll('button.is-busy');
    Array.prototype.forEach.call(buttons, function (button) {
      if (button.hasAttribute('data-idle-text')) {
        button.textContent = button.getAttribute('data-idle-text');
        button.removeAttribute('data-idle-text');
      }
      button.classList.remove('is-busy');
      button.disabled = false;
    });
  }

  // Registered on window, so it runs after the confirmation handlers on the body (a cancelled
  // confirmation sends nothing and leaves the form as it was).
  window.addEventListener('submit', function (event) {
    var form = event.target;
    if ((form.method || '').toLowerCase() !== 'post' || form.hasAttribute('data-no-busy')) {
      return;
    }
    if (form.hasAttribute('data-busy')) {
      event.preventDefault();
      return;
    }
    if (event.defaultPrevented) {
      return;
    }
    form.setAttribute('data-busy', '');
    form.setAttribute('aria-busy', 'true');
    var submitter = event.submitter;
    // A disabled button is not sent: keep its name and value (e.g. decision=APPROVE) in the form.
    if (submitter && submitter.name) {
      var carried = document.createElement('input');
      carried.type = 'hidden';
      carried.name = submitter.name;
      carried.value = submitter.value;
      carried.setAttribute('data-carried', '');
      form.appendChild(carried);
    }
    markBusy(submitter || form.querySelector('button[type=submit], button:not([type])'));
    Array.prototype.forEach.call(form.querySelectorAll('button[type=submit], button:not([type])'), function (b) {
      b.disabled = true;
    });
  });

  // A page restored from the back/forward cache must not stay disabled.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      Array.prototype.forEach.call(document.querySelectorAll('form[data-busy]'), function (form) {
        Array.prototype.forEach.call(form.querySelectorAll('[data-carried]'), function (input) {
          input.remove();
        });
        Array.prototype.forEach.call(form.querySelectorAll('button'), function (b) { b.disabled = false; });
        release(form);
      });
    }
  });

  // htmx requests: the element that sent shows htmx's own indicator class (htmx-request) and its
  // buttons are disabled until the answer is in.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var elt = event.detail.elt;
    elt.setAttribute('aria-busy', 'true');
    var buttons = elt.matches('button') ? [elt] : elt.querySelectorAll('button');
    Array.prototype.forEach.call(buttons, function (b) {
      if (!b.disabled) {
        b.disabled = true;
        b.classList.add('is-busy');
      }
    });
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    var elt = event.detail.elt;
    elt.removeAttribute('aria-busy');
    var buttons = elt.matches('button') ? [elt] : elt.querySelectorAll('button.is-busy');
    Array.prototype.forEach.call(buttons, function (b) {
      b.classList.remove('is-busy');
      b.disabled = false;
    });
  });
})();
