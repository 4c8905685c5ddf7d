// The flags Debian's headless Chromium is started with, by the end-to-end tests
// (tests/e2e/harness.mjs) and the benchmarks (scripts/bench/*.mjs): without them it tries to
// reach the internet.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
