// The app's backup store, in a module of its own so that backup code and its cryptography load
// with the settings screen, not with the app's first screen.
import { createBackupStore } from './backup';
import { database } from './db';
import { vault } from './index';

export const backups = createBackupStore(database(), vault.sealer);
export { BackupError, createBackup, readBackup, type BackupProblem, type RestoreReport } from './backup';
