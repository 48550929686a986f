import { Fragment, isValidElement, type ReactNode } from "react";

// A tiny renderToStaticMarkup for the elements the Markdown pipeline makes. react-dom/server is
// not available where posts are written (React Server Components and route handlers run under the
// "react-server" condition), so this walks the element tree itself: plain function components,
// fragments and host elements with string, number and boolean props. tests/unit/markdown.test.ts
// checks its output equals react-dom/server's on a corpus of Markdown and naughty strings.

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const ATTRIBUTE_NAMES: Record<string, string> = { className: "class", htmlFor: "for" };
const ESCAPES: Record<string, string> = { '"': "&quot;", "&": "&amp;", "'": "&#x27;", "<": "&lt;", ">": "&gt;" };

// The same escaping React uses for text and attribute values.
const escape = (text: string) => text.replace(/["&'<>]/g, (char) => ESCAPES[char]!);

function attributes(props: Record<string, unknown>): string {
  let markup = "";
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || value === null || value === undefined || value === false) continue;
    if (typeof value === "object" || typeof value === "function" || typeof value === "symbol") {
      // Only style would be an object, and the sanitizer allows no style attribute.
      throw new Error(`Cannot render the ${name} attribute statically`);
    }
    const attribute = ATTRIBUTE_NAMES[name] ?? name;
    markup += value === true ? ` ${attribute}=""` : ` ${attribute}="${escape(String(value))}"`;
  }
  return markup;
}

export function toStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escape(String(node));
  if (Array.isArray(node)) return node.map(toStaticMarkup).join("");
  if (!isValidElement<Record<string, unknown>>(node)) throw new Error("Cannot render this node statically");
  const { type, props } = node;
  const children = props.children as ReactNode;
  if (type === Fragment) return toStaticMarkup(children);
  if (typeof type === "function") return toStaticMarkup((type as (props: Record<string, unknown>) => ReactNode)(props));
  if (typeof type !== "string") throw new Error("Cannot render this element type statically");
  if (VOID.has(type)) return `<${type}${attributes(props)}/>`;
  return `<${type}${attributes(props)}>${toStaticMarkup(children)}</${type}>`;
}
