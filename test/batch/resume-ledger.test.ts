// --resume's ledger: which (id, occurrence) documents an earlier output holds, read back from its
// records, for outputs written in input order (no occurrence field) or in any order (--unordered,
// later copies tagged).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { DoneRecords, Occurrences, OCCURRENCE_FIELD, withOccurrence } from "../../src/io/resume-ledger.js";

/** Reads record lines back as the resume code does: the field when present, else the next free copy. */
function readBack(lines: readonly string[]): DoneRecords {
  const done = new DoneRecords();
  for (const line of lines) {
    const record = JSON.parse(line) as Record<string, unknown>;
    done.add(record["id"] as string, record[OCCURRENCE_FIELD] as number | undefined);
  }
  return done;
}

const batch = fc.array(fc.constantFrom("a", "b", "x", "y\n\"z"), { minLength: 1, maxLength: 40 });

describe("resume ledger", () => {
  it("resume ledger › an unordered output's records name exactly the documents written, whatever their order and repeats", () => {
    fc.assert(
      fc.property(batch, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.infiniteStream(fc.nat()), (ids, written, order) => {
        const seen = new Occurrences();
        const docs = ids.map((id) => ({ id, occurrence: seen.next(id) }));
        const out = docs.filter((_, i) => written[i]);
        const shuffled = [...out];
        const picks = order.take(shuffled.length)[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = picks.next().value! % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const done = readBack(shuffled.map((d) => withOccurrence(JSON.stringify({ id: d.id, status: "ok" }), d.id, d.occurrence)));
        assert.equal(done.size, out.length);
        for (const [i, d] of docs.entries()) assert.equal(done.has(d.id, d.occurrence), written[i], `${d.id}#${d.occurrence}`);
      }),
    );
  });

  it("resume ledger › an ordered output without occurrence fields: its records are the first copies of each id", () => {
    fc.assert(
      fc.property(batch, fc.nat(), (ids, cut) => {
        const seen = new Occurrences();
        const docs = ids.map((id) => ({ id, occurrence: seen.next(id) }));
        const prefix = docs.slice(0, cut % (docs.length + 1));
        const done = readBack(prefix.map((d) => JSON.stringify({ id: d.id })));
        for (const [i, d] of docs.entries()) assert.equal(done.has(d.id, d.occurrence), i < prefix.length);
      }),
    );
  });

  it("resume ledger › a record held twice (two files holding the same copy) is taken once", () => {
    const done = new DoneRecords();
    assert.equal(done.add("x", 2), 2);
    assert.equal(done.add("x", 2), 0);
    assert.equal(done.add("x"), 1);
    assert.equal(done.add("x"), 3);
    assert.equal(done.size, 3);
  });
});
