// A wake-up handler for work that must not run twice at once: called while a round runs, it asks
// for one more round after it (however many wake-ups came), so nothing that arrived is missed.
export function coalescedRounds(round: () => Promise<void>, onError: (err: unknown) => void): () => void {
  let running = false;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void (async () => {
      try {
        do {
          again = false;
          await round();
        } while (again);
      } catch (err) {
        onError(err);
      } finally {
        running = false;
      }
    })();
  };
}
