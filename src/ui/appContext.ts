// The application layer (src/app) as the screens reach it, given by the page's root: the shell (lock,
// settings, flush) to every screen, the whole app (the shell and the commands) behind the lock.
import { createContext, useContext } from 'solid-js';
import type { App, Shell } from '../app/shell';

export const ShellContext = createContext<Shell>();
export const AppContext = createContext<App>();

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell outside the page');
  return shell;
}

export function useApp(): App {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside the app behind the lock');
  return app;
}
