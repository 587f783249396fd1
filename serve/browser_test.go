package serve

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/imrkit/imrkit/check"
)

// chromium returns Debian's chromium. Where it is missing the browser
// tests fail on CI (CI set) and skip, saying why, elsewhere.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed; the browser tests need it on CI (apt-get install chromium; scripts/test.sh installs it)")
	}
	t.Skip("chromium is not installed (apt-get install chromium): browser tests skipped")
	return ""
}

// screenshots is the folder the browser tests save pages to:
// $IMRKIT_SCREENSHOTS, else imrkit-serve-screens in the temporary folder.
func screenshots(t *testing.T) string {
	dir := os.Getenv("IMRKIT_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "imrkit-serve-screens")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// browser opens a headless chromium tab; dialogs counts the JavaScript
// dialogs (alert, confirm) the pages open, which it dismisses.
func browser(t *testing.T) (context.Context, *atomic.Int32) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, // tests run as root on CI
		chromedp.DisableGPU,
		chromedp.WindowSize(1440, 1000),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelC := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() { cancelC(); cancelB(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	var dialogs atomic.Int32
	opened := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for _, err := range opened {
			if err != nil {
				return
			}
			dialogs.Add(1)
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return ctx, &dialogs
}

func shot(t *testing.T, ctx context.Context, name string, full bool) {
	t.Helper()
	action := chromedp.CaptureScreenshot()
	if full {
		action = chromedp.FullScreenshot(100)
	}
	png, err := chromedp.Run(ctx, action)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(screenshots(t), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// eval runs JavaScript in the page and decodes its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// TestBrowser is the reviewer's path through the page in a real browser:
// upload the seed letter, find the quantity mismatch, mark its evidence,
// dismiss it into the baseline, which check then honours; search the
// corpus, filter it and open a letter.
func TestBrowser(t *testing.T) {
	baseline := filepath.Join(t.TempDir(), "baseline.json")
	_, ts := newTestServer(t, Options{DB: testCorpus(t), Baseline: baseline, User: "qa1"})
	ctx, dialogs := browser(t)
	seedPath := filepath.Join(letters(t), "seed.txt")

	do(t, ctx, "uploading the seed letter",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(`input[type=file]`),
	)
	shot(t, ctx, "home.png", false)
	do(t, ctx, "uploading the seed letter",
		chromedp.SetUploadFiles(`input[type=file]`, []string{seedPath}),
		chromedp.Click(`button.primary`),
		chromedp.WaitVisible(`li.finding`),
	)
	codes := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('li.finding')).map(e => e.dataset.code)`)
	shot(t, ctx, "review.png", false)
	if !containsCode(codes, check.CodeQuantity) {
		t.Fatalf("review page of the seed letter lists %v, want %s", codes, check.CodeQuantity)
	}

	const qm = `li.finding[data-code="quantity-mismatch"]`
	do(t, ctx, "clicking the finding", chromedp.Click(qm+` .msg`), chromedp.WaitVisible(`.marked`))
	marked := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('.marked')).map(e => e.textContent)`)
	evidence := eval[int](t, ctx, `document.querySelectorAll('`+qm+` .evidence li').length`)
	shot(t, ctx, "marked.png", false)
	all := strings.Join(marked, "|")
	for _, want := range []string{"QTY: 14.00", "12 sessions"} {
		if !strings.Contains(all, want) {
			t.Errorf("after clicking quantity-mismatch the marked text is %q, want it to hold %q", all, want)
		}
	}
	if evidence != 2 {
		t.Errorf("quantity-mismatch lists %d evidence, want 2", evidence)
	}

	before := eval[string](t, ctx, `document.querySelector('li.finding.active').id`)
	do(t, ctx, "pressing j", chromedp.KeyEvent("j"))
	after := eval[string](t, ctx, `(document.querySelector('li.finding.active')||{}).id || ''`)
	if after == "" || (after == before && len(codes) > 1) {
		t.Errorf("pressing j moved the active finding from %q to %q", before, after)
	}

	do(t, ctx, "dismissing the finding",
		chromedp.SendKeys(qm+` input[name=note]`, "the item line counts the 2 evaluation visits"),
		chromedp.Click(qm+` button.dismiss`),
		chromedp.WaitVisible(`li.finding.state-dismissed`),
	)
	do(t, ctx, "showing the dismissed finding", chromedp.Click(qm+` .msg`))
	shot(t, ctx, "dismissed.png", false)
	who := eval[string](t, ctx, `document.querySelector('`+qm+` .who').textContent`)
	if !strings.Contains(who, "qa1") || !strings.Contains(who, "evaluation visits") {
		t.Errorf("dismissed finding says %q, want who and the note", who)
	}
	if got := remaining(t, baseline); containsCode(got, check.CodeQuantity) {
		t.Errorf("check with the page's baseline still finds %v", got)
	}

	do(t, ctx, "searching the corpus",
		chromedp.Navigate(ts.URL+"/corpus?q=MRI"),
		chromedp.WaitVisible(`li.hit`),
		chromedp.Click(`section[data-facet=outcome] a[data-value=upheld]`),
		chromedp.WaitVisible(`section[data-facet=outcome] a.on`),
	)
	hits := eval[int](t, ctx, `document.querySelectorAll('li.hit').length`)
	shot(t, ctx, "corpus.png", false)
	if hits == 0 {
		t.Fatal("corpus search for MRI filtered to upheld: no letters")
	}
	do(t, ctx, "opening a corpus letter", chromedp.Click(`li.hit a`), chromedp.WaitVisible(`.pages`))
	title := eval[string](t, ctx, `document.querySelector('.letter-head h1').textContent`)
	shot(t, ctx, "corpus-letter.png", true)
	if !strings.HasPrefix(title, "CM1") {
		t.Errorf("corpus letter opened with title %q, want its case number", title)
	}
	do(t, ctx, "sending an empty form",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.Click(`button.primary`),
		chromedp.WaitVisible(`.error-box`),
	)
	shot(t, ctx, "error.png", false)
	if msg := eval[string](t, ctx, `document.querySelector('.error-message').textContent`); !strings.Contains(msg, "no letter was sent") {
		t.Errorf("empty form: error page says %q", msg)
	}
	if n := dialogs.Load(); n != 0 {
		t.Errorf("%d dialogs opened", n)
	}
}

// TestBrowserHostileLetter uploads a letter that holds markup, named
// with markup: nothing runs, and the page holds it as text.
func TestBrowserHostileLetter(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	ctx, dialogs := browser(t)
	const script = `<script>alert("script")</script>`
	const img = `"><img src=x onerror=alert("img")>`
	text := strings.Replace(string(seed(t)), "CLINICAL CASE SUMMARY", "CLINICAL CASE SUMMARY "+script+img, 1)
	text = strings.Replace(text, "Diagnoses", "Diagnoses "+img+script, 1)
	path := filepath.Join(t.TempDir(), `"><img src=x onerror=alert("name")>.txt`)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "uploading the hostile letter",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.SetUploadFiles(`input[type=file]`, []string{path}),
		chromedp.Click(`button.primary`),
		chromedp.WaitVisible(`.pages`),
		chromedp.Sleep(300*time.Millisecond), // time for an injected handler to fire
	)
	pageText := eval[string](t, ctx, `document.querySelector('.pages').textContent`)
	title := eval[string](t, ctx, `document.querySelector('.letter-head h1').textContent`)
	imgs := eval[int](t, ctx, `document.querySelectorAll('img').length`)
	scripts := eval[int](t, ctx, `Array.from(document.scripts).filter(s => !s.src.endsWith('/static/app.js')).length`)
	shot(t, ctx, "hostile.png", false)
	if n := dialogs.Load(); n != 0 {
		t.Errorf("the hostile letter opened %d dialogs", n)
	}
	if imgs != 0 || scripts != 0 {
		t.Errorf("the hostile letter made %d img and %d script elements, want none", imgs, scripts)
	}
	for _, want := range []string{script, img} {
		if !strings.Contains(pageText, want) {
			t.Errorf("the letter's text does not show %q as text", want)
		}
	}
	if !strings.Contains(title, `<img src=x onerror=alert(`) {
		t.Errorf("the page's title is %q, want the file name as text", title)
	}
}
