import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor, auditDenied } from "@/lib/auth/guard";
import { idParam } from "@/lib/params";
import { partnershipIdOfAssessment } from "@/lib/assessment/data.server";
import { evidenceItem } from "@/lib/evidence/documents.server";
import { ACCEPTED_EXTENSIONS, UPLOAD_ERRORS, uploadErrorMessage, type UploadError } from "@/lib/evidence/rules";
import { evidenceIsOutOfDate } from "@/lib/framework/schema";
import { config } from "@/lib/config";
import { formatDate } from "@/lib/format";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { TwoThirds } from "@/components/ui/Grid";
import { PageHeading } from "@/components/ui/PageHeading";
import { SummaryList } from "@/components/ui/SummaryList";
import { WarningText } from "@/components/ui/WarningText";
import { SuccessBanner } from "@/components/Banners";
import { RemoveDocumentButton } from "./RemoveDocumentButton";

export const metadata: Metadata = { title: "Evidence document" };
export const dynamic = "force-dynamic";

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export default async function EvidenceDocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; questionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id, questionId } = await params;
  const assessmentId = idParam(id);
  const actor = await requireActor();
  const item = evidenceItem(actor, assessmentId, decodeURIComponent(questionId));
  if (!item) {
    await auditDenied(actor, "read:assessment", { partnershipId: partnershipIdOfAssessment(assessmentId) });
    notFound();
  }
  const query = await searchParams;
  const error = UPLOAD_ERRORS.find((e) => e === query.error) as UploadError | undefined;
  const maxMb = config().DOCUMENT_MAX_MB;
  const { ctx, question, document: doc } = item;
  const date = item.evidenceDate ?? doc?.uploadedAt.slice(0, 10) ?? null;
  const outOfDate = !!doc && !!date && evidenceIsOutOfDate(date, ctx.cycle.opensOn);
  const errorId = "field-document-error";
  return (
    <TwoThirds>
      <ErrorSummary errors={error ? [{ field: "document", message: uploadErrorMessage(error, maxMb) }] : []} />
      {query.uploaded === "1" && !error && doc && (
        <SuccessBanner id="document-uploaded" heading={`${doc.fileName} uploaded`} />
      )}
      <PageHeading
        back={{ href: item.backHref, text: "Back to the question" }}
        caption={`${ctx.partnership.name} · ${ctx.cycle.label}`}
      >
        Evidence document
      </PageHeading>
      <p className="govuk-body">
        For the question: <strong>{question.text}</strong>
      </p>
      {doc ? (
        <>
          <SummaryList
            rows={[
              {
                key: "Document",
                value: (
                  <a
                    className="govuk-link"
                    href={`/api/assessments/${assessmentId}/evidence/${question.id}`}
                    download
                    data-testid="document-download"
                  >
                    {doc.fileName}
                  </a>
                ),
              },
              { key: "Size", value: sizeText(doc.sizeBytes) },
              {
                key: "Date",
                value: item.evidenceDate
                  ? formatDate(item.evidenceDate)
                  : `${formatDate(doc.uploadedAt)} (uploaded; give the document’s own date on the question page)`,
              },
              {
                key: "Uploaded",
                value: `${formatDate(doc.uploadedAt)}${doc.uploadedBy ? ` by ${doc.uploadedBy}` : ""}`,
              },
            ]}
          />
          {outOfDate && (
            <WarningText testId="document-out-of-date">
              Out of date: this is more than 12 months older than the start of the cycle.
            </WarningText>
          )}
          {item.canUpload && (
            <RemoveDocumentButton
              assessmentId={String(assessmentId)}
              questionId={question.id}
              fileName={doc.fileName}
            />
          )}
        </>
      ) : (
        <p className="govuk-body" data-testid="no-document">
          No document has been uploaded for this question.
        </p>
      )}
      {item.canUpload && !item.answeredYes && (
        <p className="govuk-inset-text">Answer ‘Yes’ to this question first: a document is evidence for a ‘Yes’.</p>
      )}
      {item.canUpload && item.answeredYes && (
        <form
          method="post"
          encType="multipart/form-data"
          action={`/api/assessments/${assessmentId}/evidence/${question.id}`}
          noValidate
        >
          <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
            <label className="govuk-label govuk-label--m" htmlFor="field-document">
              {doc ? "Upload a new version" : "Upload a document"}
            </label>
            <div className="govuk-hint" id="field-document-hint">
              PDF, Word, Excel, OpenDocument (ODF), PNG or JPEG, up to {maxMb} MB.
              {doc ? " It replaces the current document." : ""}
            </div>
            {error && (
              <p className="govuk-error-message" id={errorId}>
                <span className="govuk-visually-hidden">Error:</span> {uploadErrorMessage(error, maxMb)}
              </p>
            )}
            <input
              className={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
              id="field-document"
              name="document"
              type="file"
              accept={ACCEPTED_EXTENSIONS.join(",")}
              aria-describedby={`field-document-hint${error ? ` ${errorId}` : ""}`}
            />
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Upload document
          </button>
        </form>
      )}
    </TwoThirds>
  );
}
