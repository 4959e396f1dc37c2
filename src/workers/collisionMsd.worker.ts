// Loaded by `new Worker(new URL('…/collisionMsd.worker.ts', import.meta.url), { type: 'module' })`, written out at
// the call site: Vite finds and bundles a worker only from that literal form.
import { collisionMsd } from './collisionMsd';
import { serveJob } from './serveJob';

serveJob(collisionMsd);
