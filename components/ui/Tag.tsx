// GOV.UK tag: a status in a word or two, coloured by what it means.
import type { ReactNode } from "react";
import type { SectionStatus } from "@/lib/assessment/rules";
import { cx } from "./cx";

export type TagColour =
  "grey" | "green" | "turquoise" | "blue" | "light-blue" | "purple" | "pink" | "red" | "orange" | "yellow";

export function Tag({
  colour,
  id,
  className,
  testId,
  children,
}: {
  /** Left out: the default (dark blue) tag. */
  colour?: TagColour;
  id?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <strong id={id} data-testid={testId} className={cx("govuk-tag", colour && `govuk-tag--${colour}`, className)}>
      {children}
    </strong>
  );
}

/** A status shown from a table of its words and colours, e.g. an invitation's or a cycle's. */
export type TagStyles<K extends string> = Record<K, { text: string; colour: TagColour }>;

export function StatusTag<K extends string>({ styles, status }: { styles: TagStyles<K>; status: K }) {
  return <Tag colour={styles[status].colour}>{styles[status].text}</Tag>;
}

const SECTION_TAGS: Record<SectionStatus, { text: string; colour?: TagColour }> = {
  not_started: { text: "Not yet started", colour: "blue" },
  in_progress: { text: "In progress", colour: "light-blue" },
  completed: { text: "Completed" },
};

/** A task list section's status. As in GOV.UK's task list, "Completed" is plain text, not a tag. */
export function SectionStatusTag({ status, id }: { status: SectionStatus; id?: string }) {
  const t = SECTION_TAGS[status];
  return t.colour ? (
    <Tag id={id} colour={t.colour}>
      {t.text}
    </Tag>
  ) : (
    <span id={id}>{t.text}</span>
  );
}
