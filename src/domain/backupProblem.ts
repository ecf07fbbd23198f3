// Why a backup could not be made or read, as the backup screen says it (i18n/svBackup.ts).
export type BackupProblem = 'empty' | 'too-large' | 'not-a-backup' | 'newer-version' | 'damaged' | 'wrong-password' | 'password-too-short';
