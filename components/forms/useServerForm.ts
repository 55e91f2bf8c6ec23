"use client";
// The one way a form talks to its server action: validate on the client with the shared zod
// schema, send the raw values, and show whatever the server says (its answer is what counts). A
// request that fails outright is shown in the error summary too, and the values stay to retry.
import { useState, type BaseSyntheticEvent } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/server-action-result";
import type { SummaryError } from "@/components/ui/ErrorSummary";
import type { FieldBinding } from "@/components/ui/Field";

/**
 * What a form's markup needs from useServerForm: enough for fields shared by a "new" and an
 * "edit" form, whose schemas differ only in the hidden fields that name what is edited.
 */
export type ServerFormState<K extends string = string> = {
  onSubmit: (e?: BaseSyntheticEvent) => Promise<void>;
  summary: SummaryError[];
  submitting: boolean;
  field: (name: K) => FieldBinding;
};

export const NOT_SENT =
  "Your changes could not be sent, so they have not been saved. What you entered is still here: check your connection and try again.";

export function useServerForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  // The form is passed back so that a success handler can reset it without reaching for a
  // variable that is only declared once this hook returns.
  onSuccess: (data: T, form: UseFormReturn<z.input<S>, unknown, z.output<S>>) => void,
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues,
    shouldFocusError: false,
  });
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    let result: ActionResult<T>;
    try {
      result = await action(form.getValues());
    } catch {
      // The request failed (connection lost, server down): everything typed stays in the form.
      setFormError(NOT_SENT);
      return;
    }
    if (result.ok) return onSuccess(result.data, form);
    if (result.fieldErrors) {
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        if (field === "_form") setFormError(messages[0] ?? result.message);
        else form.setError(field as Path<z.input<S>>, { type: "server", message: messages[0] });
      }
    }
    if (!result.fieldErrors || result.code !== "invalid") setFormError(result.message);
  });

  const summary: SummaryError[] = [
    ...(formError ? [{ field: "_form", message: formError }] : []),
    ...flattenErrors(form.formState.errors),
  ];
  const errorOf = (name: string) => messageAt(form.formState.errors, name);
  /** A field declared once: `<TextInput label="Name" {...field("name")} />`. */
  const field = (name: Path<z.input<S>>): FieldBinding => ({
    name,
    error: errorOf(name),
    registration: form.register(name),
  });
  return { form, onSubmit, summary, errorOf, field, submitting: form.formState.isSubmitting };
}

/**
 * A form that adds something to the page it is on (a member, an assignment, a cycle, an
 * invitation): once the server has added it, the form empties itself and the page reloads its data.
 */
export function useAddForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  empty: DefaultValues<z.input<S>>,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  onAdded?: (data: T) => void,
) {
  const router = useRouter();
  return useServerForm(schema, empty, action, (data, form) => {
    onAdded?.(data);
    form.reset(empty);
    router.refresh();
  });
}

function flattenErrors(errors: Record<string, unknown>, prefix = ""): SummaryError[] {
  const out: SummaryError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object") continue;
    const v = value as { message?: unknown };
    const field = prefix ? `${prefix}.${key}` : key;
    if (typeof v.message === "string") out.push({ field, message: v.message });
    else out.push(...flattenErrors(value as Record<string, unknown>, field));
  }
  return out;
}

function messageAt(errors: Record<string, unknown>, name: string): string | undefined {
  let cur: unknown = errors;
  for (const part of name.split(".")) cur = (cur as Record<string, unknown> | undefined)?.[part];
  const m = (cur as { message?: unknown } | undefined)?.message;
  return typeof m === "string" ? m : undefined;
}
