// Loaded by `new Worker(new URL('…/reverseDiffusion.worker.ts', import.meta.url), { type: 'module' })`, written out
// at the call site: Vite finds and bundles a worker only from that literal form.
import { reverseDiffusion } from './reverseDiffusion';
import { serveJob } from './serveJob';

serveJob(reverseDiffusion);
