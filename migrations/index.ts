import { Foundation1763859600000 } from './1763859600000-Foundation';

/** Every migration, in order. New migrations are appended here (read by the app, tests and CLI). */
export const MIGRATIONS = [Foundation1763859600000];
