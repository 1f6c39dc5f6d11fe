import { select, type Selection } from "d3";
import type { ObservedJourney, ObservedJourneys } from "../../log-report/observed-journeys.js";
import { formatDuration } from "../../analysis/format-duration.js";
import { formatDayLength, formatWorkingDays } from "../../analysis/format-working-time.js";
import { scrollCue } from "../svg/scroll-cue.js";
import { renderObservedJourney } from "./render-observed-journey.js";

const count = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * The log's own journeys as a report section (`section[data-hukka="observed-journeys"]`): the
 * most frequent variants (`[data-variant="N"]`, with their case counts) and the cases losing most
 * time to wandering (`[data-wanderer="N"]`, with their minutes between departments, hand-offs and
 * ping-pongs) as lists; the selected one (`[data-highlighted]`) is drawn beside them as a wander
 * line on the case's real timestamps (`renderObservedJourney`). Journeys measured with a calendar
 * give each time on the working clock too, in brackets.
 *
 * @example
 * observedJourneysPanel(document.querySelector(".hukka-report"), observedJourneys(log), true);
 */
export function observedJourneysPanel(parent: Element, observed: ObservedJourneys, interactive: boolean): HTMLElement {
  const section = select(parent).append("section").attr("class", "hukka-observed").attr("data-hukka", "observed-journeys");
  section.append("h2").text("Observed journeys");
  section
    .append("p")
    .attr("class", "hukka-hint")
    .text(
      `What the ${observed.cases.toLocaleString("en")} cases of the log actually did, beside the model's journeys above: ` +
        "the most frequent variants, and the cases that lost most time between departments. Pick one to draw it on its own clock." +
        (observed.dayMinutes !== undefined ? ` Times in brackets are working time (a working day is ${formatDayLength(observed.dayMinutes)}).` : ""),
    );
  const time = clocks(observed.dayMinutes);
  const grid = section.append("div").attr("class", "hukka-columns");
  const lists = grid.append("div").attr("class", "hukka-journeys");
  const view = grid.append("div").attr("class", "hukka-wander-panel");
  view
    .append("p")
    .attr("class", "hukka-hint")
    .text("Wine diamond: ping-pong (back to the department before) · wine ring: revisit of a department · square: repeated activity · hover a point for its activity and time.");
  const summary = view.append("p").attr("class", "hukka-wander-summary");
  const scroll = view.append("div").attr("class", "hukka-scroll");

  const items = [
    ...list(lists, "Most frequent variants", "variant", observed.variants, observed.cases, time),
    ...list(lists, "Cases losing most time to wandering", "wanderer", observed.wanderers, observed.cases, time),
  ];
  const show = (kind: "variant" | "wanderer", index: number) => {
    const journey = (kind === "variant" ? observed.variants : observed.wanderers)[index];
    if (!journey) return;
    for (const item of items) if (item.kind === kind && item.index === index) item.element.setAttribute("data-highlighted", "");
      else item.element.removeAttribute("data-highlighted");
    scroll.selectAll("*").remove();
    summary.text(`Case ${journey.case}: ${facts(journey, time)}`);
    renderObservedJourney(scroll.node() as Element, journey, { title: `Observed journey of case ${journey.case}` });
    scrollCue(scroll.node() as HTMLElement, "The case goes on to the right: scroll sideways →");
  };
  if (observed.wanderers.length) show("wanderer", 0);
  else if (observed.variants.length) show("variant", 0);
  if (interactive) for (const item of items) item.element.addEventListener("click", () => show(item.kind, item.index));
  return section.node() as HTMLElement;
}

/** A journey's time on the customer's clock, and on the working clock in brackets where it was measured. */
type Clocks = (j: ObservedJourney, which: "minutes" | "handoffMinutes") => string;

function clocks(dayMinutes: number | undefined): Clocks {
  return (j, which) => {
    const calendar = formatDuration(j[which]);
    return j.working && dayMinutes !== undefined ? `${calendar} (${formatWorkingDays(j.working[which], dayMinutes)})` : calendar;
  };
}

function facts(j: ObservedJourney, time: Clocks): string {
  return [
    `${time(j, "minutes")} in all`,
    `${time(j, "handoffMinutes")} between departments`,
    count(j.handoffs, "hand-off"),
    count(j.pingPongs, "ping-pong"),
    count(j.revisits, "revisit"),
  ].join(" · ");
}

interface Item {
  kind: "variant" | "wanderer";
  index: number;
  element: HTMLElement;
}

function list(
  parent: Selection<HTMLDivElement, unknown, null, undefined>,
  title: string,
  kind: Item["kind"],
  journeys: readonly ObservedJourney[],
  cases: number,
  time: Clocks,
): Item[] {
  parent.append("h3").text(title);
  if (journeys.length === 0) {
    parent.append("p").attr("class", "hukka-hint").text(kind === "variant" ? "No cases." : "No case changes department.");
    return [];
  }
  const ol = parent.append("ol").attr("class", "hukka-list").attr("data-list", kind);
  return journeys.map((j, index) => {
    const li = ol.append("li").attr(`data-${kind}`, index).attr("data-count", j.count);
    const button = li.append("button").attr("type", "button");
    const head =
      kind === "variant"
        ? `${index + 1}. ${count(j.count, "case")} (${pct(j.count / Math.max(1, cases))}) · ${count(j.handoffs, "hand-off")} · ${time(j, "minutes")}`
        : `${index + 1}. ${time(j, "handoffMinutes")} between departments · ${count(j.handoffs, "hand-off")} · ${count(j.pingPongs, "ping-pong")}`;
    button.append("span").attr("class", "hukka-journey-head").text(head);
    // the path is cut to two lines; the whole of it shows on hover or focus
    const path = kind === "variant" ? j.events.map((e) => e.activity).join(" → ") : `case ${j.case}: ${j.events.map((e) => e.activity).join(" → ")}`;
    button.attr("title", path).append("span").attr("class", "hukka-journey-path").text(path);
    return { kind, index, element: li.node() as HTMLElement };
  });
}
