import { parentPort, workerData } from 'node:worker_threads';
import { verifyFileRange, type RangeJob } from './audit-verify-file.ts';

/** A thread verifying one range of an export file's event lines (audit-verify-file.ts). */
parentPort?.postMessage(await verifyFileRange(workerData as RangeJob));
