// The page-wide models of a pass (the classifier's and the article region's verdicts, computed
// once per pass and parameter set because they look at the whole page, and each unit's position),
// and the kept units wrapped as matcher Subjects that read them, with their neighbours.
import { labelLines, verdictAt, type Labelled } from "../classifier/classify-lines.js";
import { lineFeatures, type LineFeatures } from "../classifier/features.js";
import type { LineState } from "./state.js";
import { checkOf, type Facts, type Plan } from "../plan/prefilter.js";
import type { RegionVerdict, Subject, Verdict } from "../matchers/matcher.js";
import { articleRegion, type Verdicts } from "../region/article-region.js";
import type { ItemRun } from "../region/item-runs.js";
import { MeasuredSubject } from "../matchers/subject.js";
import type { Need } from "../plan/need.js";
import { lineCount, type UnitRef, type Units } from "./units.js";

/** What the engine measured of a unit, for its subjects: the line scan's facts (a word count as
 *  lexicon/fold.ts counts words) and the plan's compiled matcher checks over them. */
export interface Measured {
  facts: (unit: UnitRef) => Facts;
  plan: Plan;
}

/** The page-wide models over the kept units of a pass, each run once per parameter set when
 *  first asked: the classifier's verdicts and the article region's. */
export interface PageModels {
  classify(unit: UnitRef, params: Record<string, number>): Verdict;
  region(unit: UnitRef, params: Record<string, number>): RegionVerdict;
  /** The part `region` would give, without building the verdict. */
  regionPart(unit: UnitRef, params: Record<string, number>): RegionVerdict["part"];
  /** Share (0..1) of the kept text, in characters, before the unit (among units of its kind). */
  position(unit: UnitRef): number;
  /** The runs of cards among the kept lines, when the region model was asked for (they do not
   *  depend on its parameters); undefined when it was not. */
  itemRuns(): readonly ItemRun[] | undefined;
}

export function pageModels(units: Units): PageModels {
  const verdicts = new Map<string, Labelled>();
  const classifyAll = (params: Record<string, number>): Labelled => {
    const key = paramsKey(params);
    let v = verdicts.get(key);
    if (v === undefined) {
      v = labelLines(
        units.line.map((u) => ({ text: u.text, block: u.blockPos, features: featuresOf(u) })),
        params,
      );
      verdicts.set(key, v);
    }
    return v;
  };
  const classify = (unit: UnitRef, params: Record<string, number>): Verdict => {
    const all = classifyAll(params);
    // A line unit's verdict is the classifier's own (same label and evidence).
    if (unit.kind === "line") return verdictAt(all, unit.pos);
    // A block is boilerplate only when every line in it is (its lines are the kept lines from its linePos on).
    const at = unit.lines.map((_, k) => unit.linePos + k);
    const bad = verdictAt(all, at.find((i) => all.content[i] === 1) ?? at[0]!);
    return { label: bad.label, evidence: bad.evidence };
  };
  const regions = new Map<string, Verdicts>();
  let items: readonly ItemRun[] | undefined;
  // A rule asks about every line with one parameters object, and one rule asks after another:
  // the last object's verdicts are kept at hand.
  let lastParams: Record<string, number> | undefined;
  let lastVerdicts: Verdicts | undefined;
  const regionAll = (params: Record<string, number>): Verdicts => {
    if (params === lastParams) return lastVerdicts!;
    const key = paramsKey(params);
    let v = regions.get(key);
    if (v === undefined) {
      // The kept lines are region lines as they stand: the pass measured each before any rule ran.
      const found = articleRegion(units.line, params);
      v = found.verdicts;
      items ??= found.itemRuns;
      regions.set(key, v);
    }
    lastParams = params;
    lastVerdicts = v;
    return v;
  };
  const region = (unit: UnitRef, params: Record<string, number>): RegionVerdict => {
    const all = regionAll(params);
    if (unit.kind === "line") return all.at(unit.pos);
    // A block stands where its most article-like line stands.
    const mine = unit.lines.map((_, i) => all.at(unit.linePos + i));
    return mine.find((v) => v.part === "content" || v.part === "none") ?? mine.find((v) => v.part === "inside") ?? mine[0]!;
  };
  const regionPart = (unit: UnitRef, params: Record<string, number>): RegionVerdict["part"] =>
    unit.kind === "line" ? regionAll(params).partAt(unit.pos) : region(unit, params).part;
  // Characters of kept text before each unit, per kind.
  const before = { line: prefixChars(units.line), block: prefixChars(units.block) };
  const position = (unit: UnitRef): number => {
    const chars = before[unit.kind];
    return chars[unit.pos]! / Math.max(1, chars[chars.length - 1]!);
  };
  return { classify, region, regionPart, position, itemRuns: () => items };
}

