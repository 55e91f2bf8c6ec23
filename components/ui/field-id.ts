// The id of a form field, shared by client forms and server-rendered ones (such as GET filter
// forms), so that error summary links find their field either way.
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}
