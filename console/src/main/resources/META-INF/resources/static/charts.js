// Draws each chart from the JSON next to it (<div class="chart" data-chart="id"> + <script type="application/json" id="id">).
// The same numbers are in the table beside the chart; the chart is only a picture of them.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var palette = ['#1d4f91', '#6b9bd1', '#9b1c1c', '#d99a29', '#1e7b34', '#7a5195'];
  document.querySelectorAll('[data-chart]').forEach(function (node) {
    var source = document.getElementById(node.getAttribute('data-chart'));
    if (!source) { return; }
    var spec = JSON.parse(source.textContent);
    var chart = echarts.init(node, null, { renderer: 'svg' });
    var option;
    if (spec.type === 'pie') {
      option = {
        color: palette, tooltip: { trigger: 'item' }, legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['40%', '68%'], data: spec.labels.map(function (l, i) { return { name: l, value: spec.series[0].data[i] }; }) }]
      };
    } else {
      option = {
        color: palette, tooltip: { trigger: 'axis' }, legend: { top: 0 },
        grid: { left: 60, right: 16, top: 32, bottom: spec.horizontal ? 24 : 48, containLabel: true },
        xAxis: spec.horizontal ? { type: 'value' } : { type: 'category', data: spec.labels, axisLabel: { rotate: spec.labels.length > 8 ? 45 : 0 } },
        yAxis: spec.horizontal ? { type: 'category', data: spec.labels, inverse: true } : { type: 'value' },
        series: spec.series.map(function (s) { return { name: s.name, type: s.type || 'bar', stack: s.stack, data: s.data }; })
      };
    }
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
