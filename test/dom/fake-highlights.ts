/**
 * happy-dom has no CSS Custom Highlight API: a minimal stand-in with the parts the painter uses
 * (a Set of ranges with a priority, and a name → highlight map on CSS.highlights).
 */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

// happy-dom's window.CSS is a getter returning a fresh object, so the fake replaces the property.
const win = () => document.defaultView as unknown as Record<string, unknown>;
let saved: PropertyDescriptor | undefined;

export function installFakeHighlights(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  saved ??= Object.getOwnPropertyDescriptor(win(), 'CSS');
  Object.defineProperty(win(), 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  win().Highlight = FakeHighlight;
  return registry;
}

export function removeFakeHighlights(): void {
  if (saved) Object.defineProperty(win(), 'CSS', saved);
  delete win().Highlight;
}
