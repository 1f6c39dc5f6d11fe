// Lets `tsc` type-check the theme's TypeScript, which imports single-file Vue components.
declare module "*.vue" {
  import type { DefineComponent } from "vue";
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
