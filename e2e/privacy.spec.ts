// The privacy notice (issue 17): public, linked from every page's footer, states how long audit
// entries are kept (AUDIT_RETENTION_YEARS, default 6) and the erasure rule beside it, and has no
// accessibility faults.
import { test, expect, expectNoAxeViolations } from "./fixtures";

test("the privacy notice is public, linked from the footer, and states the audit log's retention and erasure", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy notice" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
  await expect(page.getByTestId("audit-retention")).toHaveText(
    "Entries in the audit log are kept for 6 years and then removed automatically, once a day.",
  );
  await expect(page.getByTestId("erasure-rule")).toContainText(
    "your name and email address are replaced by a pseudonym (such as “Erased person 7f3a”) everywhere in the toolkit, including the audit log",
  );
  await expect(page.getByTestId("erasure-rule")).toContainText("An erasure cannot be undone.");
  await expectNoAxeViolations(page);
});
