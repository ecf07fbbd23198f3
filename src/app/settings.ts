// Small settings and app state, kept in clear (nothing personal): where the chair was, the
// gallring period, the auto-lock rules.
import { AUTO_LOCK_KEY, readAutoLock, type AutoLockSettings } from '../domain/autoLock';
import { isRetentionMonths, RETENTION_KEY, type RetentionMonths } from '../domain/retention';
import type { AppStateRepository } from '../storage/appStateRepository';

/** The app state key of the screen the chair was on, so a reload or a killed tab reopens it. */
const LAST_ROUTE_KEY = 'lastRoute';

export function settingCommands(appState: AppStateRepository) {
  return {
    /** The path the chair was on; undefined when none was kept or it cannot be read. */
    async lastRoute(): Promise<string | undefined> {
      const last = await appState.get<unknown>(LAST_ROUTE_KEY).catch(() => undefined);
      return typeof last === 'string' && last.startsWith('/') ? last : undefined;
    },
    rememberRoute: (path: string): Promise<void> => appState.set(LAST_ROUTE_KEY, path),
    /** The gallring period in months; 0 when none is chosen. */
    async retentionMonths(): Promise<RetentionMonths> {
      const stored = await appState.get(RETENTION_KEY);
      return isRetentionMonths(stored) ? stored : 0;
    },
    setRetentionMonths: (months: RetentionMonths): Promise<void> => appState.set(RETENTION_KEY, months),
    async autoLock(): Promise<AutoLockSettings> {
      return readAutoLock(await appState.get(AUTO_LOCK_KEY));
    },
    setAutoLock: (next: AutoLockSettings): Promise<void> => appState.set(AUTO_LOCK_KEY, next),
  };
}
