// --help and --version, written by yargs from the flag table. Loaded only when one of them is
// asked for: yargs takes ~130 ms to load, more than the rest of a small run.
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
  --shard i/n keeps the documents whose id (a file's path, a record's id) hashes to i of n.
  --resume with --output FILE.jsonl[.gz]: records are written as they finish, and a rerun skips the
  ids already in FILE; with --out-dir it skips inputs whose output file exists. Ctrl-C (SIGINT)
  finishes the documents in flight, closes the outputs and exits 130; rerun with --resume.
  --stats FILE writes the summary as JSON; --rejected FILE lists failed and guarded documents.

Output formats (--format):
  text      the clean text; several documents each get a "==> id <==" header
  markdown  the title as "# ", detected sub-headings as "## ", paragraphs as they are
  json      one pretty object per document; several documents make one array
  jsonl     one record per line, in input order, one per input (the default for several documents)
  records are {id, status, text, metadata, removed, warnings, stats, reports?}; an input that cannot
  be read or is not text gives {id, line?, status: "error", error: {code, message}}.
  --explain lists the document with every removed piece, its rule, reason and line:col.
  The default is text when an output holds one document and jsonl when it holds several.
  --out-dir writes one file per input at the same relative path, with the format's extension.

Exit codes:
  0  every document was cleaned (or --check-rules passed)
  1  bad usage or bad rules (the message names the file and key); nothing was cleaned
  2  some inputs failed (error records / messages on stderr); the others were written
  130 interrupted (SIGINT): the records finished so far were written`;

/** Prints the help or the version (whichever argv asks for) on stdout. */
export function showHelpOrVersion(argv: readonly string[]): void {
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
