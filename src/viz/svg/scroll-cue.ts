/**
 * Shows that `scroller` (an element with `overflow-x: auto`) holds more than it shows: while its
 * content is wider than it, it carries `data-scrolls` (the report's style fades its right edge)
 * and a line before it (`[data-hukka="scroll-cue"]`) says to scroll sideways; scrolled to the end,
 * it carries `data-scrolled-end` too. Kept up to date as the element is scrolled or resized, and
 * when called again after a redraw. Without layout (outside a browser) nothing scrolls and
 * nothing is added.
 *
 * @example
 * scrollCue(panel.querySelector(".hukka-scroll"), "Scroll sideways for the rest of the journey →");
 */
export function scrollCue(scroller: HTMLElement, text: string): void {
  const doc = scroller.ownerDocument;
  let cue = scroller.previousElementSibling as HTMLElement | null;
  if (!cue || cue.getAttribute("data-hukka") !== "scroll-cue") {
    cue = doc.createElement("p");
    cue.className = "hukka-scroll-cue";
    cue.setAttribute("data-hukka", "scroll-cue");
    scroller.parentNode?.insertBefore(cue, scroller);
  }
  cue.textContent = text;
  const update = () => {
    const scrolls = scroller.scrollWidth > scroller.clientWidth + 1;
    const end = scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 1;
    flag(scroller, "data-scrolls", scrolls);
    flag(scroller, "data-scrolled-end", scrolls && end);
    flag(cue!, "hidden", !scrolls);
  };
  update();
  if (scroller.getAttribute("data-scroll-cue") === null) {
    scroller.setAttribute("data-scroll-cue", "");
    scroller.addEventListener("scroll", update, { passive: true });
    const View = doc.defaultView as (Window & typeof globalThis) | null;
    if (View?.ResizeObserver) new View.ResizeObserver(update).observe(scroller);
  }
}

const flag = (element: Element, name: string, on: boolean) => (on ? element.setAttribute(name, "") : element.removeAttribute(name));
