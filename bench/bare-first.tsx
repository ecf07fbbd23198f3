// Bench-only baseline for the first screen: solid-js and a minimal passcode form, nothing else
// (no storage, no router, no strings module). It marks 'bare:shown' once the form is rendered, as
// the app marks 'sip:lock-shown'; the bench times navigation start → that mark and weighs the
// page's JavaScript as it weighs the app's first screen (scripts/firstScreen.mjs).
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';

function Form() {
  const [code, setCode] = createSignal('');
  const [tried, setTried] = createSignal(false);
  return (
    <main>
      <h1>Appen är låst</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
        }}
      >
        <label for="code">Lösenkod</label>
        <input id="code" type="password" autocomplete="current-password" value={code()} onInput={(event) => setCode(event.currentTarget.value)} />
        <button type="submit">Lås upp</button>
        <p role="status">{tried() && code().length < 6 ? 'Fel lösenkod.' : ''}</p>
      </form>
    </main>
  );
}

render(() => <Form />, document.getElementById('app')!);
// Marked as the app marks its lock screen: in the task that rendered it.
performance.mark('bare:shown');
