import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { listOutbox } from "@/lib/admin/outbox.server";
import type { MailStatus } from "@/lib/domain/enums";
import { Details } from "@/components/ui/Details";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { Table } from "@/components/ui/Table";
import { StatusTag, type TagStyles } from "@/components/ui/Tag";

export const metadata: Metadata = { title: "Outbox" };
export const dynamic = "force-dynamic";

const STATUS_TAGS: TagStyles<MailStatus> = {
  queued: { text: "Waiting to send", colour: "blue" },
  sending: { text: "Sending", colour: "light-blue" },
  sent: { text: "Sent", colour: "green" },
  failed: { text: "Failed", colour: "red" },
  outbox: { text: "In the outbox", colour: "grey" },
};

const utc = (at: string) => at.slice(0, 19).replace("T", " ");

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:outbox");
  const raw = (await searchParams).page;
  if (raw !== undefined && (typeof raw !== "string" || !/^[1-9]\d{0,5}$/.test(raw))) notFound();
  const result = listOutbox(actor, raw ? Number(raw) : 1);
  if (!result) notFound();
  return (
    <>
      <PageHeading caption="Administration">Outbox</PageHeading>
      {result.delivery === "outbox" ? (
        <p className="govuk-body" data-testid="outbox-delivery">
          Email is not set up (<code>SMTP_URL</code> is not set), so nothing is sent: every message the toolkit would
          send is kept here, invitation and reset links included. Copy a link from a message to send it yourself.
        </p>
      ) : (
        <p className="govuk-body" data-testid="outbox-delivery">
          Messages are sent by email. Each one is listed here with its state; one that cannot be sent is tried again
          several times over about three hours before it is marked as failed, with the mail server’s answer. Invitation
          and reset links go by email only and are not shown.
        </p>
      )}
      {result.messages.length ? (
        <Table
          testId="outbox-messages"
          caption={`${result.total} message${result.total === 1 ? "" : "s"}, newest first`}
          rows={result.messages}
          rowKey={(m) => m.id}
          columns={[
            { header: "Queued (UTC)", className: "govuk-body-s app-nowrap", cell: (m) => utc(m.createdAt) },
            { header: "To", className: "govuk-body-s app-break-anywhere", cell: (m) => m.to },
            {
              header: "Message",
              className: "govuk-body-s",
              cell: (m) => (
                <Details summary={m.subject} className="govuk-!-margin-bottom-0">
                  <div className="app-pre-wrap app-break-anywhere" data-testid="outbox-text">
                    {m.text}
                  </div>
                </Details>
              ),
            },
            {
              header: "State",
              className: "govuk-body-s",
              cell: (m) => (
                <>
                  <StatusTag styles={STATUS_TAGS} status={m.status} />
                  {m.sentAt && m.status === "sent" && (
                    <span className="govuk-!-display-block govuk-!-margin-top-1">{utc(m.sentAt)}</span>
                  )}
                  {m.attempts > 1 && (
                    <span className="govuk-!-display-block govuk-!-margin-top-1">{m.attempts} attempts</span>
                  )}
                  {m.lastError && (
                    <span className="govuk-!-display-block govuk-!-margin-top-1 app-break-anywhere">
                      Mail server’s answer: {m.lastError}
                    </span>
                  )}
                </>
              ),
            },
          ]}
        />
      ) : (
        <p className="govuk-body" data-testid="outbox-none">
          {result.page > 1 ? "There are no more messages." : "No messages yet."}
        </p>
      )}
      <Pagination
        label="Pages of the outbox"
        previous={result.page > 1 ? `/admin/outbox?page=${result.page - 1}` : null}
        next={result.hasNext ? `/admin/outbox?page=${result.page + 1}` : null}
      />
    </>
  );
}
