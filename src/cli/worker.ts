/**
 * The worker-thread entry of `newslens analyze --workers N`: each worker loads
 * the analyser (and compromise's model) once, on its first document, and keeps it.
 * Built to `dist/worker.js` next to `dist/cli.js` (see tsup.config.ts).
 */
import { analyze } from '../index.js';
import { runTask, type Task, type TaskResult } from './task.js';

export default function analyzeTask(task: Task): TaskResult {
  return runTask(task, analyze);
}
