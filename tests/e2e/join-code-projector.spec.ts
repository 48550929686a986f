import { createClass, expect, expectNoSeriousA11yViolations, joinWithCode, test, waitForPath } from "./fixtures";

// Each test signs up people and builds a class first: room for a loaded two-core machine.
test.describe.configure({ timeout: 180_000 });

test("teachers project the join code in large type with a QR code; students get not found", async ({ signUpAs }) => {
  const teacher = await signUpAs("teacher");
  const classroom = await createClass(teacher.page);
  await teacher.page.getByRole("link", { name: "Show join code" }).click();
  await waitForPath(teacher.page, new RegExp(`^/classes/${classroom.id}/join-code$`));
  await expect(teacher.page.getByTestId("projected-join-code")).toHaveText(classroom.joinCode);
  const qr = teacher.page.getByRole("img", { name: `QR code of the join link ${classroom.joinLink}` });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
  await expectNoSeriousA11yViolations(teacher.page);

  const student = await signUpAs("student");
  await joinWithCode(student.page, classroom);
  const response = await student.page.goto(`/classes/${classroom.id}/join-code`);
  expect(response?.status()).toBe(404);
  await expect(student.page.getByTestId("projected-join-code")).toHaveCount(0);
});
