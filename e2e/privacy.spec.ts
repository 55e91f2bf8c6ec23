// The public pages (issues 17 and 19): the privacy notice, the cookies page and the accessibility
// statement are public, linked from every page's footer, name the operator from the settings
// (playwright.config.ts gives two of the four), and have no accessibility faults. The cookies page
// lists exactly the cookies a browser holds once signed in.
import { test, expect, expectNoAxeViolations, signInAs } from "./fixtures";

const OPERATOR = "Example Anti-Slavery Partnership (test operator)";

test("the privacy notice, cookies page and accessibility statement are public, in the footer, and name the operator", async ({
  page,
}) => {
  await page.goto("/sign-in");
  const footer = page.getByRole("contentinfo");
  await footer.getByRole("link", { name: "Privacy notice" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
  await expect(page.getByTestId("audit-retention")).toHaveText(
    "Entries in the audit log are kept for 6 years and then removed automatically, once a day.",
  );
  await expect(page.getByTestId("erasure-rule")).toContainText(
    "your name and email address are replaced by a pseudonym (such as “Erased person 7f3a”) everywhere in the toolkit, including the audit log",
  );
  await expect(page.getByTestId("erasure-rule")).toContainText("An erasure cannot be undone.");
  const details = page.getByTestId("operator-details");
  await expect(details).toContainText(`Controller${OPERATOR}`);
  await expect(details).toContainText("Emailtoolkit-privacy@example.org");
  await expect(details).toContainText("Address(address not given)");
  await expect(page.getByTestId("operator-not-set")).toContainText("not set: OPERATOR_ADDRESS, DPO_CONTACT");
  await expect(page.getByRole("heading", { name: "Our lawful basis" })).toBeVisible();
  await expectNoAxeViolations(page);

  await footer.getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
  await expect(page.getByTestId("compliance-status")).toContainText("partially compliant with the Web Content");
  await expect(page.getByTestId("known-issues").locator("li").first()).toBeVisible();
  await expect(page.getByTestId("report-a-problem")).toContainText("email toolkit-privacy@example.org");
  await expect(page.getByTestId("enforcement")).toContainText("Equality and Human Rights Commission (EHRC)");
  await expect(page.getByTestId("enforcement")).toContainText("Equality Commission for Northern Ireland (ECNI)");
  await expect(page.getByText(`run by ${OPERATOR}`)).toBeVisible();
  await expectNoAxeViolations(page);

  // Signed in, the browser holds exactly the cookies the page lists, each with a purpose and lifetime.
  await signInAs(page, "member");
  await page.getByRole("contentinfo").getByRole("link", { name: "Cookies" }).click();
  await expect(page).toHaveURL(/\/cookies$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cookies");
  const rows = page.getByTestId("cookies-table").locator("tbody tr");
  const listed = (await rows.locator("th").allTextContents()).sort();
  const held = (await page.context().cookies()).map((c) => c.name).sort();
  expect(held.length).toBeGreaterThan(0);
  expect(listed).toEqual(expect.arrayContaining(held));
  for (const cells of await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)))) {
    expect(cells, "name, purpose and lifetime").toHaveLength(3);
    for (const c of cells) expect(c!.trim().length).toBeGreaterThan(3);
  }
  await expect(page.getByTestId("cookies-table")).toContainText("12 hours after you sign in");
  await expectNoAxeViolations(page);
});
