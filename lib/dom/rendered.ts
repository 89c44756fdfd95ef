/**
 * What the reader sees of a node's children: an open shadow root renders instead of its host's
 * children, and a slot renders the light nodes assigned to it. Extraction and anchoring both read
 * the page through this, so the article text and the painted text agree.
 */
export function renderedChildren(node: Node): ArrayLike<Node> {
  const el = node as Element;
  if (el.shadowRoot) return el.shadowRoot.childNodes;
  if (el.tagName === 'SLOT' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
    const assigned = (el as HTMLSlotElement).assignedNodes();
    if (assigned.length) return assigned;
  }
  return node.childNodes;
}

/** A detached copy of `node` as rendered: shadow content in place of hosts' light children. */
export function renderedClone(node: Node): Node {
  const copy = node.cloneNode(false);
  const children = renderedChildren(node);
  for (let i = 0; i < children.length; i++) copy.appendChild(renderedClone(children[i]));
  return copy;
}
