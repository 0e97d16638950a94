// Metadata read from plain text, one test per form and language: dates with their time and zone,
// bylines that are only a name beside the date, the update date as the fallback publication
// date, the headline with the site's name stripped, and headlines in the catalog's languages.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/cleaner.js";
import { bareNameAt, authorIn, nameAfterByline, tidyName } from "../../src/metadata/from-text-head.js";
import { withoutSiteName } from "../../src/metadata/from-text.js";
import { parseDate, parseDateTime } from "../../src/metadata/parse-date.js";

const cleaner = createCleaner();
const BODY = [
  "The city council approved the new budget on Monday after a long debate about the cost of the new bridge over the river.",
  "",
  "Councillors said the plan would be reviewed again in the spring, when the first figures for the year are known to the public.",
];

describe("metadata forms from text", () => {
  const times: Array<[string, string, string | undefined]> = [
    ["en", "Updated 14 March 2025, 09:42 GMT", "2025-03-14T09:42+00:00"],
    ["en", "Dec. 23, 2024, 1:24 PM EST", "2024-12-23T13:24-05:00"],
    ["en", "May 3, 2023 at 9:05 am", "2023-05-03T09:05"],
    ["en", "Dec 17, 2025, 21:47 IST", "2025-12-17T21:47"],
    ["en", "17 Dec 2025 21:47 (UTC+05:30)", "2025-12-17T21:47+05:30"],
    ["iso", "2025-03-14T09:42:00Z", "2025-03-14T09:42:00+00:00"],
    ["fr", "Publié le 14 mars 2025 à 09h42", "2025-03-14T09:42"],
    ["de", "3. März 2025, 10:05 Uhr MEZ", "2025-03-03T10:05+01:00"],
    ["es", "5 de mayo de 2025 a las 14:30", "2025-05-05T14:30"],
    ["it", "12 marzo 2025 alle 18:15", "2025-03-12T18:15"],
    ["pt", "5 de maio de 2025 às 10:00", "2025-05-05T10:00"],
    ["en", "14 March 2025", "2025-03-14"],
    ["en", "14 March 2025, 25:99", "2025-03-14"],
    ["en", "no date here", undefined],
  ];
  for (const [lang, text, iso] of times) {
    it(`metadata forms › ${lang}: ${JSON.stringify(text)} reads as ${JSON.stringify(iso)}`, () => assert.equal(parseDateTime(text), iso));
  }

  it("metadata forms › parseDate still gives the date alone", () => {
    assert.equal(parseDate("Updated 14 March 2025, 09:42 GMT"), "2025-03-14");
    assert.equal(parseDate("2025-03-14T09:42:00Z"), "2025-03-14");
  });

  const names: Array<[string, string[], number, string | undefined]> = [
    ["en", ["Picture of Jane Doe", "Jane Doe", "May 19, 2024"], 1, "Jane Doe"],
    ["en", ["Jane Doe May 19, 2024"], 0, "Jane Doe"],
    ["en", ["Jane Doe | Guest Columnist", "", "Dec 19, 2025"], 0, "Jane Doe"],
    ["fr", ["Marie Dupont", "12 mars 2025"], 0, "Marie Dupont"],
    ["de", ["Hans Müller", "3. März 2025"], 0, "Hans Müller"],
    ["es", ["Ana García", "5 de mayo de 2025"], 0, "Ana García"],
    ["it", ["Marco Rossi", "12 marzo 2025"], 0, "Marco Rossi"],
    ["pt", ["João Silva", "5 de maio de 2025"], 0, "João Silva"],
    ["en", ["Jane Doe", "The council met on Monday."], 0, undefined],
    ["en", ["Home Security", "May 19, 2024"], 0, undefined],
    ["en", ["The Best Bridges", "May 19, 2024"], 0, undefined],
  ];
  for (const [lang, lines, at, name] of names) {
    it(`metadata forms › ${lang}: bare name in ${JSON.stringify(lines)} is ${JSON.stringify(name)}`, () => assert.equal(bareNameAt(lines, at), name));
  }

  const alone: Array<[string, string[], string | undefined]> = [
    ["en", ["Written By", "Jane Doe", "Senior Editor"], "Jane Doe"],
    ["en", ["By:", "  • [jane-doe.jpg] Jane Doe - Product marketer"], "Jane Doe"],
    ["en", ["Article written by:", "Jane Doe, MD, FACP"], "Jane Doe, MD, FACP"],
    ["en", ["Posted by", "Jane Doe, Print Managing Editor"], "Jane Doe"],
    ["fr", ["Par", "Marie Dupont"], "Marie Dupont"],
    ["de", ["Von", "Hans Müller"], "Hans Müller"],
    ["es", ["Por", "Ana García"], "Ana García"],
    ["it", ["Di", "Marco Rossi"], "Marco Rossi"],
    ["pt", ["Por", "João Silva"], "João Silva"],
    ["en", ["By", "Table of Contents"], undefined],
    ["en", ["By", "May 19, 2024"], undefined],
  ];
  for (const [lang, lines, name] of alone) {
    it(`metadata forms › ${lang}: byline words alone, then ${JSON.stringify(lines[1])}: ${JSON.stringify(name)}`, () => assert.equal(nameAfterByline(lines, 0), name));
  }

  it("metadata forms › a name the dump prints twice or with the next label", () => {
    assert.equal(tidyName("Jane DoeJane Doe"), "Jane Doe");
    assert.equal(tidyName("Jane Doe Jane Doe"), "Jane Doe");
    assert.equal(tidyName("Jane Doe December"), "Jane Doe");
    assert.equal(tidyName("Jane Doe Last Updated"), "Jane Doe");
    assert.equal(tidyName("Jane Doe WABC"), "Jane Doe");
    assert.equal(tidyName("JANE DOE"), "JANE DOE");
    assert.equal(tidyName("Mary Anne Mary"), "Mary Anne Mary");
  });

  it("metadata forms › a bare name after a list bullet or an image's alt text", () => {
    assert.equal(bareNameAt(["  • Jane Doe", "  • Web Design", "  • Nov 20, 2025"], 0), "Jane Doe");
    assert.equal(bareNameAt(["[Jane_Doe] Jane Doe", "calendar August 23, 2023"], 0), "Jane Doe");
  });

  it("metadata forms › 'by' after a word that sorts or describes is no byline", () => {
    assert.equal(authorIn("Shop By Brand"), undefined);
    assert.equal(authorIn("Programs by Type"), undefined);
    assert.equal(authorIn("How To Design A Room [Step By Step]"), undefined);
    assert.equal(authorIn("Story by Jane Doe"), "Jane Doe");
    assert.equal(authorIn("Discussion started by Jane Doe, May 11, 2024."), "Jane Doe");
    assert.equal(authorIn("May 3, 2017 By Jane Doe 4 Comments"), "Jane Doe");
    assert.equal(authorIn("Written byby Jane Doe"), "Jane Doe");
  });

  it("metadata forms › a byline by the article's start wins over a menu's far above it", () => {
    const menu = Array.from({ length: 40 }, (_, i) => `Menu entry ${i}`);
    const r = cleaner.clean(["By Role", ...menu, "", "By Jane Doe", "", ...BODY].join("\n"));
    assert.equal(r.metadata.author, "Jane Doe");
    assert.equal(r.metadataFrom.author, "rule:byline");
  });

  it("metadata forms › a menu's facets are no bylines ('By Role', 'Shop By Event Type')", () => {
    assert.equal(authorIn("By Role"), undefined);
    assert.equal(authorIn("Shop By Event Type"), undefined);
    const r = cleaner.clean(["By Event Type", "", ...BODY].join("\n"));
    assert.equal(r.metadata.author, undefined);
  });

  it("metadata forms › a name glued to the month or a label, or followed by its picture's alt text, is tidied", () => {
    assert.equal(authorIn("By Jane DoeNovember 12, 2024"), "Jane Doe");
    assert.equal(tidyName("Jane Doe UpdatedJanuary"), "Jane Doe");
    assert.equal(tidyName("Jane Doe Profile Image"), "Jane Doe");
    assert.equal(tidyName("Jane Doe avatar"), "Jane Doe");
  });

  it("metadata forms › a byline glued to its name by the dump", () => {
    assert.equal(authorIn("ByJane Doe"), "Jane Doe");
    assert.equal(authorIn("Bywater Street"), undefined);
  });

  it("metadata forms › the cleaner reads a bare name beside the date, with provenance", () => {
    const r = cleaner.clean(["Home", "News", "Jane Doe", "May 19, 2024", "", ...BODY].join("\n"));
    assert.equal(r.metadata.author, "Jane Doe");
    assert.equal(r.metadataFrom.author, "text:head");
  });

  it("metadata forms › a page with only an update date gives it as the publication date, time and zone kept", () => {
    const r = cleaner.clean(["Updated 14 March 2025, 09:42 GMT", "", ...BODY].join("\n"));
    assert.equal(r.metadata.publishedAt, "2025-03-14T09:42+00:00");
    assert.equal(r.metadata.modifiedAt, "2025-03-14T09:42+00:00");
    assert.equal(r.metadataFrom.publishedAt, "text:head-updated");
  });

  it("metadata forms › a publication date wins over the update date", () => {
    const r = cleaner.clean(["Published 2 March 2025", "Updated 14 March 2025, 09:42 GMT", "", ...BODY].join("\n"));
    assert.equal(r.metadata.publishedAt, "2025-03-02");
    assert.equal(r.metadataFrom.publishedAt, "rule:published-line");
  });

  it("metadata forms › the site's name after the headline is stripped when the page names the site elsewhere", () => {
    const lines = ["Artlyst logo", "Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst", "© 2025 Artlyst"];
    assert.equal(withoutSiteName("Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst", lines), "Critics’ Choice: Best UK Art Exhibitions 2025");
    assert.equal(withoutSiteName("Budget approved | The Daily Example", ["The Daily Example", "Budget approved | The Daily Example"]), "Budget approved");
    assert.equal(withoutSiteName("Gym Workouts for Beginners — Strength Training", ["Gym Workouts for Beginners — Strength Training"]), "Gym Workouts for Beginners — Strength Training");
    assert.equal(withoutSiteName("Budget approved - a long way to go for the city and the region", ["a long way to go"]), "Budget approved - a long way to go for the city and the region");
  });

  it("metadata forms › the cleaner strips the site's name from a headline kept with the article", () => {
    const r = cleaner.clean(["Council approves the bridge budget | The Daily Example", "", ...BODY, "", "© 2025 The Daily Example"].join("\n"));
    assert.equal(r.metadata.title, "Council approves the bridge budget");
  });

  it("metadata forms › the headline above a byline wins over a standfirst under it", () => {
    const text = [
      "Home",
      "News",
      "Council approves the bridge budget",
      "By Jane Doe",
      "May 19, 2024",
      "Share",
      "The new bridge over the river will cost more than the council planned, and the works start next spring",
      "",
      ...BODY,
    ].join("\n");
    assert.equal(cleaner.clean(text).metadata.title, "Council approves the bridge budget");
  });

  it("metadata forms › the region's headline wins over a caption printed first", () => {
    const r = cleaner.clean(["A view of the old river crossing at night from the east bank", "Council approves bridge budget", "", ...BODY].join("\n"));
    assert.equal(r.metadata.title, "Council approves bridge budget");
    assert.equal(r.metadataFrom.title, "rule:headline-line");
  });

  it("metadata forms › an author's avatar is not the headline", () => {
    assert.equal(cleaner.clean(["Jane Doe's avatar", "", ...BODY].join("\n")).metadata.title, undefined);
  });

  const headlines: Array<[string, string, string[]]> = [
    ["fr", "Le conseil municipal approuve le budget du nouveau pont", ["Le conseil municipal a approuvé lundi le nouveau budget après un long débat sur le coût du pont qui doit enjamber la rivière.", "Les élus ont indiqué que le projet serait réexaminé au printemps, lorsque les premiers chiffres de l'année seront connus."]],
    ["de", "Stadtrat billigt den Haushalt für die neue Brücke", ["Der Stadtrat hat am Montag nach einer langen Debatte über die Kosten der neuen Brücke über den Fluss den Haushalt gebilligt.", "Die Abgeordneten sagten, der Plan werde im Frühjahr erneut geprüft, wenn die ersten Zahlen des Jahres bekannt sind."]],
    ["es", "El ayuntamiento aprueba el presupuesto del nuevo puente", ["El ayuntamiento aprobó el lunes el nuevo presupuesto después de un largo debate sobre el coste del puente sobre el río.", "Los concejales dijeron que el plan se revisará de nuevo en primavera, cuando se conozcan las primeras cifras del año."]],
    ["it", "Il consiglio comunale approva il bilancio del nuovo ponte", ["Il consiglio comunale ha approvato lunedì il nuovo bilancio dopo un lungo dibattito sul costo del ponte sul fiume.", "I consiglieri hanno detto che il piano sarà riesaminato in primavera, quando saranno noti i primi dati dell'anno."]],
    ["pt", "Câmara municipal aprova o orçamento da nova ponte", ["A câmara municipal aprovou na segunda-feira o novo orçamento depois de um longo debate sobre o custo da ponte sobre o rio.", "Os vereadores disseram que o plano será revisto na primavera, quando forem conhecidos os primeiros números do ano."]],
  ];
  for (const [lang, headline, body] of headlines) {
    it(`metadata forms › ${lang}: the headline above the article is the title`, () => {
      const r = cleaner.clean([headline, "", body[0], "", body[1]].join("\n"));
      assert.equal(r.metadata.title, headline);
    });
  }
});
