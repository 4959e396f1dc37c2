// Loaded by `new Worker(new URL('…/partitionCount.worker.ts', import.meta.url), { type: 'module' })`, written out at
// the call site: Vite finds and bundles a worker only from that literal form.
import { partitionCount } from './partitionCount';
import { serveJob } from './serveJob';

serveJob(partitionCount);
