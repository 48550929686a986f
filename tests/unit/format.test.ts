import { describe, expect, it } from "vitest";
import { plainExcerpt, truncate } from "@/lib/format";

describe("plainExcerpt", () => {
  it("drops Markdown and cuts long posts at a word", () => {
    expect(plainExcerpt("# Heading\n\n> quoted\n\n- one\n- two\n\n`code` and _kept_snake_case_ ~~gone~~", 300)).toBe("Heading quoted one two code and _kept_snake_case_ gone");
    const excerpt = plainExcerpt(`${"word ".repeat(100)}end`, 300);
    expect(excerpt.length).toBeLessThanOrEqual(301);
    expect(excerpt.endsWith("word…")).toBe(true);
  });
});

describe("truncate", () => {
  it("keeps short text and cuts long text at whole characters", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("abcdef", 3)).toBe("abc…");
    // 𠀋 is two UTF-16 units: it is kept or dropped whole.
    expect(truncate("平壤𠀋北京", 3)).toBe("平壤𠀋…");
    expect(truncate("a  b", 2)).toBe("a…");
  });
});
