// Debian's Chromium, as every browser test of Pledge starts it: headless, and
// with no background networking (this machine's network is closed, and a
// test must not depend on it).
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
