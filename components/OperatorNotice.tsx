// Said on each public page that names the operator when some of its details have not been set:
// the page says what is missing instead of inventing it.
import type { OperatorDetails } from "@/lib/operator";
import { WarningText } from "@/components/ui/WarningText";

export function OperatorNotice({ operator }: { operator: OperatorDetails }) {
  if (!operator.missing.length) return null;
  return (
    <WarningText testId="operator-not-set">
      This copy of the toolkit has not been given all of its operator&rsquo;s details (not set:{" "}
      {operator.missing.join(", ")}). Until its administrator sets them, ask the person who gave you access who runs it.
    </WarningText>
  );
}

/** A detail, or "not given" when it is not set. */
export function detail(value: string | null, what: string): string {
  return value ?? `(${what} not given)`;
}
