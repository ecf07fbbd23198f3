// An optional, short signal when a phase's time is up: a soft tone made on the device (no sound
// file to fetch) and/or a vibration. Off by default.
export function playPhaseEndSignal(options: { sound: boolean; vibration: boolean }): void {
  if (options.vibration && 'vibrate' in navigator) navigator.vibrate([200, 100, 200]);
  if (!options.sound) return;
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.8);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.85);
    tone.onended = () => void audio.close();
  } catch {
    // No audio on this device: the on-screen state still tells the chair.
  }
}
