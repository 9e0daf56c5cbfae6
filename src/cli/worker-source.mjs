// The worker entry when newslens runs from its TypeScript source (tests, `npm run demo`):
// Node 20 applies no --import loader inside worker threads, so this plain module loads
// worker.ts through tsx's API. A build never uses it (dist/worker.js is plain JavaScript).
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./worker.ts', import.meta.url);

export default worker.default;
