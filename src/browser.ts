/**
 * The browser entry of newslens (`newslens/browser`, dist/browser.js): analyse
 * and render in a page, with compromise bundled in, so one ES module is all a
 * page needs. Nothing reachable from here imports a Node built-in
 * (test/package/browser-entry.test.ts walks the imports to make sure).
 */
export * from './core.js';
