// <govsearch-box>: a search box with a results dropdown for any web page.
// <script src="https://HOST/widget.js" defer></script>
// <govsearch-box endpoint="https://HOST" district="和平区" size="5" placeholder="搜索政府文件"></govsearch-box>
// Shadow DOM keeps the host page's CSS out and ours in; no framework.
(() => {
  "use strict";
  const script = document.currentScript;
  const defaultEndpoint = script ? new URL(script.src, location.href).origin : location.origin;
  // The filter attributes: the facet fields, with - for _ (doc-type).
  const FILTERS = FACET_FIELDS.map((f) => f.name.replaceAll("_", "-"));
  const CSS = `
:host { all: initial; display: inline-block; position: relative; font: 15px/1.5 -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d2329; width: 100%; max-width: 560px; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: 8px 10px; border: 1px solid #9aa5ad; border-radius: 6px; background: #fff; color: inherit; }
input:focus-visible { outline: 3px solid #0b57d0; outline-offset: 1px; }
ul { list-style: none; margin: 4px 0 0; padding: 0; position: absolute; left: 0; right: 0; z-index: 2147483647; background: #fff; border: 1px solid #c9d1d7; border-radius: 6px; box-shadow: 0 6px 20px rgba(0,0,0,.12); max-height: 420px; overflow: auto; }
ul[hidden] { display: none; }
li { padding: 8px 10px; border-bottom: 1px solid #eef1f3; cursor: pointer; }
li[aria-selected="true"] { background: #eef4ff; }
li a { color: #0b57d0; text-decoration: none; font-weight: 600; }
.meta { color: #5b6670; font-size: 12px; }
.text { font-size: 13px; margin-top: 2px; overflow-wrap: anywhere; }
mark { background: #ffe58a; color: inherit; }
.msg { padding: 8px 10px; color: #5b6670; cursor: default; }
.err { color: #b3261e; }
.trend-box { margin-top: 6px; font-size: 12px; }
.trend-box figure { margin: 0; }
.trend-chart { max-width: 100%; height: auto; border: 1px solid #dde3e8; border-radius: 4px; background: #fff; }
.trend-controls { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.trend-controls button, .trend-controls select { font: inherit; font-size: 12px; padding: 2px 6px; }
.trend-table { border-collapse: collapse; margin-top: 4px; display: block; overflow-x: auto; }
.trend-table th, .trend-table td { border: 1px solid #dde3e8; padding: 2px 4px; text-align: right; }
[hidden] { display: none !important; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }`;
  let counter = 0;

  // filterValues reads a filter attribute: one value, taken whole (a
  // section title may contain a comma), or several as a JSON array
  // (district='["和平区","南开区"]').
  function filterValues(v) {
    if (!v || !v.trim()) return [];
    if (v.trim().startsWith("[")) {
      try {
        const list = JSON.parse(v);
        if (Array.isArray(list)) return list.map(String).map((x) => x.trim()).filter(Boolean);
      } catch (e) { /* not JSON: one value */ }
    }
    return [v.trim()];
  }

  class GovsearchBox extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const id = "gs" + ++counter;
      const root = this.attachShadow({ mode: "open" });
      root.innerHTML = `<style>${CSS}</style>
<label class="sr" for="${id}-q">搜索政府文件</label>
<input id="${id}-q" type="search" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${id}-list" autocomplete="off">
<ul id="${id}-list" role="listbox" aria-label="检索结果" hidden></ul>
<div class="sr" aria-live="polite"></div>
<div class="trend-box" hidden></div>`;
      this.input = root.querySelector("input");
      this.list = root.querySelector("ul");
      this.live = root.querySelector("[aria-live]");
      this.trendBox = root.querySelector(".trend-box");
      this.chartId = id + "-trend";
      this.input.placeholder = this.getAttribute("placeholder") || "搜索政府文件";
      this.active = -1;
      this.timer = 0;
      this.seq = 0;
      this.input.addEventListener("input", () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.search(), 250);
      });
      this.input.addEventListener("keydown", (e) => this.key(e));
      this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    }

    get endpoint() {
      return (this.getAttribute("endpoint") || defaultEndpoint).replace(/\/+$/, "");
    }

    close() {
      this.list.hidden = true;
      this.input.setAttribute("aria-expanded", "false");
      this.input.removeAttribute("aria-activedescendant");
      this.active = -1;
    }

    show(items) {
      this.list.replaceChildren(...items);
      this.list.hidden = items.length === 0;
      this.input.setAttribute("aria-expanded", String(items.length > 0));
    }

    message(text, error) {
      const li = document.createElement("li");
      li.className = "msg" + (error ? " err" : "");
      li.setAttribute("role", "option");
      li.setAttribute("aria-disabled", "true");
      li.textContent = text;
      this.show([li]);
      this.live.textContent = text;
    }

    // addFilters puts the box's filter attributes into request parameters.
    addFilters(params) {
      for (const f of FILTERS) {
        const v = this.getAttribute(f);
        for (const x of filterValues(v)) params.append(f.replace("-", "_"), x);
      }
    }

    async search() {
      const q = this.input.value.trim();
      if (!q) return this.close();
      const params = new URLSearchParams({ q, size: this.getAttribute("size") || "5", facets: "false" });
      this.addFilters(params);
      const mine = ++this.seq;
      let res;
      try {
        const r = await fetch(this.endpoint + "/api/search?" + params, { mode: "cors", credentials: "omit" });
        res = await r.json();
        if (!r.ok) throw new Error((res.error && res.error.message) || r.statusText);
      } catch (e) {
        if (mine !== this.seq) return;
        const refused = e instanceof TypeError;
        this.message(refused ? "此网站未获准使用该检索服务（跨域请求被拒绝）。" : "检索出错：" + e.message, true);
        this.dispatchEvent(new CustomEvent("govsearch-error", { detail: { refused, message: String(e.message) } }));
        return;
      }
      if (mine !== this.seq) return;
      if (!res.hits.length) return this.message("没有找到相关段落。");
      const items = res.hits.map((h, i) => {
        const li = document.createElement("li");
        li.id = this.list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        const a = document.createElement("a");
        a.href = this.endpoint + "/doc/" + encodeURIComponent(h.doc_id) + "?q=" + encodeURIComponent(q) + "#p" + h.position;
        a.textContent = h.title;
        const meta = document.createElement("div");
        meta.className = "meta";
        meta.textContent = [h.district || h.city || h.province || (h.level === "national" ? "全国" : "地点未注明"), h.date || "日期不详", (h.section_path || []).join(" › ")].filter(Boolean).join(" · ");
        const text = document.createElement("div");
        text.className = "text";
        text.innerHTML = h.highlight; // escaped by the server; only <mark>
        li.append(a, meta, text);
        li.addEventListener("mousedown", (e) => { e.preventDefault(); location.href = a.href; });
        return li;
      });
      this.show(items);
      this.live.textContent = `共 ${res.total} 段，显示 ${items.length} 段`;
      if (this.hasAttribute("trend")) this.trend(q, mine);
    }

    // trend draws the query's counts per year (or the field the trend
    // attribute names) below the box.
    async trend(q, mine) {
      const params = new URLSearchParams({ q, by: this.getAttribute("trend") || "year" });
      this.addFilters(params);
      try {
        const r = await fetch(this.endpoint + "/api/trend?" + params, { mode: "cors", credentials: "omit" });
        const body = await r.json();
        if (!r.ok) throw new Error((body.error && body.error.message) || r.statusText);
        if (mine !== this.seq) return;
        renderTrend(this.trendBox, body, { idPrefix: this.chartId });
        this.trendBox.hidden = false;
      } catch (e) {
        if (mine !== this.seq) return;
        this.trendBox.hidden = true;
      }
    }

    key(e) {
      const items = [...this.list.querySelectorAll('li[role="option"]:not([aria-disabled])')];
      if (e.key === "Escape") return this.close();
      if (!items.length) return;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (this.list.hidden) { this.list.hidden = false; this.input.setAttribute("aria-expanded", "true"); }
        this.active = (this.active + (e.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
        items.forEach((li, i) => li.setAttribute("aria-selected", String(i === this.active)));
        this.input.setAttribute("aria-activedescendant", items[this.active].id);
        items[this.active].scrollIntoView({ block: "nearest" });
      } else if (e.key === "Enter" && this.active >= 0) {
        e.preventDefault();
        location.href = items[this.active].querySelector("a").href;
      }
    }
  }
  if (!customElements.get("govsearch-box")) customElements.define("govsearch-box", GovsearchBox);
})();