/** Subjects of the units; with `measured`, they take their word counts and answer their matchers'
 *  checks from the engine's scan. */
export function subjectFactory(units: Units, measured?: Measured, page: PageModels = pageModels(units)): (unit: UnitRef) => Subject {
  // The subjects of the last few units asked about, so the measures a subject caches serve every
  // rule on its unit and on its neighbours (rules look a few units back or on), without holding a
  // subject for every unit of the page.
  const made = { line: new SubjectRing(), block: new SubjectRing() };
  const pass: Pass = {
    units,
    page,
    measured,
    make: (unit) => {
      const ring = made[unit.kind];
      return ring.get(unit.pos) ?? ring.put(unit.pos, new UnitSubject(unit, pass));
    },
  };
  return pass.make;
}

/** What the subjects of one pass share. */
interface Pass {
  units: Units;
  page: PageModels;
  measured: Measured | undefined;
  make(unit: UnitRef): Subject;
}

/** A kept unit as its rules see it: what it may read around it comes from the pass. */
class UnitSubject extends MeasuredSubject {
  /** The unit's facts, read once for all of its rules' checks. */
  private facts: Facts | undefined = undefined;

  constructor(
    private readonly unit: UnitRef,
    private readonly pass: Pass,
  ) {
    super();
  }

  get kind(): Subject["kind"] {
    return this.unit.kind;
  }
  get id(): string {
    return this.unit.id;
  }
  get text(): string {
    return this.unit.text;
  }
  get lineCount(): number {
    return lineCount(this.unit);
  }
  prev(): Subject | undefined {
    return this.at(this.unit.pos - 1);
  }
  next(): Subject | undefined {
    return this.at(this.unit.pos + 1);
  }
  position(): number {
    return this.pass.page.position(this.unit);
  }
  classify(params: Record<string, number>): Verdict {
    return this.pass.page.classify(this.unit, params);
  }
  override region(params: Record<string, number>): RegionVerdict {
    return this.pass.page.region(this.unit, params);
  }
  protected override measuredWords(): number | undefined {
    return this.measuredFacts()?.words;
  }
  protected override knownToMeet(need: Need): boolean | undefined {
    const measured = this.pass.measured;
    if (measured === undefined) return undefined;
    const check = checkOf(measured.plan, need);
    return check === undefined ? undefined : check(this.measuredFacts()!);
  }

  private measuredFacts(): Facts | undefined {
    return (this.facts ??= this.pass.measured?.facts(this.unit));
  }

  /** The kept unit of the same kind at `pos`, if any. */
  private at(pos: number): Subject | undefined {
    const unit = this.pass.units[this.unit.kind][pos];
    return unit === undefined ? undefined : this.pass.make(unit);
  }
}

// A rule passes the same parameters object on every call: its key is made once.
const keys = new WeakMap<Record<string, number>, string>();
function paramsKey(params: Record<string, number>): string {
  let key = keys.get(params);
  if (key === undefined) keys.set(params, (key = JSON.stringify(params)));
  return key;
}

function prefixChars(list: readonly UnitRef[]): Float64Array {
  const out = new Float64Array(list.length + 1);
  list.forEach((u, i) => (out[i + 1] = out[i]! + u.text.length));
  return out;
}

/** A line's classifier measurements, kept across passes while its text is unchanged (they depend
 *  on nothing else): the engine's scan of the line left them in its memo (engine/run.ts). A line
 *  the pass did not scan (longer than the rules read) is measured here, each time asked. */
function featuresOf(state: LineState): LineFeatures {
  return state.features ?? lineFeatures(state.text);
}

const RING = 8;

/** The subjects of the last RING positions asked for, by position. */
class SubjectRing {
  private readonly at = new Int32Array(RING).fill(-1);
  private readonly subjects = new Array<Subject | undefined>(RING);

  get(pos: number): Subject | undefined {
    const k = pos & (RING - 1);
    return this.at[k] === pos ? this.subjects[k] : undefined;
  }

  put(pos: number, subject: Subject): Subject {
    const k = pos & (RING - 1);
    this.at[k] = pos;
    this.subjects[k] = subject;
    return subject;
  }
}
