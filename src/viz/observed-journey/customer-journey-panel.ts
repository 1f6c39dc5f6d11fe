import { select } from "d3";
import { formatDuration } from "../../analysis/format-duration.js";
import type { ObservedCustomerJourney } from "../../log-report/observed-customer-journey.js";
import { renderCustomerJourney } from "./render-customer-journey.js";

const count = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/**
 * The report section (`section[data-hukka="customer-journey"]`) that draws one customer's
 * journey across their cases (`renderCustomerJourney`): the wandering staff never see, since each
 * case was handled, and logged, on its own.
 *
 * @example
 * customerJourneyPanel(document.querySelector(".hukka-report"), observedCustomerJourney(log)!);
 */
export function customerJourneyPanel(parent: Element, journey: ObservedCustomerJourney): HTMLElement {
  const section = select(parent).append("section").attr("class", "hukka-observed").attr("data-hukka", "customer-journey");
  section.append("h2").text("A customer across cases");
  section
    .append("p")
    .attr("class", "hukka-hint")
    .text(
      "One customer's journey across their cases, on its real clock: a band per case (cases open at the same time one above the other); " +
        "↩ marks a return, a case opened within the return window after another case of the same customer ended.",
    );
  const view = section.append("div").attr("class", "hukka-wander-panel");
  view
    .append("p")
    .attr("class", "hukka-wander-summary")
    .text(
      `Customer ${journey.customer}: ${count(journey.cases.length, "case")}, ${count(journey.returns, "return")} · ${formatDuration(journey.minutes)} in all · ` +
        `${count(journey.handoffs, "hand-off")}, ${count(journey.pingPongs, "ping-pong")}, ${count(journey.revisits, "revisit")} across the cases`,
    );
  // scrolls sideways as the observed journeys do, never squeezed
  const scroll = view.append("div").attr("class", "hukka-scroll");
  renderCustomerJourney(scroll.node() as Element, journey);
  return section.node() as HTMLElement;
}
