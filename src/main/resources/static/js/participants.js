// Contribution page: after htmx re-renders the draft editor (move, add, remove an item), put keyboard
// focus where the server marked it with autofocus — on the moved item, the new box, or the section's
// add button — rather than on whatever now carries the id the focus had before.
document.addEventListener('htmx:afterSettle', function () {
  var marked = document.querySelector('#contribution-editor [autofocus]');
  if (marked) {
    marked.focus();
  }
});
