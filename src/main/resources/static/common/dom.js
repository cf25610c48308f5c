// Builds page content with DOM calls only: stored data is always text, never HTML (SPEC section 7).
const SVG_NS = 'http://www.w3.org/2000/svg';

function el(tag, attributes, ...children) {
  const svg = ['svg', 'rect', 'text', 'title', 'line', 'g', 'a'].includes(tag);
  const node = svg ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function replaceContent(element, ...children) {
  element.replaceChildren(...children.flat().filter(c => c !== undefined && c !== null && c !== false));
}
