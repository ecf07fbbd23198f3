import { createResource, Show } from 'solid-js';
import { sv } from '../../i18n/sv';
import { currentPersistState, requestPersistentStorage, storageEstimate, type PersistState } from '../../pwa/storagePersistence';
import { useApp } from '../appContext';
import { offlineReady } from '../components/UpdatePrompt';
import { formatBytes } from '../../i18n/format';
import { useTitle } from '../title';
import { BackupSection } from './BackupSection';
import { LockSettings } from './LockSettings';
import { RetentionSetting } from './RetentionSetting';

const persistText: Record<PersistState, string> = {
  persisted: sv.settings.persisted,
  'not-persisted': sv.settings.notPersisted,
  unsupported: sv.settings.persistUnsupported,
};

export default function Settings() {
  useTitle(sv.settings.title);
  const app = useApp();
  const [persist, { mutate: setPersist }] = createResource(currentPersistState);
  const [estimate, { refetch: refetchEstimate }] = createResource(storageEstimate);
  const [count, { refetch: refetchCount }] = createResource(() => app.plans.count());

  async function askPersist() {
    setPersist(await requestPersistentStorage());
    void refetchEstimate();
  }

  return (
    <>
      <h1>{sv.settings.title}</h1>
      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">{sv.settings.storageHeading}</h2>
        <Show when={persist()}>
          {(state) => (
            <>
              <p data-persist={state()}>{persistText[state()]}</p>
              <Show when={state() === 'not-persisted'}>
                <button type="button" class="secondary" onClick={() => void askPersist()}>
                  {sv.settings.requestPersist}
                </button>
              </Show>
            </>
          )}
        </Show>
        <Show when={!estimate.loading}>
          <p>{estimate() ? sv.settings.usage(formatBytes(estimate()!.usage), formatBytes(estimate()!.quota)) : sv.settings.usageUnknown}</p>
        </Show>
        <Show when={count() !== undefined}>
          <p>{sv.settings.plansStored(count()!)}</p>
        </Show>
      </section>
      <LockSettings />
      <BackupSection onRestored={() => void refetchCount()} />
      <RetentionSetting />
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{sv.settings.aboutHeading}</h2>
        <p>{sv.settings.about}</p>
        <p>{offlineReady() || navigator.serviceWorker?.controller ? sv.settings.offlineReady : sv.settings.offlineNotReady}</p>
        <p>{sv.settings.version(__APP_VERSION__)}</p>
      </section>
    </>
  );
}
