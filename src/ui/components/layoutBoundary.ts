// A text area's box is a relayout boundary (CSS .layout-boundary: size and layout containment), so
// that a keystroke lays out the box alone instead of every ancestor up to the page: on a long
// meeting page that halves the layout of each frame while the chair types. Size containment means
// the box does not take its height from what is in it, so it is given the control's height here,
// whenever that changes (it grows with its text, is dragged taller, or the text is zoomed).
// ResizeObserver reports in the same frame, after layout and before paint: the page never shows
// the box and its control apart.

const boxes = new WeakMap<Element, HTMLElement>();
let observer: ResizeObserver | undefined;

function follow(entries: ResizeObserverEntry[]): void {
  for (const entry of entries) {
    const box = boxes.get(entry.target);
    const size = entry.borderBoxSize[0];
    if (box && size) box.style.height = `${size.blockSize}px`;
  }
}

/** Keeps `box` as tall as `control` until the returned function is called. */
export function followHeight(box: HTMLElement, control: HTMLElement): () => void {
  observer ??= new ResizeObserver(follow);
  boxes.set(control, box);
  observer.observe(control);
  return () => {
    observer?.unobserve(control);
    boxes.delete(control);
  };
}
