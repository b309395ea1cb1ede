// Trend charts: draws the answer of /api/trend as an SVG chart (a line
// per query over years, grouped bars for places and types) with a table
// view of the same numbers, and offers them as CSV, SVG and PNG. The page
// loads this file as /static/trend.js; the server puts it inside the
// widget's script, so both draw the same chart. No library, no network.
// Every label is inserted as text (document values are never markup).

const TREND_COLORS = ["#0b57d0", "#b3261e", "#146c2e", "#8a4f00", "#6a3fb5"];
const TREND_DASH = ["", "6 3", "2 3", "8 3 2 3", "1 2"];
const TREND_METRICS = {
  paragraphs: "段落数",
  documents: "文件数",
  per_10k_chars: "每万字段落数",
};
// The fields a trend may be counted by, with their labels: year first, as
// it is the default.
const TREND_BY = Object.fromEntries(
  FACET_FIELDS.filter((f) => f.trend).sort((a, b) => (b.name === "year") - (a.name === "year")).map((f) => [f.name, f.label]));
const SVG_NS = "http://www.w3.org/2000/svg";

function trendSVG(tag, attrs, text) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function trendLabel(value, by) {
  if (value) return value;
  return by === "year" ? "年份未注明" : "未注明";
}

// trendNiceMax rounds a maximum up to 1, 2 or 5 times a power of ten.
function trendNiceMax(max) {
  if (max <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(max)));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

// trendChart draws the chart for one metric, width units wide (drawn at
// that many pixels, so text stays readable); it returns the <svg>.
function trendChart(trend, metric, idPrefix, width) {
  const buckets = trend.series[0].buckets.map((b, i) => ({ value: b.value, i })).filter((b) => b.value !== "");
  const W = width || 560, L = 44, R = 10, T = 12;
  const perRow = Math.max(1, Math.floor((W - L) / 96));
  const legendRows = Math.ceil(trend.series.length / perRow);
  const B = 40 + 16 * legendRows;
  const H = Math.round(W * 0.45) + B;
  const pw = W - L - R, ph = H - T - B;
  let max = 0;
  for (const s of trend.series) for (const b of buckets) max = Math.max(max, s.buckets[b.i][metric]);
  const top = trendNiceMax(max);
  const titleId = idPrefix + "-title", descId = idPrefix + "-desc";
  const svg = trendSVG("svg", {
    xmlns: SVG_NS, viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img",
    "aria-labelledby": titleId + " " + descId, class: "trend-chart", "font-family": "sans-serif", "font-size": 11,
  });
  const title = trend.series.map((s) => "“" + s.query + "”").join("、") + "的" + TREND_METRICS[metric] + "（按" + TREND_BY[trend.by] + "）";
  svg.append(trendSVG("title", { id: titleId }, title));
  svg.append(trendSVG("desc", { id: descId }, "数字见下方表格。"));
  svg.append(trendSVG("rect", { x: 0, y: 0, width: W, height: H, fill: "#fff" }));
  // Y axis with five ticks.
  for (let k = 0; k <= 4; k++) {
    const v = (top * k) / 4;
    const y = T + ph - (ph * k) / 4;
    svg.append(trendSVG("line", { x1: L, x2: W - R, y1: y, y2: y, stroke: k ? "#e3e7ea" : "#5b6670" }));
    svg.append(trendSVG("text", { x: L - 6, y: y + 4, "text-anchor": "end", fill: "#5b6670" }, String(+v.toFixed(2))));
  }
  svg.append(trendSVG("text", { x: 10, y: T + ph / 2, transform: `rotate(-90 10 ${T + ph / 2})`, "text-anchor": "middle", fill: "#1d2329" }, TREND_METRICS[metric]));
  svg.append(trendSVG("text", { x: L + pw / 2, y: T + ph + 32, "text-anchor": "middle", fill: "#1d2329" }, TREND_BY[trend.by]));
  if (!buckets.length) return svg;
  const step = pw / buckets.length;
  const every = Math.ceil(buckets.length / Math.max(2, Math.floor(pw / 48))); // labels 48 units apart at least
  buckets.forEach((b, k) => {
    if (k % every) return;
    const x = L + step * (k + 0.5);
    const label = b.value.length > 6 ? b.value.slice(0, 6) + "…" : b.value;
    svg.append(trendSVG("text", { x, y: T + ph + 16, "text-anchor": "middle", fill: "#1d2329" }, label));
  });
  const yOf = (v) => T + ph - (ph * v) / top;
  trend.series.forEach((s, si) => {
    const color = TREND_COLORS[si % TREND_COLORS.length];
    const g = trendSVG("g", { class: "series", "data-query": s.query });
    if (trend.by === "year") {
      const pts = buckets.map((b, k) => [L + step * (k + 0.5), yOf(s.buckets[b.i][metric])]);
      g.append(trendSVG("polyline", {
        points: pts.map((p) => p.join(",")).join(" "), fill: "none", stroke: color, "stroke-width": 2,
        "stroke-dasharray": TREND_DASH[si % TREND_DASH.length],
      }));
      pts.forEach((p, k) => {
        const c = trendSVG("circle", { cx: p[0], cy: p[1], r: 3.5, fill: color, class: "point" });
        c.append(trendSVG("title", {}, `${s.query} ${buckets[k].value}：${s.buckets[buckets[k].i][metric]}`));
        g.append(c);
      });
    } else {
      const bw = (step * 0.8) / trend.series.length;
      buckets.forEach((b, k) => {
        const v = s.buckets[b.i][metric];
        const x = L + step * k + step * 0.1 + bw * si;
        const r = trendSVG("rect", { x, y: yOf(v), width: Math.max(1, bw - 1), height: T + ph - yOf(v), fill: color, class: "bar" });
        r.append(trendSVG("title", {}, `${s.query} ${b.value}：${v}`));
        g.append(r);
      });
    }
    svg.append(g);
  });
  // Legend.
  trend.series.forEach((s, si) => {
    const x = L + (si % perRow) * 96, y = T + ph + 50 + 16 * Math.floor(si / perRow);
    svg.append(trendSVG("rect", { x, y: y - 8, width: 10, height: 10, fill: TREND_COLORS[si % TREND_COLORS.length] }));
    svg.append(trendSVG("text", { x: x + 14, y: y + 1, fill: "#1d2329" }, s.query.length > 8 ? s.query.slice(0, 8) + "…" : s.query));
  });
  return svg;
}

