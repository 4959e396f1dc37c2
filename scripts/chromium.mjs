// How every script and test here starts Debian's Chromium (flags from ../shared/TOOLCHAIN.md): the system
// browser, never a downloaded one; no sandbox (containers), no GPU, no QUIC, and no background traffic, so that
// nothing leaves 127.0.0.1.
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
