// analyse reuses what parseService has just found for the same model (the touchpoint index of
// each transition's ends, the expected visits): these tests change a parsed model in place and
// check that the report is then the one of the changed model, as if it had been parsed anew.
import { describe, expect, it } from "vitest";
import { analyse, expectedVisits, markovChain, parseService, type Service } from "../src/index.js";
import { callAgain } from "./analysis-fixtures.js";
import { randomService } from "./analysis-random-services.js";

/** The report of a model parsed afresh from its JSON: nothing kept from an earlier validation. */
const fresh = (service: Service) => analyse(parseService(JSON.parse(JSON.stringify(service))));

describe("analyse after parseService", () => {
  it("analyse(parseService(json)) equals the report of the same model parsed on its own", () => {
    const service = parseService(callAgain());
    // v(call) = 1 / (1 − 0.3), hand-offs = v(call) · 0.7 = 1
    expect(analyse(service).expected.visits.call).toBeCloseTo(1 / 0.7, 12);
    expect(analyse(service)).toEqual(fresh(service));
  });

  it("a transition redirected in place after validation is analysed where it now leads", () => {
    const service = parseService(callAgain());
    analyse(service);
    // call → gp becomes call → done: the gp is never visited, each customer calls 1/0.7 times
    service.transitions[0]!.to = "done";
    const report = analyse(service);
    expect(report.expected.visits.gp).toBe(0);
    expect(report.expected.visits.done).toBeCloseTo(1, 12);
    expect(report).toEqual(fresh(service));
  });

  it("a probability changed in place after validation changes the expected visits", () => {
    const service = parseService(callAgain());
    analyse(service);
    service.transitions[0]!.probability = 0.5;
    service.transitions[1]!.probability = 0.5;
    // geometric: v(call) = 1 / (1 − 0.5) = 2
    expect(analyse(service).expected.visits.call).toBeCloseTo(2, 12);
    expect(expectedVisits(markovChain(service))[0]).toBeCloseTo(2, 12);
    expect(analyse(service)).toEqual(fresh(service));
  });

  it("a touchpoint renamed in place (with its transitions) is reported under its new id", () => {
    const service = parseService(callAgain());
    analyse(service);
    service.touchpoints[1]!.id = "specialist";
    service.transitions[0]!.to = "specialist";
    service.transitions[2]!.from = "specialist";
    const report = analyse(service);
    expect(Object.keys(report.expected.visits)).toEqual(["call", "specialist", "done"]);
    expect(report).toEqual(fresh(service));
  });

  it("a copy with another noun, and random models changed after validation, give the fresh reports", () => {
    const service = parseService(callAgain());
    expect(analyse({ ...service, noun: "patient" })).toEqual(fresh({ ...service, noun: "patient" }));
    for (let seed = 1; seed <= 40; seed++) {
      const random = parseService(randomService(seed));
      expect(analyse(random)).toEqual(fresh(random));
      // swap the targets of the first two transitions that have different ones
      const [a, b] = random.transitions;
      if (!a || !b || a.to === b.to || a.from !== b.from) continue;
      [a.to, b.to] = [b.to, a.to];
      expect(analyse(random)).toEqual(fresh(random));
    }
  });
});
