import { A, Route, Router, useLocation, type RouteSectionProps } from '@solidjs/router';
import { createEffect, createResource, ErrorBoundary, lazy, on, onCleanup, Show } from 'solid-js';
import { sv } from '../i18n/sv';
import { svLock } from '../i18n/svLock';
import { ScreenFailed, UnexpectedFailure } from './components/Failures';
import { MainMenu } from './components/MainMenu';
import { RunningMeetingBanner } from './components/RunningMeetingBanner';
import { OnlineStatus, SaveStatus } from './components/StatusBar';
import { UpdatePrompt } from './components/UpdatePrompt';
import PlanList from './screens/PlanList';
import { AppContext, useApp, useShell } from './appContext';
import { focusLost } from './focusLost';
import { lockNow } from './lock/lockSession';

// Screens other than the list load on demand; the service worker precaches them for offline use.
const PlanEditorScreen = lazy(() => import('./screens/PlanEditorScreen'));
const PersonSection = lazy(() => import('./sections/PersonSection'));
const WishesSection = lazy(() => import('./sections/WishesSection'));
const ParticipantsSection = lazy(() => import('./sections/ParticipantsSection'));
const ConsentSection = lazy(() => import('./sections/ConsentSection'));
const BookingSection = lazy(() => import('./sections/BookingSection'));
const MeetingsSection = lazy(() => import('./sections/MeetingsSection'));
const VersionsSection = lazy(() => import('./sections/VersionsSection'));
const DeviationsSection = lazy(() => import('./sections/DeviationsSection'));
const ClosingSection = lazy(() => import('./sections/ClosingSection'));
const DeviationsScreen = lazy(() => import('./screens/DeviationsScreen'));
const StatisticsScreen = lazy(() => import('./screens/StatisticsScreen'));
const MeetingScreen = lazy(() => import('./meeting/MeetingScreen'));
const Settings = lazy(() => import('./screens/Settings'));
const Retention = lazy(() => import('./screens/Retention'));

function Shell(props: RouteSectionProps) {
  const location = useLocation();
  const app = useApp();
  // Remember where the chair is, so a reload or a killed tab reopens the same screen.
  // Losing it loses no data, only where a reload reopens: a failure is logged, not shown.
  createEffect(() => void app.settings.rememberRoute(location.pathname).catch((error: unknown) => console.warn(error)));
  // A new screen whose change took keyboard focus with it (the button pressed is gone): focus the
  // main content, so the next Tab is in the new screen and a screen reader is told where it is.
  // A screen that places focus itself (a part's heading, a phase's) is left alone.
  createEffect(
    on(
      () => location.pathname,
      () =>
        requestAnimationFrame(() => {
          if (focusLost()) document.getElementById('main')?.focus();
        }),
      { defer: true },
    ),
  );

  return (
    <>
      {/* The router takes every same-page link's click, so the link moves focus itself. */}
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {sv.app.skipToContent}
      </a>
      <header class="app-header">
        <A href="/" class="app-name" end>
          {sv.app.name}
        </A>
        <MainMenu />
        <div class="indicators">
          <SaveStatus />
          <OnlineStatus />
        </div>
        <button type="button" class="secondary lock-button" onClick={() => void lockNow()}>
          {svLock.lockButton}
        </button>
      </header>
      <main id="main" tabindex="-1">
        <UnexpectedFailure />
        <RunningMeetingBanner />
        {/* A screen that fails says so in Swedish, keeps the data and offers to try again or reload. */}
        <ErrorBoundary fallback={(error, reset) => <ScreenFailed error={error} reset={reset} />}>{props.children}</ErrorBoundary>
      </main>
      <UpdatePrompt />
    </>
  );
}

function NotFound() {
  return (
    <>
      <h1>{sv.app.notFound}</h1>
      <p>
        <A href="/" class="standalone-link">
          {sv.app.backToList}
        </A>
      </p>
    </>
  );
}

/** The app behind the lock, with its commands (loaded while the chair typed the passcode). */
export default function App() {
  const shell = useShell();
  const [commands] = createResource(() => shell.commands());
  // Locking unmounts the app: the commands outlive it, so their decrypted plan summaries go now.
  onCleanup(() => commands()?.plans.forgetSummaries());
  return (
    <Show when={commands()}>
      {(c) => (
        <AppContext.Provider value={{ ...shell, ...c() }}>
          <Routes />
        </AppContext.Provider>
      )}
    </Show>
  );
}

function Routes() {
  return (
    <Router root={Shell}>
      <Route path="/" component={PlanList} />
      <Route path="/plan/:id" component={PlanEditorScreen}>
        <Route path="/" />
        <Route path="/person" component={PersonSection} />
        <Route path="/viktigt" component={WishesSection} />
        <Route path="/deltagare" component={ParticipantsSection} />
        <Route path="/samtycke" component={ConsentSection} />
        <Route path="/mote" component={BookingSection} />
        <Route path="/moten" component={MeetingsSection} />
        <Route path="/versioner" component={VersionsSection} />
        <Route path="/avvikelser" component={DeviationsSection} />
        <Route path="/avsluta" component={ClosingSection} />
      </Route>
      <Route path="/mote/:meetingId" component={MeetingScreen} />
      <Route path="/installningar" component={Settings} />
      <Route path="/gallring" component={Retention} />
      <Route path="/avvikelser" component={DeviationsScreen} />
      <Route path="/statistik" component={StatisticsScreen} />
      <Route path="*" component={NotFound} />
    </Router>
  );
}
