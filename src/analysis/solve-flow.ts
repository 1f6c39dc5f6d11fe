// The sparse solver lives in src/model, where validation uses it too (nearly_closed_loop); analysis
// reads it from here as well.
export * from "../model/solve-flow.js";
