// The bulletin editor: shows the fields of each section's kind, brings the row a button changed back
// into view, and offers quick department selections. Everything works without it, only less handily.
(function () {
  'use strict';

  function count(picker) {
    var label = picker.querySelector('summary .count');
    if (!label) {
      return;
    }
    var checked = picker.querySelectorAll('.dept-grid input[type=checkbox]:checked').length;
    label.textContent = label.textContent.replace(/\d+/, String(checked));
  }

  function start() {
    var form = document.getElementById('bulletin-form');
    if (!form) {
      return;
    }
    form.addEventListener('change', function (event) {
      var target = event.target;
      if (target.classList.contains('section-kind')) {
        target.closest('.section-node').setAttribute('data-kind', target.value);
      }
      var picker = target.closest('.dept-picker');
      if (picker) {
        count(picker);
      }
    });
    form.querySelectorAll('.dept-tools').forEach(function (tools) {
      tools.hidden = false;
      tools.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-select]');
        if (!button) {
          return;
        }
        var kind = button.getAttribute('data-select');
        var picker = tools.closest('.dept-picker');
        picker.querySelectorAll('.dept-grid input[type=checkbox]').forEach(function (box) {
          if (kind === '') {
            box.checked = false;
          } else if (box.getAttribute('data-dept-kind') === kind) {
            box.checked = true;
          }
        });
        count(picker);
      });
    });
    var focus = form.getAttribute('data-focus');
    var element = focus && document.getElementById(focus);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
