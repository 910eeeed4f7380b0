// The map page: world-atlas countries (redrawn per UN GA positions) shaded by events, places as
// circles, movements as arrows. Data comes from the page itself (JSON block), shapes from
// /static/vendor; nothing leaves this machine. Text is set with textContent only.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var box = document.getElementById("map");
  var block = document.getElementById("map-data");
  if (!box || !block || !window.d3 || !window.topojson) return;
  var data = JSON.parse(block.textContent);

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function tip(node, text) { el("title", {}, node).textContent = text; return node; }

  var counts = {}, max = 0;
  (data.countries || []).forEach(function (c) { counts[c.iso3] = c.count; if (c.count > max) max = c.count; });
  var SHADES = ["#fdeedd", "#fdd0a2", "#fdae6b", "#f16913", "#a63603"];
  function shade(n) {  // log steps from SHADES[1] (one event) to the last (the most); the palest is unused
    if (!n) return "#e9e5dd";
    var top = SHADES.length - 1;
    var step = max <= 1 ? top : 1 + Math.min(top - 1, Math.floor(Math.log(n) / Math.log(max) * (top - 1) + 1e-9));
    return SHADES[step];
  }

  fetch("/static/vendor/countries-110m-2.0.2-un.json").then(function (r) { return r.json(); }).then(function (topo) {
    var width = box.clientWidth || 960, height = box.clientHeight || 480;
    box.textContent = "";
    var svg = el("svg", { viewBox: "0 0 " + width + " " + height, "aria-label": "map" }, box);
    var defs = el("defs", {}, svg);
    var marker = el("marker", { id: "arrowhead", viewBox: "0 0 10 10", refX: "9", refY: "5", markerWidth: "7",
      markerHeight: "7", orient: "auto-start-reverse" }, defs);
    el("path", { d: "M0,0L10,5L0,10z", fill: "#22384f" }, marker);

    var features = data.features || [];
    var points = [];
    features.forEach(function (f) {
      var c = f.geometry.coordinates;
      if (f.geometry.type === "Point") points.push(c); else c.forEach(function (p) { points.push(p); });
    });
    var projection = d3.geoNaturalEarth1();
    function fit(world) {
      if (world || !points.length) { projection.fitSize([width, height], { type: "Sphere" }); return; }
      var xs = points.map(function (p) { return p[0]; }), ys = points.map(function (p) { return p[1]; });
      var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
      var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, w = Math.max(x1 - x0, 40) * 0.65, h = Math.max(y1 - y0, 20) * 0.65;
      projection.fitExtent([[10, 10], [width - 10, height - 10]], { type: "MultiPoint", coordinates: [
        [Math.max(cx - w, -180), Math.max(cy - h, -85)], [Math.min(cx + w, 180), Math.min(cy + h, 85)]] });
    }
    var layer = el("g", {}, svg);
    var countries = topojson.feature(topo, topo.objects.countries).features;
    var drawn = { countries: 0, places: 0, arrows: 0 };

    function draw() {
      layer.textContent = "";
      drawn = { countries: 0, places: 0, arrows: 0 };
      var path = d3.geoPath(projection);
      el("path", { class: "sphere", d: path({ type: "Sphere" }) }, layer);
      countries.forEach(function (f) {
        var p = f.properties || {}, n = counts[p.iso3] || 0;
        var d = path(f);
        if (!d) return;
        var node = el("path", { class: "country", d: d, fill: shade(n), "data-iso3": p.iso3 || "" }, layer);
        tip(node, (p.name || "?") + ": " + n + " event" + (n === 1 ? "" : "s") + (p.note ? " — " + p.note : ""));
        drawn.countries++;
      });
      el("path", { class: "border", d: path(topojson.mesh(topo, topo.objects.countries, function (a, b) { return a !== b; })) }, layer);
      var unresolved = { type: "FeatureCollection", features: countries.filter(function (f) { return f.properties.status === "unresolved"; }) };
      el("path", { class: "unresolved", d: path(unresolved) || "" }, layer);

      var maxPlace = Math.max.apply(null, [1].concat(features.filter(function (f) { return f.properties.kind === "place"; })
        .map(function (f) { return f.properties.count; })));
      features.forEach(function (f) {
        var p = f.properties;
        if (p.kind !== "place") return;
        var xy = projection(f.geometry.coordinates);
        if (!xy) return;
        var colour = p.mean_score == null ? "#666" : p.mean_score < 0 ? "#d7301f" : "#2c7fb8";
        var node = el("circle", { class: "place", cx: xy[0].toFixed(1), cy: xy[1].toFixed(1),
          r: (3 + 9 * Math.sqrt(p.count / maxPlace)).toFixed(1), fill: colour }, layer);
        tip(node, p.name + (p.country ? " (" + p.country + ")" : "") + ": " + p.count + " event" + (p.count === 1 ? "" : "s") +
          ", mostly " + p.top_event + (p.mean_score == null ? "" : ", mean score " + p.mean_score));
        drawn.places++;
      });
      features.forEach(function (f) {
        var p = f.properties;
        if (p.kind !== "movement") return;
        var a = projection(f.geometry.coordinates[0]), b = projection(f.geometry.coordinates[1]);
        if (!a || !b) return;
        var dx = b[0] - a[0], dy = b[1] - a[1], len = Math.sqrt(dx * dx + dy * dy) || 1;
        var bend = Math.min(0.25 * len, 60), mx = (a[0] + b[0]) / 2 - dy / len * bend, my = (a[1] + b[1]) / 2 + dx / len * bend;
        var node = el("path", { class: "movement" + (p.possible ? " possible" : ""), "marker-end": "url(#arrowhead)",
          "stroke-width": (1.5 + Math.min(p.count, 10) * 0.4).toFixed(1),
          d: "M" + a[0].toFixed(1) + "," + a[1].toFixed(1) + "Q" + mx.toFixed(1) + "," + my.toFixed(1) + " " + b[0].toFixed(1) + "," + b[1].toFixed(1) }, layer);
        tip(node, p.origin + (p.origin_inferred ? " (actor's capital)" : "") + " → " + p.destination + ": " + p.count + " " +
          p.events.join(", ") + (p.possible ? " (announced or conditional)" : ""));
        drawn.arrows++;
      });
      svg.setAttribute("data-countries", drawn.countries);
      svg.setAttribute("data-places", drawn.places);
      svg.setAttribute("data-arrows", drawn.arrows);
    }

    var world = false;
    fit(world);
    draw();
    var legend = el("g", { class: "legend", transform: "translate(12," + (height - 22) + ")" }, svg);
    SHADES.slice(1).forEach(function (c, i) { el("rect", { x: i * 22, y: 0, width: 22, height: 10, fill: c }, legend); });
    el("text", { x: 0, y: -4 }, legend).textContent = "events per country: 1 … " + max;
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "map-toggle";
    toggle.textContent = points.length ? "Whole world" : "";
    if (points.length) {
      toggle.addEventListener("click", function () {
        world = !world; fit(world); draw(); toggle.textContent = world ? "Fit to events" : "Whole world";
      });
      box.parentNode.insertBefore(toggle, box.nextSibling);
    }
    box.setAttribute("data-ready", "true");
  }).catch(function (err) {
    box.textContent = "The map could not be drawn: " + err;
    box.setAttribute("data-ready", "error");
  });
})();
