// Loaded by `new Worker(new URL('…/rbmTraining.worker.ts', import.meta.url), { type: 'module' })`, written out at
// the call site: Vite finds and bundles a worker only from that literal form.
import { rbmTraining } from './rbmTraining';
import { serveJob } from './serveJob';

serveJob(rbmTraining);
