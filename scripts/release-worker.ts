// A worker thread of ./release-pool.ts: runs the local stages for the releases the main thread sends it. A release
// stays here between `prepare` and `finish`, so its syntax tree crosses threads once, with the result.
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../pipeline/errors.ts';
import type { WorkerReply, WorkerRequest } from './release-pool.ts';
import { createLocalStages, type StageOptions } from './release-stages.ts';

const port = parentPort;
if (!port) throw new Error('release-worker.ts runs as a worker thread (see release-pool.ts)');
const stages = createLocalStages(workerData as StageOptions);

port.on('message', (message: WorkerRequest) => {
  const reply = (answer: WorkerReply) => port.postMessage(answer);
  const run = async (): Promise<WorkerReply> => {
    if (message.type === 'prepare') return { type: 'prepared', id: message.id, requests: await stages.prepare(message.index, message.file) };
    const finished = await stages.finish(message.index, message.outcome);
    return { type: 'finished', id: message.id, ...finished };
  };
  run().then(reply, (error: unknown) => {
    if (error instanceof UserError) reply({ type: 'failed', id: message.id, error: { user: true, message: error.message, place: error.place, exitCode: error.exitCode } });
    else reply({ type: 'failed', id: message.id, error: { user: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) } });
  });
});
