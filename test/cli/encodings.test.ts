// Text files in UTF-16 (with a byte-order mark) and in Latin-1 are read as the text they hold, as a
// real process run on real files; a Latin-1 file says so in its record.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { decodeText } from "../../src/io/decode.js";
import { runCli, tempDir } from "./harness.js";

const TEXT = "Café crème in Zürich\n\nThe café on the corner served crème brûlée to every guest, the owner said on Monday.\n\nAdvertisement\n\nShe plans to open a second café near the station next year, she said.\n";
const CLEAN = "Café crème in Zürich\n\nThe café on the corner served crème brûlée to every guest, the owner said on Monday.\n\nShe plans to open a second café near the station next year, she said.";

const utf16be = (s: string): Buffer => {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

describe("cli encodings", () => {
  const dir = tempDir();
  const files = {
    "le.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT.replace(/\n/gu, "\r\n"), "utf16le")]),
    "be.txt": Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]),
    "latin1.txt": Buffer.from(TEXT, "latin1"),
    "utf8.txt": Buffer.from(TEXT, "utf8"),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);

  for (const name of ["le.txt", "be.txt", "utf8.txt"]) {
    it(`cli › ${name} is cleaned as the text it holds, with no warning`, () => {
      const run = runCli([join(dir, name), "--format", "json"]);
      assert.equal(run.status, 0, run.stdout + run.stderr);
      const record = JSON.parse(run.stdout) as Record<string, any>;
      assert.equal(record["status"], "ok");
      assert.equal(record["text"], CLEAN);
      assert.deepEqual(record["warnings"], []);
    });
  }

  it("cli › Latin-1 bytes are decoded as windows-1252, with a decoded-as-latin1 warning in the record", () => {
    const run = runCli([join(dir, "latin1.txt"), "--format", "json"]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const record = JSON.parse(run.stdout) as Record<string, any>;
    assert.equal(record["text"], CLEAN);
    assert.deepEqual(record["warnings"].map((w: { code: string }) => w.code), ["decoded-as-latin1"]);
  });

  it("cli › the warning travels through the worker pool too", () => {
    const run = runCli([join(dir, "latin1.txt"), join(dir, "utf8.txt"), "--format", "jsonl", "--jobs", "2", "--quiet"]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const records = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, any>);
    assert.deepEqual(records.map((r) => [r["id"].split("/").pop(), r["warnings"].map((w: { code: string }) => w.code)]), [["latin1.txt", ["decoded-as-latin1"]], ["utf8.txt", []]]);
  });
});

describe("decodeText", () => {
  it("decodeText › windows-1252 bytes 0x80-0x9f are its letters and signs, not C1 controls", () => {
    const bytes = Buffer.concat([Buffer.from("It costs 5 "), Buffer.from([0x80]), Buffer.from(", he said: "), Buffer.from([0x93]), Buffer.from("fine"), Buffer.from([0x94, 0x85])]);
    assert.deepEqual(decodeText(bytes), { text: "It costs 5 €, he said: “fine”…", warning: { code: "decoded-as-latin1", message: "the bytes are not valid UTF-8; decoded as windows-1252 (Latin-1)" } });
  });

  it("decodeText › bytes mostly high are not taken for Latin-1 text: lenient UTF-8, for the sniff to refuse", () => {
    const r = decodeText(Buffer.alloc(300, 0xe9));
    assert.equal(r.warning, undefined);
    assert.ok(r.text.startsWith("\uFFFD"));
  });

  it("decodeText › binary bytes keep their NULs, so the library still refuses them", () => {
    assert.ok(decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff])).text.includes("\u0000"));
  });
});
