// The kit's components that show rather than ask: their GOV.UK markup and what a screen reader
// is given (hidden text, names, descriptions).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { SummaryList } from "./SummaryList";
import { Pagination } from "./Pagination";
import { SectionStatusTag, StatusTag, Tag } from "./Tag";
import { Panel } from "./Panel";
import { Details } from "./Details";
import { WarningText } from "./WarningText";
import { NotificationBanner } from "./NotificationBanner";
import { PageHeading } from "./PageHeading";
import { TaskList } from "./TaskList";
import { FilterForm } from "./FilterForm";
import { GridRow, TwoThirds } from "./Grid";
import { ButtonLink } from "./ButtonLink";
import { Select } from "./Select";
import { assertAccessible, render, tags, text } from "./markup.test-helper";

describe("SummaryList", () => {
  test("keys and values; a Change link says what it changes; rows without one are marked", () => {
    const html = render(
      <SummaryList
        rows={[
          { key: "Level", value: "Local", change: { href: "/p/1/edit", hidden: "the level" } },
          false,
          { key: "Nation", value: "Wales" },
        ]}
      />,
    );
    assertAccessible(html);
    assert.equal(text(html), "Level Local Change the level Nation Wales");
    assert.ok(html.includes('<span class="govuk-visually-hidden"> the level</span>'));
    assert.equal(tags(html).find((t) => t.name === "a")!.attrs.href, "/p/1/edit");
    assert.deepEqual(
      tags(html)
        .filter((t) => t.name === "div")
        .map((t) => t.attrs.class),
      ["govuk-summary-list__row", "govuk-summary-list__row govuk-summary-list__row--no-actions"],
    );
  });
});

describe("Pagination", () => {
  test("previous and next are named links in a labelled navigation landmark", () => {
    const html = render(<Pagination label="Pages of the audit log" previous="/a?page=1" next="/a?page=3" />);
    assertAccessible(html);
    assert.equal(tags(html)[0]!.attrs["aria-label"], "Pages of the audit log");
    const links = tags(html).filter((t) => t.name === "a");
    assert.deepEqual(
      links.map((a) => [a.attrs.href, a.attrs.rel]),
      [
        ["/a?page=1", "prev"],
        ["/a?page=3", "next"],
      ],
    );
    assert.equal(text(html), "Previous page Next page");
    assert.ok(
      tags(html)
        .filter((t) => t.name === "svg")
        .every((s) => s.attrs["aria-hidden"] === "true"),
    );
  });

  test("on the only page there is nothing", () => {
    assert.equal(render(<Pagination label="Pages" />), "");
    assert.equal(text(render(<Pagination label="Pages" next="/a?page=2" />)), "Next page");
  });
});

describe("Tag", () => {
  test("colours, a status from its table, and a completed section as plain text", () => {
    assert.equal(
      render(<Tag colour="green">Submitted</Tag>),
      '<strong class="govuk-tag govuk-tag--green">Submitted</strong>',
    );
    const styles = { pending: { text: "Waiting", colour: "blue" } } as const;
    assert.equal(
      render(<StatusTag styles={styles} status="pending" />),
      '<strong class="govuk-tag govuk-tag--blue">Waiting</strong>',
    );
    assert.equal(render(<SectionStatusTag status="completed" id="s-status" />), '<span id="s-status">Completed</span>');
    assert.equal(
      render(<SectionStatusTag status="not_started" />),
      '<strong class="govuk-tag govuk-tag--blue">Not yet started</strong>',
    );
  });
});

