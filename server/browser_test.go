package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/govsearch/govsearch/check"
	"github.com/govsearch/govsearch/index"
)

// The browser tests drive headless Chromium (Debian's chromium, which
// .ci/run installs) against the real page and widget. Screenshots go to
// artifacts/screenshots at the top of the repository.

func chromiumPath(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed; .ci/run installs it with apt-get")
	}
	t.Skip("chromium not installed: skipping browser tests (apt-get install chromium)")
	return ""
}

func artifactsDir(t *testing.T) string {
	dir := filepath.Join("..", "artifacts", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// newBrowser starts Chromium with the flags this machine needs.
func newBrowser(t *testing.T) (context.Context, string) {
	exe := chromiumPath(t)
	downloads := t.TempDir()
	// Chromium may still write its profile as it exits, so the profile is
	// removed by hand, after the browser is gone, rather than by t.TempDir.
	userDir, err := os.MkdirTemp("", "govsearch-chromium")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("disable-crash-reporter", true),
		chromedp.UserDataDir(userDir),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	// A bound against a hung browser, generous for a loaded machine (-race,
	// tests of other packages running at once).
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
		removeProfile(userDir)
	})
	if err := chromedp.Run(ctx, browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllowAndName).WithDownloadPath(downloads).WithEventsEnabled(true)); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx, downloads
}

