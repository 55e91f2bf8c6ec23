// The privacy notice (issue 17): public, linked from every page's footer, states how long audit
// entries are kept (AUDIT_RETENTION_YEARS, default 6), and has no accessibility faults.
import { test, expect, expectNoAxeViolations } from "./fixtures";

test("the privacy notice is public, linked from the footer, and states the audit log's retention", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy notice" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
  await expect(page.getByTestId("audit-retention")).toHaveText(
    "Entries in the audit log are kept for 6 years and then removed automatically, once a day.",
  );
  await expectNoAxeViolations(page);
});