describe("Panel, Details, WarningText, NotificationBanner", () => {
  test("a confirmation panel's title is the page's heading unless said", () => {
    assert.match(
      render(<Panel title="Self-review submitted">On 1 May</Panel>),
      /^<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Self-review submitted<\/h1><div class="govuk-panel__body">On 1 May<\/div><\/div>$/,
    );
    assert.match(
      render(<Panel title="Review published" headingLevel={2} />),
      /<h2 class="govuk-panel__title">Review published<\/h2><\/div>$/,
    );
  });

  test("details open from their summary", () => {
    const html = render(<Details summary="Practice examples">Two examples</Details>);
    assert.equal(text(html), "Practice examples Two examples");
    assert.ok(html.startsWith('<details class="govuk-details"><summary class="govuk-details__summary">'));
  });

  test("a warning says so to screen readers, and its icon is hidden from them", () => {
    const html = render(<WarningText>The cycle is closed.</WarningText>);
    assert.equal(text(html), "! Warning The cycle is closed.");
    assert.ok(html.includes('<span class="govuk-warning-text__icon" aria-hidden="true">!</span>'));
    assert.ok(html.includes('<strong class="govuk-warning-text__text">'));
    assert.ok(render(<WarningText block>x</WarningText>).includes('<div class="govuk-warning-text__text">'));
  });

  test("a banner is named by its title; success is a status, anything else a region", () => {
    const success = render(<NotificationBanner titleId="t1" success heading="Saved." />);
    assertAccessible(success);
    assert.equal(tags(success)[0]!.attrs.role, "status");
    assert.equal(tags(success)[0]!.attrs["aria-labelledby"], "t1");
    assert.equal(text(success), "Success Saved.");
    const important = render(<NotificationBanner titleId="t2" heading="Locked." />);
    assert.equal(tags(important)[0]!.attrs.role, "region");
    assert.equal(text(important), "Important Locked.");
  });
});

describe("PageHeading, TaskList, FilterForm, Grid, ButtonLink", () => {
  test("back link, caption and the one h1, in that order", () => {
    const html = render(
      <PageHeading back={{ href: "/p/1", text: "Back to Leeds" }} caption="Leeds">
        Trends
      </PageHeading>,
    );
    assert.equal(
      html,
      '<a class="govuk-back-link app-no-print" href="/p/1">Back to Leeds</a><span class="govuk-caption-l">Leeds</span><h1 class="govuk-heading-l">Trends</h1>',
    );
  });

  test("each task's link is described by its status and its hint", () => {
    const html = render(
      <TaskList
        label="Sections"
        tasks={[
          {
            id: "strat",
            title: "Strategy",
            href: "/a/1/strat/x",
            hint: "2 questions remaining",
            status: "in_progress",
          },
        ]}
      />,
    );
    assertAccessible(html);
    assert.equal(tags(html).find((t) => t.name === "a")!.attrs["aria-describedby"], "strat-status strat-hint");
    assert.equal(text(html), "Strategy 2 questions remaining In progress");
  });

  test("a GET filter form is not printed, and a link beside the button shares its group", () => {
    const html = render(
      <FilterForm submit="Apply filters" secondary label="Filters" alongside={<a href="/x">Clear filters</a>}>
        <Select label="Cycle" name="cycle" options={[{ value: 1, label: "2025/26" }]} />
      </FilterForm>,
    );
    assertAccessible(html);
    const form = tags(html)[0]!;
    assert.deepEqual(
      [form.attrs.method, form.attrs.class, form.attrs["aria-label"]],
      ["get", "app-no-print", "Filters"],
    );
    assert.ok(
      html.includes(
        '<div class="govuk-button-group"><button type="submit" class="govuk-button govuk-button--secondary">Apply filters</button><a href="/x">Clear filters</a></div>',
      ),
    );
  });

  test("grid rows wrap each child in a column; a button link is a button to assistive technology", () => {
    assert.equal(
      render(
        <GridRow column="one-half">
          <p>a</p>
          {false}
          <p>b</p>
        </GridRow>,
      ),
      '<div class="govuk-grid-row"><div class="govuk-grid-column-one-half"><p>a</p></div><div class="govuk-grid-column-one-half"><p>b</p></div></div>',
    );
    assert.equal(
      render(<TwoThirds>x</TwoThirds>),
      '<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">x</div></div>',
    );
    const link = tags(render(<ButtonLink href="/new">Add an action</ButtonLink>))[0]!;
    assert.deepEqual([link.name, link.attrs.role, link.attrs.class], ["a", "button", "govuk-button"]);
  });
});
