// Draws the timeliness dashboard's charts with ECharts from the page's data block (no inline script:
// the CSP allows scripts from this origin only). The tables beside each chart carry the same figures.
(function () {
  'use strict';
  var dataBlock = document.getElementById('dashboard-data');
  var labelsBlock = document.getElementById('dashboard-labels');
  if (!dataBlock || !labelsBlock || typeof echarts === 'undefined') {
    return;
  }
  // The figures come as an escaped attribute, never as markup: a department's name cannot end a script element.
  var data = JSON.parse(dataBlock.dataset.chart);
  var labels = labelsBlock.dataset;
  var charts = [];

  function bar(name, values, color, stack) {
    return { name: name, type: 'bar', stack: stack, data: values, itemStyle: { color: color },
      emphasis: { focus: 'series' } };
  }

  function draw(elementId, option) {
    var element = document.getElementById(elementId);
    if (!element) {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    element.setAttribute('data-drawn', 'true');
    charts.push(chart);
  }

  var grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };
  var legend = { top: 0, type: 'scroll' };

  draw('chart-departments', {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: legend,
    grid: grid,
    xAxis: { type: 'value', name: labels.count, minInterval: 1 },
    yAxis: { type: 'category', data: data.departments, inverse: true },
    series: [
      bar(labels.onTime, data.onTime, '#2e7d32', 'count'),
      bar(labels.late, data.late, '#ef6c00', 'count'),
      bar(labels.notSubmitted, data.notSubmitted, '#c62828', 'count'),
      bar(labels.nothingToReport, data.nothingToReport, '#78909c', 'count'),
      bar(labels.pending, data.pending, '#b0bec5', 'count')
    ]
  });

  draw('chart-stages', {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: legend,
    grid: grid,
    xAxis: { type: 'value', name: labels.hours },
    yAxis: { type: 'category', data: data.issues, inverse: true },
    series: [
      bar(labels.drafting, data.drafting, '#1565c0', 'hours'),
      bar(labels.review, data.review, '#6a1b9a', 'hours'),
      bar(labels.compile, data.compile, '#00838f', 'hours'),
      bar(labels.signoff, data.signoff, '#ad1457', 'hours'),
      bar(labels.acknowledgement, data.acknowledgement, '#9e9d24', 'hours')
    ]
  });

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