// removeProfile removes Chromium's profile once the browser has exited. A
// helper process of the browser (its crash handler) may outlive it by a
// moment and write the folder again, so the folder must stay gone for a
// while, within about 3 s, before it counts as removed.
func removeProfile(dir string) {
	gone := 0
	for i := 0; i < 30 && gone < 3; i++ {
		if os.RemoveAll(dir) == nil {
			if _, err := os.Stat(dir); os.IsNotExist(err) {
				gone++
			} else {
				gone = 0
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func startServer(t *testing.T, cfg Config) *httptest.Server {
	if cfg.Checker == nil {
		checker, err := check.New(seedIndex(t), check.Config{Highlight: index.HighlightTerms})
		if err != nil {
			t.Fatal(err)
		}
		cfg.Checker = checker
	}
	return startServerFor(t, seedIndex(t), cfg)
}

// startServerFor serves idx on a test server.
func startServerFor(t *testing.T, idx Searcher, cfg Config) *httptest.Server {
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg.Highlighter = index.HighlightTerms
	s := New(idx, cfg, nil)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	var buf []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&buf, 100)); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	path := filepath.Join(artifactsDir(t), name)
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Error(err)
	}
}

// recordCSPViolations makes every page the browser opens note what its
// Content-Security-Policy blocked in window.__csp.
func recordCSPViolations() chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));`).Do(ctx)
		return err
	})
}

// checkNoCSPViolations fails the test if the current page's policy blocked
// anything: the page would be broken for its users.
func checkNoCSPViolations(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	var blocked string
	if err := chromedp.Run(ctx, chromedp.Evaluate(`(window.__csp || ["not recorded"]).join(" | ")`, &blocked)); err != nil {
		t.Errorf("%s: %v", where, err)
	} else if blocked != "" {
		t.Errorf("%s: the Content-Security-Policy blocked %s", where, blocked)
	}
}

func TestBrowserSearchPage(t *testing.T) {
	// The server (and the index it builds) comes first: the browser's
	// time limit is for the browser.
	srv := startServer(t, Config{})
	ctx, downloads := newBrowser(t)
	var status, firstHit, loadMS string
	var hits int
	// Search, with the state in the URL.
	start := time.Now()
	err := chromedp.Run(ctx,
		recordCSPViolations(),
		chromedp.Navigate(srv.URL+"/?q="+url.QueryEscape("营商环境")),
		chromedp.WaitVisible(`li.hit`),
		chromedp.Text(`#status`, &status),
		chromedp.Evaluate(`document.querySelectorAll("li.hit").length`, &hits),
		chromedp.Evaluate(`document.querySelector("li.hit .text").innerHTML`, &firstHit),
		chromedp.Evaluate(`String(Math.round(performance.now()))`, &loadMS),
	)
	if err != nil {
		t.Fatalf("search page: %v", err)
	}
	t.Logf("page load to first results: %s ms in the page, %d ms from navigation start in the test", loadMS, time.Since(start).Milliseconds())
	if !strings.Contains(status, "共 16 段") || hits != 10 || !strings.Contains(firstHit, "<mark>营商环境</mark>") {
		t.Errorf("status %q, %d hits, first hit %q", status, hits, firstHit)
	}
	checkNoCSPViolations(t, ctx, "search page")
	screenshot(t, ctx, "search-page.png")

	// The place hierarchy shows as three facets, each value with its count;
	// the first result's title is its document's title.
	var places, firstTitle, firstHref string
	err = chromedp.Run(ctx,
		chromedp.Evaluate(`["province", "city", "district"].map(f => document.querySelector("#facet-" + f) ? f + ":" + [...document.querySelectorAll("#facet-" + f + " label")].map(l => l.textContent).join(",") : f + ": missing").join("|")`, &places),
		chromedp.Evaluate(`[...document.querySelectorAll("#facets h2")].map(h => h.textContent).join(",")`, &firstHit),
		chromedp.Text(`li.hit h3 a`, &firstTitle, chromedp.ByQuery),
		chromedp.AttributeValue(`li.hit h3 a`, "href", &firstHref, nil, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("facets: %v", err)
	}
	if !strings.HasPrefix(firstHit, "省份,城市,区县,") || !strings.Contains(places, "province:天津市16") || !strings.Contains(places, "city:天津市16") || !strings.Contains(places, "和平区") {
		t.Errorf("facet headings %q, place facets %q", firstHit, places)
	}
	checkFirstTitle(t, srv.URL, firstHref, firstTitle)

	// Facet click narrows the results and goes into the URL.
	var loc, meta string
	err = chromedp.Run(ctx,
		chromedp.Click(`input[data-facet="district"][value="南开区"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#active button`),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Location(&loc),
		chromedp.Text(`#status`, &status),
		chromedp.Evaluate(`[...document.querySelectorAll("li.hit .meta")].map(e => e.textContent).join("|")`, &meta),
	)
	if err != nil {
		t.Fatalf("facet click: %v", err)
	}
	if !strings.Contains(loc, "district="+url.QueryEscape("南开区")) || strings.Contains(meta, "和平区") || !strings.Contains(meta, "南开区") {
		t.Errorf("after facet click: url %s, metas %s", loc, meta)
	}
	// Removing the active filter restores the results.
	err = chromedp.Run(ctx, chromedp.Click(`#active button`, chromedp.ByQuery), chromedp.Sleep(300*time.Millisecond), chromedp.Text(`#status`, &status))
	if err != nil || !strings.Contains(status, "共 16 段") {
		t.Errorf("after removing the filter: %v %q", err, status)
	}

	// Pagination.
	var first1, first2 string
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/?q="+url.QueryEscape("发展")),
		chromedp.WaitVisible(`li.hit`),
		chromedp.Text(`li.hit h3`, &first1, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector('#pager button:not([aria-current])').click()`, nil),
		chromedp.Sleep(400*time.Millisecond),
		chromedp.Location(&loc),
		chromedp.Text(`#status`, &status),
	)
	if err != nil {
		t.Fatalf("pagination: %v", err)
	}
	if !strings.Contains(loc, "from=10") || !strings.Contains(status, "第 11–20 段") {
		t.Errorf("page 2: url %s, status %q", loc, status)
	}
	_ = first2

	// Citation copy.
	var copied string
	err = chromedp.Run(ctx,
		chromedp.Click(`li.hit button.cite`, chromedp.ByQuery),
		chromedp.Sleep(200*time.Millisecond),
		chromedp.Evaluate(`document.querySelector("li.hit button.cite").dataset.copied || ""`, &copied),
	)
	if err != nil {
		t.Fatalf("citation: %v", err)
	}
	if !strings.Contains(copied, "《") || !strings.Contains(copied, "/doc/") || !strings.Contains(copied, "#p") || !strings.Contains(copied, "段") {
		t.Errorf("citation %q", copied)
	}

	// Document view at the paragraph anchor, with the terms marked.
	var targetID, marked string
	err = chromedp.Run(ctx,
		chromedp.Click(`li.hit h3 a`, chromedp.ByQuery),
		chromedp.WaitVisible(`article.doc`),
		chromedp.Location(&loc),
		chromedp.Evaluate(`(document.querySelector(":target")||{}).id || ""`, &targetID),
		chromedp.Evaluate(`(document.querySelector(":target mark")||{}).textContent || ""`, &marked),
	)
	if err != nil {
		t.Fatalf("document view: %v", err)
	}
	if !strings.Contains(loc, "/doc/") || !strings.HasPrefix(targetID, "p") || "#"+targetID != loc[strings.LastIndex(loc, "#"):] || marked != "发展" {
		t.Errorf("document view: url %s, target %q, mark %q", loc, targetID, marked)
	}
	checkNoCSPViolations(t, ctx, "document view")
	screenshot(t, ctx, "document-view.png")

	// Export download.
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/?q="+url.QueryEscape("营商环境")),
		chromedp.WaitVisible(`li.hit`),
		chromedp.Click(`#csv`, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	var csvBody []byte
	for i := 0; i < 50 && csvBody == nil; i++ {
		time.Sleep(100 * time.Millisecond)
		files, _ := os.ReadDir(downloads)
		for _, f := range files {
			if b, err := os.ReadFile(filepath.Join(downloads, f.Name())); err == nil && len(b) > 0 && !strings.HasSuffix(f.Name(), ".crdownload") {
				csvBody = b
			}
		}
	}
	recs, err := csvRecords(string(csvBody))
	if err != nil || len(recs) != 17 || !strings.HasPrefix(string(csvBody), "\ufeff") {
		t.Errorf("downloaded CSV: %d records (want 16 + header), err %v", len(recs), err)
	}

	// Phone-sized screen.
	err = chromedp.Run(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(srv.URL+"/?q="+url.QueryEscape("营商环境")), chromedp.WaitVisible(`li.hit`))
	if err == nil {
		screenshot(t, ctx, "search-page-phone.png")
	}
}

// widgetHost serves a page of another origin that embeds the widget.
func widgetHost(t *testing.T, api string) *httptest.Server {
	page := fmt.Sprintf(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>host</title>
<style>input, li, ul { font-size: 40px !important; color: red !important; }</style>
<script src="%s/widget.js" defer></script></head>
<body><h1>区政府网站</h1><govsearch-box endpoint="%s" size="4" placeholder="搜索本区政府文件"></govsearch-box></body></html>`, api, api)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	t.Cleanup(srv.Close)
	return srv
}

const typeInWidget = `(() => {
  const box = document.querySelector("govsearch-box");
  const input = box.shadowRoot.querySelector("input");
  input.focus();
  input.value = %q;
  input.dispatchEvent(new Event("input"));
  return true;
})()`

func TestBrowserWidget(t *testing.T) {
	// Two servers on 127.0.0.1 with different ports are different origins:
	// the API allows exactly the origin of the page that embeds it, and a
	// third page, of another origin, is refused.
	page := newWidgetPair(t)
	refused := widgetHost(t, page.api.URL)
	ctx, _ := newBrowser(t)

	var items int
	var firstLink, msg, inputFont string
	err := chromedp.Run(ctx,
		chromedp.Navigate(page.host.URL),
		chromedp.Poll(`customElements.get("govsearch-box") !== undefined`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Evaluate(fmt.Sprintf(typeInWidget, "营商环境"), nil),
		chromedp.Poll(`document.querySelector("govsearch-box").shadowRoot.querySelectorAll("li[role=option] a").length > 0`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Evaluate(`document.querySelector("govsearch-box").shadowRoot.querySelectorAll("li[role=option] a").length`, &items),
		chromedp.Evaluate(`document.querySelector("govsearch-box").shadowRoot.querySelector("li[role=option] a").href`, &firstLink),
		chromedp.Evaluate(`getComputedStyle(document.querySelector("govsearch-box").shadowRoot.querySelector("input")).fontSize`, &inputFont),
	)
	if err != nil {
		t.Fatalf("widget on an allowed origin: %v", err)
	}
	if items != 4 || !strings.HasPrefix(firstLink, page.api.URL+"/doc/") || inputFont == "40px" {
		t.Errorf("widget: %d items, first link %q, input font %s (host CSS must not reach it)", items, firstLink, inputFont)
	}
	// Keyboard: arrow down selects, aria-activedescendant follows.
	var active, selected string
	err = chromedp.Run(ctx,
		chromedp.Evaluate(`(() => { const i = document.querySelector("govsearch-box").shadowRoot.querySelector("input"); i.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowDown", bubbles: true})); return true; })()`, nil),
		chromedp.Evaluate(`document.querySelector("govsearch-box").shadowRoot.querySelector("input").getAttribute("aria-activedescendant") || ""`, &active),
		chromedp.Evaluate(`(document.querySelector("govsearch-box").shadowRoot.querySelector("li[aria-selected=true]")||{}).id || ""`, &selected),
	)
	if err != nil || active == "" || active != selected {
		t.Errorf("keyboard navigation: %v, activedescendant %q, selected %q", err, active, selected)
	}
	// The trend attribute draws the query's counts per district below it.
	var bars int
	err = chromedp.Run(ctx,
		chromedp.Poll(`document.querySelector("govsearch-box").shadowRoot.querySelectorAll(".trend-box svg rect.bar").length > 0`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Evaluate(`document.querySelector("govsearch-box").shadowRoot.querySelectorAll(".trend-box svg rect.bar").length`, &bars),
	)
	if err != nil || bars == 0 {
		t.Errorf("widget trend chart: %v, %d bars", err, bars)
	}
	screenshot(t, ctx, "widget-allowed.png")

	// A filter attribute is one value, taken whole even with a comma.
	const section = "构建现代产业体系,加快形成新发展格局"
	resp, err := http.Get(page.api.URL + "/api/search?q=" + url.QueryEscape("发展") + "&section=" + url.QueryEscape(section))
	if err != nil {
		t.Fatal(err)
	}
	var want struct{ Total int }
	json.NewDecoder(resp.Body).Decode(&want)
	resp.Body.Close()
	const liveText = `document.querySelector("govsearch-box").shadowRoot.querySelector("[aria-live]").textContent`
	var before, live string
	err = chromedp.Run(ctx,
		chromedp.Evaluate(liveText, &before),
		chromedp.Evaluate(fmt.Sprintf(`document.querySelector("govsearch-box").setAttribute("section", %q)`, section), nil),
		chromedp.Evaluate(fmt.Sprintf(typeInWidget, "发展"), nil),
		chromedp.Sleep(1500*time.Millisecond),
		chromedp.Evaluate(liveText, &live),
	)
	if err != nil || want.Total == 0 || !strings.HasPrefix(live, fmt.Sprintf("共 %d 段", want.Total)) {
		t.Errorf("widget with section=%s: %v, says %q (before: %q), want %d hits", section, err, live, before, want.Total)
	}

	// A page whose origin is not allowed gets a clear message.
	err = chromedp.Run(ctx,
		chromedp.Navigate(refused.URL),
		chromedp.Poll(`customElements.get("govsearch-box") !== undefined`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Evaluate(fmt.Sprintf(typeInWidget, "营商环境"), nil),
		chromedp.Poll(`document.querySelector("govsearch-box").shadowRoot.querySelector("li.err") !== null`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Evaluate(`document.querySelector("govsearch-box").shadowRoot.querySelector("li.err").textContent`, &msg),
	)
	if err != nil {
		t.Fatalf("widget on a refused origin: %v", err)
	}
	if !strings.Contains(msg, "未获准") {
		t.Errorf("refused message %q", msg)
	}
	screenshot(t, ctx, "widget-refused.png")
}

type widgetPair struct{ host, api *httptest.Server }

// newWidgetPair starts a host page and an API server that allows exactly
// that page's origin: the host's address is fixed first, then its page is
// pointed at the API.
func newWidgetPair(t *testing.T) widgetPair {
	var apiURL string
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>host</title>
<style>input, li, ul { font-size: 40px !important; color: red !important; }</style>
<script src="%s/widget.js" defer></script></head>
<body><h1>区政府网站</h1><govsearch-box endpoint="%s" size="4" trend="district" placeholder="搜索本区政府文件"></govsearch-box></body></html>`, apiURL, apiURL)
	}))
	t.Cleanup(host.Close)
	api := startServer(t, Config{CORSOrigins: []string{host.URL}})
	apiURL = api.URL
	return widgetPair{host: host, api: api}
}

func TestBrowserCheckMode(t *testing.T) {
	srv := startServer(t, Config{})
	ctx, _ := newBrowser(t)
	var verdict, figs string
	err := chromedp.Run(ctx,
		recordCSPViolations(),
		chromedp.Navigate(srv.URL+"/?check="),
		chromedp.WaitVisible(`#claim`),
		chromedp.SetValue(`#claim`, "和平区一般公共预算收入36.8亿元，增长19.4%", chromedp.ByQuery),
		chromedp.Click(`#checkform button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#claim-verdict`),
		chromedp.Evaluate(`document.querySelector("#claim-verdict").dataset.verdict`, &verdict),
		chromedp.Evaluate(`[...document.querySelectorAll(".figure")].map(f => f.dataset.verdict + ":" + getComputedStyle(f).borderLeftColor).join("|")`, &figs),
	)
	if err != nil {
		t.Fatalf("check mode: %v", err)
	}
	// Green for the supported figure, red for the contradicted one.
	if verdict != "mixed" || figs != "supported:rgb(30, 125, 50)|contradicted:rgb(179, 38, 30)" {
		t.Errorf("verdict %q, figures %q", verdict, figs)
	}
	var evidence, loc string
	err = chromedp.Run(ctx,
		chromedp.Evaluate(`document.querySelector(".figure.contradicted .evidence li").innerHTML`, &evidence),
		chromedp.Location(&loc),
	)
	if err != nil || !strings.Contains(evidence, "<mark>14.9%</mark>") || !strings.Contains(loc, "check=") {
		t.Errorf("evidence %q, url %q, err %v", evidence, loc, err)
	}
	checkNoCSPViolations(t, ctx, "check mode")
	screenshot(t, ctx, "check-mode.png")
}

// checkFirstTitle checks that a hit's title on the page is its document's
// title, as /api/documents/ID gives it.
func checkFirstTitle(t *testing.T, base, href, title string) {
	t.Helper()
	id, _, _ := strings.Cut(strings.TrimPrefix(href, "/doc/"), "?")
	id, _ = url.PathUnescape(id)
	resp, err := http.Get(base + "/api/documents/" + url.PathEscape(id))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var doc struct{ Title string }
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title == "" || title != doc.Title || strings.HasPrefix(title, "各位代表") {
		t.Errorf("first result's title %q, document %s's title %q", title, id, doc.Title)
	}
}

// TestBrowserPlaceFacets checks the province, city and district facets
// on documents of every level: an empty value is shown as 全国, 省级, 市级
// or 未注明 with its count, and clicking one filters by level.
func TestBrowserPlaceFacets(t *testing.T) {
	srv := startServerFor(t, levelIndex(t), Config{})
	ctx, _ := newBrowser(t)
	var places string
	read := chromedp.Evaluate(`["province", "city", "district"].map(f => f + ":" + [...document.querySelectorAll("#facet-" + f + " label")].map(l => l.textContent).sort().join(",")).join("|")`, &places)
	err := chromedp.Run(ctx,
		recordCSPViolations(),
		chromedp.Navigate(srv.URL+"/?q="+url.QueryEscape("营商环境")),
		chromedp.WaitVisible(`li.hit`),
		read,
	)
	if err != nil {
		t.Fatalf("search page: %v", err)
	}
	want := "province:全国2,未注明2,河北省8|city:全国2,未注明2,省级2,石家庄市6|district:全国2,市级2,平山县2,未注明2,正定县2,省级2"
	if places != want {
		t.Errorf("place facets\n%s\nwant\n%s", places, want)
	}
	checkNoCSPViolations(t, ctx, "search page")
	screenshot(t, ctx, "place-facets.png")

	// 全国 filters to the national documents.
	var loc, status, meta, active, title, href string
	err = chromedp.Run(ctx,
		chromedp.Click(`input[data-facet="province"][data-param="level"][value="national"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#active button`),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Location(&loc),
		chromedp.Text(`#status`, &status),
		chromedp.Text(`#active`, &active),
		chromedp.Evaluate(`[...document.querySelectorAll("li.hit .meta")].map(e => e.textContent.split(" · ")[0]).join("|")`, &meta),
		chromedp.Text(`li.hit h3 a`, &title, chromedp.ByQuery),
		chromedp.AttributeValue(`li.hit h3 a`, "href", &href, nil, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("click 全国: %v", err)
	}
	if !strings.Contains(loc, "level=national") || !strings.Contains(status, "共 2 段") || meta != "全国|全国" || !strings.Contains(active, "全国") {
		t.Errorf("after 全国: url %s, status %q, places %q, active %q", loc, status, meta, active)
	}
	checkFirstTitle(t, srv.URL, href, title)

	// 未注明 of the district facet filters to the documents that do not say.
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/?q="+url.QueryEscape("营商环境")),
		chromedp.WaitVisible(`li.hit`),
		chromedp.Click(`input[data-facet="district"][data-param="level"][value="unknown"]`, chromedp.ByQuery),
		chromedp.Sleep(400*time.Millisecond),
		chromedp.Location(&loc),
		chromedp.Text(`#status`, &status),
		chromedp.Evaluate(`[...document.querySelectorAll("li.hit .meta")].map(e => e.textContent.split(" · ")[0]).sort().join("|")`, &meta),
	)
	if err != nil {
		t.Fatalf("click 未注明: %v", err)
	}
	if !strings.Contains(loc, "level=unknown") || !strings.Contains(status, "共 2 段") || meta != "地点未注明|地点未注明" {
		t.Errorf("after 未注明: url %s, status %q, places %q", loc, status, meta)
	}
	// A place value filters by that field.
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/?q="+url.QueryEscape("营商环境")),
		chromedp.WaitVisible(`li.hit`),
		chromedp.Click(`input[data-facet="city"][data-param="city"][value="石家庄市"]`, chromedp.ByQuery),
		chromedp.Sleep(400*time.Millisecond),
		chromedp.Location(&loc),
		chromedp.Text(`#status`, &status),
		read,
	)
	if err != nil {
		t.Fatalf("click 石家庄市: %v", err)
	}
	if !strings.Contains(loc, "city="+url.QueryEscape("石家庄市")) || !strings.Contains(status, "共 6 段") || !strings.Contains(places, "district:市级2,平山县2,正定县2") {
		t.Errorf("after 石家庄市: url %s, status %q, facets %q", loc, status, places)
	}
}

// TestBrowserTrend draws the trend chart on the search page for two
// queries by district and by year, and checks that its table view shows
// exactly the numbers of /api/trend.
func TestBrowserTrend(t *testing.T) {
	srv := startServer(t, Config{})
	ctx, _ := newBrowser(t)
	var bars, points int
	var cells []string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/?q="+url.QueryEscape("营商环境")+"&tq="+url.QueryEscape("发展")+"&tby=district"),
		chromedp.WaitVisible(`#trendchart svg`),
		chromedp.Evaluate(`document.querySelectorAll("#trendchart svg rect.bar").length`, &bars),
		chromedp.Click(`#trendchart .trend-controls button`),
		chromedp.WaitVisible(`#trendchart table.trend-table`),
		chromedp.Evaluate(`[...document.querySelectorAll("#trendchart table.trend-table tbody td")].map((td) => td.textContent)`, &cells),
	)
	if err != nil {
		t.Fatalf("trend on the page: %v", err)
	}
	screenshot(t, ctx, "trend-chart.png")
	resp, err := http.Get(srv.URL + "/api/trend?q=" + url.QueryEscape("营商环境") + "&q=" + url.QueryEscape("发展") + "&by=district")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var tr struct {
		Series []struct {
			Buckets []struct {
				Paragraphs, Documents int
				Per10k                float64 `json:"per_10k_chars"`
			}
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		t.Fatal(err)
	}
	var want []string
	for k := range tr.Series[0].Buckets {
		for _, s := range tr.Series {
			b := s.Buckets[k]
			want = append(want, fmt.Sprint(b.Paragraphs), fmt.Sprint(b.Documents), strconv.FormatFloat(b.Per10k, 'f', -1, 64))
		}
	}
	if strings.Join(cells, "|") != strings.Join(want, "|") {
		t.Errorf("table view %v, API %v", cells, want)
	}
	if bars != 2*len(tr.Series[0].Buckets) {
		t.Errorf("%d bars, want one per query and district (%d)", bars, 2*len(tr.Series[0].Buckets))
	}
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/?q="+url.QueryEscape("营商环境")+"&tby=year"),
		chromedp.WaitVisible(`#trendchart svg circle.point`),
		chromedp.Evaluate(`document.querySelectorAll("#trendchart svg circle.point").length`, &points),
	)
	if err != nil || points == 0 {
		t.Errorf("by year: %v, %d points", err, points)
	}
}
