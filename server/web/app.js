// The search page: reads its state from the URL, calls /api/search and
// renders hits, facets and pages. Every piece of document text arrives
// escaped in "highlight" (only <mark> markup) or is inserted as text.
"use strict";

// The filters are the facet fields (FACET_FIELDS, from /static/fields.js).
// Each but level is a facet list, [name, label], section titles (a long
// list) last; the level facet splits the empty place values (ABOVE).
const FILTERS = FACET_FIELDS.map((f) => f.name);
const FACETS = FACET_FIELDS.filter((f) => f.name !== "level")
  .sort((a, b) => (a.name === "section") - (b.name === "section"))
  .map((f) => [f.name, f.label]);
// An empty province, city or district means different things: a national
// document, a document of a level above the field, or a text that does not
// say. The level facet tells them apart; these are the levels above each
// place field, and how the page names each level.
const ABOVE = { province: ["national"], city: ["national", "province"], district: ["national", "province", "city"] };
const LEVEL_LABEL = { national: "全国", province: "省级", city: "市级", county: "区县级", unknown: "未注明" };
const PAGE = 10;

const $ = (id) => document.getElementById(id);

function state() {
  const p = new URLSearchParams(location.search);
  return p;
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

function go(params) {
  history.pushState(null, "", "/?" + params.toString());
  run();
}

// placeOf names where a hit's document comes from: its most precise place,
// 全国 for a national document, or 地点未注明 when the text does not say.
function placeOf(h) {
  return h.district || h.city || h.province || (h.level === "national" ? "全国" : "地点未注明");
}

function citation(h) {
  const link = location.origin + "/doc/" + encodeURIComponent(h.doc_id) + "#p" + h.position;
  const place = [h.province !== h.city ? h.province : "", h.city, h.district].filter(Boolean).join("") || (h.level === "national" ? "全国" : "");
  const date = h.date || "日期不详";
  const section = h.section_path && h.section_path.length ? "，" + h.section_path.join(" › ") : "";
  const today = new Date().toISOString().slice(0, 10);
  return `${place ? place + "：" : ""}《${h.title}》，${date}${section}，第${h.position}段。${link}（引用日期：${today}）`;
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    const ta = el("textarea", {}, text);
    document.body.append(ta);
    ta.select();
    document.execCommand("copy");
    ta.remove();
  }
  button.textContent = "已复制";
  button.dataset.copied = text;
  setTimeout(() => (button.textContent = "复制引用"), 2000);
}

function renderHit(h, q) {
  const docURL = "/doc/" + encodeURIComponent(h.doc_id) + "?q=" + encodeURIComponent(q) + "#p" + h.position;
  const text = el("p", { class: "text" });
  text.innerHTML = h.highlight; // server-escaped; only <mark> markup
  const meta = [placeOf(h), h.date || "日期不详", h.doc_type].join(" · ");
  const btn = el("button", { type: "button", class: "cite" }, "复制引用");
  btn.addEventListener("click", () => copy(citation(h), btn));
  const li = el("li", { class: "hit" },
    el("h3", {}, el("a", { href: docURL }, h.title)),
    el("div", { class: "meta" }, meta + (h.section_path && h.section_path.length ? " · " + h.section_path.join(" › ") : "") + " · 第" + h.position + "段"),
    text,
    el("div", { class: "tools" }, btn, h.exact ? "" : el("span", { class: "inexact" }, " 部分匹配")));
  return li;
}

// facetEntries lists what a facet shows: each value with its count and the
// filter it sets. The empty value of a place field is split by level
// (全国, 省级, 市级, 未注明), each entry filtering by that level; its counts
// come from the level facet, and what no higher level explains is 未注明.
function facetEntries(name, facets) {
  const entries = [];
  const levels = new Map((facets.level || []).map((v) => [v.value, v.count]));
  for (const v of facets[name] || []) {
    if (v.value !== "" || !ABOVE[name]) {
      entries.push({ label: v.value || "（无）", count: v.count, param: name, value: v.value });
      continue;
    }
    let rest = v.count;
    for (const level of ABOVE[name]) {
      const n = Math.min(levels.get(level) || 0, rest);
      if (n > 0) entries.push({ label: LEVEL_LABEL[level], count: n, param: "level", value: level });
      rest -= n;
    }
    if (rest > 0) entries.push({ label: LEVEL_LABEL.unknown, count: rest, param: "level", value: "unknown" });
  }
  return entries;
}

