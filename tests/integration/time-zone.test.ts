import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setTimeZone } from "@/lib/accounts/time-zone";
import { AppError } from "@/lib/errors";
import { createUser } from "@/tests/setup/factories";

const storedZone = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { timeZone: true } })).timeZone;

describe("setTimeZone", () => {
  it("stores an IANA zone in the viewer's own profile only", async () => {
    const viewer = await createUser();
    const other = await createUser();
    await expect(setTimeZone(viewer.id, { timeZone: "Asia/Seoul" })).resolves.toEqual({ timeZone: "Asia/Seoul" });
    await setTimeZone(viewer.id, { timeZone: " America/Chicago " });
    expect(await storedZone(viewer.id)).toBe("America/Chicago");
    expect(await storedZone(other.id)).toBeNull();
  });

  it.each([
    ["Mars/Olympus_Mons", "Choose a time zone from the list, such as America/Chicago."],
    ["", "Choose a time zone."],
    ["America/Chicago\u0000", "Remove the invisible NUL character (U+0000) from this text."],
    ["x".repeat(5000), "Choose a time zone from the list, such as America/Chicago."],
  ])("refuses %j with a field message and writes nothing", async (timeZone, message) => {
    const viewer = await createUser();
    await setTimeZone(viewer.id, { timeZone: "Europe/Berlin" });
    const error = await setTimeZone(viewer.id, { timeZone }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID");
    expect((error as AppError).fieldErrors?.timeZone).toContain(message);
    expect(await storedZone(viewer.id)).toBe("Europe/Berlin");
  });

  it("refuses a missing field", async () => {
    const viewer = await createUser();
    await expect(setTimeZone(viewer.id, {})).rejects.toMatchObject({ code: "INVALID", fieldErrors: { timeZone: ["Choose a time zone."] } });
    expect(await storedZone(viewer.id)).toBeNull();
  });
});
