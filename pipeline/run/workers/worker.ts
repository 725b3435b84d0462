// A worker thread of ./release-pool.ts: runs the local stages for the releases the main thread sends it. A release
// stays here between `prepare` and `finish`, so its syntax tree crosses threads once, with the result.
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../../errors.ts';
import type { WorkerReply, WorkerRequest } from './pool.ts';
import { createLocalStages, type StageOptions } from '../release.ts';

const port = parentPort;
if (!port) throw new Error('release-worker.ts runs as a worker thread (see release-pool.ts)');
const stages = createLocalStages(workerData as StageOptions);

// One request at a time, finishes before prepares: the main thread reports releases in file order and waits for
// the oldest finish, so a finish queued behind the prepares sent ahead left the other worker without work.
const finishes: WorkerRequest[] = [];
const prepares: WorkerRequest[] = [];
let busy = false;

port.on('message', (message: WorkerRequest) => {
  (message.type === 'finish' ? finishes : prepares).push(message);
  if (!busy) void pump();
});

async function pump(): Promise<void> {
  busy = true;
  for (let message = finishes.shift() ?? prepares.shift(); message; message = finishes.shift() ?? prepares.shift()) {
    // A finish's work is done when `run` returns (what is left is writing its outputs); a prepare's once it has
    // read its file and parsed it.
    const reply = run(message).then((answer) => port?.postMessage(answer));
    if (message.type === 'prepare') await reply;
    // Lets messages that arrived meanwhile in, so that a finish overtakes the prepares.
    await new Promise((resolve) => setImmediate(resolve));
  }
  busy = false;
}

async function run(message: WorkerRequest): Promise<WorkerReply> {
  try {
    if (message.type === 'prepare')
      return { type: 'prepared', id: message.id, ...(await stages.prepare(message.index, message.file)) };
    const finished = await stages.finish(message.index, message.outcome);
    return { type: 'finished', id: message.id, ...finished };
  } catch (error) {
    if (error instanceof UserError)
      return {
        type: 'failed',
        id: message.id,
        error: { user: true, message: error.detail, place: error.place, exitCode: error.exitCode },
      };
    return {
      type: 'failed',
      id: message.id,
      error: { user: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    };
  }
}
