import DefaultTheme from "vitepress/theme";
import type { Theme } from "vitepress";
import HukkaDiagrams from "./HukkaDiagrams.vue";
import "./style.css";

// The default theme plus <HukkaDiagrams>: the real `hukka/viz` renderers running in the page.
export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("HukkaDiagrams", HukkaDiagrams);
  },
} satisfies Theme;
