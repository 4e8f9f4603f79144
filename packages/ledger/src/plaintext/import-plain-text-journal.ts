import { type ColumnPostResult, ownedColumns } from '../journal/entry-columns.js';
import type { Ledger, PostOptions } from '../journal/ledger.js';
import { type PlainTextOptions, readPlainTextColumns } from './parse-plain-text-journal.js';

/**
 * Reads a plain-text journal (hledger / ledger-cli format; a string, or the file's UTF-8 bytes,
 * which saves decoding the whole file) and posts it to a ledger in one atomic,
 * idempotent batch: the same entries, checks, hash chain and errors as
 * `ledger.postBatchMinor(parsePlainTextJournal(text).entries)`, but read straight into columns
 * and posted with {@link Ledger.postColumns} (a journal with foreign-currency postings goes the
 * object way). This is how to migrate books from hledger or ledger-cli, or to cross-check them.
 * @throws BoValidationError `LEDGER/PLAIN_TEXT_SYNTAX` (path `['line', n]`), `LEDGER/BALANCE_ASSERTION`, and the ledger's posting errors (path `['entries', i, …]`, i in date order, when the batch has more than one new entry)
 * @example
 * const ledger = createLedger({ chart: chartOfAccounts('VN-TT99') });
 * importPlainTextJournal(ledger, readFileSync('books.journal'), { mapAccount: (name) => name.split(':').at(-1)! });
 * trialBalance(ledger, { to: calendarDate('2026-12-31') });
 */
export function importPlainTextJournal(
  ledger: Ledger,
  text: string | Uint8Array,
  options: PlainTextOptions = {},
  postOptions?: PostOptions,
): ColumnPostResult {
  const read = readPlainTextColumns(text, options);
  // the columns never leave this call: the ledger may keep them without a copy, and its index
  // of ids too when it is empty
  if (!Array.isArray(read)) return ledger.postColumns(ownedColumns(read), postOptions);
  // another currency: the entries as objects
  const before = ledger.size;
  const stored = ledger.postBatchMinor(read, postOptions);
  let posted = 0;
  for (const e of stored) if (e.seq > before) posted++;
  return { posted, replayed: stored.length - posted };
}
