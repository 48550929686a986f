import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Capability folders in lib/ depend on each other one way only: if lib/a imports lib/b, nothing in
// lib/b imports lib/a. Shared pieces belong to the folder that owns the idea.
const LIB = fileURLToPath(new URL("../../lib", import.meta.url));
const IMPORT = /(?:from|import)\s*\(?\s*["']@\/lib\/([\w-]+)\//g;

function capabilityOf(file) {
  const relative = path.relative(LIB, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  const [first, ...rest] = relative.split(path.sep);
  return rest.length > 0 && first !== "generated" ? first : null;
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

// Read once per process: a lint run is short, and an editor's server restarts on config changes.
const cache = new Map();

/** The capability folders that files in lib/<capability> import. */
function importsOf(capability) {
  if (!cache.has(capability)) cache.set(capability, readImports(capability));
  return cache.get(capability);
}

function readImports(capability) {
  const dir = path.join(LIB, capability);
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return new Set();
  const found = new Set();
  for (const file of filesUnder(dir)) {
    for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) if (match[1] !== capability) found.add(match[1]);
  }
  return found;
}

/** @type {import("eslint").Rule.RuleModule} */
const noCapabilityCycle = {
  meta: {
    type: "problem",
    docs: { description: "Forbid two lib/ capability folders from importing each other" },
    schema: [],
    messages: {
      cycle: "lib/{{from}} imports lib/{{to}}, and lib/{{to}} imports lib/{{from}}. Move the shared piece to the folder that owns it.",
    },
  },
  create(context) {
    const from = capabilityOf(context.filename);
    if (!from) return {};
    const check = (node) => {
      const to = /^@\/lib\/([\w-]+)\//.exec(node.source?.value ?? "")?.[1];
      if (to && to !== from && to !== "generated" && importsOf(to).has(from)) {
        context.report({ node: node.source, messageId: "cycle", data: { from, to } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default noCapabilityCycle;
