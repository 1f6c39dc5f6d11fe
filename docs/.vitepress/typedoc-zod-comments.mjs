// A TypeDoc plugin: the model's types are inferred from its zod schemas (`z.infer`), whose fields
// are documented once, with `.describe("…")` (that text also goes into the JSON Schema an editor
// shows). TypeDoc reads doc comments, not `.describe()`: this copies each description onto the
// property it documents, so the API page of `Service`, `Touchpoint`, … lists every field with
// its meaning. Types marked `@interface` are shown field by field (TypeDoc's own tag).
import ts from "typescript";
import { Comment, Converter, ReflectionKind } from "typedoc";

/** The text of the outermost `.describe("…")` in a zod expression, following consts like `id`. */
function description(node, checker, seen = new Set()) {
  if (!node || seen.has(node)) return undefined;
  seen.add(node);
  if (ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node)) return description(node.initializer, checker, seen);
  if (ts.isShorthandPropertyAssignment(node)) {
    const symbol = checker.getShorthandAssignmentValueSymbol(node);
    return description(symbol?.valueDeclaration, checker, seen);
  }
  if (ts.isParenthesizedExpression(node)) return description(node.expression, checker, seen);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const [first] = node.arguments;
    if (node.expression.name.text === "describe" && first && ts.isStringLiteralLike(first)) return first.text;
    return description(node.expression.expression, checker, seen);
  }
  if (ts.isIdentifier(node)) {
    const symbol = checker.getSymbolAtLocation(node);
    return description(symbol?.valueDeclaration, checker, seen);
  }
  return undefined;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property) || reflection.comment) return;
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
    if (!declaration || !(ts.isPropertyAssignment(declaration) || ts.isShorthandPropertyAssignment(declaration))) return;
    const text = description(declaration, context.checker);
    if (text) reflection.comment = new Comment([{ kind: "text", text }]);
  });
}
