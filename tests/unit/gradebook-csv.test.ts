import { describe, expect, it } from "vitest";
import { gradebookCsv, splitName, type GradebookSheet } from "@/lib/grading/gradebook";

const sheet: GradebookSheet = {
  assignment: { id: "abc123", title: "Korean War essay" },
  section: "Period 3",
  rows: [
    { name: "Ana María López", email: "ana@school.test", total: 8.5 },
    { name: "Kim", email: "kim@school.test", total: null },
    { name: "=Evil Formula", email: "evil@school.test", total: 0 },
  ],
};

const lines = (csv: string) => csv.trimEnd().split("\r\n");

describe("gradebook CSV layouts", () => {
  it("Canvas: Student, ID, SIS User ID, SIS Login ID, Section, then the assignment as \"Name (id)\"", () => {
    const [header, ...rows] = lines(gradebookCsv("canvas", sheet));
    expect(header).toBe("Student,ID,SIS User ID,SIS Login ID,Section,Korean War essay (abc123)");
    expect(rows[0]).toBe('"López, Ana María",,,ana@school.test,Period 3,8.5');
    expect(rows[1]).toBe("Kim,,,kim@school.test,Period 3,");
  });

  it("Moodle: First name, Last name, Email address (the identifier), then the grade item", () => {
    const [header, ...rows] = lines(gradebookCsv("moodle", sheet));
    expect(header).toBe("First name,Last name,Email address,Korean War essay");
    expect(rows[0]).toBe("Ana María,López,ana@school.test,8.5");
  });

  it("Google Classroom: Email Address, First Name, Last Name, then the assignment's title", () => {
    const [header, ...rows] = lines(gradebookCsv("google", sheet));
    expect(header).toBe("Email Address,First Name,Last Name,Korean War essay");
    expect(rows[0]).toBe("ana@school.test,Ana María,López,8.5");
    // A name that starts like a formula is defused, as in every CSV export.
    expect(rows[2]).toBe("evil@school.test,'=Evil,Formula,0");
  });

  it("splits a name at its last word", () => {
    expect(splitName("  Ana   María López ")).toEqual({ first: "Ana María", last: "López" });
    expect(splitName("Kim")).toEqual({ first: "Kim", last: "" });
  });
});