// trendTable is the table view of every number of the trend.
function trendTable(trend) {
  const t = document.createElement("table");
  t.className = "trend-table";
  const cap = document.createElement("caption");
  cap.textContent = "按" + TREND_BY[trend.by] + "统计：段落数、文件数、每万字段落数";
  t.append(cap);
  const head = document.createElement("tr");
  const th = (text, scope) => {
    const c = document.createElement("th");
    c.scope = scope;
    c.textContent = text;
    return c;
  };
  head.append(th(TREND_BY[trend.by], "col"));
  for (const s of trend.series) for (const m of Object.keys(TREND_METRICS)) head.append(th(s.query + " " + TREND_METRICS[m], "col"));
  const thead = document.createElement("thead");
  thead.append(head);
  const tbody = document.createElement("tbody");
  trend.series[0].buckets.forEach((b, i) => {
    const tr = document.createElement("tr");
    tr.append(th(trendLabel(b.value, trend.by), "row"));
    for (const s of trend.series) {
      for (const m of Object.keys(TREND_METRICS)) {
        const td = document.createElement("td");
        td.textContent = String(s.buckets[i][m]);
        td.dataset.metric = m;
        tr.append(td);
      }
    }
    tbody.append(tr);
  });
  t.append(thead, tbody);
  return t;
}

function trendCSV(trend) {
  const cell = (v) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  const rows = [["query", trend.by, "paragraphs", "documents", "chars", "per_10k_chars"]];
  for (const s of trend.series) for (const b of s.buckets) rows.push([s.query, b.value, b.paragraphs, b.documents, b.chars, b.per_10k_chars]);
  return "\ufeff" + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

function trendDownload(name, blob) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.rel = "noopener";
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

function trendPNG(svg, name) {
  const data = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(svg));
  const img = new Image();
  img.onload = () => {
    const c = document.createElement("canvas");
    c.width = svg.viewBox.baseVal.width * 2;
    c.height = svg.viewBox.baseVal.height * 2;
    const ctx = c.getContext("2d");
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    c.toBlob((b) => b && trendDownload(name, b), "image/png");
  };
  img.src = data;
}

// renderTrend fills box with the chart, a metric choice, the table view
// (shown on request) and downloads. link, when given, is the address that
// reproduces the chart.
function renderTrend(box, trend, opts) {
  opts = opts || {};
  const prefix = opts.idPrefix || "trend";
  box.replaceChildren();
  if (!trend || !trend.series || !trend.series.length) return;
  let metric = opts.metric || "paragraphs";
  const figure = document.createElement("figure");
  figure.className = "trend";
  const controls = document.createElement("div");
  controls.className = "trend-controls";
  const select = document.createElement("select");
  select.setAttribute("aria-label", "统计量");
  for (const [m, label] of Object.entries(TREND_METRICS)) {
    const o = document.createElement("option");
    o.value = m;
    o.textContent = label;
    o.selected = m === metric;
    select.append(o);
  }
  const tableToggle = document.createElement("button");
  tableToggle.type = "button";
  tableToggle.textContent = "表格";
  tableToggle.setAttribute("aria-expanded", "false");
  const mk = (text, fn) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", fn);
    return b;
  };
  let svg = trendChart(trend, metric, prefix, opts.width);
  const table = trendTable(trend);
  table.hidden = true;
  select.addEventListener("change", () => {
    metric = select.value;
    const next = trendChart(trend, metric, prefix, opts.width);
    svg.replaceWith(next);
    svg = next;
  });
  tableToggle.addEventListener("click", () => {
    table.hidden = !table.hidden;
    tableToggle.setAttribute("aria-expanded", String(!table.hidden));
  });
  controls.append(select, tableToggle,
    mk("CSV", () => trendDownload("govsearch-trend.csv", new Blob([trendCSV(trend)], { type: "text/csv;charset=utf-8" }))),
    mk("SVG", () => trendDownload("govsearch-trend.svg", new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }))),
    mk("PNG", () => trendPNG(svg, "govsearch-trend.png")));
  if (opts.link) {
    const a = document.createElement("a");
    a.href = opts.link;
    a.textContent = "链接";
    a.className = "trend-link";
    controls.append(a);
  }
  figure.append(svg, controls, table);
  box.append(figure);
}
