import { db } from '../../db';
import { CSV_MIME, csvFileName } from '../../lib/csv';
import { localDateToday } from '../../lib/dates';
import { sv } from '../../lib/strings/for/history';
import { redactPersonalDetail, syncEngine, type RedactionResult } from '../../sync';
import type { HistoryGroup } from './group-history';
import { recordHistoryCsv } from './history-csv';

/** Saves the record's history as a CSV file (works offline); returns the file's name. */
export function exportRecordHistory(table: string, id: string, groups: HistoryGroup[]): string {
  const name = csvFileName(sv.history.csvFile, localDateToday());
  const url = URL.createObjectURL(
    new Blob([recordHistoryCsv(table, id, groups)], { type: CSV_MIME }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}

/**
 * Removes a personal detail from the record, its history and its conflicts on the server and,
 * after the sync that follows, on this device (drafts included). Online only: throws
 * RedactionError with a Swedish message otherwise.
 */
export function redactField(
  table: string,
  recordId: string,
  field: string,
  text: string,
): Promise<RedactionResult> {
  return redactPersonalDetail(db, syncEngine, { table, recordId, field, text });
}
