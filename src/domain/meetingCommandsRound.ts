// The speaker round (Aktuell situation) as pure rules: who is next, giving the word, skipping,
// and what removing a speaker does to the word. The round's times are the meeting clock's speaker
// slot clock (timer.ts); the speakers are meeting.speakers.
import { speakerQueue, type Meeting, type Speaker } from './meeting';
import { changeItem, removeItem } from './meetingCommandsLists';
import { setSpeaker } from './timer';

/** The speaker who has the word now, or null. */
export function currentSpeakerId(meeting: Meeting): string | null {
  return meeting.clock.speaker.current;
}

/** Whether a speaker has had the word in this phase's round (or has it now). */
export function hasSpoken(meeting: Meeting, speakerId: string): boolean {
  const spent = meeting.clock.speaker.spent;
  return (Object.hasOwn(spent, speakerId) ? (spent[speakerId] ?? 0) : 0) > 0 || meeting.clock.speaker.current === speakerId;
}

/**
 * Who "Nästa talare" gives the word to: the first speaker after the current one who is neither
 * skipped nor has spoken yet, and nobody (null) after the last. With nobody speaking, the first
 * such speaker from the top (someone moved up, or passed over with "Tala nu").
 */
export function nextSpeakerId(meeting: Meeting): string | null {
  const current = currentSpeakerId(meeting);
  const from = current === null ? 0 : meeting.speakers.findIndex((s) => s.id === current) + 1;
  return meeting.speakers.slice(from).find((s) => !s.skipped && !hasSpoken(meeting, s.id))?.id ?? null;
}

/** A speaker added in the room: no attendee, a name still to write. */
export function newSpeaker(id: string): Speaker {
  return { id, attendeeId: '', name: '', note: '', worksWell: '', skipped: false };
}

/** The queue made from attendance (speakerQueue in meeting.ts): the round starts over with it. */
export function createRound(meeting: Meeting, nameOf: (attendeeId: string) => string, newId: () => string): Meeting {
  return { ...meeting, speakers: speakerQueue(meeting, nameOf, newId) };
}

/**
 * Gives the word to `speakerId` (null: nobody speaks), their time running while the meeting runs.
 * Giving it to someone who was to be skipped means they speak after all. The same meeting when
 * they already have the word or are not in the queue.
 */
export function giveWord(meeting: Meeting, speakerId: string | null, now: number): Meeting {
  if (speakerId === currentSpeakerId(meeting)) return meeting;
  if (speakerId !== null && !meeting.speakers.some((s) => s.id === speakerId)) return meeting;
  const next = { ...meeting, clock: setSpeaker(meeting.clock, speakerId, now) };
  return speakerId === null ? next : changeItem(next, 'speakers', speakerId, (s) => (s.skipped ? { ...s, skipped: false } : s));
}

/** "Nästa talare": the word goes to whoever is next (nextSpeakerId); after the last speaker, to nobody. */
export function nextSpeaker(meeting: Meeting, now: number): Meeting {
  return giveWord(meeting, nextSpeakerId(meeting), now);
}

/** Marks a speaker to be skipped, or not; skipping whoever speaks now hands the word on, as "Nästa talare" would. */
export function toggleSkip(meeting: Meeting, speakerId: string, now: number): Meeting {
  const speaker = meeting.speakers.find((s) => s.id === speakerId);
  if (!speaker) return meeting;
  const skipping = !speaker.skipped;
  const handOn = skipping && currentSpeakerId(meeting) === speakerId;
  const to = handOn ? nextSpeakerId(meeting) : null;
  const marked = changeItem(meeting, 'speakers', speakerId, (s) => ({ ...s, skipped: skipping }));
  return handOn ? { ...marked, clock: setSpeaker(marked.clock, to, now) } : marked;
}

/** Takes a speaker out of the queue; if they had the word, nobody has it. */
export function removeSpeaker(meeting: Meeting, speakerId: string, now: number): Meeting {
  const removed = removeItem(meeting, 'speakers', speakerId);
  if (removed === meeting || currentSpeakerId(meeting) !== speakerId) return removed;
  return { ...removed, clock: setSpeaker(removed.clock, null, now) };
}
