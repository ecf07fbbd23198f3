// "Visa för rummet" in the chair's meeting screen: opens the room view in a new window (for an
// external display) or here in full screen, chooses whose words the circle shows, and turns on
// "Vad är viktigt för dig?" and, in the summary, what has been agreed. While the meeting screen is
// open it keeps every room window in step over the room channel; when the app locks or the screen
// closes it tells them, and they go blank. The choices live only as long as the screen.
import { createEffect, createMemo, createSignal, on, onCleanup, Show, type JSX } from 'solid-js';
import { Portal } from 'solid-js/web';
import { localIsoDate } from '../../domain/dates';
import { personCircleRole } from '../../domain/age';
import { CIRCLE_ROLE_NAMES, type CircleRole } from '../../i18n/circleRoles';
import { svRoom } from '../../i18n/svRoom';
import { Checkbox, SelectField } from '../components/fields';
import { lockPhase } from '../lock/lockSession';
import { useMeetingEditor } from '../meetingEditor';
import { openRoomChannel } from './roomChannel';
import { roomMessage } from './roomState';
import { RoomView } from './RoomView';

const t = svRoom;

export function RoomControls(props: { now: () => number }) {
  const { meeting, plan } = useMeetingEditor();
  const today = localIsoDate(new Date());
  const [role, setRole] = createSignal<CircleRole>(personCircleRole(plan.person, today));
  const [showWhatMatters, setShowWhatMatters] = createSignal(false);
  const [showAgreed, setShowAgreed] = createSignal(false);
  const [here, setHere] = createSignal(false);
  const [blocked, setBlocked] = createSignal(false);

  const message = createMemo(() => roomMessage(meeting, plan, { today, role: role(), showWhatMatters: showWhatMatters(), showAgreed: showAgreed() }));

  const channel = openRoomChannel((m) => {
    if (m.type === 'hello' && lockPhase() === 'unlocked') channel.post(message());
  });
  createEffect(() => {
    const m = message();
    if (lockPhase() === 'unlocked') channel.post(m);
  });
  // Belt and braces: the gate unmounts this screen when the app locks (below), but say it at once.
  createEffect(
    on(lockPhase, (p) => {
      if (p !== 'unlocked') channel.post({ type: 'locked' });
    }),
  );
  const onPageHide = () => channel.post({ type: 'ended' });
  addEventListener('pagehide', onPageHide);
  onCleanup(() => {
    removeEventListener('pagehide', onPageHide);
    channel.post(lockPhase() === 'unlocked' ? { type: 'ended' } : { type: 'locked' });
    channel.close();
  });

  function openWindow() {
    // A window of its own, for an external display; it asks for the state when it opens.
    const opened = window.open('/rum', 'sip-rummet', 'popup,width=1024,height=768');
    setBlocked(!opened);
  }

  return (
    <details class="meeting-settings room-controls">
      <summary>{t.show}</summary>
      <p class="hint">{t.showIntro}</p>
      <div class="room-buttons">
        <button type="button" class="secondary" onClick={openWindow}>
          {t.openWindow}
        </button>
        <button type="button" class="secondary" onClick={() => setHere(true)}>
          {t.openHere}
        </button>
      </div>
      <Show when={blocked()}>
        <p class="hint" role="status">
          {t.windowBlocked}
        </p>
      </Show>
      <SelectField label={t.wordsFor} value={role()} onChange={setRole} options={CIRCLE_ROLE_NAMES} />
      <Checkbox label={t.showWhatMatters} checked={showWhatMatters()} onChange={setShowWhatMatters} />
      <Checkbox label={t.showAgreed} checked={showAgreed()} onChange={setShowAgreed} />
      <p class="hint">{t.privacy}</p>
      <Show when={here()}>
        <Portal>
          <RoomOverlay onClose={() => setHere(false)}>
            <RoomView state={message()} now={props.now()} />
          </RoomOverlay>
        </Portal>
      </Show>
    </details>
  );
}

/** The room view over the chair's own screen, in full screen where the browser allows it. */
function RoomOverlay(props: { onClose: () => void; children: JSX.Element }) {
  let root!: HTMLDivElement;
  let back!: HTMLButtonElement;
  const opener = document.activeElement as HTMLElement | null;
  let wentFull = false;
  const close = () => props.onClose();
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  const onFullscreen = () => {
    if (document.fullscreenElement) wentFull = true;
    else if (wentFull) close();
  };
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('fullscreenchange', onFullscreen);
  // The meeting screen behind it takes no focus or clicks meanwhile (the view is a modal dialog).
  const app = document.getElementById('app');
  app?.setAttribute('inert', '');
  queueMicrotask(() => {
    back?.focus();
    root?.requestFullscreen?.().catch(() => undefined);
  });
  onCleanup(() => {
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('fullscreenchange', onFullscreen);
    app?.removeAttribute('inert');
    // Back to the button that opened it; Chromium refuses focus outside the full-screen element
    // until full screen has ended.
    const giveFocusBack = () => opener?.focus?.();
    if (document.fullscreenElement) void document.exitFullscreen().then(giveFocusBack, giveFocusBack);
    else giveFocusBack();
  });
  return (
    <div class="room-overlay" ref={root} role="dialog" aria-modal="true" aria-label={t.title}>
      <div class="room-page">{props.children}</div>
      <button type="button" class="secondary room-back" ref={back} onClick={close} title={t.backHint}>
        {t.back}
      </button>
    </div>
  );
}
