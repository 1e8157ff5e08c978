// Draws an issue's process diagram with the bpmn-js viewer and marks the steps it went through and
// where it is now. Without bpmn-js, or if anything fails, the server-drawn PNG is shown instead.
(function () {
  'use strict';

  function showPng(holder) {
    if (holder.querySelector('img.diagram-png')) {
      return;
    }
    var img = document.createElement('img');
    img.className = 'diagram-png';
    img.src = holder.getAttribute('data-fallback');
    img.alt = holder.getAttribute('data-fallback-alt');
    holder.appendChild(img);
    holder.classList.add('fallback');
  }

  // Sub-processes get only a coloured border (a filled box would hide the steps inside). Boundary
  // events (reminder, deadline, cancel) merely wait while their task runs: they count as passed only
  // when one of their outgoing flows was taken, and never as "the current step".
  function mark(canvas, registry, ids, marker, takenFlows) {
    ids.forEach(function (id) {
      var element = registry.get(id);
      if (!element) {
        return;
      }
      if (element.type === 'bpmn:SubProcess') {
        canvas.addMarker(id, marker + '-scope');
      } else if (element.type === 'bpmn:BoundaryEvent') {
        var fired = (element.outgoing || []).some(function (flow) { return takenFlows.indexOf(flow.id) >= 0; });
        if (marker === 'step-done' && fired) {
          canvas.addMarker(id, marker);
        }
      } else {
        canvas.addMarker(id, marker);
      }
    });
  }

  function draw(holder, diagram) {
    var canvasElement = document.createElement('div');
    canvasElement.className = 'diagram-canvas';
    holder.appendChild(canvasElement);
    var viewer = new window.BpmnJS({
      container: canvasElement,
      textRenderer: { defaultStyle: { fontFamily: holder.getAttribute('data-font'), fontSize: 12 } }
    });
    // The sign-off task is named per step at run time (审核, 签发 …); the model only has an expression.
    var xml = diagram.bpmnXml.split('${signoffStepName}').join(holder.getAttribute('data-signoff-label'));
    return viewer.importXML(xml).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      var taken = diagram.takenFlowIds || [];
      mark(canvas, registry, diagram.completedActivityIds || [], 'step-done', taken);
      mark(canvas, registry, taken, 'flow-taken', taken);
      mark(canvas, registry, diagram.activeActivityIds || [], 'step-current', taken);
      canvas.zoom('fit-viewport', 'auto');
      holder.classList.add('ready');
      holder.setAttribute('data-current', (diagram.activeActivityIds || []).join(' '));
      window.addEventListener('resize', function () {
        canvas.resized();
        canvas.zoom('fit-viewport', 'auto');
      });
      var zoom = document.getElementById('diagram-zoom');
      if (zoom) {
        zoom.hidden = false;
        zoom.addEventListener('click', function () {
          var enlarged = holder.classList.toggle('enlarged');
          zoom.setAttribute('aria-pressed', String(enlarged));
          zoom.textContent = zoom.getAttribute(enlarged ? 'data-zoom-out' : 'data-zoom-in');
          canvas.resized();
          canvas.zoom('fit-viewport', 'auto');
        });
      }
    });
  }

  function start() {
    var holder = document.getElementById('process-diagram');
    if (!holder) {
      return;
    }
    if (typeof window.BpmnJS !== 'function' || typeof window.fetch !== 'function') {
      showPng(holder);
      return;
    }
    fetch(holder.getAttribute('data-source'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('diagram ' + response.status);
        }
        return response.json();
      })
      .then(function (diagram) { return draw(holder, diagram); })
      .catch(function () {
        var canvas = holder.querySelector('.diagram-canvas');
        if (canvas) {
          canvas.remove();
        }
        showPng(holder);
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
