// The example page's script: load the browser bundle, analyse the pasted text,
// show the HTML report in a sandboxed frame (no scripts run in it).
// Served from the repository root, the bundle is ../../dist/browser.js (npm run build);
// in your own app: import { analyze, render } from 'newslens/browser'.
const status = document.getElementById('status');
const button = document.getElementById('analyse');
const text = document.getElementById('text');
const published = document.getElementById('published');
const frame = document.getElementById('report');
const download = document.getElementById('download');

function say(message, isError = false) {
  status.textContent = message;
  status.className = isError ? 'error' : '';
}

let newslens;
try {
  newslens = await import('../../dist/browser.js');
  button.disabled = false;
  button.textContent = 'Analyse';
  say('Ready.');
} catch (e) {
  button.textContent = 'Unavailable';
  say(`Could not load dist/browser.js (run npm run build): ${e.message}`, true);
}

let lastUrl = null;
button.addEventListener('click', () => {
  button.disabled = true;
  // Let the button repaint before the (synchronous) analysis.
  setTimeout(() => {
    try {
      const t0 = performance.now();
      const analysis = newslens.analyze(text.value, { published: published.value === '' ? null : published.value });
      const ms = Math.round(performance.now() - t0);
      const html = newslens.render(analysis, { title: 'Pasted article' });
      frame.srcdoc = html;
      if (lastUrl !== null) URL.revokeObjectURL(lastUrl);
      lastUrl = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      download.href = lastUrl;
      download.hidden = false;
      document.body.dataset.entities = String(analysis.entities.length);
      document.body.dataset.quotes = String(analysis.quotes.length);
      document.body.dataset.dates = String(analysis.dates.length);
      say(`${analysis.entities.length} entities, ${analysis.quotes.length} quotes, ${analysis.dates.length} dates, ${analysis.stances.length} stances in ${ms} ms.`);
    } catch (e) {
      say(e.message, true);
    } finally {
      button.disabled = false;
    }
  }, 0);
});