// toggle adds or removes one value of a repeatable filter parameter.
function toggle(param, value, on) {
  const p = state();
  const vals = p.getAll(param).filter((x) => x !== value);
  p.delete(param);
  for (const x of vals) p.append(param, x);
  if (on) p.append(param, value);
  p.delete("from");
  go(p);
}

function renderFacets(facets, params) {
  const box = $("facets");
  box.replaceChildren();
  if (!facets) return;
  for (const [name, label] of FACETS) {
    const entries = facetEntries(name, facets);
    if (!entries.length) continue;
    const group = el("fieldset", { class: "facet", id: "facet-" + name }, el("legend", { class: "sr-only" }, label));
    box.append(el("h2", {}, label));
    for (const v of entries.slice(0, 30)) {
      const id = "f-" + name + "-" + v.param + "-" + v.value;
      const cb = el("input", { type: "checkbox", id, value: v.value, "data-facet": name, "data-param": v.param });
      cb.checked = params.getAll(v.param).includes(v.value);
      cb.addEventListener("change", () => toggle(v.param, v.value, cb.checked));
      group.append(el("label", { for: id }, cb, v.label, el("span", { class: "n" }, String(v.count))));
    }
    box.append(group);
  }
}

function renderActive(params) {
  const box = $("active");
  box.replaceChildren();
  for (const f of FILTERS) {
    for (const v of params.getAll(f)) {
      const shown = f === "level" ? "级别：" + (LEVEL_LABEL[v] || v) : v;
      const b = el("button", { type: "button", "aria-label": "移除筛选 " + shown }, shown + " ✕");
      b.addEventListener("click", () => {
        const p = state();
        const rest = p.getAll(f).filter((x) => x !== v);
        p.delete(f);
        for (const x of rest) p.append(f, x);
        p.delete("from");
        go(p);
      });
      box.append(b);
    }
  }
}

function renderPager(total, from, params) {
  const nav = $("pager");
  nav.replaceChildren();
  const pages = Math.ceil(total / PAGE);
  if (pages <= 1) return;
  const cur = Math.floor(from / PAGE);
  const show = new Set([0, pages - 1, cur - 2, cur - 1, cur, cur + 1, cur + 2].filter((i) => i >= 0 && i < pages && i * PAGE <= 10000));
  let last = -1;
  for (const i of [...show].sort((a, b) => a - b)) {
    if (i > last + 1) nav.append(el("span", {}, "…"));
    const b = el("button", { type: "button" }, String(i + 1));
    if (i === cur) b.setAttribute("aria-current", "page");
    b.addEventListener("click", () => {
      const p = state();
      p.set("from", String(i * PAGE));
      go(p);
      window.scrollTo(0, 0);
    });
    nav.append(b);
    last = i;
  }
}

function renderExplain(ex) {
  const box = $("explain");
  box.replaceChildren();
  if (!ex) return;
  if (ex.reasons && ex.reasons.length) {
    box.append(el("h2", {}, "为什么没有结果？"));
    const ul = el("ul");
    for (const r of ex.reasons) ul.append(el("li", {}, r));
    for (const s of ex.suggestions || []) ul.append(el("li", {}, "建议：" + s));
    box.append(ul);
  }
  const d = el("details", {}, el("summary", {}, "查询如何被理解"));
  const ul = el("ul");
  for (const t of ex.terms) {
    const how = t.normalizations.length ? "（" + t.normalizations.join("、") + "）" : "";
    ul.append(el("li", {}, `${t.exclude ? "排除 " : ""}“${t.input}” → “${t.normalized}”${how}；分词：${t.segments.join(" / ")}；含此词的段落：${t.paragraphs}`));
  }
  d.append(ul);
  box.append(d);
}

