// A `vite preview` of a built book on a free port, for the browser benchmarks (scripts/bench-*.mjs|ts).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`preview server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

/** Serve `dist` (default: BENCH_DIST or dist/) and resolve once it answers: { base, stop }. */
export async function startPreview(dist = process.env.BENCH_DIST) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const args = [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ];
  if (dist) args.push('--outDir', dist);
  // node on vite's own bin (not npx): killing this process really stops the server (TOOLCHAIN pitfall 6)
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await waitForServer(`${base}/`, server);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { base, stop: () => server.kill() };
}
