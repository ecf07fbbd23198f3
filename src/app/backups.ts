// Backups: save everything as one encrypted file, restore one. A module of its own, loaded with the
// settings screen (backup code and its cryptography stay out of the first screen).
import { BackupError, createBackup, createBackupStore, readBackup, type RestoreReport } from '../storage/backup';
import type { Storage, WriteQueue } from '../storage';
import type { UpgradeCommands } from './upgrades';

export { BackupError };

export function backupCommands(storage: Storage, autosave: WriteQueue, upgrades: UpgradeCommands) {
  const store = createBackupStore(storage.db, storage.sealer);
  return {
    /**
     * Everything on the device as an encrypted file; null when an edit could not be written first
     * (the backup would miss it).
     */
    async save(password: string, now = new Date()): Promise<{ file: Uint8Array<ArrayBuffer>; plans: number } | null> {
      if (!(await autosave.flush())) return null;
      const content = await store.content(now);
      return { file: await createBackup(content, password), plans: content.plans.length };
    },
    /**
     * Reads and checks a backup file completely, then merges it in one transaction (never replacing
     * a newer row on the device) and brings plans from an older app up to date. Throws BackupError.
     * Null, with nothing changed, when an edit could not be written first: the merge compares the
     * backup with what is on disk, and the edit, retried after it, would overwrite what it chose.
     */
    async restore(bytes: Uint8Array<ArrayBuffer>, password: string): Promise<RestoreReport | null> {
      const content = await readBackup(bytes, password);
      if (!(await autosave.flush())) return null;
      const report = await store.restore(content);
      // The restore marked the summary index out of step (in its transaction): read it again.
      storage.plans.forgetSummaries();
      await upgrades.afterRestore();
      return report;
    },
  };
}

export type BackupCommands = ReturnType<typeof backupCommands>;