const VERDICT = { supported: "相符", contradicted: "不符", not_found: "未找到", mixed: "部分相符" };

function badge(v) {
  return el("span", { class: "v " + v }, VERDICT[v] || v);
}

async function runCheck(claim) {
  const box = $("checked");
  $("claim").value = claim;
  if (!claim.trim()) {
    box.replaceChildren(el("p", { class: "status" }, "请粘贴要核查的说法。"));
    return;
  }
  box.replaceChildren(el("p", { class: "status" }, "核查中…"));
  let res;
  try {
    const r = await fetch("/api/check?claim=" + encodeURIComponent(claim));
    const body = await r.json();
    if (!r.ok) throw new Error((body.error && body.error.message) || r.statusText);
    res = body;
  } catch (e) {
    box.replaceChildren(el("p", { class: "status error" }, "出错了：" + e.message));
    return;
  }
  const scope = [res.scope.province, res.scope.city !== res.scope.province ? res.scope.city : "", res.scope.district, res.scope.year ? res.scope.year + "年" : ""].filter(Boolean).join(" ");
  const head = el("p", { class: "status", id: "claim-verdict", "data-verdict": res.verdict }, "结论：", badge(res.verdict), scope ? "　范围：" + scope : "　（说法未指明地区，不判定“不符”）");
  const figs = res.figures.map((f) => {
    const li = el("div", { class: "figure " + f.verdict, "data-verdict": f.verdict },
      el("strong", {}, f.text), " ", badge(f.verdict), " ",
      el("span", { class: "meta" }, (f.indicator ? "指标：" + f.indicator + "；" : "") + f.reason));
    const ul = el("ol", { class: "evidence" });
    for (const ev of f.evidence) {
      const text = el("span", {});
      text.innerHTML = ev.highlight; // server-escaped; only <mark>
      const btn = el("button", { type: "button", class: "cite" }, "复制引用");
      btn.addEventListener("click", () => copy(citation(ev), btn));
      ul.append(el("li", {},
        el("a", { href: "/doc/" + encodeURIComponent(ev.doc_id) + "?q=" + encodeURIComponent(f.indicator || "") + "#p" + ev.position }, ev.title),
        el("div", { class: "meta" }, [placeOf(ev), ev.date || "日期不详", "第" + ev.position + "段", "文中写作 " + ev.figure].join(" · ")),
        text, " ", btn));
    }
    if (f.evidence.length) li.append(ul);
    return li;
  });
  box.replaceChildren(head, ...figs);
}

function showMode(check) {
  $("checkform").hidden = !check;
  $("search").hidden = check;
  $("hint").hidden = check;
  $("checked").hidden = !check;
  $("results").hidden = check;
  $("side").hidden = check;
  $("mode-check").toggleAttribute("aria-current", check);
  $("mode-search").toggleAttribute("aria-current", !check);
}

let seq = 0;
async function run() {
  const params = state();
  if (params.has("check")) {
    showMode(true);
    return runCheck(params.get("check") || "");
  }
  showMode(false);
  const q = params.get("q") || "";
  $("q").value = q;
  $("sort").value = params.get("sort") || "relevance";
  $("mode").checked = params.get("mode") === "any";
  const status = $("status");
  status.className = "status";
  if (!q.trim()) {
    status.textContent = "请输入检索词。";
    $("hits").replaceChildren();
    $("facets").replaceChildren();
    $("trend").hidden = true;
    $("pager").replaceChildren();
    $("explain").replaceChildren();
    return;
  }
  const api = new URLSearchParams(params);
  api.set("size", String(PAGE));
  api.set("explain", "true");
  const exportParams = new URLSearchParams(params);
  exportParams.delete("from");
  $("csv").href = "/api/export?" + exportParams + "&format=csv";
  $("jsonl").href = "/api/export?" + exportParams + "&format=jsonl";
  const searchOnly = new URLSearchParams(exportParams);
  for (const k of ["sort", "mode", "tq", "tby"]) searchOnly.delete(k);
  $("kwic").href = "/kwic?" + searchOnly;
  $("feed").href = "/api/feed?" + searchOnly;
  status.textContent = "检索中…";
  document.body.setAttribute("aria-busy", "true");
  const mine = ++seq;
  let res;
  try {
    const r = await fetch("/api/search?" + api.toString());
    const body = await r.json();
    if (!r.ok) throw new Error((body.error && body.error.message) || r.statusText);
    res = body;
  } catch (e) {
    if (mine !== seq) return;
    status.className = "status error";
    status.textContent = "出错了：" + e.message;
    $("hits").replaceChildren();
    document.body.removeAttribute("aria-busy");
    return;
  }
  if (mine !== seq) return;
  document.body.removeAttribute("aria-busy");
  const from = Number(params.get("from") || 0);
  status.textContent = res.total
    ? `共 ${res.total} 段（${res.took_ms} 毫秒），第 ${from + 1}–${from + res.hits.length} 段`
    : "没有找到包含该检索词的段落。";
  $("count").textContent = res.total ? `共 ${res.total} 段` : "";
  $("hits").replaceChildren(...res.hits.map((h) => renderHit(h, q)));
  renderFacets(res.facets, params);
  renderActive(params);
  renderPager(res.total, from, params);
  renderExplain(res.explain);
  runTrend(params);
}

