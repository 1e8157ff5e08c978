// Compile page: reorder items by dragging (the up/down buttons do the same without a mouse) and keep the
// keyboard focus across htmx swaps. Which failed answers htmx swaps is its own configuration (fragments/layout).
document.addEventListener('DOMContentLoaded', function () {
  // After an item's change the section is replaced: give keyboard users their place back.
  var refocus = null;
  document.body.addEventListener('htmx:beforeRequest', function (event) {
    var item = event.detail.elt.closest && event.detail.elt.closest('li.item');
    var active = document.activeElement;
    refocus = item ? { item: item.id, testid: active && active.getAttribute('data-testid') } : null;
  });
  document.body.addEventListener('htmx:afterSettle', function () {
    var item = refocus && document.getElementById(refocus.item);
    if (item) {
      var target = (refocus.testid && item.querySelector('[data-testid="' + refocus.testid + '"]:not([disabled])'))
          || item.querySelector('textarea') || item.querySelector('button:not([disabled])');
      if (target) {
        target.focus();
      }
    }
    refocus = null;
  });

  var dragged = null;
  document.addEventListener('dragstart', function (event) {
    var handle = event.target.closest && event.target.closest('.drag-handle');
    if (!handle) {
      return;
    }
    dragged = handle.closest('li.item');
    dragged.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', dragged.getAttribute('data-item-id'));
    event.dataTransfer.setDragImage(dragged, 10, 10);
  });
  document.addEventListener('dragover', function (event) {
    var target = dragged && event.target.closest && event.target.closest('li.item');
    if (target && target !== dragged && target.parentNode === dragged.parentNode) {
      event.preventDefault();
      document.querySelectorAll('.drop-target').forEach(function (el) { el.classList.remove('drop-target'); });
      target.classList.add('drop-target');
    }
  });
  document.addEventListener('drop', function (event) {
    var target = dragged && event.target.closest && event.target.closest('li.item');
    if (!target || target === dragged || target.parentNode !== dragged.parentNode) {
      return;
    }
    event.preventDefault();
    var list = dragged.parentNode;
    var items = Array.prototype.slice.call(list.children);
    list.insertBefore(dragged, items.indexOf(dragged) < items.indexOf(target) ? target.nextSibling : target);
    submitOrder(list);
  });
  document.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('dragging');
    }
    document.querySelectorAll('.drop-target').forEach(function (el) { el.classList.remove('drop-target'); });
    dragged = null;
  });

  function submitOrder(list) {
    var form = document.getElementById(list.getAttribute('data-order-form'));
    if (!form) {
      return;
    }
    form.querySelectorAll('input[name="itemIds"]').forEach(function (input) { input.remove(); });
    list.querySelectorAll('li.item').forEach(function (item) {
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = 'itemIds';
      input.value = item.getAttribute('data-item-id');
      form.appendChild(input);
    });
    form.requestSubmit();
  }
});
