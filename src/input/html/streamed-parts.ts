// A page rendered by a streaming server (React's Suspense, as Next.js serves it) sends the parts
// that were not ready in time at the end of the body, each in a hidden `<div id="S:n">`, and a
// small script moves each into its place: a boundary's `<template id="B:n">` (the loading
// fallback after it, up to the boundary's closing comment, is replaced) or a segment's
// `<template id="P:n">`. Read without the script, an article's later paragraphs sit hidden after
// the site footer and go as hidden text; the content is where the script puts it, so the parts are
// moved there as a browser would, before anything is measured.
import type { Deadline } from "./deadline.js";
import { pathOf, squash, textOf, walk, isElement, type DomElement, type DomNode } from "./dom.js";
import { isInside } from "./dom-order.js";
import type { DomRemoval } from "./types.js";

/** Cheap test on the source: only pages that stream parts pay for the walk. */
export const mayStreamParts = (html: string): boolean => html.includes('id="S:');

/** The script's calls name each part's place (`$RC("B:0","S:0")`, `$RS("S:7","P:7")`); pages saved
 *  without scripts keep only the shared number. */
const CALL = /\$R([CS])\("([A-Z]:[0-9a-z]+)","([A-Z]:[0-9a-z]+)"(,)?/gu;

/** Moves each streamed part into its place; returns the loading fallbacks it replaced. Each move
 *  costs up to the length of its place's list of siblings: `deadline` is ticked once a part. */
export function placeStreamedParts(root: DomNode, deadline: Deadline): DomRemoval[] {
  const byId = new Map<string, DomElement>();
  const parts: DomElement[] = [];
  const scripts: string[] = [];
  walk(root, (node) => {
    if (!isElement(node)) return node.type === "root" || node === root;
    const id = node.attribs.id;
    if (id && PLACE_ID.test(id) && !byId.has(id)) byId.set(id, node);
    if (id?.startsWith("S:") && node.name === "div" && node.attribs.hidden !== undefined) parts.push(node);
    if (node.type === "script") scripts.push((node.children ?? []).map((c) => c.data ?? "").join(""));
    return true;
  });
  if (parts.length === 0) return [];
  // Real pages stream tens of parts; a page with thousands is left as served rather than moved
  // one by one over a long list of siblings.
  if (parts.length > MAX_PARTS) return [];
  const placeOf = new Map<string, string>();
  for (const text of scripts) {
    for (const m of text.matchAll(CALL)) {
      // A boundary completed with an error is rendered by the client: its fallback stays.
      if (m[1] === "C") placeOf.set(m[3]!, m[4] ? "" : m[2]!);
      else placeOf.set(m[2]!, m[3]!);
    }
  }
  const removals: DomRemoval[] = [];
  for (const part of parts) {
    deadline.tick("placing streamed parts");
    const n = part.attribs.id!.slice(2);
    const named = placeOf.get(part.attribs.id!);
    if (named === "") continue;
    const place = byId.get(named ?? `B:${n}`) ?? (named ? undefined : byId.get(`P:${n}`));
    if (!place || place.name !== "template" || isInside(place, part)) continue;
    if (place.attribs.id!.startsWith("B:")) {
      // A page saved without its comments has lost the boundary's extent: the part takes the
      // template's place and the fallback (mostly an empty skeleton) stays.
      const open = previousSibling(place);
      const marked = open?.type === "comment" && open.data === "$?";
      const fallback = marked ? boundaryRest(place) : [place];
      if (!fallback) continue;
      for (const node of fallback) {
        const text = squash(textOf(node));
        if (text && isElement(node)) removals.push({ reason: "streamed fallback (replaced by the part it waited for)", path: pathOf(node), excerpt: text.slice(0, 80), chars: text.replace(/\s+/gu, "").length });
      }
      replace(fallback, part);
      if (marked) open.data = "$";
    } else {
      replace([place], part);
    }
  }
  return removals;
}

const PLACE_ID = /^[BP]:[0-9a-z]+$/u;
const MAX_PARTS = 2000;
/** Most siblings a boundary's fallback spans (a loading skeleton: a few elements). A boundary not
 *  closed within them is taken as not closed: looking further for each of many unclosed
 *  boundaries would read a long list of siblings once per boundary. */
const MAX_FALLBACK_NODES = 200;

/** The template and what follows it up to the boundary's closing comment (`<!--/$-->`), nested
 *  boundaries counted; undefined when the boundary is not closed among its siblings. */
function boundaryRest(template: DomElement): DomNode[] | undefined {
  const siblings = template.parent?.children;
  if (!siblings) return undefined;
  let depth = 0;
  const from = siblings.indexOf(template);
  for (let i = from; i < siblings.length && i - from <= MAX_FALLBACK_NODES; i++) {
    const node = siblings[i]!;
    if (node.type !== "comment") continue;
    if (node.data === "/$") {
      if (depth === 0) return siblings.slice(from, i);
      depth--;
    } else if (node.data === "$" || node.data === "$?" || node.data === "$!") depth++;
  }
  return undefined;
}

/** Puts the part's children where `old` (consecutive siblings) stood, and drops the emptied part. */
function replace(old: readonly DomNode[], part: DomElement): void {
  const parent = old[0]!.parent!;
  const kids = parent.children!;
  const at = kids.indexOf(old[0]!);
  const moved = part.children;
  for (const child of moved) child.parent = parent;
  kids.splice(at, old.length, ...moved);
  for (const node of old) node.parent = null;
  part.children = [];
  relink(kids, at - 1, at + moved.length);
  const home = part.parent;
  if (home?.children) {
    const from = home.children.indexOf(part);
    home.children.splice(from, 1);
    relink(home.children, from - 1, from);
    part.parent = null;
  }
}

/** domhandler's sibling links from `from` to `to` (inclusive), kept true for any reader that
 *  follows them. */
function relink(kids: DomNode[], from: number, to: number): void {
  for (let i = Math.max(from, 0); i <= to && i < kids.length; i++) {
    const linked = kids[i] as DomNode & { prev?: DomNode | null; next?: DomNode | null };
    linked.prev = kids[i - 1] ?? null;
    linked.next = kids[i + 1] ?? null;
  }
}

function previousSibling(node: DomNode): DomNode | undefined {
  const kids = node.parent?.children;
  if (!kids) return undefined;
  const at = kids.indexOf(node);
  return at > 0 ? kids[at - 1] : undefined;
}
