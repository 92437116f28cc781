// The WASM schema engine leaves 10-60 s timers behind; let the process exit once its work is done.
const original = globalThis.setTimeout;
globalThis.setTimeout = (fn, ms, ...args) => {
  const timer = original(fn, ms, ...args);
  if (ms >= 5000) timer?.unref?.();
  return timer;
};
