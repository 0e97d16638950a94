// --help, written by yargs from the flag table. Loaded only when it is asked for: loading yargs
// costs more than the rest of a small run (--version is printed without it).
import yargs from "yargs";
import { packageVersion } from "../io/package-version.js";
import { UsageError } from "./exit-codes.js";
import { FLAGS, SHOW_FLAGS } from "./flags.js";

const EPILOGUE = `Inputs:
  FILE   a text file is one document; a .jsonl file one {"id", "text"|"html", "url"?} per line;
         .html/.htm is one page (charset from the page); .warc/.wet one document per HTML response
         or WET text record; any of them may be gzip-compressed (.gz; found by magic bytes)
  DIR    walked recursively for those files (others are skipped with a note)
  -      standard input (also read when no FILE is given and stdin is not a terminal)
  Blank JSONL lines are skipped; every other line gives exactly one output record.

Batches:
  --jobs N cleans on N worker threads (default: all cores; 1 cleans in-process). Records come out
  in input order, or as they finish with --unordered (each keyed by its id). A document that hangs
  or crashes its worker gets an error record; the rest of the batch goes on. --timeout-ms times
  each document on its own, a single input too (it then runs on a worker).
  --shard i/n keeps the documents whose key hashes to i of n: a record's own id, else the file's path
  relative to the folder walked (so any spelling of the folder picks the same documents).
  --resume with --output FILE.jsonl[.gz]: records are written as they finish, and a rerun skips the
  documents already in FILE (by id, and by which copy for a repeated id); with --out-dir it skips
  inputs whose output file exists and carries on a JSONL input's file that a stopped run left
  unfinished. The complete records of temporary files that a killed run left are taken too.
  Ctrl-C (SIGINT) or SIGTERM finishes the documents in flight, commits the outputs that are
  complete, keeps the others for --resume, and exits 130 (SIGINT) or 143 (SIGTERM).
  --stats FILE writes the summary as JSON; --rejected FILE lists failed and guarded documents.
  Many machines: deboil queue add|work|status|retry|clean, a job queue in Redis (deboil queue --help).

Output formats (--format):
  text      the clean text; several documents each get a "==> id <==" header
  markdown  the title as "# ", then the article's headings, lists, tables, code and emphasis
            (HTML input; --links keeps links) or detected sub-headings as "## " (text input)
  html      the article as clean HTML (headings, paragraphs, lists, tables, links), like
            Readability's content
  json      one pretty object per document; several documents make one array
  jsonl     one record per line, in input order, one per input
  records are {id, status, text, metadata, removed, warnings, stats, reports?}; an input that cannot
  be read or is not text gives {id, line?, status: "error", error: {code, message}}. With --unordered
  --output, a record that is not the first with its id says which copy it is ("occurrence": n).
  --explain lists the document with every removed piece, its rule, reason and line:col.
  Without --format, --output FILE takes the format its name says (.jsonl, .json, .md, .html, .txt, each
  optionally .gz); otherwise records (jsonl) for JSONL and WARC inputs and text for documents,
  whatever the number of documents.
  --out-dir writes one file per input at the same relative path, with the format's extension.
  Files (--output, --out-dir, --stats, --rejected) are written to a temporary name and renamed when
  complete; a device, a FIFO or /dev/stdout is written in place; --output, --stats and --rejected
  write through a symlink to its target (and say so), an --out-dir file never replaces a symlink.
  No output may be an input, and --out-dir may not lie inside an input folder.

Exit codes:
  0  every document was cleaned (or --check-rules passed)
  1  bad usage or bad rules (the message names the file and key); nothing was cleaned
  2  some documents failed (error records / messages on stderr) or could not be written (an
     output failed: the summary says how many records were written, how many could not be and
     how many documents were read but not cleaned); also when --stats or --rejected failed
  130 interrupted (SIGINT), 143 terminated (SIGTERM): the records finished so far were written`;

/** Prints the help on stdout. */
export function showHelp(argv: readonly string[]): void {
  let parser = yargs([...argv])
    .scriptName("deboil")
    .usage("Usage: deboil [options] [FILE|DIR|-]...\n\nStrip boilerplate from scraped article text with declarative rules.");
  for (const flag of FLAGS) {
    parser = parser.option(flag.name, {
      describe: flag.describe,
      // A flag with choices shows them instead of its type, as it always has.
      ...(flag.choices ? { choices: [...flag.choices] } : { type: flag.type }),
      ...(flag.alias !== undefined ? { alias: flag.alias } : {}),
      ...(flag.default !== undefined ? { default: flag.default } : {}),
    });
  }
  parser
    .strictOptions()
    .version(packageVersion())
    .help()
    .alias("help", SHOW_FLAGS.help)
    .alias("version", SHOW_FLAGS.version)
    .epilogue(EPILOGUE)
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(message || error?.message || "bad usage");
    })
    .parseSync();
}
