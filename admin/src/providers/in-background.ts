/**
 * Run a handler's promise from a click or change event. The handlers passed here report
 * their own failures to the user (a notification or the dialog's error line); this only
 * makes sure that a failure they did not foresee still reaches the console's log instead of
 * becoming an unhandled rejection. The linter refuses a bare floating promise, `void` included.
 */
export function inBackground(work: Promise<unknown>): void {
  work.catch((e: unknown) => console.error('unexpected failure in a console action', e));
}
