// The one error summary, as the server renders it (a GET form's errors) and as a client form
// shows it: each error a link to its field's id; an error about the whole form, without a link.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ErrorSummary } from "./ErrorSummary";
import { Select } from "./Select";
import { assertAccessible, render, tags, text } from "./markup.test-helper";

test("each error links to the id of the field it is about", () => {
  const html = render(
    <>
      <ErrorSummary
        errors={[
          { field: "p", message: "Select between 2 and 6 partnerships to compare" },
          { field: "reviews.a12.status", message: "Say what became of it" },
        ]}
      />
      <Select label="Partnerships" name="p" options={[]} error="Select between 2 and 6 partnerships to compare" />
      <Select label="Status" name="reviews.a12.status" options={[]} />
    </>,
  );
  assertAccessible(html);
  const links = tags(html).filter((t) => t.name === "a");
  assert.deepEqual(
    links.map((a) => a.attrs.href),
    ["#field-p", "#field-reviews-a12-status"],
  );
  assert.match(text(html), /^There is a problem Select between 2 and 6 partnerships to compare Say what became of it/);
});

test("it can take focus and is announced, and a form-wide error has no link", () => {
  const html = render(<ErrorSummary errors={[{ field: "_form", message: "Your changes could not be sent" }]} />);
  const [summary, alert] = tags(html);
  assert.equal(summary!.attrs.tabindex, "-1");
  assert.equal(summary!.attrs["data-module"], "govuk-error-summary");
  assert.equal(alert!.attrs.role, "alert");
  assert.equal(tags(html).filter((t) => t.name === "a").length, 0);
  assert.match(text(html), /Your changes could not be sent/);
});

test("no errors, no summary", () => {
  assert.equal(render(<ErrorSummary errors={[]} />), "");
});

test("the markup checks themselves catch a missing label, a dangling reference and an unscoped header", () => {
  assert.throws(() => assertAccessible('<input id="x" type="text">'), /has no label/);
  assert.throws(() => assertAccessible('<p aria-describedby="nope">x</p>'), /names no element/);
  assert.throws(() => assertAccessible("<table><caption>c</caption><tr><th>h</th></tr></table>"), /without a scope/);
  assert.throws(() => assertAccessible("<table><tr><td>h</td></tr></table>"), /caption/);
  assert.throws(() => assertAccessible('<a href="#field-x">x</a>'), /link to #field-x/);
});
