import type { Service } from "../src/model/types.js";
/** A valid generated service model of `n` touchpoints for drawing (see blueprint-service.mjs). */
export function blueprintService(n?: number, seed?: number): Service;
