// GOV.UK task list: each task a link, a hint of what is left, and its status, which the link is
// described by so that a screen reader hears them together.
import type { ReactNode } from "react";
import Link from "@/components/Link";
import type { SectionStatus } from "@/lib/assessment/rules";
import { SectionStatusTag } from "./Tag";

export type Task = { id: string; title: ReactNode; href: string; hint: ReactNode; status: SectionStatus };

export function TaskList({ label, tasks }: { label: string; tasks: readonly Task[] }) {
  return (
    <ul className="govuk-task-list" aria-label={label}>
      {tasks.map((t) => (
        <li key={t.id} className="govuk-task-list__item govuk-task-list__item--with-link">
          <div className="govuk-task-list__name-and-hint">
            <Link
              className="govuk-link govuk-task-list__link"
              href={t.href}
              aria-describedby={`${t.id}-status ${t.id}-hint`}
            >
              {t.title}
            </Link>
            <div id={`${t.id}-hint`} className="govuk-task-list__hint">
              {t.hint}
            </div>
          </div>
          <div className="govuk-task-list__status">
            <SectionStatusTag status={t.status} id={`${t.id}-status`} />
          </div>
        </li>
      ))}
    </ul>
  );
}
