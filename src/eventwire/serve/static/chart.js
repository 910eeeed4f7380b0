// Timeline and dyad charts: uPlot over the JSON block beside each chart (x = ISO dates).
(function () {
  "use strict";
  if (!window.uPlot) return;
  function bars() { return uPlot.paths.bars({ size: [0.8, 40], align: 0 }); }
  document.querySelectorAll("figure.chart").forEach(function (figure) {
    var block = figure.querySelector('script[type="application/json"]');
    var target = figure.querySelector(".chart-canvas");
    if (!block || !target) return;
    var spec = JSON.parse(block.textContent);
    var xs = spec.x.map(function (d) { return Date.parse(d + "T00:00:00Z") / 1000; });
    var stacked = spec.kind === "bars" && spec.series.length > 1;
    var values = spec.series.map(function (s) { return s.values.slice(); });
    if (stacked) {  // cumulative sums so bars stack (drawn largest first)
      for (var i = 1; i < values.length; i++) values[i] = values[i].map(function (v, j) { return (v || 0) + (values[i - 1][j] || 0); });
    }
    var order = values.map(function (_, i) { return i; });
    if (stacked) order.reverse();
    var series = [{}].concat(order.map(function (i) {
      var s = spec.series[i];
      return spec.kind === "bars"
        ? { label: s.label, stroke: s.color, fill: s.color, paths: bars(), points: { show: false },
            value: function (u, v, si, idx) { return idx == null ? "" : String(spec.series[i].values[idx]); } }
        : { label: s.label, stroke: s.color, width: 2, spanGaps: true, points: { show: true, size: 5 } };
    }));
    var data = [xs].concat(order.map(function (i) { return values[i]; }));
    var width = Math.max(300, target.clientWidth || 800);
    // Pad the time axis by a period on each side (uPlot would stretch one lone day over years).
    var pad = { day: 86400, week: 7 * 86400, month: 31 * 86400, year: 366 * 86400 }[spec.interval] || 86400;
    var x0 = xs.length ? xs[0] - pad : 0, x1 = xs.length ? xs[xs.length - 1] + pad : 1;
    var least = 14 * 86400;  // at least a fortnight wide, so a lone day reads as a date, not as hours
    if (x1 - x0 < least) { var grow = (least - (x1 - x0)) / 2; x0 -= grow; x1 += grow; }
    var opts = { width: width, height: 240, series: series,
      scales: { x: { time: true, range: [x0, x1] }, y: spec.y === "score" ? { range: [-10, 10] } : { range: function (u, lo, hi) { return [0, Math.max(1, hi)]; } } },
      axes: [{}, { label: spec.y }] };
    new uPlot(opts, data, target);
    figure.setAttribute("data-ready", "true");
  });
})();
