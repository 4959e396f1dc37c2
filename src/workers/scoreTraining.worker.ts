// Loaded by `new Worker(new URL('…/scoreTraining.worker.ts', import.meta.url), { type: 'module' })`, written out at
// the call site: Vite finds and bundles a worker only from that literal form.
import { scoreTraining } from './scoreTraining';
import { serveJob } from './serveJob';

serveJob(scoreTraining);
