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
  const laidOut = separateBoundaryEvents(await layoutProcess(xml));
  writeFileSync(file, laidOut);
  console.log(`${file}: laid out`);
}

// bpmn-auto-layout puts the boundary events of a task almost on top of each other; spread
// them evenly along the task's bottom edge (with their labels and the start of their flows).
function separateBoundaryEvents(xml) {
  const byTask = new Map();
  for (const m of xml.matchAll(/<bpmn:boundaryEvent id="([^"]+)"[^>]*attachedToRef="([^"]+)"/g)) {
    byTask.set(m[2], [...(byTask.get(m[2]) || []), m[1]]);
  }
  const flowsFrom = new Map();
  for (const m of xml.matchAll(/<bpmn:sequenceFlow id="([^"]+)" sourceRef="([^"]+)"/g)) {
    flowsFrom.set(m[2], [...(flowsFrom.get(m[2]) || []), m[1]]);
  }
  const shapeOf = (id) => new RegExp(`<bpmndi:BPMNShape [^>]*bpmnElement="${id}"[^>]*>[\\s\\S]*?</bpmndi:BPMNShape>`);
  const xOf = (text) => Number(/x="([\d.-]+)"/.exec(text)[1]);
  const shift = (text, dx) => text.replace(/x="([\d.-]+)"/, (_, x) => `x="${Number(x) + dx}"`);
  for (const [task, events] of byTask) {
    const taskShape = shapeOf(task).exec(xml);
    if (events.length < 2 || !taskShape) continue;
    const taskX = xOf(taskShape[0]);
    const taskWidth = Number(/width="([\d.]+)"/.exec(taskShape[0])[1]);
    events.forEach((id, i) => {
      const shape = shapeOf(id).exec(xml);
      if (!shape) return;
      const dx = taskX + taskWidth / 2 + (i - (events.length - 1) / 2) * 45 - 18 - xOf(shape[0]);
      xml = xml.replace(shapeOf(id), (text) => text.replace(/<dc:Bounds [^>]*>/g, (bounds) => shift(bounds, dx)));
      for (const flow of flowsFrom.get(id) || []) {
        xml = xml.replace(new RegExp(`(<bpmndi:BPMNEdge [^>]*bpmnElement="${flow}"[^>]*>\\s*)(<di:waypoint [^>]*>)`),
          (_, head, point) => head + shift(point, dx));
      }
    });
  }
  return xml;
}
