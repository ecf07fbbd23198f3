// Changes that are not autosave's: written at once through the row writer, several rows in one
// transaction. A change that fails is given up (the caller says so), so what readers see falls
// back to what was there before it.
import type { RowWrite, RowWriter } from './rowWriter';

export async function commitOrAbandon(writes: RowWriter, rows: RowWrite[]): Promise<void> {
  try {
    await writes.commit(rows);
  } catch (error) {
    writes.abandon(rows);
    throw error;
  }
}
