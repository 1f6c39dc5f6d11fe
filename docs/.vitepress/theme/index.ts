import DefaultTheme from "vitepress/theme";
import type { Theme } from "vitepress";
import HukkaDiagrams from "./HukkaDiagrams.vue";
import HukkaLive from "./HukkaLive.vue";
import HukkaOwnLog from "./HukkaOwnLog.vue";
import "./style.css";

// The default theme plus the live diagrams: the real `hukka` and `hukka/viz` running in the page.
// <HukkaDiagrams> the gallery, <HukkaLive> one model, log or redesign, <HukkaOwnLog> the reader's file.
export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("HukkaDiagrams", HukkaDiagrams);
    app.component("HukkaLive", HukkaLive);
    app.component("HukkaOwnLog", HukkaOwnLog);
  },
} satisfies Theme;
