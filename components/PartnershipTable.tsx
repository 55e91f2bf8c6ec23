import Link from "@/components/Link";
import type { PartnershipSummary } from "@/lib/partnership/types";
import { LEVEL_LABELS, NATION_LABELS } from "@/lib/domain/labels";
import { Table } from "@/components/ui/Table";

const RELATION_LABELS = {
  admin: "Administrator",
  commissioner: "Commissioner's office",
  coordinator: "Coordinator",
  member: "Member",
  reviewer: "Peer reviewer",
} as const;

/** Partnerships as a table, each name a link: to its page, or (for administrators) where `href` says. */
export function PartnershipTable({
  partnerships,
  caption,
  showRole = false,
  href = (p) => `/partnerships/${p.id}`,
}: {
  partnerships: PartnershipSummary[];
  caption: string;
  showRole?: boolean;
  href?: (p: PartnershipSummary) => string;
}) {
  return (
    <Table
      caption={caption}
      rows={partnerships}
      rowKey={(p) => p.id}
      columns={[
        {
          header: "Partnership",
          cell: (p) => (
            <Link className="govuk-link" href={href(p)}>
              {p.name}
            </Link>
          ),
        },
        { header: "Level", cell: (p) => LEVEL_LABELS[p.level] },
        { header: "Nation", cell: (p) => NATION_LABELS[p.nation] },
        { header: "Police force areas", cell: (p) => p.forceAreas.join(", ") },
        showRole && { header: "Your role", cell: (p) => (p.relation ? RELATION_LABELS[p.relation] : "") },
      ]}
    />
  );
}
