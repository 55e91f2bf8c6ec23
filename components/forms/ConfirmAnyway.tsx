// "Yes, save it anyway": shown once the server has said the values look wrong (a due date in the
// past, a target below the current stage) and kept while ticked. The server checks it again: the
// save is refused, and nothing written, until it is ticked.
import { Checkboxes } from "@/components/ui/Choices";
import type { FieldBinding } from "@/components/ui/Field";
import { isConfirmed } from "@/lib/action-plan/rules";

export function ConfirmAnyway({ binding, value }: { binding: FieldBinding; value: unknown }) {
  if (!binding.error && !isConfirmed(value)) return null;
  return (
    <Checkboxes
      label="Is this right?"
      legendSize="s"
      hint="Select this to save these values as they are."
      options={[{ value: "yes", label: "Yes, save it anyway" }]}
      {...binding}
    />
  );
}
