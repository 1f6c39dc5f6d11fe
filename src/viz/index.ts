// hukka/viz: the only entry that imports d3 (DESIGN §2, §9).
export {};