// TREND_MAX is how many queries one chart compares.
const TREND_MAX = 5;

// trendQueries are the search's query and the comparison terms (tq).
function trendQueries(params) {
  const qs = [params.get("q") || ""];
  for (const t of params.getAll("tq")) for (const x of t.split(/[;；]/)) if (x.trim()) qs.push(x.trim());
  return qs.filter((x) => x.trim()).slice(0, TREND_MAX);
}

let trendSeq = 0;
async function runTrend(params) {
  const box = $("trendchart");
  const qs = trendQueries(params);
  $("trend").hidden = params.get("mode") === "any" || !qs.length;
  if ($("trend").hidden) return;
  const by = params.get("tby") || "year";
  $("tby").value = by;
  $("tq").value = params.getAll("tq").join("；");
  const api = new URLSearchParams();
  for (const q of qs) api.append("q", q);
  api.set("by", by);
  for (const f of FILTERS) for (const v of params.getAll(f)) api.append(f, v);
  const mine = ++trendSeq;
  try {
    const r = await fetch("/api/trend?" + api);
    const body = await r.json();
    if (!r.ok) throw new Error((body.error && body.error.message) || r.statusText);
    if (mine !== trendSeq) return;
    renderTrend(box, body, { link: location.href, idPrefix: "trend", width: 280 });
  } catch (e) {
    if (mine !== trendSeq) return;
    box.replaceChildren(el("p", { class: "status error" }, "趋势图出错：" + e.message));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  // The fields a trend may be counted by (TREND_BY, from the facet fields).
  for (const [name, label] of Object.entries(TREND_BY)) $("tby").append(el("option", { value: name }, "按" + label));
  $("search").addEventListener("submit", (e) => {
    e.preventDefault();
    const p = state();
    p.set("q", $("q").value);
    p.delete("from");
    if ($("mode").checked) p.set("mode", "any");
    else p.delete("mode");
    p.set("sort", $("sort").value);
    go(p);
  });
  $("trendform").addEventListener("submit", (e) => {
    e.preventDefault();
    const p = state();
    p.delete("tq");
    const extra = $("tq").value.split(/[;；]/).map((x) => x.trim()).filter(Boolean).slice(0, TREND_MAX - 1);
    if (extra.length) p.set("tq", extra.join("；"));
    p.set("tby", $("tby").value);
    go(p);
  });
  $("checkform").addEventListener("submit", (e) => {
    e.preventDefault();
    go(new URLSearchParams({ check: $("claim").value }));
  });
  $("mode-check").addEventListener("click", (e) => { e.preventDefault(); go(new URLSearchParams({ check: "" })); });
  $("mode-search").addEventListener("click", (e) => { e.preventDefault(); go(new URLSearchParams()); });
  $("sort").addEventListener("change", () => $("search").requestSubmit());
  $("mode").addEventListener("change", () => $("q").value && $("search").requestSubmit());
  window.addEventListener("popstate", run);
  run();
});
