// Generates BPMN DI (diagram layout) for models written without it, in place:
//   node scripts/layout.mjs bpmn/SomeProcess.bpmn
// Files that already carry a diagram are left alone unless --force is given (Modeler layouts win).
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

const force = process.argv.includes('--force');
for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  let xml = readFileSync(file, 'utf8');
  if (xml.includes('<bpmndi:BPMNDiagram') && !force) {
    console.log(`${file}: has a diagram, kept`);
    continue;
  }
  xml = xml.replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>\s*/, '');
  const laidOut = await layoutProcess(xml);
  writeFileSync(file, laidOut);
  console.log(`${file}: laid out`);
}
