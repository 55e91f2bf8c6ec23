import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { NationalNav } from "@/components/NationalNav";
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
      <span className="govuk-caption-l">Commissioner&rsquo;s office</span>
      <h1 className="govuk-heading-l">Data dictionary</h1>
      <NationalNav current="/national/data-dictionary" />
      <p className="govuk-body">
        <code>GET /api/national/&lt;cycle&gt;/scores.csv</code> and <code>scores.json</code> give one row per
        partnership and dimension, for every self-review submitted in the cycle. Add <code>?anonymised=1</code> to
        replace names with codes. Only submitted self-reviews are included; their scores are those recorded at
        submission, with the framework version used.
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Columns</caption>
        <tbody className="govuk-table__body">
          {COLUMNS.map(([c, d]) => (
            <tr key={c} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <code>{c}</code>
              </th>
              <td className="govuk-table__cell">{d}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Dimensions (framework {fw.version})</caption>
        <tbody className="govuk-table__body">
          {fw.dimensions.map((d) => (
            <tr key={d.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <code>{d.id}</code>
              </th>
              <td className="govuk-table__cell">
                {d.name}: {d.summary}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
