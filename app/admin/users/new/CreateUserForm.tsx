"use client";
import { useRouter } from "next/navigation";
import { userCreateSchema } from "@/lib/admin/schemas";
import { createUserAction } from "@/lib/admin/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { TextInput } from "@/components/ui/TextInput";
import { Radios } from "@/components/ui/Choices";
import { GLOBAL_ROLE_OPTIONS } from "@/app/admin/options";

export function CreateUserForm() {
  const router = useRouter();
  const sf = useServerForm(
    userCreateSchema,
    { name: "", email: "", globalRole: "", password: "" },
    createUserAction,
    (data) => router.push(`/admin/users/${data.id}?created=1`),
  );
  const { field } = sf;
  return (
    <ServerForm of={sf} submit="Create user">
      <TextInput label="Full name" autoComplete="off" {...field("name")} />
      <TextInput label="Email address" type="email" autoComplete="off" spellCheck={false} {...field("email")} />
      <Radios
        label="Role"
        hint="Coordinators and members are added to their partnership after the account is created."
        options={GLOBAL_ROLE_OPTIONS}
        {...field("globalRole")}
      />
      <TextInput
        label="Initial password"
        hint="12 to 128 characters, not a common password and not containing their email name. Give it to the person securely; they should not share it."
        type="password"
        autoComplete="new-password"
        {...field("password")}
      />
    </ServerForm>
  );
}
