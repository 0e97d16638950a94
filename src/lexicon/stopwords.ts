// Function-word lists (articles, pronouns, prepositions, conjunctions, auxiliaries,
// common adverbs). Prose is dense in them while menus, link lists and widget debris are not,
// which makes their share per line the strongest cheap signal of running text; the per-language
// hit counts also tell the language of a text. Words are lower-case and apostrophe-free
// because callers split tokens on apostrophes (French "l'homme" gives "l" and "homme").
import { HASH_SEED, UNSAFE, fold, hashStep, hashUnits } from "./fold.js";

const lists: Record<string, string> = {
  en: `a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each either few for from
further had has have having he her here hers herself him himself his how however i if in into is it
its itself just may me might more most must my myself neither no nor not now of off on once only or
other our ours ourselves out over own same shall she should so some such than that the their theirs
them themselves then there these they this those through thus to too under until up upon us very was
we were what when where whether which while who whom whose why will with within without would yet you
your yours yourself yourselves`,
  de: `aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf
aus bei beim bin bis bist da damit dann das dass dein deine deinem deinen deiner dem den denn der
des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer
eines er es etwas euch euer eure für gegen gewesen hab habe haben hat hatte hatten hier hin hinter
ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes
jetzt kann kein keine keinem keinen keiner können könnte man manche mein meine mich mir mit muss
musste nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen seiner sich
sie sind so solche soll sollte sondern um und uns unser unsere unter viel vom von vor war waren
warum was weil welche welchem welchen welcher welches wenn werde werden wie wieder will wir wird
wo wurde wurden zu zum zur zwar zwischen über`,
  fr: `a ai aient ainsi alors as au aucun aucune aussi autre aux avaient avait avant avec avez avoir
avons c ce ceci cela celle celles celui cependant ces cet cette ceux chez comme comment d dans de des
donc dont du elle elles en encore entre est et étaient était été être eu eux fait il ils j je jusqu l
la le les leur leurs lors lui m ma mais me même mes moi mon n ne ni nos notre nous on ont ou où par
parce pas peu peut plus pour pourquoi puis qu quand que quel quelle quelles quels qui s sa sans se
selon ses si son sont sous sur t ta te tes toi ton toujours tous tout toute toutes très tu un une vers
vos votre vous y`,
  es: `a al algo algunas algunos ante antes como con contra cual cuales cuando de del desde donde
durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estaban estado
estar estas este esto estos está están fue fueron ha habían había han hasta hay la las le les lo los
más me mi mis mucho muy nada ni no nos nosotros o os otra otras otro otros para pero poco por porque
que quien quienes qué se sea ser si sido sin sino sobre son su sus también tanto te tiene tienen
todo todos tu tus un una uno unos unas y ya yo él ésta sí`,
  it: `a abbiamo ad agli ai al alla alle allo anche avere aveva avevano c che chi ci coi col come
con contro cui da dagli dai dal dalla dalle dallo degli dei del dell della delle dello di dopo dove
e ed era erano essere gli ha hanno ho i il in io l la le lei li lo loro lui ma mi mia mie miei mio
ne negli nei nel nell nella nelle nello noi non nostra nostro o ogni per perché più poi quale quando
quella quelle quelli quello questa queste questi questo se sei si sia siamo sono su sua sue sui sul
sull sulla sulle suo suoi tra tutti tutto un una uno vi voi è stato stata anche già molto`,
  pt: `a ao aos aquela aquele aquilo as até com como da das de dela dele deles depois do dos e ela
elas ele eles em entre era eram essa esse esta este estava eu foi foram há isso isto já lhe lhes mais
mas me mesmo meu minha muito na nas nem no nos nossa nosso num numa não nós o os ou para pela pelas
pelo pelos por qual quando que quem se sem ser seu seus sua suas são só também te tem têm tinha
um uma umas uns você vocês à às é está estão ainda sobre`,
  nl: `aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een
eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iets ik in is ja je kan
kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op
over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wij
wil worden wordt zal ze zelf zich zij zijn zo zonder zou`,
  sv: `alla allt att av blev bli blir de dem den denna deras dess det detta dig din dina ditt du där
efter ej eller en er era ett från för ha hade han hans har henne hennes hon honom hur här i icke inom
inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något några och
om oss på samma sedan sig sin sina sitta själv skulle som så sådan till under upp ut utan vad var
vara varför varit vars vem vi vid vilken vilket våra vårt än är åt över`,
  da: `af alle andet andre at blev bliver da de dem den denne der deres det dette dig din dog du efter
eller en end er et for fra ham han hans har havde hende hendes her hos hun hvad hvis hvor i ikke ind
jeg jer kan kunne man mange med meget men mig min mine mit mod ned noget nogle nu når og også om op
os over på selv sig sin sine sit skal skulle som sådan thi til ud under var vi vil ville vor være
været`,
  pl: `a aby ale bardzo bez bo być był była było były będzie co czy dla do gdy gdzie i ich ile im
innych jak jako je jego jej jest jeszcze jeśli już każdy kiedy kto która które którego który ma mi
mnie może na nad nie nich niż o od oraz po pod przed przez przy się sobie tak także tam te tego
tej ten to tu tylko w we więc z za ze że`,
  ru: `а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже
для до его ее если есть еще же за здесь и из или им их к как когда кто ли либо мне может мы на над
надо наш не него нее нет ни них но ну о об однако он она они оно от очень по под после при с со так
также такой там те тем то того тоже той только том ты у уже хотя чего чей чем что чтобы эта эти это
я`,
};

export const stopwords: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(lists).map(([lang, words]) => [lang, new Set(words.split(/\s+/).filter(Boolean))]),
);

/** Language codes in a fixed order: bit i of a stop-word mask stands for languages[i]. */
export const languages: readonly string[] = Object.keys(stopwords);

