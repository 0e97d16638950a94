import { strict as assert } from "node:assert";
import { gzipSync } from "node:zlib";
import { test } from "node:test";
import { decodeHtml, readHtmlBytes } from "../../src/input/html/decode.js";

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

test("windows-1252 page declared with <meta charset>", () => {
  const bytes = latin1('<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 \x93quoted\x94 \x80 5</p></body></html>');
  const out = decodeHtml(bytes);
  assert.equal(out.charset, "windows-1252");
  assert.match(out.html, /Café “quoted” € 5/u);
  assert.deepEqual(out.warnings, []);
});

test("http-equiv content-type declaration is read", () => {
  const out = decodeHtml(latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>na\xefve</p>'));
  assert.equal(out.charset, "windows-1252"); // the WHATWG label mapping, as browsers do
  assert.match(out.html, /naïve/u);
});

test("a UTF-8 byte-order mark wins over the declaration and is stripped", () => {
  const body = new TextEncoder().encode('<meta charset="windows-1252"><p>Zürich</p>');
  const out = decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...body]));
  assert.equal(out.charset, "utf-8");
  assert.ok(out.html.startsWith("<meta"));
  assert.match(out.html, /Zürich/u);
});

test("UTF-8 declared but windows-1252 bytes: decoded as windows-1252 with a warning", () => {
  const out = decodeHtml(latin1('<meta charset="utf-8"><p>Caf\xe9</p>'));
  assert.equal(out.charset, "windows-1252");
  assert.match(out.html, /Café/u);
  assert.equal(out.warnings[0]?.code, "charset-mismatch");
});

test("stale single-byte declaration on UTF-8 bytes: decoded as UTF-8 with a warning", () => {
  const out = decodeHtml(new TextEncoder().encode('<meta charset="iso-8859-1"><p>Zürich</p>'));
  assert.equal(out.charset, "utf-8");
  assert.match(out.html, /Zürich/u);
  assert.equal(out.warnings[0]?.code, "charset-mismatch");
});

test("no declaration: valid UTF-8 is UTF-8, anything else windows-1252", () => {
  assert.equal(decodeHtml(new TextEncoder().encode("<p>€</p>")).charset, "utf-8");
  const guessed = decodeHtml(latin1("<p>\x80</p>"));
  assert.equal(guessed.charset, "windows-1252");
  assert.equal(guessed.warnings[0]?.code, "charset-guessed");
});

test("unknown charset label falls back to sniffing with a warning", () => {
  const out = decodeHtml(new TextEncoder().encode('<meta charset="klingon-8"><p>ok</p>'));
  assert.equal(out.charset, "utf-8");
  assert.equal(out.warnings[0]?.code, "charset-unknown");
});

test("readHtmlBytes gunzips gzip input and passes other bytes through", () => {
  const raw = new TextEncoder().encode("<p>hello</p>");
  assert.deepEqual(Buffer.from(readHtmlBytes(gzipSync(raw))), Buffer.from(raw));
  assert.equal(readHtmlBytes(raw), raw);
});

test("readHtmlBytes inflates no further than its limit: a gzip bomb is a clear error, not gigabytes", () => {
  // 64 gzip members of 1 MB each: 64 MB out of about 65 KB in.
  const bomb = Buffer.concat(Array.from({ length: 64 }, () => gzipSync(Buffer.alloc(1 << 20, 0x61))));
  assert.ok(bomb.length < 100_000);
  assert.throws(() => readHtmlBytes(bomb, 1_000_000, "maxInputChars"), (error: Error) => /inflates to more than 1000000 bytes \(maxInputChars\)/u.test(error.message));
  assert.equal(readHtmlBytes(bomb, 100_000_000).length, 64 << 20);
});

test("stale multi-byte declaration (gb2312) on UTF-8 bytes: decoded as UTF-8 with a warning", () => {
  const out = decodeHtml(new TextEncoder().encode('<meta charset="gb2312"><p>Zürich, Genève, Málaga, Kraków, Bogotá et Düsseldorf: “quoted”</p>'));
  assert.equal(out.charset, "utf-8");
  assert.match(out.html, /Zürich, Genève, Málaga, Kraków, Bogotá et Düsseldorf: “quoted”/u);
  assert.equal(out.warnings[0]?.code, "charset-mismatch");
  assert.match(out.warnings[0]!.message, /gbk.*valid UTF-8/u);
});

test("GBK bytes declared gb2312 stay GBK", () => {
  // "中文网页" in GBK: not valid UTF-8.
  const out = decodeHtml(Uint8Array.from([...latin1('<meta charset="gb2312"><p>'), 0xd6, 0xd0, 0xce, 0xc4, 0xcd, 0xf8, 0xd2, 0xb3, ...latin1("</p>")]));
  assert.equal(out.charset, "gbk");
  assert.match(out.html, /中文网页/u);
  assert.deepEqual(out.warnings, []);
});

test("a UTF-16 declaration inside ASCII-compatible bytes is read as UTF-8", () => {
  const out = decodeHtml(new TextEncoder().encode('<meta charset="utf-16"><p>plain ascii page</p>'));
  assert.equal(out.charset, "utf-8");
  assert.match(out.html, /plain ascii page/u);
});
