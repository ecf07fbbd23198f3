import { render } from 'solid-js/web';
import { requestPersistentStorage } from './pwa/storagePersistence';
import { appState } from './storage';
import { App, LAST_ROUTE_KEY } from './ui/App';
import { flushOnHide } from './ui/autosave';
import { startServiceWorker } from './ui/components/UpdatePrompt';
import './ui/styles.css';

async function start() {
  // Opening the app at its start page resumes the screen the chair was on.
  if (location.pathname === '/') {
    const last = await appState.get<string>(LAST_ROUTE_KEY).catch(() => undefined);
    if (last && last !== '/' && last.startsWith('/')) history.replaceState(null, '', last);
  }
  flushOnHide();
  render(() => <App />, document.getElementById('app')!);
  startServiceWorker();
  void requestPersistentStorage();
}

void start();
