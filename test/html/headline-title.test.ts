// The title from the page's <h1>s against its declared titles: how the headline's words are read
// (line breaks, a date or a byline inside the <h1>, a permalink sign), which of several <h1>s is the
// headline, a declared title that equals the <h1>, labels and taglines around it, and a declared
// title cut at a length limit.
import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";

const page = (head: string, body = ""): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const prose = "<p>The council met on Tuesday evening and voted on the budget for the coming year, after a long debate.</p>";
const titleOf = (head: string, body: string): { value: string; from: string } | undefined => htmlToDoc(page(head, body + prose)).meta.title;

describe("the headline's words", () => {
  test("a line break or a block inside the <h1> parts words", () => {
    assert.equal(titleOf("", "<h1>WEEKEND<br>CODING<br><span>AGENT</span></h1>")?.value, "WEEKEND CODING AGENT");
    assert.equal(titleOf("", "<h1><div>Data</div><div>Analytics</div> Agency</h1>")?.value, "Data Analytics Agency");
  });

  test("a date, a nested heading and a permalink sign inside the <h1> are not the headline's", () => {
    assert.equal(titleOf("", `<h1><a href="/p"><time datetime="2025-12-18">Dec 18 2025</time> Preparing a transition</a></h1>`)?.value, "Preparing a transition");
    assert.equal(titleOf("", `<h1>Top strategies for security<h3>Posted on <a href="/p">July 1, 2024</a> by admin</h3></h1>`)?.value, "Top strategies for security");
    assert.equal(titleOf("", `<h1>Quickstart<a class="headerlink" href="#quickstart">¶</a></h1>`)?.value, "Quickstart");
  });

  test("inline markup inside a word stays joined", () => {
    assert.equal(titleOf("", "<h1>Data<em>base</em> tuning</h1>")?.value, "Database tuning");
  });
});

describe("which <h1> is the headline", () => {
  test("an <h1> the declared titles equal wins even where two other declared titles agree", () => {
    const t = titleOf(
      `<title>Machine review with photos | Fitness</title><meta property="og:title" content="I tried the machine and it may replace my gym"><script type="application/ld+json">{"@type":"Article","headline":"Machine review with photos"}</script>`,
      "<h1>I tried the machine and it may replace my gym</h1>",
    );
    assert.deepEqual(t, { value: "I tried the machine and it may replace my gym", from: "h1" });
  });

  test("the site's name in an <h1>, a repeated <h1> and a template placeholder leave one headline", () => {
    const head = `<meta property="og:site_name" content="City Magazine"><title>New restaurants to visit this month, December | City Magazine</title>`;
    assert.deepEqual(titleOf(head, "<h1>City Magazine</h1><h1>New restaurants to visit this month</h1>"), { value: "New restaurants to visit this month", from: "h1" });
    assert.deepEqual(titleOf("<title>Setting up a workstation?</title>", "<h1>Setting up a workspace</h1><h1>Setting up a workspace</h1>"), { value: "Setting up a workspace", from: "h1" });
    assert.deepEqual(titleOf("<title>A treatise on coffee</title>", `<h1>A treatise on coffee (1792)</h1><h1>{{ $localize("cart.title") }}</h1>`), { value: "A treatise on coffee (1792)", from: "h1" });
  });

  test("of several <h1>s, the one a declared title names, whole or set off from the rest", () => {
    assert.equal(titleOf("<title>The fold-and-cut problem (Erik Demaine)</title>", "<h1>Folding and unfolding:</h1><h1>The fold-and-cut problem</h1>")?.value, "The fold-and-cut problem");
    assert.equal(titleOf("<title>Garnix Blog: Attested builds</title>", "<h1>Attested builds</h1><h1>What is attestation</h1><h1>Hardware attestation</h1>")?.value, "Attested builds");
  });

  test("a name a declared title sets off beside another declared title is no headline", () => {
    const head = `<title>Data Blog: Small adventures with small models</title><meta property="og:title" content="Small adventures with small models">`;
    assert.deepEqual(titleOf(head, "<h1>Data Blog</h1><h1>Small is the new large</h1><h1>What is a model?</h1>"), { value: "Small adventures with small models", from: "meta[og:title]" });
  });

  test("several <h1>s none of which a declared title names: the declared title", () => {
    assert.deepEqual(titleOf("<title>Residential electrician coupons</title>", "<h1>Coupons</h1><h1>Price match guarantee</h1>"), { value: "Residential electrician coupons", from: "title" });
  });
});

describe("what stands around the headline in an <h1>", () => {
  test("a short label before a declared title, a bracket after it", () => {
    assert.equal(titleOf("<title>Best agencies in 2025 (ranked)</title>", "<h1><strong>Blog:</strong> Best agencies in 2025 (ranked)</h1>")?.value, "Best agencies in 2025 (ranked)");
    assert.equal(titleOf("<title>Graduates find no jobs - News</title>", `<h1><a href="/s">Graduates find no jobs</a> <span>(<a href="https://x.example">x.example</a>)</span> 87</h1>`)?.value, "Graduates find no jobs");
  });

  test("a long lead before a colon is part of the headline", () => {
    const head = `<title>The best oral care products</title>`;
    assert.equal(titleOf(head, "<h1>The 2024 Healthy Beauty Awards: The best oral care products</h1>")?.value, "The 2024 Healthy Beauty Awards: The best oral care products");
  });

  test("a pipe sets off a tagline", () => {
    assert.equal(titleOf("<title>Tools for 2026</title>", "<h1>12 must-have data tools for 2026 | Python, SQL &amp; AI</h1>")?.value, "12 must-have data tools for 2026");
  });
});

test("a declared title cut at a length limit gives way to the one that carries it on", () => {
  const head = `<meta property="og:title" content="We help 4 readers find solutions (including one trick that works) - Studio"><script type="application/ld+json">{"@type":"Article","headline":"We help 4 readers find solutions (including"}</script>`;
  assert.equal(titleOf(head, "")?.value?.startsWith("We help 4 readers find solutions (including one trick that works"), true);
});

describe("an <h1> that names the section, above the article's headline", () => {
  const head = "<title>Babies Who Eat Peanuts Early May Avoid Allergy</title>";
  test("the declared title the page prints as a lower heading wins over the unrelated <h1>", () => {
    const body = "<h1>Allergies Health Center</h1><h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2>";
    assert.equal(titleOf(head, body)?.value, "Babies Who Eat Peanuts Early May Avoid Allergy");
  });

  test("an <h1> sharing only function words with the declared title printed below it is the section's name", () => {
    const h = "<title>Superbugs: What They Are and How You Get Them</title>";
    const body = "<h1>Information and Resources</h1><h2>Superbugs: What They Are and How You Get Them</h2>";
    assert.equal(titleOf(h, body)?.value, "Superbugs: What They Are and How You Get Them");
  });

  test("an <h1> sharing a word of its own with the declared title printed below it stays the headline", () => {
    const h = "<title>Superbugs: What They Are and How You Get Them</title>";
    const body = "<h1>Superbugs and Resources</h1><h2>Superbugs: What They Are and How You Get Them</h2>";
    assert.equal(titleOf(h, body)?.value, "Superbugs and Resources");
  });

  test("a declared title the page does not print leaves the lone <h1> the headline", () => {
    const body = "<h1>Allergies Health Center</h1><h2>Tools and resources</h2>";
    assert.equal(titleOf(head, body)?.value, "Allergies Health Center");
  });
});