const masks = new Map<string, number>();
languages.forEach((lang, i) => {
  for (const w of stopwords[lang]!) masks.set(w, (masks.get(w) ?? 0) | (1 << i));
});

/** Length of the longest stop word: longer words need no lookup. */
export const longestStopword = Math.max(...[...masks.keys()].map((w) => w.length));

/** Bit mask of the languages (indexes into `languages`) listing a lower-case word as a stop word. */
export function stopwordMask(word: string): number {
  return masks.get(word) ?? 0;
}

// The same lookup on a slice of a text without building the lower-cased word: a hash over the
// slice's case-folded UTF-16 units (lexicon/fold.ts, the hash the word conditions read, so the
// line scan hashes a letter run once) finds the candidates, which are then compared unit by unit
// with the lower-cased slice. A unit that folds safely folds like its lower case, and a stop
// word's units fold to themselves, so a slice that lower-cases to a stop word hashes like it
// (test/matchers/prefilter.test.ts checks both over the whole BMP).
const lowers = new Uint16Array(65536);
export const MULTI = 0xffff;

/** The lower case of a UTF-16 unit, or MULTI when it is not a single unit. */
export function lowerUnit(code: number): number {
  let l = lowers[code]!;
  if (l === 0) {
    const s = String.fromCharCode(code).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : MULTI;
    // Surrogates, and capital sigma (its lower case depends on the next letter in a string).
    if ((code >= 0xd800 && code <= 0xdfff) || code === 0x3a3) l = MULTI;
    lowers[code] = l;
  }
  return l;
}

/** Whether `unit` is part of what a unit whose lower case is not one unit (lowerUnit's MULTI)
 *  lower-cases to: sigma (σ or ς, by context), a dotted I's combining dot, an astral letter's
 *  halves. No stop word holds one, so a MULTI unit never lower-cases into a stop word
 *  (stopwordMaskOf). */
function lowerOfMulti(unit: number): boolean {
  return unit === 0x3c3 || unit === 0x3c2 || unit === 0x307 || (unit >= 0xd800 && unit <= 0xdfff);
}

/** A stop word, the languages (bits, as stopwordMask) that list it, and its number (its place in
 *  the lists' order, for stopwordMaskOf). */
export interface Stopword {
  word: string;
  mask: number;
  number: number;
}

// Keys, then a lookup: destructuring each [word, mask] entry costs the uncompiled start-up code
// several times the lookup. A stop word's units are letters that fold to themselves, so the hash
// of its units is its folded hash. No two stop words of the lists share a hash, so that a hash
// names one candidate (test/engine/word-index.test.ts asks too).
const byHash = new Map<number, Stopword>();
// The stop words' units one after the other, by number: word k is units[starts[k], starts[k + 1]),
// its languages maskOf[k]. A typed array reads the same way whatever the text's kind of
// string, where comparing with the words' strings reads one-byte and two-byte strings in turn.
const units: number[] = [];
const starts: number[] = [0];
const maskOf: number[] = [];
for (const word of masks.keys()) {
  const key = hashUnits(word) & 0x3fffffff;
  const other = byHash.get(key);
  if (other !== undefined) throw new Error(`stop words "${other.word}" and "${word}" share a hash`);
  const mask = masks.get(word)!;
  byHash.set(key, { word, mask, number: maskOf.length });
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (lowerOfMulti(unit)) throw new Error(`stop word "${word}" holds what a unit lowerUnit does not map lower-cases to`);
    units.push(unit);
  }
  starts.push(units.length);
  maskOf.push(mask);
}
const stopwordUnits = Uint16Array.from(units);
const stopwordStarts = Int32Array.from(starts);
const stopwordMasks = Int32Array.from(maskOf);

/** The stop word of each hashKey of folded units (lexicon/fold.ts) that one has: a table keyed
 *  by the same hashes holds them beside its own entries (plan/word-index.ts), so that one lookup
 *  of a letter run answers both. */
export const stopwordsByHash: ReadonlyMap<number, Stopword> = byHash;

// Bit per value of a hash's low 16 bits that some stop word's hash has: most words are no stop word,
// and a bit test turns them away before a map lookup.
const stopwordFilter = new Uint32Array(2048);
for (const h of byHash.keys()) stopwordFilter[(h & 0xffff) >>> 5]! |= 1 << (h & 31);

/** `stopwordMask(text.slice(start, end).toLowerCase())`, without allocating. */
export function stopwordMaskAt(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) {
    const f = fold(text.charCodeAt(i));
    if (f === UNSAFE) return stopwordMask(text.slice(start, end).toLowerCase());
    h = hashStep(h, f);
  }
  if ((stopwordFilter[(h & 0xffff) >>> 5]! & (1 << (h & 31))) === 0) return 0;
  const candidate = byHash.get(h & 0x3fffffff);
  return candidate === undefined ? 0 : stopwordMaskOf(text, start, end, candidate.number);
}

/** stopwordMaskAt for a slice whose folded units (none UNSAFE) hash, by lexicon/fold.ts hashStep
 *  from HASH_SEED, to the key of stop word `number` in stopwordsByHash: its mask if the slice
 *  lower-cases to it. Without a MULTI unit the slice lower-cases unit by unit; a MULTI unit
 *  lower-cases to what no stop word holds (lowerOfMulti). */
export function stopwordMaskOf(text: string, start: number, end: number, number: number): number {
  const from = stopwordStarts[number]!;
  if (stopwordStarts[number + 1]! - from !== end - start) return 0;
  for (let i = start, k = from; i < end; i++, k++) if (lowerUnit(text.charCodeAt(i)) !== stopwordUnits[k]) return 0;
  return stopwordMasks[number]!;
}
