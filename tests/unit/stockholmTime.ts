// Imported first by tests that need Swedish local time: Node reads TZ when a date is made, so
// setting it before any other module runs makes every Date and Intl format in the file Swedish.
// The zone is put back after the file, so that a test file run later in the same worker is not
// moved to Stockholm by accident.
import { afterAll } from 'vitest';

const before = process.env.TZ;
process.env.TZ = 'Europe/Stockholm';
afterAll(() => {
  if (before === undefined) delete process.env.TZ;
  else process.env.TZ = before;
});
