// The kit's form fields: each labelled, its hint and error read with it, the error summary's
// link target on the field, in a client form (registration) and a GET form (name) alike.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { UseFormRegisterReturn } from "react-hook-form";
import { TextInput } from "./TextInput";
import { Textarea } from "./Textarea";
import { Select } from "./Select";
import { Checkboxes, Radios } from "./Choices";
import { DateInput } from "./DateInput";
import { fieldId } from "./field-id";
import { assertAccessible, byId, classes, render, tags, text } from "./markup.test-helper";

const registration = (name: string): UseFormRegisterReturn => ({
  name,
  onChange: async () => undefined,
  onBlur: async () => undefined,
  ref: () => undefined,
});

describe("TextInput", () => {
  test("the label names the input, whose id is the error summary's link target", () => {
    const html = render(<TextInput label="Full name" name="name" registration={registration("name")} />);
    assertAccessible(html);
    const input = byId(html, fieldId("name"));
    assert.equal(input.name, "input");
    assert.equal(input.attrs.name, "name");
    assert.equal(input.attrs["aria-describedby"], undefined);
    assert.ok(!classes(byId(html, fieldId("name"))).includes("govuk-input--error"));
  });

  test("the hint and the error are read with the input, and the error marks the group", () => {
    const html = render(<TextInput label="Label" name="label" hint="For example, 2027/28" error="Enter a label" />);
    assertAccessible(html);
    const id = fieldId("label");
    assert.equal(byId(html, id).attrs["aria-describedby"], `${id}-hint ${id}-error`);
    assert.equal(byId(html, id).attrs["aria-invalid"], "true");
    assert.ok(classes(byId(html, id)).includes("govuk-input--error"));
    assert.match(text(html), /Error: Enter a label/);
    assert.ok(html.includes('class="govuk-form-group govuk-form-group--error"'));
  });

  test("a GET form's field shows its value back", () => {
    const html = render(<TextInput label="Action" name="action" defaultValue="sign-in" width="10" />);
    assert.equal(byId(html, fieldId("action")).attrs.value, "sign-in");
    assert.ok(classes(byId(html, fieldId("action"))).includes("govuk-input--width-10"));
  });
});

describe("Textarea", () => {
  test("with a character count, the textarea is described by the count as well", () => {
    const html = render(
      <Textarea label="What changed?" name="reviews.a1.whatChanged" error="Too long" count={{ length: 12, max: 10 }} />,
    );
    assertAccessible(html);
    const id = fieldId("reviews.a1.whatChanged");
    assert.equal(byId(html, id).attrs["aria-describedby"], `${id}-error ${id}-count`);
    assert.match(byId(html, `${id}-count`).attrs.class!, /govuk-error-message/);
    assert.match(text(html), /You have 2 characters too many/);
  });
});

describe("Select", () => {
  test("every option is there, the current one chosen, with the label tied to the select", () => {
    const html = render(
      <Select
        label="Level"
        name="level"
        defaultValue="regional"
        options={[
          { value: "", label: "All levels" },
          { value: "local", label: "Local" },
          { value: "regional", label: "Regional" },
        ]}
      />,
    );
    assertAccessible(html);
    const options = tags(html).filter((t) => t.name === "option");
    assert.deepEqual(
      options.map((o) => o.attrs.value),
      ["", "local", "regional"],
    );
    assert.ok("selected" in options[2]!.attrs);
  });

  test("an error is linked from the select; an inline select sits beside the next", () => {
    const html = render(<Select label="Partnerships" name="p" error="Select 2" inline options={[]} />);
    assertAccessible(html);
    assert.equal(byId(html, "field-p").attrs["aria-describedby"], "field-p-error");
    assert.ok(html.includes("govuk-!-display-inline-block"));
  });

  test("a hidden label still labels the select", () => {
    const html = render(<Select label="Target stage for Strategy" name="t" labelHidden options={[]} />);
    assertAccessible(html);
    assert.ok(html.includes('<label class="govuk-visually-hidden" for="field-t">Target stage for Strategy</label>'));
  });
});

describe("Radios and Checkboxes", () => {
  const options = [
    { value: "yes", label: "Yes" },
    { value: "no", label: "No", hint: "You can come back to it" },
  ];

  test("the legend asks, each radio is labelled, the first carries the field's id", () => {
    const html = render(
      <Radios label="Completed?" name="complete" hint="2 left" error="Select one" options={options} />,
    );
    assertAccessible(html);
    const radios = tags(html).filter((t) => t.name === "input");
    assert.deepEqual(
      radios.map((r) => [r.attrs.type, r.attrs.id, r.attrs.value]),
      [
        ["radio", "field-complete", "yes"],
        ["radio", "field-complete-1", "no"],
      ],
    );
    assert.equal(radios[1]!.attrs["aria-describedby"], "field-complete-1-item-hint");
    const fieldset = tags(html).find((t) => t.name === "fieldset")!;
    assert.equal(fieldset.attrs["aria-describedby"], "field-complete-hint field-complete-error");
    assert.match(text(html), /^Completed\? 2 left Error: Select one Yes No You can come back to it$/);
  });

  test("checkboxes are checkboxes, in columns when asked", () => {
    const html = render(<Checkboxes label="Areas" name="areas" columns options={options} />);
    assertAccessible(html);
    assert.ok(
      tags(html)
        .filter((t) => t.name === "input")
        .every((t) => t.attrs.type === "checkbox"),
    );
    assert.ok(html.includes('class="govuk-checkboxes app-checkbox-columns"'));
  });
});

describe("DateInput", () => {
  const names = { day: "fromDay", month: "fromMonth", year: "fromYear" };

  test("three labelled parts in a group described by its hint", () => {
    const html = render(<DateInput id="field-from" legend="From" hint="For example 27 3 2026" names={names} />);
    assertAccessible(html);
    const group = tags(html).find((t) => t.name === "fieldset")!;
    assert.equal(group.attrs.role, "group");
    assert.equal(group.attrs["aria-describedby"], "field-from-hint");
    assert.deepEqual(
      tags(html)
        .filter((t) => t.name === "input")
        .map((t) => [t.attrs.id, t.attrs.name, t.attrs.inputmode]),
      [
        ["field-fromDay", "fromDay", "numeric"],
        ["field-fromMonth", "fromMonth", "numeric"],
        ["field-fromYear", "fromYear", "numeric"],
      ],
    );
  });

  test("an error about one part marks that part only; about the date, all three", () => {
    const marked = (html: string) =>
      tags(html)
        .filter((t) => t.name === "input" && classes(t).includes("govuk-input--error"))
        .map((t) => t.attrs.name);
    const one = render(
      <DateInput id="field-from" legend="From" names={names} error="Enter a year" errorParts={["year"]} />,
    );
    assertAccessible(one);
    assert.deepEqual(marked(one), ["fromYear"]);
    assert.equal(tags(one).find((t) => t.name === "fieldset")!.attrs["aria-describedby"], "field-from-error");
    const all = render(<DateInput id="field-from" legend="From" names={names} error="Enter a real date" />);
    assert.deepEqual(marked(all), ["fromDay", "fromMonth", "fromYear"]);
  });
});
