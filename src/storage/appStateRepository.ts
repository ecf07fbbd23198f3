// Small, non-personal app state: where the chair was, and settings.
import type { SipDatabase } from './db';

export function createAppStateRepository(db: SipDatabase) {
  return {
    async get<T>(key: string): Promise<T | undefined> {
      const row = await db.appState.get(key);
      return row?.value as T | undefined;
    },
    async set(key: string, value: unknown): Promise<void> {
      await db.appState.put({ key, value });
    },
  };
}

export type AppStateRepository = ReturnType<typeof createAppStateRepository>;
