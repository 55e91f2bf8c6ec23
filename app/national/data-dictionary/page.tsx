import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { NationalHeading } from "@/components/NationalNav";
import { Table } from "@/components/ui/Table";
import { getFramework } from "@/lib/framework";

export const metadata: Metadata = { title: "Data dictionary" };
export const dynamic = "force-dynamic";

const COLUMNS: [string, string][] = [
  ["cycle", "The annual cycle, e.g. 2026/27 (April to March)."],
  ["partnership", "The partnership's name; with anonymised=1, its code for the cycle instead (see anonymised_code)."],
  ["partnership_id", "The toolkit's id of the partnership; empty when anonymised."],
  [
    "anonymised_code",
    "A random code such as P-7KQ2XM that stands for the partnership in this cycle's anonymised exports; a new one each cycle, unrelated to the id. Empty in the anonymised export itself, whose rows are ordered by code; the named export lists it beside the name, to re-identify a partnership.",
  ],
  ["level", "local, sub_regional, regional, national or other — the levels of the 2017 report's mapping."],
  ["nation", "england, wales, scotland or northern_ireland."],
  ["dimension_id", "The maturity dimension (see below). Ids are stable across framework versions."],
  [
    "score",
    "0–100: points earned as a share of points possible. Not applicable answers are left out; Don't know counts as 0. Empty if nothing countable was answered.",
  ],
  [
    "stage",
    "1 Forming, 2 Developing, 3 Established, 4 Embedded, 5 Leading: the highest stage whose score threshold and conditions are met.",
  ],
];

export default async function DataDictionaryPage() {
  await requirePermission("read:national");
  const fw = getFramework()!;
  return (
    <>
      <NationalHeading current="/national/data-dictionary">Data dictionary</NationalHeading>
      <p className="govuk-body">
        <code>GET /api/national/&lt;cycle&gt;/scores.csv</code> and <code>scores.json</code> give one row per
        partnership and dimension, for every self-review submitted in the cycle. Add <code>?anonymised=1</code> to
        replace names with codes. Only submitted self-reviews are included; their scores are those recorded at
        submission, with the framework version used.
      </p>
      <p className="govuk-body" data-testid="cycle-addresses">
        The <code>&lt;cycle&gt;</code> is the cycle&rsquo;s name with a hyphen for the slash, such as{" "}
        <code>/api/national/2026-27/scores.csv</code> for 2026/27, or its id, such as{" "}
        <code>/api/national/4/scores.csv</code>; the national pages take either as <code>?cycle=</code>. The
        overview&rsquo;s filters narrow the export too: <code>level</code> (<code>local</code>,{" "}
        <code>sub_regional</code>, <code>regional</code>, <code>national</code>, <code>other</code>),{" "}
        <code>nation</code> (<code>england</code>, <code>wales</code>, <code>scotland</code>,{" "}
        <code>northern_ireland</code>), <code>region</code>, <code>force</code> (a police force area, such as{" "}
        <code>west-yorkshire</code>) and <code>validated</code> (<code>yes</code> or <code>no</code>).
      </p>
      <Table
        caption="Columns"
        head={false}
        rows={COLUMNS}
        columns={[
          { header: "Column", rowHeader: true, cell: ([c]) => <code>{c}</code> },
          { header: "Meaning", cell: ([, d]) => d },
        ]}
      />
      <Table
        caption={`Dimensions (framework ${fw.version})`}
        head={false}
        rows={fw.dimensions}
        columns={[
          { header: "Dimension id", rowHeader: true, cell: (d) => <code>{d.id}</code> },
          { header: "Dimension", cell: (d) => `${d.name}: ${d.summary}` },
        ]}
      />
    </>
  );
}
