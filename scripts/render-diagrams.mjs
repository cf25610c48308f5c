// Renders every model in bpmn/ to docs/diagrams/<Process>.svg with bpmn-js in headless Chromium,
// so the docs show exactly what Camunda Modeler and Cockpit show. Usage:
//   node scripts/render-diagrams.mjs            write the images
//   node scripts/render-diagrams.mjs --check    fail when an image is missing or stale
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const check = process.argv.includes('--check');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const viewer = resolve('node_modules/bpmn-js/dist/bpmn-viewer.production.min.js');
const outDir = 'docs/diagrams';
mkdirSync(outDir, { recursive: true });

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&#39;/g, "'").replace(/&amp;/g, '&');

let stale = [];
for (const file of readdirSync('bpmn').filter((f) => f.endsWith('.bpmn')).sort()) {
  const xml = readFileSync(join('bpmn', file), 'utf8');
  const work = mkdtempSync(join(tmpdir(), 'render-'));
  const page = join(work, 'page.html');
  writeFileSync(page, `<!doctype html><html><body><div id="canvas" style="width:2400px;height:1400px"></div>
<script src="file://${viewer}"></script>
<script>
  const viewer = new BpmnJS({ container: '#canvas' });
  viewer.importXML(${JSON.stringify(xml)})
    .then(() => viewer.saveSVG())
    .then(({ svg }) => { document.body.innerHTML = '<pre id="svg"></pre>'; document.getElementById('svg').textContent = svg; })
    .catch((e) => { document.body.innerHTML = '<pre id="error"></pre>'; document.getElementById('error').textContent = String(e); });
</script></body></html>`);
  const dom = execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files',
    `--user-data-dir=${join(work, 'profile')}`, '--virtual-time-budget=10000', '--dump-dom', `file://${page}`],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  const match = dom.match(/<pre id="svg">([\s\S]*?)<\/pre>/);
  if (!match) {
    throw new Error(`${file}: could not render: ${dom.slice(0, 500)}`);
  }
  // bpmn-js names arrow markers randomly; number them in order so unchanged models give identical files.
  const ids = new Map();
  const svg = unescape(match[1]).replace(/marker-[a-z0-9]{20,}/g, (id) => {
    if (!ids.has(id)) ids.set(id, `marker-${ids.size + 1}`);
    return ids.get(id);
  }) + '\n';
  const target = join(outDir, file.replace(/\.bpmn$/, '.svg'));
  if (check) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== svg) {
      stale.push(target);
    }
  } else {
    writeFileSync(target, svg);
    console.log(`${target} written`);
  }
}
if (stale.length) {
  console.error(`Stale diagram images (run: node scripts/render-diagrams.mjs):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
